#pragma once

#include "common/result.h"
#include "platform/clock.h"
#include "wire/payment.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QStringList>

#include <functional>

namespace holdfast::gateway {

class Authorizer;
class Database;
class KeyManager;
class PaymentStore;
class Processor;
struct Caller;
struct PaymentRecord;

/// The payment side of the gateway's API (DESIGN section 6), without HTTP: single and batch
/// uploads, status and void. Idempotent per localId: the row that claims a localId is created
/// by a unique insert, never after a check, so duplicates posted concurrently to any number of
/// instances resolve to one payment; the same content answers its current result, different
/// content is refused.
///
/// This is also the in-process entry point that benchmarks call (see InProcessGateway).
class Ingest
{
    Q_DECLARE_TR_FUNCTIONS(Ingest)

public:
    static constexpr qsizetype maxStatusIds = 1000;

    Ingest(const Database &database, const PaymentStore &payments, const KeyManager &keys, Authorizer &authorizer,
           Processor &processor, const Clock &clock);

    /// Called after a batch stored new uploads (serve pokes its processing worker).
    void setUploadedCallback(std::function<void()> callback) { m_uploaded = std::move(callback); }

    /// `POST /v1/payments`: claims and authorises at once. Answers PROCESSED or
    /// FAILED_TO_PROCESS (or the current result of a payment already decided). Errors carry the
    /// REJECTED reasons as codes, plus idempotency_conflict, voided and processor_unavailable.
    Result<wire::PaymentResult> submitOne(const Caller &caller, const QJsonValue &payment);

    /// `POST /v1/payments/batch`: one answer per item, in order: UPLOADED (stored; the worker
    /// decides it soon), the current PROCESSED / FAILED_TO_PROCESS / REFUNDED of a payment seen
    /// before, or REJECTED with a code. The request fails as a whole only on a gateway fault.
    Result<QList<wire::PaymentResult>> submitBatch(const Caller &caller, const QJsonArray &payments);

    /// `POST /v1/payments/status`: results in request order; UNKNOWN for ids never seen here or
    /// belonging to another location.
    Result<QList<wire::PaymentResult>> status(const Caller &caller, const QStringList &localIds) const;

    /// `POST /v1/payments/{localId}/void`: an uploaded but undecided payment becomes VOIDED (and
    /// is never processed), a processed one is refunded (REFUNDED), a never-seen localId gets a
    /// tombstone (VOIDED; a later upload is REJECTED voided); FAILED_TO_PROCESS stays. Idempotent.
    Result<wire::PaymentResult> voidPayment(const Caller &caller, const QString &localId);

private:
    static wire::PaymentResult rejected(const QString &localId, const Error &error);
    static Result<wire::PaymentResult> compare(const PaymentRecord &existing, const QString &contentSha256);
    Result<wire::PaymentResult> answerOneExisting(const PaymentRecord &existing, const QString &contentSha256);

    const Database &m_database;
    const PaymentStore &m_payments;
    const KeyManager &m_keys;
    Authorizer &m_authorizer;
    Processor &m_processor;
    const Clock &m_clock;
    std::function<void()> m_uploaded;
};

} // namespace holdfast::gateway
