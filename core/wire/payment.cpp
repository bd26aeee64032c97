#include "payment.h"

#include <QJsonDocument>
#include <QJsonValue>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace holdfast::wire {

namespace {

std::optional<qint64> integer(const QJsonValue &value)
{
    // toInteger() answers its default for a non-integral number; two defaults tell them apart.
    if (!value.isDouble() || value.toInteger(0) != value.toInteger(1)) {
        return std::nullopt;
    }
    return value.toInteger();
}

bool isBrand(QStringView text)
{
    return !text.isEmpty() && text.size() <= 20
        && std::all_of(text.begin(), text.end(), [](QChar c) { return (c >= u'A' && c <= u'Z') || c == u'_'; });
}

bool isLast4(QStringView text)
{
    return text.size() == 4 && std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

} // namespace

QString toWire(PaymentMode mode)
{
    return mode == PaymentMode::Online ? u"ONLINE"_s : u"OFFLINE"_s;
}

Result<PaymentMode> paymentModeFromWire(QStringView text)
{
    if (text == u"ONLINE") {
        return PaymentMode::Online;
    }
    if (text == u"OFFLINE") {
        return PaymentMode::Offline;
    }
    return Error {u"payment_malformed"_s, Payment::tr("The payment mode must be ONLINE or OFFLINE.")};
}

bool isValidLocalId(QStringView text)
{
    const QUuid uuid = QUuid::fromString(text);
    return !uuid.isNull() && uuid.toString(QUuid::WithoutBraces) == text;
}

bool isValidIdentifier(QStringView text)
{
    return !text.isEmpty() && text.size() <= 64 && std::all_of(text.begin(), text.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_'
            || c == u'-';
    });
}

QJsonObject Payment::toJson() const
{
    return QJsonObject {{"localId"_L1, localId},
                        {"locationId"_L1, locationId},
                        {"registerId"_L1, registerId},
                        {"amount"_L1, amount.toJson()},
                        {"createdAt"_L1, createdAt},
                        {"envelope"_L1, envelope.toJson()},
                        {"entryMethod"_L1, crypto::toWire(entryMethod)},
                        {"brand"_L1, brand},
                        {"last4"_L1, last4},
                        {"mode"_L1, toWire(mode)}};
}

Result<Payment> Payment::fromJson(const QJsonValue &value)
{
    const auto malformed = [](const QString &detail) {
        return Error {u"payment_malformed"_s, detail};
    };
    const QJsonObject object = value.toObject();
    if (!value.isObject() || object.size() != 10) {
        return malformed(tr("A payment needs exactly localId, locationId, registerId, amount, createdAt, envelope, "
                            "entryMethod, brand, last4 and mode."));
    }
    Payment payment;
    payment.localId = object.value("localId"_L1).toString();
    payment.locationId = object.value("locationId"_L1).toString();
    payment.registerId = object.value("registerId"_L1).toString();
    payment.brand = object.value("brand"_L1).toString();
    payment.last4 = object.value("last4"_L1).toString();
    if (!isValidLocalId(payment.localId)) {
        return malformed(tr("The localId must be a lower-case UUID."));
    }
    if (!isValidIdentifier(payment.locationId) || !isValidIdentifier(payment.registerId)) {
        return malformed(tr("The locationId or registerId is not a valid identifier."));
    }
    if (!isBrand(payment.brand) || !isLast4(payment.last4)) {
        return malformed(tr("The brand or last4 is not valid."));
    }
    const auto createdAt = integer(object.value("createdAt"_L1));
    if (!createdAt || *createdAt <= 0) {
        return malformed(tr("The createdAt must be milliseconds since the epoch."));
    }
    payment.createdAt = *createdAt;
    auto amount = Money::fromJson(object.value("amount"_L1));
    if (!amount) {
        return amount.error();
    }
    if (amount.value().minor() <= 0) {
        return malformed(tr("The amount must be more than zero."));
    }
    payment.amount = amount.value();
    auto envelope = crypto::Envelope::fromJson(object.value("envelope"_L1));
    if (!envelope) {
        return envelope.error();
    }
    payment.envelope = envelope.value();
    auto entry = crypto::entryMethodFromWire(object.value("entryMethod"_L1).toString());
    auto mode = paymentModeFromWire(object.value("mode"_L1).toString());
    if (!entry || !mode) {
        return malformed(tr("The entryMethod or mode is not one Holdfast knows."));
    }
    payment.entryMethod = entry.value();
    payment.mode = mode.value();
    return payment;
}

crypto::PaymentBinding Payment::binding() const
{
    return {localId, locationId, registerId, amount.minor(), amount.currency(), createdAt, envelope.kid};
}

QByteArray Payment::canonicalJson() const
{
    // QJsonObject keeps its keys sorted, so the compact form is canonical.
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

QString toWire(ResultStatus status)
{
    switch (status) {
    case ResultStatus::Uploaded:
        return u"UPLOADED"_s;
    case ResultStatus::Processed:
        return u"PROCESSED"_s;
    case ResultStatus::FailedToProcess:
        return u"FAILED_TO_PROCESS"_s;
    case ResultStatus::Rejected:
        return u"REJECTED"_s;
    case ResultStatus::Voided:
        return u"VOIDED"_s;
    case ResultStatus::Refunded:
        return u"REFUNDED"_s;
    case ResultStatus::Unknown:
        return u"UNKNOWN"_s;
    }
    Q_UNREACHABLE();
}

Result<ResultStatus> resultStatusFromWire(QStringView text)
{
    for (const auto status :
         {ResultStatus::Uploaded, ResultStatus::Processed, ResultStatus::FailedToProcess, ResultStatus::Rejected,
          ResultStatus::Voided, ResultStatus::Refunded, ResultStatus::Unknown}) {
        if (text == toWire(status)) {
            return status;
        }
    }
    return Error {u"result_malformed"_s, Payment::tr("The gateway answered with an unknown payment status.")};
}

QJsonObject PaymentResult::toJson() const
{
    QJsonObject object {{"localId"_L1, localId}, {"status"_L1, toWire(status)}};
    if (!paymentId.isEmpty()) {
        object.insert("paymentId"_L1, paymentId);
    }
    if (error) {
        object.insert("error"_L1, QJsonObject {{"code"_L1, error->code}, {"detail"_L1, error->message}});
    }
    return object;
}

Result<PaymentResult> PaymentResult::fromJson(const QJsonValue &value)
{
    const Error malformed {u"result_malformed"_s, Payment::tr("The gateway's answer for a payment is malformed.")};
    const QJsonObject object = value.toObject();
    auto status = resultStatusFromWire(object.value("status"_L1).toString());
    if (!value.isObject() || !object.value("localId"_L1).isString() || !status) {
        return malformed;
    }
    PaymentResult result;
    result.localId = object.value("localId"_L1).toString();
    result.status = status.value();
    result.paymentId = object.value("paymentId"_L1).toString();
    if (object.contains("error"_L1)) {
        const QJsonObject error = object.value("error"_L1).toObject();
        if (!error.value("code"_L1).isString()) {
            return malformed;
        }
        result.error = Error {error.value("code"_L1).toString(), error.value("detail"_L1).toString()};
    }
    return result;
}

} // namespace holdfast::wire
