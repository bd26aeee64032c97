#pragma once

#include "common/money.h"
#include "common/result.h"
#include "crypto/carddata.h"
#include "crypto/envelope.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

/// The payment as it travels from register to gateway (DESIGN section 6). Shared by both
/// ends so that what one writes the other reads with the same strict rules.
namespace holdfast::wire {

/// How the payment was taken: with the gateway answering (ONLINE) or queued (OFFLINE).
enum class PaymentMode { Online, Offline };

QString toWire(PaymentMode mode);
Result<PaymentMode> paymentModeFromWire(QStringView text);

/// Whether `text` is a localId as Holdfast writes them: a lower-case UUID without braces.
bool isValidLocalId(QStringView text);
/// Identifiers the gateway hands out (locationId, registerId): 1 to 64 of A-Z a-z 0-9 _ -
bool isValidIdentifier(QStringView text);

struct Payment
{
    Q_DECLARE_TR_FUNCTIONS(Payment)

public:
    QString localId;
    QString locationId;
    QString registerId;
    Money amount;
    qint64 createdAt = 0; ///< ms since the epoch, the register's trusted time of capture
    crypto::Envelope envelope;
    crypto::EntryMethod entryMethod = crypto::EntryMethod::Chip;
    QString brand; ///< VISA, MASTERCARD, INTERAC…: upper-case letters and '_'
    QString last4;
    PaymentMode mode = PaymentMode::Offline;

    QJsonObject toJson() const;
    /// Strict: every member present with the right type and form, no others.
    static Result<Payment> fromJson(const QJsonValue &value);
    /// The fields the envelope is bound to (its AAD).
    crypto::PaymentBinding binding() const;
    /// Compact JSON with sorted keys: equal for equal content, so it decides idempotency.
    QByteArray canonicalJson() const;

    bool operator==(const Payment &) const = default;
};

/// Per-payment answer of the gateway (single, batch and status calls).
enum class ResultStatus { Uploaded, Processed, FailedToProcess, Rejected, Voided, Refunded, Unknown };

QString toWire(ResultStatus status);
Result<ResultStatus> resultStatusFromWire(QStringView text);

struct PaymentResult
{
    QString localId;
    ResultStatus status = ResultStatus::Unknown;
    QString paymentId; ///< the gateway's id once processed; empty before
    std::optional<Error> error; ///< why it was declined or rejected; {"code","detail"} on the wire

    QJsonObject toJson() const;
    static Result<PaymentResult> fromJson(const QJsonValue &value);

    bool operator==(const PaymentResult &) const = default;
};

/// The maximum number of payments in one batch upload.
inline constexpr qsizetype maxBatchSize = 100;

} // namespace holdfast::wire
