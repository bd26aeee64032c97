#include "cardreader.h"

#include "crypto/cardseal.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace holdfast {

void KeyedCardReader::read(const CardReadRequest &request, std::function<void(Result<CardRead>)> done)
{
    if (!request.allowedEntryMethods.contains(crypto::EntryMethod::Keyed)) {
        return done(Error {u"card_not_allowed_offline"_s,
                           QCoreApplication::translate("CardReader", "Keyed card entry is not allowed offline.")});
    }
    auto envelope = crypto::cardseal::seal(m_card, request.key.publicKey, request.binding);
    if (!envelope) {
        return done(envelope.error());
    }
    done(CardRead {envelope.value(), crypto::EntryMethod::Keyed, m_card.brand(), m_card.last4()});
}

} // namespace holdfast
