#include "paymentstore.h"

#include "database.h"
#include "registerstore.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace holdfast::gateway {

namespace {

const QString columns = u"local_id, location_id, register_id, uploaded_by, content_sha256, amount_minor, currency,"
                        " created_at, entry_method, brand, last4, mode, kid, envelope, received_at, status,"
                        " payment_id, error_code, error_detail, processed_at"_s;

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

PaymentRecord fromRow(const QVariantList &row)
{
    PaymentRecord r;
    r.localId = row[0].toString();
    r.locationId = row[1].toString();
    r.registerId = row[2].toString();
    r.uploadedBy = row[3].toString();
    r.contentSha256 = row[4].toString();
    if (!row[5].isNull()) {
        r.amount = Money::fromMinor(row[5].toLongLong(), row[6].toString()).value();
    }
    r.createdAt = row[7].toLongLong();
    r.entryMethod = row[8].toString();
    r.brand = row[9].toString();
    r.last4 = row[10].toString();
    const auto mode = wire::paymentModeFromWire(row[11].toString());
    r.mode = mode ? mode.value() : wire::PaymentMode::Offline;
    r.kid = row[12].toString();
    r.envelopeJson = row[13].toString();
    r.receivedAt = row[14].toLongLong();
    auto status = wire::resultStatusFromWire(row[15].toString());
    r.status = status ? status.value() : wire::ResultStatus::Unknown;
    r.paymentId = row[16].toString();
    if (!row[17].isNull()) {
        r.error = Error {row[17].toString(), row[18].toString()};
    }
    if (!row[19].isNull()) {
        r.processedAt = row[19].toLongLong();
    }
    return r;
}

Result<QList<PaymentRecord>> records(const Result<Rows> &rows)
{
    if (!rows) {
        return rows.error();
    }
    QList<PaymentRecord> out;
    out.reserve(rows->size());
    for (const QVariantList &row : rows.value()) {
        out.append(fromRow(row));
    }
    return out;
}

} // namespace

wire::PaymentResult PaymentRecord::result() const
{
    return {localId, status, paymentId, error};
}

crypto::PaymentBinding PaymentRecord::binding() const
{
    return {localId, locationId, registerId, amount.minor(), amount.currency(), createdAt, kid};
}

PaymentRecord PaymentRecord::uploaded(const wire::Payment &payment, const QString &contentSha256, const Caller &caller,
                                      qint64 receivedAt)
{
    PaymentRecord r;
    r.localId = payment.localId;
    r.locationId = payment.locationId;
    r.registerId = payment.registerId;
    r.uploadedBy = caller.registerId;
    r.contentSha256 = contentSha256;
    r.amount = payment.amount;
    r.createdAt = payment.createdAt;
    r.entryMethod = crypto::toWire(payment.entryMethod);
    r.brand = payment.brand;
    r.last4 = payment.last4;
    r.mode = payment.mode;
    r.kid = payment.envelope.kid;
    r.envelopeJson = QString::fromUtf8(QJsonDocument(payment.envelope.toJson()).toJson(QJsonDocument::Compact));
    r.receivedAt = receivedAt;
    r.status = wire::ResultStatus::Uploaded;
    return r;
}

Result<bool> PaymentStore::claim(const PaymentRecord &r) const
{
    auto inserted
        = m_database.execute(u"INSERT INTO payments (local_id, location_id, register_id, uploaded_by,"
                             " content_sha256, amount_minor, currency, created_at, entry_method, brand,"
                             " last4, mode, kid, envelope, received_at, status)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                             " ON CONFLICT (local_id) DO NOTHING"_s,
                             {r.localId, r.locationId, r.registerId, r.uploadedBy, r.contentSha256, r.amount.minor(),
                              r.amount.currency(), r.createdAt, r.entryMethod, r.brand, r.last4, wire::toWire(r.mode),
                              r.kid, r.envelopeJson, r.receivedAt, wire::toWire(r.status)});
    if (!inserted) {
        return inserted.error();
    }
    return inserted.value() == 1;
}

Result<bool> PaymentStore::claimTombstone(const QString &localId, const Caller &caller, qint64 now) const
{
    auto inserted = m_database.execute(u"INSERT INTO payments (local_id, location_id, register_id, uploaded_by,"
                                       " received_at, status, processed_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
                                       " ON CONFLICT (local_id) DO NOTHING"_s,
                                       {localId, caller.locationId, caller.registerId, caller.registerId, now,
                                        wire::toWire(wire::ResultStatus::Voided), now});
    if (!inserted) {
        return inserted.error();
    }
    return inserted.value() == 1;
}

Result<std::optional<PaymentRecord>> PaymentStore::find(const QString &localId, bool lock) const
{
    auto found = records(m_database.select(u"SELECT "_s + columns + u" FROM payments WHERE local_id = ?"_s
                                               + (lock ? m_database.forUpdate() : QString()),
                                           {localId}));
    if (!found) {
        return found.error();
    }
    return found->isEmpty() ? std::nullopt : std::optional(found->first());
}

Result<QHash<QString, PaymentRecord>> PaymentStore::findMany(const QStringList &localIds) const
{
    QHash<QString, PaymentRecord> byId;
    constexpr qsizetype chunk = 250;
    for (qsizetype start = 0; start < localIds.size(); start += chunk) {
        const QStringList part = localIds.mid(start, chunk);
        QVariantList values;
        for (const QString &id : part) {
            values.append(id);
        }
        QStringList marks(part.size(), u"?"_s);
        auto found = records(m_database.select(
            u"SELECT "_s + columns + u" FROM payments WHERE local_id IN ("_s + marks.join(u", ") + u')', values));
        if (!found) {
            return found.error();
        }
        for (PaymentRecord &record : found.value()) {
            byId.insert(record.localId, std::move(record));
        }
    }
    return byId;
}

Result<QList<PaymentRecord>> PaymentStore::lockUploaded(int limit) const
{
    return records(m_database.select(u"SELECT "_s + columns
                                         + u" FROM payments WHERE status = 'UPLOADED' ORDER BY received_at LIMIT ?"_s
                                         + m_database.skipLocked(),
                                     {limit}));
}

Result<bool> PaymentStore::recordOutcome(const QString &localId, wire::ResultStatus status, const QString &paymentId,
                                         const std::optional<Error> &error, qint64 processedAt) const
{
    auto updated = m_database.execute(
        u"UPDATE payments SET status = ?, payment_id = ?, error_code = ?, error_detail = ?, processed_at = ?,"
        " envelope = NULL WHERE local_id = ? AND status = 'UPLOADED'"_s,
        {wire::toWire(status), nullable(paymentId), nullable(error ? error->code : QString()),
         nullable(error ? error->message : QString()), processedAt, localId});
    if (!updated) {
        return updated.error();
    }
    return updated.value() == 1;
}

Result<bool> PaymentStore::transition(const QString &localId, wire::ResultStatus from, wire::ResultStatus to,
                                      qint64 at) const
{
    auto updated = m_database.execute(u"UPDATE payments SET status = ?, processed_at = COALESCE(processed_at, ?),"
                                      " envelope = NULL WHERE local_id = ? AND status = ?"_s,
                                      {wire::toWire(to), at, localId, wire::toWire(from)});
    if (!updated) {
        return updated.error();
    }
    return updated.value() == 1;
}

Result<QList<PaymentRecord>> PaymentStore::list(const QString &locationId,
                                                std::optional<wire::ResultStatus> status) const
{
    QStringList conditions;
    QVariantList values;
    if (!locationId.isEmpty()) {
        conditions.append(u"location_id = ?"_s);
        values.append(locationId);
    }
    if (status) {
        conditions.append(u"status = ?"_s);
        values.append(wire::toWire(*status));
    }
    const QString where = conditions.isEmpty() ? QString() : u" WHERE "_s + conditions.join(u" AND "_s);
    return records(m_database.select(
        u"SELECT "_s + columns + u" FROM payments"_s + where + u" ORDER BY received_at DESC, local_id"_s, values));
}

} // namespace holdfast::gateway
