#pragma once

#include "payments/paymentrecord.h"
#include "payments/paymentstore.h"
#include "wire/payment.h"

#include <QList>

namespace holdfast::sync {

/// The register transitions that record what the gateway said about a payment that is in
/// `current` status (DESIGN sections 3 and 6). An answer that skips a step — PROCESSED for a
/// payment still QUEUED here — yields both steps, so the event log shows the whole path.
/// Nothing when the answer changes nothing (still UPLOADED) or means nothing here (UNKNOWN).
/// `nowMs` past `uploadDeadline` makes the upload event say it was late.
QList<payments::Transition> transitionsFor(const payments::PaymentRecord &current, const wire::PaymentResult &result,
                                           qint64 nowMs);

} // namespace holdfast::sync
