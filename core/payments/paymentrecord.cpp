#include "paymentrecord.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace holdfast::payments {

wire::Payment PaymentRecord::toWire() const
{
    Q_ASSERT(envelope.has_value());
    wire::Payment payment;
    payment.localId = localId;
    payment.locationId = locationId;
    payment.registerId = registerId;
    payment.amount = amount;
    payment.createdAt = createdAt;
    payment.envelope = envelope.value_or(crypto::Envelope {});
    payment.entryMethod = entryMethod;
    payment.brand = brand;
    payment.last4 = last4;
    payment.mode = mode;
    return payment;
}

bool PaymentRecord::isPastDeadline(qint64 nowMs) const
{
    return uploadedAt ? *uploadedAt > uploadDeadline : (status == PaymentStatus::Queued && nowMs >= uploadDeadline);
}

bool PaymentRecord::mayCharge() const
{
    return status == PaymentStatus::Queued || status == PaymentStatus::Uploaded || status == PaymentStatus::Processed;
}

bool PaymentRecord::isVoidPending() const
{
    return voidRequestedAt.has_value() && mayCharge();
}

bool PaymentRecord::isUnconfirmed() const
{
    return !outcomeShownAt && !voidRequestedAt && mayCharge();
}

QString PaymentRecord::selectColumns()
{
    return u"local_id, location_id, register_id, credential_id, order_id, amount_minor, tip_minor, currency, "
           "created_at, entry_method, brand, last4, cashier, mode, kid, envelope, status, attempts, "
           "next_attempt_at, last_error_code, last_error, server_payment_id, upload_deadline, uploaded_at, "
           "updated_at, sent_at, outcome_shown_at, void_requested_at"_s;
}

Result<PaymentRecord> PaymentRecord::fromQuery(const QSqlQuery &query)
{
    const Error damaged {u"vault_corrupt"_s,
                         QCoreApplication::translate("Vault", "A payment in the vault has unreadable fields.")};
    PaymentRecord record;
    int column = 0;
    const auto next = [&query, &column] {
        return query.value(column++);
    };
    record.localId = next().toString();
    record.locationId = next().toString();
    record.registerId = next().toString();
    record.credentialId = next().toString();
    record.orderId = next().toString();
    const qint64 amount = next().toLongLong();
    const qint64 tip = next().toLongLong();
    const QString currency = next().toString();
    auto amountMoney = Money::fromMinor(amount, currency);
    auto tipMoney = Money::fromMinor(tip, currency);
    record.createdAt = next().toLongLong();
    auto entry = crypto::entryMethodFromWire(next().toString());
    record.brand = next().toString();
    record.last4 = next().toString();
    record.cashier = next().toString();
    auto mode = wire::paymentModeFromWire(next().toString());
    record.kid = next().toString();
    const QVariant envelope = next();
    auto status = paymentStatusFromString(next().toString());
    if (!amountMoney || !tipMoney || !entry || !mode || !status) {
        return damaged;
    }
    record.amount = amountMoney.value();
    record.tip = tipMoney.value();
    record.entryMethod = entry.value();
    record.mode = mode.value();
    record.status = status.value();
    if (!envelope.isNull()) {
        auto parsed = crypto::Envelope::fromJson(QJsonDocument::fromJson(envelope.toByteArray()).object());
        if (!parsed) {
            return damaged;
        }
        record.envelope = parsed.value();
    }
    record.attempts = next().toInt();
    record.nextAttemptAt = next().toLongLong();
    const QVariant errorCode = next();
    const QVariant errorText = next();
    if (!errorCode.isNull()) {
        record.lastError = Error {errorCode.toString(), errorText.toString()};
    }
    record.serverPaymentId = next().toString();
    record.uploadDeadline = next().toLongLong();
    const QVariant uploadedAt = next();
    if (!uploadedAt.isNull()) {
        record.uploadedAt = uploadedAt.toLongLong();
    }
    record.updatedAt = next().toLongLong();
    for (std::optional<qint64> *stamp : {&record.sentAt, &record.outcomeShownAt, &record.voidRequestedAt}) {
        const QVariant value = next();
        if (!value.isNull()) {
            *stamp = value.toLongLong();
        }
    }
    return record;
}

} // namespace holdfast::payments
