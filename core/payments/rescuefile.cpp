#include "rescuefile.h"

#include "paymentqueries.h"
#include "paymentstore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace holdfast::payments {

namespace {

constexpr auto formatName = "holdfast-rescue"_L1;
constexpr qint64 maxFileSize = 64 * 1024 * 1024;

QJsonObject toJson(const PaymentRecord &record)
{
    QJsonObject object = record.toWire().toJson();
    object.insert("orderId"_L1, record.orderId);
    object.insert("tip"_L1, record.tip.toJson());
    object.insert("cashier"_L1, record.cashier);
    object.insert("uploadDeadline"_L1, record.uploadDeadline);
    return object;
}

Result<PaymentRecord> fromJson(const QJsonObject &object)
{
    QJsonObject wireObject = object;
    for (const auto key : {"orderId"_L1, "tip"_L1, "cashier"_L1, "uploadDeadline"_L1}) {
        wireObject.remove(key);
    }
    auto payment = wire::Payment::fromJson(wireObject);
    if (!payment) {
        return payment.error();
    }
    auto tip = Money::fromJson(object.value("tip"_L1));
    const QJsonValue deadline = object.value("uploadDeadline"_L1);
    if (!tip || tip->currency() != payment->amount.currency() || !object.value("orderId"_L1).isString()
        || !object.value("cashier"_L1).isString() || !deadline.isDouble() || object.size() != wireObject.size() + 4) {
        return Error {u"rescue_malformed"_s, RescueFile::tr("A payment in the rescue file is incomplete.")};
    }
    PaymentRecord record;
    record.localId = payment->localId;
    record.locationId = payment->locationId;
    record.registerId = payment->registerId;
    record.orderId = object.value("orderId"_L1).toString();
    record.amount = payment->amount;
    record.tip = tip.value();
    record.createdAt = payment->createdAt;
    record.entryMethod = payment->entryMethod;
    record.brand = payment->brand;
    record.last4 = payment->last4;
    record.cashier = object.value("cashier"_L1).toString();
    record.mode = payment->mode;
    record.kid = payment->envelope.kid;
    record.envelope = payment->envelope;
    record.uploadDeadline = deadline.toInteger();
    return record;
}

QByteArray digest(const QJsonObject &body)
{
    return QCryptographicHash::hash(QJsonDocument(body).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
        .toHex();
}

// Identical as far as the file can say: what was exported, compared field by field.
bool sameContent(const PaymentRecord &a, const PaymentRecord &b)
{
    return toJson(a) == toJson(b);
}

} // namespace

Result<int> RescueFile::exportTo(const QString &path, qint64 nowMs) const
{
    PaymentQueries queries(m_vault);
    auto queued = queries.list({QString(), PaymentStatus::Queued, 0, std::numeric_limits<int>::max()});
    if (!queued) {
        return queued.error();
    }
    QJsonArray payments;
    for (const PaymentRecord &record : queued.value()) {
        if (record.envelope) { // a payment whose void waits for the gateway has nothing to carry
            payments.append(toJson(record));
        }
    }
    QJsonObject body {
        {"format"_L1, formatName}, {"version"_L1, version}, {"exportedAt"_L1, nowMs}, {"payments"_L1, payments}};
    body.insert("sha256"_L1, QString::fromLatin1(digest(body)));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(body).toJson(QJsonDocument::Indented)) < 0
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || !file.commit()) {
        return Error {u"rescue_write_failed"_s,
                      tr("Cannot write the rescue file %1: %2").arg(path, file.errorString())};
    }
    return int(payments.size());
}

Result<ImportSummary> RescueFile::importFrom(const QString &path, const QString &credentialId,
                                             const QString &locationId, qint64 nowMs)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error {u"rescue_unreadable"_s, tr("Cannot read %1: %2").arg(path, file.errorString())};
    }
    if (file.size() > maxFileSize) {
        return Error {u"rescue_foreign"_s, tr("%1 is not a Holdfast rescue file.").arg(path)};
    }
    QJsonParseError parseError;
    QJsonObject body = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError || body.value("format"_L1) != formatName) {
        return Error {u"rescue_foreign"_s, tr("%1 is not a Holdfast rescue file.").arg(path)};
    }
    if (body.value("version"_L1).toInt() != version) {
        return Error {u"rescue_version"_s,
                      tr("This rescue file was written by another version of Holdfast (format %1); this register "
                         "reads format %2.")
                          .arg(body.value("version"_L1).toInt())
                          .arg(version)};
    }
    const QString checksum = body.take("sha256"_L1).toString();
    if (checksum.toLatin1() != digest(body)) {
        return Error {u"rescue_corrupt"_s,
                      tr("The rescue file is damaged (its checksum does not match). Nothing was imported.")};
    }
    const QJsonArray array = body.value("payments"_L1).toArray();
    QList<PaymentRecord> fresh;
    ImportSummary summary;
    PaymentStore store(m_vault);
    for (const QJsonValue &value : array) {
        auto record = fromJson(value.toObject());
        if (!record) {
            return Error {u"rescue_malformed"_s,
                          tr("The rescue file has an invalid payment: %1").arg(record.error().message)};
        }
        if (auto existing = store.find(record->localId); existing) {
            if (existing->envelope && !sameContent(existing.value(), record.value())) {
                return Error {u"rescue_conflict"_s,
                              tr("The rescue file holds a payment that differs from the one this register has under "
                                 "the same reference. Nothing was imported.")};
            }
            ++summary.alreadyPresent;
            continue;
        }
        if (record->locationId != locationId) {
            return Error {u"rescue_foreign_location"_s,
                          tr("The rescue file holds payments of location %1, but this register is not paired with it. "
                             "Pair it with that location first. Nothing was imported.")
                              .arg(record->locationId)};
        }
        record->credentialId = credentialId;
        // The register it came from may have sent it, and showed its outcome there: a void of
        // it goes through the gateway, and it is not left for a manager to confirm again.
        record->sentAt = nowMs;
        record->outcomeShownAt = nowMs;
        fresh.append(std::move(record).value());
    }
    if (auto recorded = store.recordAll(fresh, u"import"_s, u"imported from a rescue file"_s, nowMs); !recorded) {
        return recorded.error();
    }
    summary.imported = int(fresh.size());
    return summary;
}

} // namespace holdfast::payments
