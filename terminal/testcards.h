#pragma once

#include "common/result.h"
#include "crypto/carddata.h"

#include <QList>
#include <QString>

#include <optional>

namespace holdfast::simulator {

/// A card the simulator can be "tapped" with. The PANs are the processor sandbox's public test
/// numbers; even so they are treated like real ones: never printed, logged or written.
struct TestCard
{
    QString name; ///< what --present, the control call and the window use: approve, decline, …
    QByteArray pan;
    QString brand; ///< what the terminal reports: VISA, INTERAC, …
    crypto::EntryMethod entry = crypto::EntryMethod::Chip;
    crypto::Cvm cvm = crypto::Cvm::None;
    bool interacDebit = false; ///< Interac debit is never taken offline

    /// The card data to seal; its expiry is December, three years ahead.
    Result<crypto::CardData> cardData() const;
    QString last4() const { return QString::fromLatin1(pan.right(4)); }
};

/// Every test card, in the order the window shows them.
const QList<TestCard> &testCards();
/// The card called `nameOrPan` (a name from testCards() or one of their PANs).
std::optional<TestCard> findTestCard(QStringView nameOrPan);
/// The names of all test cards, comma-separated, for help and error texts.
QString testCardNames();

} // namespace holdfast::simulator
