#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace holdfast::payments {

/// Where a payment is in its life on the register (DESIGN section 3).
enum class PaymentStatus {
    Queued, ///< sealed and on disk, not yet acknowledged by the gateway
    Uploaded, ///< the gateway has it; ciphertext erased here; awaiting processing
    Processed, ///< authorised and captured
    FailedToProcess, ///< the gateway processed it and it was declined
    FailedToUpload, ///< the gateway refused it for good (REJECTED)
    Voided, ///< cancelled before upload; sealed data destroyed; never charged
};

QString toWire(PaymentStatus status); ///< QUEUED, UPLOADED, … as on the wire and in the vault
Result<PaymentStatus> paymentStatusFromString(QStringView text);
/// A word a cashier or manager reads ("Waiting to upload", …), translated.
QString displayName(PaymentStatus status);
QList<PaymentStatus> allPaymentStatuses();

/// How the register meant to take the payment (DESIGN section 3).
enum class ProcessingMode { OnlineOnly, OfflineOnly, AutoDetect };

QString toWire(ProcessingMode mode); ///< ONLINE_ONLY, OFFLINE_ONLY, AUTO_DETECT
Result<ProcessingMode> processingModeFromString(QStringView text);
QString displayName(ProcessingMode mode);

} // namespace holdfast::payments
