#pragma once

#include "charger.h"
#include "crypto/encapsulationpool.h"
#include "payments/paymentqueries.h"
#include "payments/reminders.h"
#include "payments/vault.h"
#include "platform/clock.h"
#include "platform/secretstore.h"
#include "sync/connectivity.h"
#include "sync/pairing.h"
#include "sync/trustedclock.h"
#include "sync/uploader.h"
#include "sync/voidsender.h"
#include "terminal/holdfastterminaldriver.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace holdfast {

/// Where a void stands once it was asked for.
enum class VoidResult {
    Voided, ///< VOIDED here: never left the register, or the gateway confirmed it
    Pending, ///< recorded; the gateway has still to confirm it (sent when it answers)
    NotCharged, ///< the gateway had declined it: nothing was charged, nothing to void
};

/// The register without a screen: its vault, trusted clock, pairing, uploader, connectivity
/// and charger, wired together. `holdfastctl` drives it directly; the UI runs it in a worker
/// thread and talks to it through signals. Everything here lives in one thread.
class RegisterCore : public QObject
{
    Q_OBJECT

public:
    /// How long finished payments are kept before they are purged.
    static constexpr qint64 defaultRetentionMs = 30LL * 24 * 60 * 60 * 1000;

    /// Opens the register whose data lives in `dataDir`.
    static Result<std::unique_ptr<RegisterCore>> open(const QString &dataDir, SecretStore &secrets,
                                                      const Clock &clock = SystemClock::instance());
    ~RegisterCore() override;

    QString dataDir() const { return m_dataDir; }
    payments::Vault &vault() { return *m_vault; }
    sync::TrustedClock &clock() { return m_clock; }
    sync::Uploader &uploader() { return m_uploader; }
    Charger &charger() { return m_charger; }
    /// Encapsulations for keyed entry, prepared for today's key while the register is idle.
    crypto::EncapsulationPool &sealingPool() { return m_sealingPool; }
    /// The LAN terminal driver (paired or not; see its pairing()).
    terminal::HoldfastTerminalDriver &terminal() { return m_terminal; }
    /// Watches the active pairing's gateway; null until paired.
    sync::Connectivity *connectivity() { return m_connectivity; }
    Result<sync::Credential> activeCredential() const;

    /// Starts the background work of a running register: connectivity probes, automatic
    /// uploads, clock checks, policy refreshes and the purge of old finished payments.
    void startBackgroundWork();

    void pair(const QUrl &gateway, const QString &deviceCode, const QString &registerName,
              std::function<void(Result<sync::PairingOutcome>)> done);
    /// Fetches keys and settings for the active pairing now.
    void refreshPolicy(std::function<void(Status)> done);

    /// The queue of the active pairing's location.
    Result<payments::QueueSummary> summary() const;
    payments::ReminderLevel reminderLevel();

    /// Cancels a payment: one that never left this register is voided here; one with the sent
    /// mark is voided (cancelled, refunded or tombstoned) by the gateway and shows as void
    /// pending until the gateway confirms. `done` says which; an error when it cannot be voided.
    void voidPayment(const QString &localId, const QString &actor, std::function<void(Result<VoidResult>)> done);

signals:
    /// Something about the queue changed (a payment recorded, uploaded, processed…).
    void queueChanged();
    void reachabilityChanged(holdfast::sync::Reachability state);

private:
    RegisterCore(const QString &dataDir, std::unique_ptr<payments::Vault> vault, SecretStore &secrets,
                 const Clock &clock);
    void watchActiveGateway();
    void onTick();
    void fillSealingPool();

    QString m_dataDir;
    std::unique_ptr<payments::Vault> m_vault;
    SecretStore &m_secrets;
    sync::TrustedClock m_clock;
    sync::Uploader m_uploader;
    payments::ClaimOwner m_voidOwner; ///< voids asked for here, apart from this process's uploads
    sync::VoidSender m_voids;
    sync::Connectivity *m_connectivity = nullptr;
    Charger m_charger;
    terminal::HoldfastTerminalDriver m_terminal;
    crypto::EncapsulationPool m_sealingPool;
    QTimer m_tick;
    qint64 m_lastRefreshMs = 0;
    bool m_background = false;
};

} // namespace holdfast
