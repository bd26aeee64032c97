#pragma once

#include "paymentrecord.h"
#include "vault.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace holdfast::payments {

/// Who holds a claim on a payment: one component (the uploader, the charger, a void) of one
/// process of one boot. Every component has its own token, so two components of one process
/// exclude each other too.
struct ClaimOwner
{
    qint64 pid = 0;
    QString bootId;
    QString token;

    /// A new owner in this process.
    static ClaimOwner create();
};

/// What asking for a void did.
enum class VoidRequest {
    VoidedHere, ///< it never left this register: the sealed data is destroyed; nothing can charge it
    Pending, ///< it may be at the gateway: the void waits there, recorded (and the sealed data gone)
};

/// Keeps sending and voiding one payment apart across processes (the register, holdfastctl,
/// `sync --watch`). Whoever sends a payment, or its void, first claims it in a BEGIN IMMEDIATE
/// transaction that also writes the sent mark, and commits (synchronous=FULL) before the first byte
/// leaves. A void asked for in another process is decided in the same kind of transaction: a
/// payment without the mark and without a living claim is voided here, anything else waits for
/// the gateway. A claim of a process that is gone (another boot, no such process, or older than
/// any call can take) is taken over.
class PaymentClaims
{
    Q_DECLARE_TR_FUNCTIONS(PaymentClaims)

public:
    /// No call holds a claim longer than this; an older one is taken over even if its process
    /// lives (a PID reused by another program must not strand a payment).
    static constexpr qint64 maxClaimAgeMs = 10 * 60 * 1000;

    PaymentClaims(Vault &vault, const ClaimOwner &owner) : m_vault(vault), m_owner(owner) { }

    /// Claims for upload those of `localIds` that are QUEUED, hold their sealed data, have no
    /// void asked for and are not claimed by another living owner, and gives each its sent mark
    /// (at `nowMs`), all in one durable transaction. Returns them as the vault now has them.
    Result<QList<PaymentRecord>> claimForSending(const QStringList &localIds, qint64 nowMs);
    /// Claims a payment whose void is pending, to deliver that void; nothing when another living
    /// owner is sending it or it no longer needs a void.
    Result<std::optional<PaymentRecord>> claimForVoid(const QString &localId);
    /// Records a new payment (PaymentStore::record) already claimed and marked, for an online
    /// attempt that starts at once.
    Status recordClaimed(const PaymentRecord &payment, const QString &actor, qint64 atMs);
    /// Gives up this owner's claims on `localIds`; others' claims stay.
    Status release(const QStringList &localIds);

    /// Asks for a void, atomically against a claim for sending in any process (see the class).
    /// Refused (void_not_possible) when nothing can be charged any more, and for a payment not here.
    Result<VoidRequest> requestVoid(const QString &localId, const QString &actor, const QString &reason, qint64 nowMs);
    /// Whether an owner other than this one, still alive, holds a claim on the payment.
    Result<bool> isClaimedByOther(const QString &localId) const;

private:
    /// Whether the claim in the current row of `query` (owner_pid, owner_boot, owner_token,
    /// claimed_monotonic) belongs to another owner that is still alive.
    bool heldByOther(qint64 pid, const QString &boot, const QString &token, qint64 claimedMonotonic) const;
    Status insertClaim(const QString &localId, const QString &purpose);

    Vault &m_vault;
    ClaimOwner m_owner;
};

} // namespace holdfast::payments
