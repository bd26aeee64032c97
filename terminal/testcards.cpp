#include "testcards.h"

#include <QDate>

using namespace Qt::StringLiterals;

namespace holdfast::simulator {

using crypto::Cvm;
using crypto::EntryMethod;

const QList<TestCard> &testCards()
{
    static const QList<TestCard> cards {
        {u"approve"_s, "4242424242424242", u"VISA"_s, EntryMethod::Contactless, Cvm::None, false},
        {u"decline"_s, "4000000000000002", u"VISA"_s, EntryMethod::Chip, Cvm::Pin, false},
        {u"insufficient"_s, "4000000000009995", u"VISA"_s, EntryMethod::Chip, Cvm::Pin, false},
        {u"expired"_s, "4000000000000069", u"VISA"_s, EntryMethod::Chip, Cvm::Pin, false},
        {u"interac"_s, "4506440000000009", u"INTERAC"_s, EntryMethod::Chip, Cvm::Pin, true},
        // The approving card read by its magnetic stripe: for registers that refuse SWIPE.
        {u"swipe"_s, "4242424242424242", u"VISA"_s, EntryMethod::Swipe, Cvm::Signature, false},
    };
    return cards;
}

std::optional<TestCard> findTestCard(QStringView nameOrPan)
{
    for (const TestCard &card : testCards()) {
        if (nameOrPan == card.name) {
            return card;
        }
    }
    // A PAN names the first card with it (approve rather than swipe).
    for (const TestCard &card : testCards()) {
        if (nameOrPan == QLatin1StringView(card.pan)) {
            return card;
        }
    }
    return std::nullopt;
}

QString testCardNames()
{
    QStringList names;
    for (const TestCard &card : testCards()) {
        names.append(card.name);
    }
    return names.join(u", "_s);
}

Result<crypto::CardData> TestCard::cardData() const
{
    const int year = (QDate::currentDate().year() + 3) % 100;
    const QByteArray expiry = "12/" + QByteArray::number(year).rightJustified(2, '0');
    return crypto::CardData::create(pan, expiry, entry, cvm);
}

} // namespace holdfast::simulator
