#pragma once

#include "charger.h"
#include "payments/paymentclaims.h"
#include "payments/vault.h"

#include <optional>

namespace holdfast {

/// A payment already taken for a sale, as a charge would have ended (DESIGN section 3, "Sale
/// reference and confirmation"): what a second charge for the same sale returns instead of
/// taking a new payment.
namespace salereference {

/// The outcome a payment stands for now: approved (online, or offline while it waits), pending
/// (outcome not known yet, or a charge still running in another program), declined, or not
/// charged (voided, refused).
ChargeOutcome outcomeOf(const payments::PaymentRecord &payment, bool chargingElsewhere);

/// The earlier payment of `reference` that a new charge must not repeat: the newest one that
/// may still charge (QUEUED, UPLOADED, PROCESSED) and has no void asked for, or else one that
/// charged nothing but whose outcome nobody was shown yet. Nothing when a new charge may go ahead
/// (no payment, or only declined, voided or refused ones the cashier already saw).
Result<std::optional<payments::PaymentRecord>> blockingPayment(payments::Vault &vault, const QString &reference);

} // namespace salereference

} // namespace holdfast
