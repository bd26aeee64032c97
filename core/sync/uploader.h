#pragma once

#include "backoff.h"
#include "credentials.h"
#include "gatewayclient.h"
#include "payments/paymentrecord.h"
#include "payments/vault.h"
#include "platform/secretstore.h"
#include "trustedclock.h"
#include "uploadlock.h"
#include "voidsender.h"

#include <QHash>
#include <QObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>

#include <functional>
#include <optional>

namespace holdfast::sync {

/// What one upload pass did.
struct PassReport
{
    int uploaded = 0; ///< acknowledged by the gateway (UPLOADED or beyond)
    int processed = 0;
    int declined = 0;
    int rejected = 0; ///< refused for good: FAILED_TO_UPLOAD
    int deferred = 0; ///< attempts that failed and wait for their next try
    int voided = 0; ///< voids the gateway confirmed
    int voidsPending = 0; ///< voids still waiting for the gateway when the pass ended
    int outstanding = 0; ///< QUEUED or UPLOADED when the pass ended
    std::optional<Error> lastError;
    bool lockBusy = false; ///< another process uploads this vault; this pass did nothing
    qint64 lockHolderPid = 0; ///< that process, when the lock file names it
};

/// Drains the vault's queue to the gateway: first the voids that wait for it, then batches of up
/// to 100, two in flight, nearest deadline first, each payment under the pairing that took it (or
/// the active pairing of the same location, after a re-pairing). Every payment is claimed and
/// given its sent mark before it is sent (PaymentClaims); results are written as transitions (the
/// ciphertext goes when the gateway has it); payments whose outcome is pending are polled until
/// the gateway decides. Failures back off (bounded, with jitter); 401 re-reads the token; 413
/// splits the batch; a vault that cannot be written (disk full) stops the pass and backs off,
/// so an answer that cannot be recorded is not fetched again in a loop. Lives in one thread
/// with its vault; all waiting is asynchronous.
class Uploader : public QObject
{
    Q_OBJECT

public:
    Uploader(payments::Vault &vault, TrustedClock &clock, SecretStore &secrets, const QString &dataDir,
             QObject *parent = nullptr);
    ~Uploader() override;

    /// Bound on each HTTP call (tests make it short).
    void setCallTimeout(int ms) { m_callTimeoutMs = ms; }
    /// First wait before asking for the outcome of uploaded payments; it doubles up to 5 s.
    void setPollDelay(int ms) { m_pollDelayMs = ms; }
    /// How long failed attempts wait (tests make it milliseconds).
    void setBackoff(const BackoffBounds &bounds) { m_backoff = bounds; }
    /// Runs passes by itself: when payments come due and while outcomes are pending.
    void setAutomatic(bool automatic);

    /// Starts a pass now (if none runs); `localIds` become due at once ("Upload now").
    void uploadNow(const QStringList &localIds = {});
    /// Starts a pass in which every queued payment is due, also those waiting for a retry
    /// (`holdfastctl sync`, a new pairing).
    void uploadAllNow();
    /// This uploader's identity in payment claims (the same process's charger has its own).
    const payments::ClaimOwner &claimOwner() const { return m_owner; }
    bool isRunning() const { return m_running; }
    /// The client of a pairing, with its token from the keyring (created on first use); the
    /// charger's online attempts and connectivity probes share it.
    GatewayClient *clientFor(const Credential &credential);
    qint64 requestCount() const;

signals:
    void passStarted();
    void passFinished(const holdfast::sync::PassReport &report);
    /// A payment's status changed.
    void paymentChanged(const QString &localId);
    /// A call reached the gateway (answered) or not: feeds Connectivity.
    void gatewayObserved(const QString &credentialId, bool answered, const QString &detail);

private:
    struct Batch
    {
        QList<payments::PaymentRecord> payments;
        bool retriedAuth = false;
    };

    void startPass();
    void nextCredential();
    /// Delivers the pending voids of the current pairing, one at a time, then goes on uploading.
    void deliverVoids(QList<payments::PaymentRecord> voids);
    /// A vault write failed: the pass stops and the next waits (the answer is asked again then).
    void storageFailed(const Error &error);
    Status releaseClaims(const QList<payments::PaymentRecord> &payments);
    /// A pending split, else the due payments nearest their deadline that are not in flight;
    /// nothing when none is due.
    Result<std::optional<Batch>> nextBatch();
    /// Sends batches until two are in flight or none is due; with none in flight, moves on to
    /// polling outcomes (or to the next pairing once a failure halted uploads).
    void fillWindow();
    void sendBatch(Batch batch);
    void onBatchFailed(Batch batch, const Error &error);
    void pollOutcomes();
    /// Records the gateway's answers for `sent` (payments this register has as they were sent).
    void applyResults(const QList<wire::PaymentResult> &results, const QList<payments::PaymentRecord> &sent);
    void deferAll(const QList<payments::PaymentRecord> &payments, const Error &error);
    void finishCredential();
    void finishPass();
    void scheduleNext();
    bool reloadToken(const Credential &credential);

    payments::Vault &m_vault;
    TrustedClock &m_clock;
    SecretStore &m_secrets;
    UploadLock m_lock;
    payments::ClaimOwner m_owner;
    VoidSender m_voids;
    QHash<QString, GatewayClient *> m_clients;
    QRandomGenerator m_random;
    QTimer m_timer;
    BackoffBounds m_backoff;
    int m_callTimeoutMs = 15000;
    int m_pollDelayMs = 200;
    bool m_automatic = false;
    bool m_running = false;
    bool m_rerun = false;
    int m_storageFailures = 0; ///< passes in a row that could not write the vault
    bool m_storageTrouble = false; ///< this pass could not write the vault
    qint64 m_storageRetryAt = 0; ///< trusted time before which no pass starts after those

    // The pass in progress.
    PassReport m_report;
    QList<std::pair<QString, QStringList>> m_work; ///< uploading pairing → the pairings it uploads for
    std::optional<Credential> m_credential; ///< the pairing whose token is used
    QStringList m_members; ///< the pairings whose payments it uploads (itself and those it replaced)
    QSet<QString> m_skipped; ///< claimed by another program during this pass: left to it
    QList<Batch> m_splits; ///< halves of a batch the gateway found too large
    QSet<QString> m_inFlightIds;
    int m_inFlight = 0;
    bool m_halted = false; ///< a failure stopped new batches; those in flight still end
    int m_pollRound = 0;
};

} // namespace holdfast::sync
