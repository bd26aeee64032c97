#pragma once

#include "common/money.h"
#include "common/result.h"
#include "crypto/carddata.h"
#include "crypto/encapsulationpool.h"
#include "crypto/envelope.h"
#include "crypto/keyschedule.h"

#include <QList>
#include <QString>

#include <functional>

namespace holdfast {

/// What a card reader is asked for: seal the card for this payment, to this key.
struct CardReadRequest
{
    QString saleId; ///< the charge attempt (its localId): the reader reads at most one card for it
    crypto::PaymentBinding binding; ///< localId, location, register, amount, time, kid
    crypto::ScheduleKey key; ///< the day's public key to seal to
    Money amount;
    bool offline = false; ///< the payment will be queued: no Interac debit
    QList<crypto::EntryMethod> allowedEntryMethods;
};

/// A card that was read and sealed; the register never sees its number.
struct CardRead
{
    crypto::Envelope envelope;
    crypto::EntryMethod entryMethod = crypto::EntryMethod::Chip;
    QString brand;
    QString last4;
};

/// Where a charge's sealed card data comes from: a LAN terminal, or keyed entry on the
/// register. Failures: "card_cancelled", "card_timeout", "card_not_allowed_offline", or the
/// reader's own error.
class CardReader
{
public:
    virtual ~CardReader() = default;
    virtual void read(const CardReadRequest &request, std::function<void(Result<CardRead>)> done) = 0;
    /// Asks the reader to stop waiting for the card (the cashier cancelled).
    virtual void cancel() = 0;
};

/// Keyed entry: the card was typed on the register, and is sealed here, in core, at once.
/// The card data is wiped when this reader is destroyed.
class KeyedCardReader final : public CardReader
{
public:
    /// `pool`, when given, supplies encapsulations prepared while the register was idle.
    explicit KeyedCardReader(crypto::CardData card, crypto::EncapsulationPool *pool = nullptr)
        : m_card(std::move(card)), m_pool(pool)
    {
    }

    void read(const CardReadRequest &request, std::function<void(Result<CardRead>)> done) override;
    void cancel() override { }

private:
    crypto::CardData m_card;
    crypto::EncapsulationPool *m_pool;
};

} // namespace holdfast
