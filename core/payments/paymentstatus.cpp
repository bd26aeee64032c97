#include "paymentstatus.h"

using namespace Qt::StringLiterals;

namespace holdfast::payments {

QString toWire(PaymentStatus status)
{
    switch (status) {
    case PaymentStatus::Queued:
        return u"QUEUED"_s;
    case PaymentStatus::Uploaded:
        return u"UPLOADED"_s;
    case PaymentStatus::Processed:
        return u"PROCESSED"_s;
    case PaymentStatus::FailedToProcess:
        return u"FAILED_TO_PROCESS"_s;
    case PaymentStatus::FailedToUpload:
        return u"FAILED_TO_UPLOAD"_s;
    case PaymentStatus::Voided:
        return u"VOIDED"_s;
    }
    Q_UNREACHABLE();
}

QList<PaymentStatus> allPaymentStatuses()
{
    return {PaymentStatus::Queued,          PaymentStatus::Uploaded,       PaymentStatus::Processed,
            PaymentStatus::FailedToProcess, PaymentStatus::FailedToUpload, PaymentStatus::Voided};
}

Result<PaymentStatus> paymentStatusFromString(QStringView text)
{
    for (const auto status : allPaymentStatuses()) {
        if (text == toWire(status)) {
            return status;
        }
    }
    return Error {u"status_unknown"_s,
                  QCoreApplication::translate("PaymentStatus",
                                              "Unknown payment status. Use QUEUED, UPLOADED, PROCESSED, "
                                              "FAILED_TO_PROCESS, FAILED_TO_UPLOAD or VOIDED.")};
}

QString displayName(PaymentStatus status)
{
    switch (status) {
    case PaymentStatus::Queued:
        return QCoreApplication::translate("PaymentStatus", "Waiting to upload");
    case PaymentStatus::Uploaded:
        return QCoreApplication::translate("PaymentStatus", "Uploaded, awaiting approval");
    case PaymentStatus::Processed:
        return QCoreApplication::translate("PaymentStatus", "Approved");
    case PaymentStatus::FailedToProcess:
        return QCoreApplication::translate("PaymentStatus", "Declined");
    case PaymentStatus::FailedToUpload:
        return QCoreApplication::translate("PaymentStatus", "Refused by the gateway");
    case PaymentStatus::Voided:
        return QCoreApplication::translate("PaymentStatus", "Voided");
    }
    Q_UNREACHABLE();
}

QString toWire(ProcessingMode mode)
{
    switch (mode) {
    case ProcessingMode::OnlineOnly:
        return u"ONLINE_ONLY"_s;
    case ProcessingMode::OfflineOnly:
        return u"OFFLINE_ONLY"_s;
    case ProcessingMode::AutoDetect:
        return u"AUTO_DETECT"_s;
    }
    Q_UNREACHABLE();
}

Result<ProcessingMode> processingModeFromString(QStringView text)
{
    for (const auto mode : {ProcessingMode::OnlineOnly, ProcessingMode::OfflineOnly, ProcessingMode::AutoDetect}) {
        if (text.compare(toWire(mode), Qt::CaseInsensitive) == 0) {
            return mode;
        }
    }
    return Error {u"mode_unknown"_s,
                  QCoreApplication::translate(
                      "PaymentStatus", "Unknown processing mode. Use ONLINE_ONLY, OFFLINE_ONLY or AUTO_DETECT.")};
}

QString displayName(ProcessingMode mode)
{
    switch (mode) {
    case ProcessingMode::OnlineOnly:
        return QCoreApplication::translate("PaymentStatus", "Online only");
    case ProcessingMode::OfflineOnly:
        return QCoreApplication::translate("PaymentStatus", "Force offline");
    case ProcessingMode::AutoDetect:
        return QCoreApplication::translate("PaymentStatus", "Allow offline (auto)");
    }
    Q_UNREACHABLE();
}

} // namespace holdfast::payments
