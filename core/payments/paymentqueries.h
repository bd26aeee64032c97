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
    /// QUEUED payments of one pairing that are due for an attempt at `nowMs`, nearest deadline
    /// first (DESIGN: oldest deadline first), leaving out `excluding` (those in flight).
    Result<QList<PaymentRecord>> uploadCandidates(const QString &credentialId, qint64 nowMs, int limit,
                                                  const QStringList &excluding = {}) const;
    /// UPLOADED payments of one pairing, whose outcome the gateway still has to tell.
    Result<QList<PaymentRecord>> awaitingOutcome(const QString &credentialId, int limit) const;
    /// The credential ids that still have QUEUED or UPLOADED payments.
    Result<QStringList> credentialsWithWork() const;
    /// The earliest next_attempt_at among QUEUED payments (to schedule the uploader).
    Result<std::optional<qint64>> nextAttemptAt() const;

private:
    Result<QList<PaymentRecord>> select(const QString &where, const QVariantList &values, const QString &tail) const;

    Vault &m_vault;
};

} // namespace holdfast::payments
