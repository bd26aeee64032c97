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
#include "terminal/holdfastterminaldriver.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace holdfast {

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

    /// Cancels a payment: a QUEUED one that never left is voided here; anything the gateway
    /// may have is voided (or refunded) there first and recorded as the gateway answers.
    void voidPayment(const QString &localId, const QString &actor, std::function<void(Status)> done);

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
    sync::Connectivity *m_connectivity = nullptr;
    Charger m_charger;
    terminal::HoldfastTerminalDriver m_terminal;
    crypto::EncapsulationPool m_sealingPool;
    QTimer m_tick;
    qint64 m_lastRefreshMs = 0;
    bool m_background = false;
};

} // namespace holdfast
