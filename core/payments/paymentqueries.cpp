#include "paymentqueries.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace holdfast::payments {

namespace {

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

Result<QList<PaymentRecord>> PaymentQueries::uploadCandidates(const QString &credentialId, qint64 nowMs, int limit,
                                                              const QStringList &excluding) const
{
    QString where = u"WHERE status = 'QUEUED' AND credential_id = ? AND next_attempt_at <= ?"_s;
    QVariantList values {credentialId, nowMs};
    if (!excluding.isEmpty()) {
        QStringList marks(excluding.size(), u"?"_s);
        where += u" AND local_id NOT IN (%1)"_s.arg(marks.join(u','));
        for (const QString &localId : excluding) {
            values.append(localId);
        }
    }
    values.append(limit);
    return select(where, values, u"ORDER BY upload_deadline, created_at LIMIT ?"_s);
}

Result<QList<PaymentRecord>> PaymentQueries::awaitingOutcome(const QString &credentialId, int limit) const
{
    return select(u"WHERE status = 'UPLOADED' AND credential_id = ?"_s, {credentialId, limit},
                  u"ORDER BY uploaded_at, local_id LIMIT ?"_s);
}

Result<QStringList> PaymentQueries::credentialsWithWork() const
{
    QSqlQuery query(m_vault.database());
    query.prepare(u"SELECT DISTINCT credential_id FROM payments WHERE status IN ('QUEUED', 'UPLOADED')"_s);
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
    query.prepare(u"SELECT MIN(next_attempt_at) FROM payments WHERE status = 'QUEUED'"_s);
    if (auto done = m_vault.exec(query); !done) {
        return done.error();
    }
    if (query.next() && !query.value(0).isNull()) {
        return std::optional<qint64>(query.value(0).toLongLong());
    }
    return std::optional<qint64>();
}

} // namespace holdfast::payments
