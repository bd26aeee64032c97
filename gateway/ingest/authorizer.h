#pragma once

#include "common/result.h"
#include "platform/clock.h"
#include "wire/payment.h"

#include <QCoreApplication>

namespace holdfast::crypto {
class CardData;
}

namespace holdfast::gateway {
class Database;
class KeyCache;
class KeyManager;
class LocationStore;
class PaymentStore;
class Processor;
struct PaymentRecord;

/// Decides uploaded payments: the deadline, then the card data opened and sent to the processor,
/// then the outcome recorded, all inside one transaction that holds the payment's row. The row
/// lock is what makes "processed exactly once" hold across workers and instances: a payment is
/// decided only while its row is UPLOADED and locked by the deciding transaction.
class Authorizer
{
    Q_DECLARE_TR_FUNCTIONS(Authorizer)

public:
    /// How many uploaded payments one worker step takes (one transaction).
    static constexpr int stepSize = 50;

    Authorizer(const Database &database, const PaymentStore &payments, const LocationStore &locations,
               const KeyManager &keys, Processor &processor, const Clock &clock);

    /// Decides `record` (claimed, UPLOADED, locked by the caller's open transaction). `card` is
    /// the already opened card data, or null to open the envelope here. Errors (storage, an
    /// unreachable processor) leave the payment UPLOADED for a later try; roll back then.
    Result<wire::PaymentResult> decide(const PaymentRecord &record, const crypto::CardData *card, KeyCache &keys);

    /// Decides the uploaded payment `localId` now, unless someone already did (then answers its
    /// result). Waits for a worker that holds the row.
    Result<wire::PaymentResult> processOne(const QString &localId);

    /// One worker step: up to `limit` uploaded payments nobody else holds. Answers how many were
    /// decided.
    Result<int> processPending(int limit = stepSize);

private:
    const Database &m_database;
    const PaymentStore &m_payments;
    const LocationStore &m_locations;
    const KeyManager &m_keys;
    Processor &m_processor;
    const Clock &m_clock;
};

} // namespace holdfast::gateway
