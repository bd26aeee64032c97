#pragma once

#include "paymentrecord.h"
#include "vault.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlQuery>

namespace holdfast::payments {

/// One step of a payment's life, as the uploader or a manager asks for it.
struct Transition
{
    QString localId;
    PaymentStatus to = PaymentStatus::Queued;
    QString actor;
    QString reason;
    QString serverPaymentId; ///< set when the gateway processed it
    std::optional<Error> error; ///< the decline or rejection, kept for the store to read
    /// The status the caller knows the payment is in (saves reading it); the change applies
    /// only if it still is. Empty: read the current status.
    std::optional<PaymentStatus> from;
};

/// Writes to the payment queue. Every change is one durable transaction that also appends to
/// the payment's event log, so the log and the status can never disagree.
class PaymentStore
{
    Q_DECLARE_TR_FUNCTIONS(PaymentStore)

public:
    explicit PaymentStore(Vault &vault) : m_vault(vault) { }

    /// Adds a sealed payment as QUEUED, with its first event. When this returns success the
    /// payment is on disk (fsynced), and only then may anyone be told it was approved.
    Status record(const PaymentRecord &payment, const QString &actor, qint64 atMs);
    /// Records several payments in one transaction, all or none (rescue-file import).
    Status recordAll(const QList<PaymentRecord> &payments, const QString &actor, const QString &reason, qint64 atMs);

    /// Applies the transitions in order, all or none, each checked against the lifecycle.
    /// Leaving QUEUED erases the envelope; reaching UPLOADED (or beyond) stamps uploaded_at.
    Status transition(const QList<Transition> &transitions, qint64 atMs);
    /// Like transition(), for answers that may come late: a step whose payment is no longer in
    /// its `from` status (voided or decided meanwhile by another program) is left out, with
    /// the rest of that payment's steps. Returns the steps applied.
    Result<QList<Transition>> transitionWherePossible(const QList<Transition> &transitions, qint64 atMs);

    /// Notes a failed upload attempt: attempts + 1, the error, and when to try next.
    Status noteAttemptFailed(const QStringList &localIds, const Error &error, qint64 nextAttemptAtMs, qint64 atMs);
    /// Makes queued payments eligible for upload now ("Upload now").
    Status makeDueNow(const QStringList &localIds, qint64 atMs);
    /// Makes every queued payment eligible for upload now (`holdfastctl sync`, a new pairing).
    Status makeAllDueNow(qint64 atMs);
    /// Records that a void was asked for and waits for the gateway: the sealed data goes now (it
    /// will never be uploaded again), and the event log says who asked. Part of PaymentClaims.
    Status noteVoidRequested(const PaymentRecord &payment, const QString &actor, const QString &reason, qint64 atMs);
    /// Records that the payment's outcome was shown (to the cashier) or acknowledged (by a
    /// manager), once; the event log says by whom.
    Status markOutcomeShown(const QString &localId, const QString &actor, const QString &reason, qint64 atMs);

    /// Deletes final payments (PROCESSED, declined, refused, voided) last changed before
    /// `beforeMs`, with their events. Returns how many went.
    Result<int> purgeFinished(qint64 beforeMs);

    Result<PaymentRecord> find(const QString &localId) const;
    Result<QList<PaymentEvent>> events(const QString &localId) const;

private:
    Status insert(const PaymentRecord &payment, const QString &actor, const QString &reason, qint64 atMs);
    struct Statements;
    Status applyOne(const Transition &transition, Statements &statements, qint64 atMs);
    Status noteInLog(const PaymentRecord &payment, const QString &actor, const QString &reason, qint64 atMs);
    Status appendEvent(QSqlQuery &query, const QString &localId, qint64 atMs, const QString &actor,
                       std::optional<PaymentStatus> from, PaymentStatus to, const QString &reason);

    Vault &m_vault;
};

} // namespace holdfast::payments
