#include "salereference.h"

#include "payments/paymentqueries.h"

using namespace Qt::StringLiterals;

namespace holdfast::salereference {

using payments::PaymentStatus;

ChargeOutcome outcomeOf(const payments::PaymentRecord &payment, bool chargingElsewhere)
{
    ChargeOutcome outcome;
    outcome.localId = payment.localId;
    outcome.brand = payment.brand;
    outcome.last4 = payment.last4;
    outcome.error = payment.lastError;
    const bool offline = payment.mode == wire::PaymentMode::Offline;
    switch (payment.status) {
    case PaymentStatus::Queued:
    case PaymentStatus::Uploaded:
        outcome.result = offline && !chargingElsewhere ? ChargeResult::ApprovedOffline : ChargeResult::Pending;
        break;
    case PaymentStatus::Processed:
        outcome.result = ChargeResult::ApprovedOnline;
        break;
    case PaymentStatus::FailedToProcess:
        outcome.result = ChargeResult::Declined;
        break;
    case PaymentStatus::FailedToUpload:
        outcome.result = ChargeResult::Failed;
        break;
    case PaymentStatus::Voided:
        outcome.result = ChargeResult::NotCharged;
        break;
    }
    if (payment.isVoidPending()) {
        outcome.result = ChargeResult::NotCharged;
    }
    return outcome;
}

Result<std::optional<payments::PaymentRecord>> blockingPayment(payments::Vault &vault, const QString &reference)
{
    if (reference.isEmpty()) {
        return std::optional<payments::PaymentRecord>();
    }
    auto earlier = payments::PaymentQueries(vault).ofOrder(reference);
    if (!earlier) {
        return earlier.error();
    }
    for (const payments::PaymentRecord &payment : earlier.value()) { // newest first
        if (payment.mayCharge() && !payment.voidRequestedAt) {
            return std::optional(payment);
        }
    }
    for (const payments::PaymentRecord &payment : earlier.value()) {
        if (!payment.outcomeShownAt) {
            return std::optional(payment); // ended without a charge, but nobody was told
        }
    }
    return std::optional<payments::PaymentRecord>();
}

} // namespace holdfast::salereference
