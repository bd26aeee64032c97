#pragma once

#include "common/result.h"
#include "paymentstatus.h"

#include <QList>

namespace holdfast::payments {

/// The payment state machine of DESIGN section 3, as a table:
///   QUEUED   → UPLOADED | FAILED_TO_UPLOAD | VOIDED
///   UPLOADED → PROCESSED | FAILED_TO_PROCESS | VOIDED (the gateway cancelled it before processing)
///   PROCESSED → VOIDED (the gateway refunded it)
/// FAILED_TO_PROCESS, FAILED_TO_UPLOAD and VOIDED are final; PROCESSED is final unless refunded.
namespace lifecycle {

bool isAllowed(PaymentStatus from, PaymentStatus to);
/// "transition_illegal" naming both states when `from → to` is not in the table.
Status check(PaymentStatus from, PaymentStatus to);
/// Whether nothing can change it any more (PROCESSED can still be refunded, so it is not).
bool isFinal(PaymentStatus status);
/// Whether the sealed card data must be gone once a payment is in `status`: everything but
/// QUEUED (acknowledged by the gateway, refused for good, or voided).
bool erasesEnvelope(PaymentStatus status);
/// The statuses reachable from `from` in one step.
QList<PaymentStatus> successors(PaymentStatus from);

} // namespace lifecycle

} // namespace holdfast::payments
