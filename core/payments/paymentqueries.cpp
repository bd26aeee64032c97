#include "paymentqueries.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace holdfast::payments {

namespace {

QString unconfirmedCondition()
{
    return u"(outcome_shown_at IS NULL AND void_requested_at IS NULL "
           "AND status IN ('QUEUED', 'UPLOADED', 'PROCESSED'))"_s;
}

QString voidPendingCondition()
{
    return u"(void_requested_at IS NOT NULL AND status IN ('QUEUED', 'UPLOADED', 'PROCESSED'))"_s;
}

// "IN (?, ?, …)" for `count` values.
QString placeholders(qsizetype count)
{
    return u"("_s + QStringList(count, u"?"_s).join(u", "_s) + u")"_s;
}

// "WHERE …" for a filter, with its bound values appended to `values`.
QString whereFor(const PaymentFilter &filter, QVariantList &values)
{
    QStringList conditions;
    if (!filter.locationId.isEmpty()) {
        conditions.append(u"location_id = ?"_s);
        values.append(filter.locationId);
    }
    if (filter.status) {
        conditions.append(u"status = ?"_s);
        values.append(toWire(*filter.status));
    }
    if (filter.outstandingOnly) {
        conditions.append(u"status IN ('QUEUED', 'UPLOADED')"_s);
    }
    if (filter.unconfirmedOnly) {
        conditions.append(unconfirmedCondition());
    }
    if (!filter.orderId.isEmpty()) {
        conditions.append(u"order_id = ?"_s);
        values.append(filter.orderId);
    }
    return conditions.isEmpty() ? QString() : u"WHERE "_s + conditions.join(u" AND "_s);
}

} // namespace

int QueueSummary::outstandingCount() const
{
    return totals(PaymentStatus::Queued).count + totals(PaymentStatus::Uploaded).count;
}

Result<QueueSummary> PaymentQueries::summary(const QString &locationId) const
{
    QueueSummary summary;
    summary.locationId = locationId;
    for (const auto status : allPaymentStatuses()) {
        summary.byStatus.insert(status, {});
    }
    QSqlQuery query(m_vault.database());
    query.prepare(u"SELECT status, COUNT(*), COALESCE(SUM(amount_minor), 0), MIN(currency) FROM payments "
                  "WHERE location_id = ? GROUP BY status"_s);
    query.addBindValue(locationId);
    if (auto done = m_vault.exec(query); !done) {
        return done.error();
    }
    while (query.next()) {
        const auto status = paymentStatusFromString(query.value(0).toString());
        if (status) {
            summary.byStatus.insert(status.value(), {query.value(1).toInt(), query.value(2).toLongLong()});
            summary.currency = query.value(3).toString();
        }
    }
    query.prepare(u"SELECT MIN(upload_deadline), MIN(created_at) FROM payments "
                  "WHERE location_id = ? AND status = 'QUEUED'"_s);
    query.addBindValue(locationId);
    if (auto done = m_vault.exec(query); !done) {
        return done.error();
    }
    if (query.next() && !query.value(0).isNull()) {
        summary.nearestDeadline = query.value(0).toLongLong();
        summary.oldestQueuedAt = query.value(1).toLongLong();
    }
    query.prepare(u"SELECT COALESCE(SUM(%1), 0), COALESCE(SUM(%2), 0), "
                  "COALESCE(SUM(status = 'QUEUED' AND attempts > 0 AND last_error_code = 'unauthorized'), 0) "
                  "FROM payments WHERE location_id = ?"_s.arg(voidPendingCondition(), unconfirmedCondition()));
    query.addBindValue(locationId);
    if (auto done = m_vault.exec(query); !done) {
        return done.error();
    }
    if (query.next()) {
        summary.voidPending = query.value(0).toInt();
        summary.unconfirmed = query.value(1).toInt();
        summary.refusedPairing = query.value(2).toInt();
    }
    return summary;
}

Result<QList<PaymentRecord>> PaymentQueries::select(const QString &where, const QVariantList &values,
                                                    const QString &tail) const
{
    QSqlQuery query(m_vault.database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT %1 FROM payments %2 %3"_s.arg(PaymentRecord::selectColumns(), where, tail));
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
    if (auto done = m_vault.exec(query); !done) {
        return done.error();
    }
    QList<PaymentRecord> records;
    while (query.next()) {
        auto record = PaymentRecord::fromQuery(query);
        if (!record) {
            return record.error();
        }
        records.append(std::move(record).value());
    }
    return records;
}

Result<QList<PaymentRecord>> PaymentQueries::list(const PaymentFilter &filter) const
{
    QVariantList values;
    const QString where = whereFor(filter, values);
    values << filter.limit << filter.offset;
    return select(where, values, u"ORDER BY created_at DESC, local_id LIMIT ? OFFSET ?"_s);
}

Result<int> PaymentQueries::count(const PaymentFilter &filter) const
{
    QVariantList values;
    QSqlQuery query(m_vault.database());
    query.prepare(u"SELECT COUNT(*) FROM payments "_s + whereFor(filter, values));
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
    if (auto done = m_vault.exec(query); !done) {
        return done.error();
    }
    return query.next() ? query.value(0).toInt() : 0;
}

Result<QList<PaymentRecord>> PaymentQueries::uploadCandidates(const QStringList &credentialIds, qint64 nowMs, int limit,
                                                              const QStringList &excluding) const
{
    QString where = u"WHERE status = 'QUEUED' AND envelope IS NOT NULL AND void_requested_at IS NULL "
                    "AND credential_id IN %1 AND next_attempt_at <= ?"_s.arg(placeholders(credentialIds.size()));
    QVariantList values;
    for (const QString &id : credentialIds) {
        values.append(id);
    }
    values.append(nowMs);
    if (!excluding.isEmpty()) {
        where += u" AND local_id NOT IN %1"_s.arg(placeholders(excluding.size()));
        for (const QString &localId : excluding) {
            values.append(localId);
        }
    }
    values.append(limit);
    return select(where, values, u"ORDER BY upload_deadline, created_at LIMIT ?"_s);
}

Result<QList<PaymentRecord>> PaymentQueries::awaitingOutcome(const QStringList &credentialIds, int limit) const
{
    QVariantList values;
    for (const QString &id : credentialIds) {
        values.append(id);
    }
    values.append(limit);
    return select(u"WHERE status = 'UPLOADED' AND void_requested_at IS NULL AND credential_id IN %1"_s.arg(
                      placeholders(credentialIds.size())),
                  values, u"ORDER BY uploaded_at, local_id LIMIT ?"_s);
}

Result<QList<PaymentRecord>> PaymentQueries::voidsPending(const QStringList &credentialIds) const
{
    QVariantList values;
    for (const QString &id : credentialIds) {
        values.append(id);
    }
    return select(u"WHERE %1 AND credential_id IN %2"_s.arg(voidPendingCondition(), placeholders(credentialIds.size())),
                  values, u"ORDER BY void_requested_at, local_id"_s);
}

Result<QList<PaymentRecord>> PaymentQueries::ofOrder(const QString &orderId) const
{
    return select(u"WHERE order_id = ?"_s, {orderId}, u"ORDER BY created_at DESC, local_id"_s);
}

Result<QStringList> PaymentQueries::credentialsWithWork() const
{
    QSqlQuery query(m_vault.database());
    query.prepare(u"SELECT DISTINCT credential_id FROM payments WHERE status IN ('QUEUED', 'UPLOADED') OR %1"_s.arg(
        voidPendingCondition()));
    if (auto done = m_vault.exec(query); !done) {
        return done.error();
    }
    QStringList ids;
    while (query.next()) {
        ids.append(query.value(0).toString());
    }
    return ids;
}

Result<std::optional<qint64>> PaymentQueries::nextAttemptAt() const
{
    QSqlQuery query(m_vault.database());
    query.prepare(u"SELECT MIN(next_attempt_at) FROM payments WHERE status = 'QUEUED' AND envelope IS NOT NULL "
                  "AND void_requested_at IS NULL"_s);
    if (auto done = m_vault.exec(query); !done) {
        return done.error();
    }
    if (query.next() && !query.value(0).isNull()) {
        return std::optional<qint64>(query.value(0).toLongLong());
    }
    return std::optional<qint64>();
}

} // namespace holdfast::payments
