#pragma once

#include "common/money.h"
#include "common/result.h"
#include "crypto/envelope.h"
#include "wire/payment.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace holdfast::gateway {

class Database;
struct Caller;

/// A payment as the gateway keeps it. The row is also the localId's idempotency claim. Card data
/// exists here only sealed (`envelopeJson`), and only until the payment is processed or voided.
/// A tombstone (a void for a localId never seen) has no content hash and no payment fields.
struct PaymentRecord
{
    QString localId;
    QString locationId;
    QString registerId; ///< the register that took the payment (for a tombstone: that voided it)
    QString uploadedBy; ///< the register whose token uploaded it (differs after re-pairing)
    QString contentSha256; ///< of wire::Payment::canonicalJson(); empty for a tombstone
    Money amount;
    qint64 createdAt = 0;
    QString entryMethod;
    QString brand;
    QString last4;
    wire::PaymentMode mode = wire::PaymentMode::Offline;
    QString kid;
    QString envelopeJson;
    qint64 receivedAt = 0;
    wire::ResultStatus status = wire::ResultStatus::Uploaded;
    QString paymentId;
    std::optional<Error> error;
    std::optional<qint64> processedAt;

    bool isTombstone() const { return contentSha256.isEmpty(); }
    /// The answer a register gets for this payment.
    wire::PaymentResult result() const;
    /// The fields its envelope is bound to.
    crypto::PaymentBinding binding() const;

    /// The record of a freshly uploaded payment.
    static PaymentRecord uploaded(const wire::Payment &payment, const QString &contentSha256, const Caller &caller,
                                  qint64 receivedAt);
};

/// Payment rows. Every write that decides something is one atomic statement: the unique
/// insert that claims a localId, the conditional update that moves a status.
class PaymentStore
{
public:
    explicit PaymentStore(const Database &database) : m_database(database) { }

    /// Claims the localId with a unique insert; false when a row already had it.
    Result<bool> claim(const PaymentRecord &record) const;
    /// Claims a never-seen localId as voided (a tombstone); false when a row already had it.
    Result<bool> claimTombstone(const QString &localId, const Caller &caller, qint64 now) const;

    /// The row of `localId`; with `lock`, locked until the transaction ends (PostgreSQL).
    Result<std::optional<PaymentRecord>> find(const QString &localId, bool lock = false) const;
    /// The rows of many localIds at once, by localId.
    Result<QHash<QString, PaymentRecord>> findMany(const QStringList &localIds) const;
    /// Uploaded payments waiting for processing, oldest first, locked for this transaction and
    /// skipped by every other worker (FOR UPDATE SKIP LOCKED).
    Result<QList<PaymentRecord>> lockUploaded(int limit) const;

    /// Moves an UPLOADED payment to its outcome and erases its sealed card data. False when it
    /// was no longer UPLOADED (voided meanwhile): then nothing changes.
    Result<bool> recordOutcome(const QString &localId, wire::ResultStatus status, const QString &paymentId,
                               const std::optional<Error> &error, qint64 processedAt) const;
    /// Moves a payment from `from` to `to` (void, refund), erasing any sealed card data.
    Result<bool> transition(const QString &localId, wire::ResultStatus from, wire::ResultStatus to, qint64 at) const;

    /// Payments of one location (or all), newest first, optionally of one status.
    Result<QList<PaymentRecord>> list(const QString &locationId, std::optional<wire::ResultStatus> status) const;

private:
    const Database &m_database;
};

} // namespace holdfast::gateway
