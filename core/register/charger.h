#pragma once

#include "cardreader.h"
#include "common/money.h"
#include "payments/paymentclaims.h"
#include "payments/paymentstatus.h"
#include "payments/vault.h"
#include "sync/connectivity.h"
#include "sync/credentials.h"
#include "sync/trustedclock.h"
#include "sync/uploader.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>
#include <optional>

namespace holdfast {

/// A card payment to take.
struct ChargeRequest
{
    Money amount; ///< in all, tip included
    Money tip;
    QString orderId;
    QString cashier;
    std::optional<payments::ProcessingMode> mode; ///< empty: the register's default
};

/// How a charge ended, for the cashier.
enum class ChargeResult {
    ApprovedOnline, ///< the gateway authorised it
    ApprovedOffline, ///< on disk and queued; the gateway decides later
    Declined, ///< the gateway declined the card
    Refused, ///< the offline policy refused it (or the card may not be used offline): nothing stored
    NoCard, ///< no card was read (cancelled, timed out, terminal trouble): nothing stored; retry
    Pending, ///< sent but no answer: kept, asked about until known; never charge again
    NotCharged, ///< the gateway could not be reached; voided, nothing will ever be charged
    Failed, ///< something else went wrong; nothing was approved
};

struct ChargeOutcome
{
    ChargeResult result = ChargeResult::Failed;
    QString localId; ///< empty when nothing was recorded
    bool wentOffline = false; ///< tried online, fell back to the queue
    std::optional<Error> error; ///< why it was declined, refused, pending or failed
    QString brand;
    QString last4;
    /// One plain sentence for the cashier (translated).
    QString message() const;
    bool approved() const { return result == ChargeResult::ApprovedOnline || result == ChargeResult::ApprovedOffline; }
};

/// The one path every card payment takes (DESIGN section 3): choose online or offline, check
/// the offline policy, have the card sealed to the day's key, write the payment to the vault,
/// and only then upload it with the cashier waiting or leave it queued. An online attempt that
/// times out in AUTO_DETECT becomes a queued offline payment with the same localId (the cashier
/// is told); in ONLINE_ONLY it stays pending until the gateway says what happened, and one that
/// never reached the gateway gets a void at once (through the gateway: it has the sent mark, written
/// with the payment before the attempt, so a copy that did arrive is cancelled or refunded).
class Charger : public QObject
{
    Q_OBJECT

public:
    Charger(payments::Vault &vault, sync::TrustedClock &clock, sync::Uploader &uploader,
            sync::Connectivity *connectivity, QObject *parent = nullptr);

    /// Bound on the online attempt (the cashier is waiting).
    void setOnlineTimeout(int ms) { m_onlineTimeoutMs = ms; }
    /// Whether a charge starts an upload pass for what it queued (the register: yes). holdfastctl
    /// exits right after a charge, so it leaves uploads to `sync` and to the register instead of
    /// starting one it would cut off.
    void setUploadsAfterCharge(bool uploads) { m_uploadsAfterCharge = uploads; }
    /// The gateway watcher AUTO_DETECT asks; null: decide from the offline policy alone.
    void setConnectivity(sync::Connectivity *connectivity) { m_connectivity = connectivity; }

    /// Takes the payment; `reader` must stay alive until `done` runs.
    void charge(const ChargeRequest &request, CardReader &reader, std::function<void(ChargeOutcome)> done);

private:
    struct Attempt;
    void decideMode(std::shared_ptr<Attempt> attempt);
    void readCard(std::shared_ptr<Attempt> attempt);
    void record(std::shared_ptr<Attempt> attempt, const CardRead &card);
    void goOnline(std::shared_ptr<Attempt> attempt);
    void onlineFailed(std::shared_ptr<Attempt> attempt, const Error &error);
    void finish(std::shared_ptr<Attempt> attempt, ChargeResult result, std::optional<Error> error = {});
    void releaseClaim(const std::shared_ptr<Attempt> &attempt);

    payments::Vault &m_vault;
    sync::TrustedClock &m_clock;
    sync::Uploader &m_uploader;
    sync::Connectivity *m_connectivity;
    int m_onlineTimeoutMs = 20000;
    bool m_uploadsAfterCharge = true;
    payments::ClaimOwner m_owner; ///< online attempts claim their payment (PaymentClaims)
};

} // namespace holdfast
