#pragma once

#include "paymentrecord.h"
#include "vault.h"

#include <QList>
#include <QMap>

#include <optional>

namespace holdfast::payments {

/// Count and amount of the payments in one status.
struct StatusTotals
{
    int count = 0;
    qint64 amountMinor = 0;

    bool operator==(const StatusTotals &) const = default;
};

/// The queue at a glance for one location: what the banner, the end-of-shift report and
/// `holdfastctl status` show.
struct QueueSummary
{
    QString locationId;
    QMap<PaymentStatus, StatusTotals> byStatus; ///< every status present, zero when empty
    std::optional<qint64> nearestDeadline; ///< earliest upload deadline among QUEUED
    std::optional<qint64> oldestQueuedAt; ///< createdAt of the oldest QUEUED payment
    QString currency; ///< of the amounts (the location's)
    int voidPending = 0; ///< voids asked for that the gateway has not confirmed yet
    int unconfirmed = 0; ///< recorded, may have charged, outcome never shown (PaymentRecord::isUnconfirmed)
    int refusedPairing = 0; ///< QUEUED payments whose last upload the gateway refused as unauthorized

    StatusTotals totals(PaymentStatus status) const { return byStatus.value(status); }
    /// QUEUED and UPLOADED: what is not settled yet.
    int outstandingCount() const;
};

/// Which payments a list shows.
struct PaymentFilter
{
    QString locationId; ///< empty: every location
    std::optional<PaymentStatus> status; ///< empty: every status
    int offset = 0;
    int limit = 100;
    bool outstandingOnly = false; ///< only QUEUED and UPLOADED: what is not settled yet
    bool unconfirmedOnly = false; ///< only those whose outcome nobody saw (PaymentRecord::isUnconfirmed)
    QString orderId; ///< only those of this sale reference; empty: any
};

/// Reads of the payment queue. Reads never change anything.
class PaymentQueries
{
public:
    explicit PaymentQueries(Vault &vault) : m_vault(vault) { }

    Result<QueueSummary> summary(const QString &locationId) const;
    /// Newest first. Paged, so a view of 100,000 rows can load lazily.
    Result<QList<PaymentRecord>> list(const PaymentFilter &filter) const;
    Result<int> count(const PaymentFilter &filter) const;
    /// QUEUED payments of these pairings that are due for an attempt at `nowMs`, still sealed and
    /// with no void asked for, nearest deadline first (DESIGN: oldest deadline first), leaving
    /// out `excluding` (those in flight).
    Result<QList<PaymentRecord>> uploadCandidates(const QStringList &credentialIds, qint64 nowMs, int limit,
                                                  const QStringList &excluding = {}) const;
    /// UPLOADED payments of these pairings, whose outcome the gateway still has to tell.
    Result<QList<PaymentRecord>> awaitingOutcome(const QStringList &credentialIds, int limit) const;
    /// Payments of these pairings whose void waits for the gateway, oldest request first.
    Result<QList<PaymentRecord>> voidsPending(const QStringList &credentialIds) const;
    /// The credential ids that still have QUEUED or UPLOADED payments, or a void to deliver.
    Result<QStringList> credentialsWithWork() const;
    /// The earliest next_attempt_at among QUEUED payments that wait to upload (to schedule the
    /// uploader).
    Result<std::optional<qint64>> nextAttemptAt() const;
    /// Payments of a sale reference (order id), newest first.
    Result<QList<PaymentRecord>> ofOrder(const QString &orderId) const;

private:
    Result<QList<PaymentRecord>> select(const QString &where, const QVariantList &values, const QString &tail) const;

    Vault &m_vault;
};

} // namespace holdfast::payments
