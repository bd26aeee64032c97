#include "cardreader.h"

#include "crypto/cardseal.h"
#include "crypto/hpke.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace holdfast {

void KeyedCardReader::read(const CardReadRequest &request, std::function<void(Result<CardRead>)> done)
{
    if (!request.allowedEntryMethods.contains(crypto::EntryMethod::Keyed)) {
        return done(Error {u"card_not_allowed_offline"_s,
                           QCoreApplication::translate("CardReader", "Keyed card entry is not allowed offline.")});
    }
    auto encapsulation
        = m_pool ? m_pool->take(request.key.publicKey) : crypto::hpke::encapsulate(request.key.publicKey);
    if (!encapsulation) {
        return done(encapsulation.error());
    }
    auto envelope = crypto::cardseal::seal(m_card, std::move(encapsulation).value(), request.binding);
    if (!envelope) {
        return done(envelope.error());
    }
    done(CardRead {envelope.value(), crypto::EntryMethod::Keyed, m_card.brand(), m_card.last4()});
}

} // namespace holdfast
