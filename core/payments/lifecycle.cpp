#include "lifecycle.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace holdfast::payments::lifecycle {

QList<PaymentStatus> successors(PaymentStatus from)
{
    switch (from) {
    case PaymentStatus::Queued:
        return {PaymentStatus::Uploaded, PaymentStatus::FailedToUpload, PaymentStatus::Voided};
    case PaymentStatus::Uploaded:
        return {PaymentStatus::Processed, PaymentStatus::FailedToProcess, PaymentStatus::Voided};
    case PaymentStatus::Processed:
        return {PaymentStatus::Voided}; // refunded by the gateway at a manager's request
    case PaymentStatus::FailedToProcess:
    case PaymentStatus::FailedToUpload:
    case PaymentStatus::Voided:
        return {};
    }
    Q_UNREACHABLE();
}

bool isAllowed(PaymentStatus from, PaymentStatus to)
{
    return successors(from).contains(to);
}

Status check(PaymentStatus from, PaymentStatus to)
{
    if (isAllowed(from, to)) {
        return {};
    }
    return Error {u"transition_illegal"_s,
                  QCoreApplication::translate("lifecycle", "A payment that is %1 cannot become %2.")
                      .arg(displayName(from), displayName(to))};
}

bool isFinal(PaymentStatus status)
{
    return successors(status).isEmpty();
}

bool erasesEnvelope(PaymentStatus status)
{
    return status != PaymentStatus::Queued;
}

} // namespace holdfast::payments::lifecycle
