#pragma once

#include "common/result.h"
#include "payments/paymentclaims.h"
#include "payments/vault.h"
#include "trustedclock.h"

#include <QObject>

#include <functional>

namespace holdfast::sync {

class GatewayClient;

/// How delivering one void ended.
enum class VoidDelivery {
    Confirmed, ///< the gateway cancelled, refunded or tombstoned it: VOIDED here now
    NothingToVoid, ///< the gateway had declined it: it never charged anything
    StillPending, ///< not done yet (gateway unreachable, busy, or the payment is being sent elsewhere)
};

/// Delivers a void that waits for the gateway (DESIGN section 3, "Sent mark"): claims the payment,
/// so that no upload of it runs anywhere meanwhile, calls the gateway's void call, records its
/// answer and lets the claim go. Only VOIDED or REFUNDED from the gateway make the payment
/// VOIDED here.
class VoidSender
{
public:
    VoidSender(payments::Vault &vault, TrustedClock &clock, const payments::ClaimOwner &owner)
        : m_vault(vault), m_clock(clock), m_owner(owner)
    {
    }

    /// Delivers the pending void of `localId` through `client` (the pairing that uploads it);
    /// `done` gets what happened, or the gateway's refusal (an error) with the void still pending.
    void deliver(const QString &localId, GatewayClient *client, const QString &actor,
                 std::function<void(Result<VoidDelivery>)> done);

private:
    payments::Vault &m_vault;
    TrustedClock &m_clock;
    payments::ClaimOwner m_owner;
};

} // namespace holdfast::sync
