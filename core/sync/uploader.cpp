#include "uploader.h"

#include "backoff.h"
#include "payments/paymentqueries.h"
#include "payments/paymentstore.h"
#include "payments/reminders.h"
#include "resultmapping.h"

#include <QLoggingCategory>
#include <QUuid>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcUploader, "holdfast.core.uploader")

namespace holdfast::sync {

using payments::PaymentQueries;
using payments::PaymentRecord;
using payments::PaymentStatus;
using payments::PaymentStore;

namespace {

constexpr int maxPollDelayMs = 5000;
constexpr int outcomeBatch = 1000;
// Two batches in flight keep the gateway busy while the register records one answer and
// prepares the next batch; more would only queue up at the gateway.
constexpr int maxBatchesInFlight = 2;

QStringList idsOf(const QList<PaymentRecord> &payments)
{
    QStringList ids;
    for (const PaymentRecord &payment : payments) {
        ids.append(payment.localId);
    }
    return ids;
}

} // namespace

Uploader::Uploader(payments::Vault &vault, TrustedClock &clock, SecretStore &secrets, const QString &dataDir,
                   QObject *parent)
    : QObject(parent)
    , m_vault(vault)
    , m_clock(clock)
    , m_secrets(secrets)
    , m_lock(dataDir)
    , m_owner(payments::ClaimOwner::create())
    , m_voids(vault, clock, m_owner)
    , m_random(QRandomGenerator::securelySeeded())
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { uploadNow(); });
}

Uploader::~Uploader() = default;

void Uploader::setAutomatic(bool automatic)
{
    m_automatic = automatic;
    if (automatic) {
        scheduleNext();
    } else {
        m_timer.stop();
    }
}

GatewayClient *Uploader::clientFor(const Credential &credential)
{
    GatewayClient *&client = m_clients[credential.id];
    if (!client) {
        client = new GatewayClient(QUrl(credential.gatewayUrl), this);
        if (auto token = m_secrets.read(credential.tokenKey())) {
            client->setToken(token.value());
        } else {
            qCWarning(lcUploader) << "no token for pairing" << credential.id << ":" << token.error().message;
        }
    }
    client->setTimeout(m_callTimeoutMs);
    return client;
}

qint64 Uploader::requestCount() const
{
    qint64 total = 0;
    for (const GatewayClient *client : m_clients) {
        total += client->requestCount();
    }
    return total;
}

void Uploader::uploadNow(const QStringList &localIds)
{
    if (!localIds.isEmpty()) {
        if (auto due = PaymentStore(m_vault).makeDueNow(localIds, m_clock.now()); !due) {
            qCWarning(lcUploader) << "cannot make payments due:" << due.error().message;
        }
    }
    if (m_running) {
        m_rerun = true; // pick up what changed once this pass ends
        return;
    }
    startPass();
}

void Uploader::uploadAllNow()
{
    if (auto due = PaymentStore(m_vault).makeAllDueNow(m_clock.now()); !due) {
        qCWarning(lcUploader) << "cannot make payments due:" << due.error().message;
    }
    m_storageRetryAt = 0; // asked for by a person: try the disk again too
    uploadNow();
}

void Uploader::startPass()
{
    m_report = {};
    if (m_clock.now() < m_storageRetryAt) {
        m_report.lastError
            = Error {u"vault_write_failed"_s, tr("The register could not write to its disk; uploads wait a moment.")};
        emit passFinished(m_report);
        scheduleNext();
        return;
    }
    if (!m_lock.tryAcquire()) {
        m_report.lockBusy = true;
        m_report.lockHolderPid = m_lock.holderPid();
        qCInfo(lcUploader) << "another process (pid" << m_report.lockHolderPid << ") uploads this vault";
        emit passFinished(m_report);
        scheduleNext();
        return;
    }
    auto ids = PaymentQueries(m_vault).credentialsWithWork();
    if (!ids) {
        m_report.lastError = ids.error();
        emit passFinished(m_report);
        return;
    }
    // Payments of a replaced pairing go up with the pairing that replaced it (same location).
    m_work.clear();
    CredentialStore credentials(m_vault);
    for (const QString &id : ids.value()) {
        const auto uploader = credentials.uploaderOf(id);
        const QString key = uploader ? uploader->id : id;
        auto it = std::find_if(m_work.begin(), m_work.end(), [&key](const auto &entry) { return entry.first == key; });
        if (it == m_work.end()) {
            m_work.append({key, {id}});
        } else {
            it->second.append(id);
        }
    }
    m_running = true;
    m_storageTrouble = false;
    emit passStarted();
    nextCredential();
}

bool Uploader::reloadToken(const Credential &credential)
{
    auto token = m_secrets.read(credential.tokenKey());
    if (!token) {
        m_report.lastError = token.error();
        return false;
    }
    clientFor(credential)->setToken(token.value());
    return true;
}

void Uploader::nextCredential()
{
    if (m_work.isEmpty()) {
        finishPass();
        return;
    }
    const auto [id, members] = m_work.takeFirst();
    auto credential = CredentialStore(m_vault).find(id);
    if (!credential || !reloadToken(credential.value())) {
        if (!credential) {
            m_report.lastError = credential.error();
        }
        nextCredential();
        return;
    }
    m_credential = credential.value();
    m_members = members;
    m_splits.clear();
    m_inFlightIds.clear();
    m_skipped.clear();
    m_inFlight = 0;
    m_halted = false;
    m_pollRound = 0;
    auto voids = PaymentQueries(m_vault).voidsPending(m_members);
    if (!voids) {
        storageFailed(voids.error());
        return finishCredential();
    }
    deliverVoids(std::move(voids).value());
}

void Uploader::deliverVoids(QList<PaymentRecord> voids)
{
    if (voids.isEmpty()) {
        fillWindow();
        return;
    }
    const QString localId = voids.takeFirst().localId;
    m_voids.deliver(localId, clientFor(*m_credential), u"uploader"_s,
                    [this, voids = std::move(voids), localId](Result<VoidDelivery> delivered) mutable {
                        if (!delivered) {
                            emit gatewayObserved(m_credential->id, callerror::gotAnswer(delivered.error()),
                                                 delivered.error().message);
                            m_report.lastError = delivered.error();
                            ++m_report.voidsPending;
                            if (callerror::isTransient(delivered.error())
                                || delivered.error().code == u"unauthorized"_s) {
                                // The gateway will not do anything for us now: uploads wait too.
                                m_halted = true;
                                return finishCredential();
                            }
                        } else if (*delivered == VoidDelivery::StillPending) {
                            ++m_report.voidsPending;
                        } else {
                            m_report.voided += *delivered == VoidDelivery::Confirmed ? 1 : 0;
                            emit paymentChanged(localId);
                        }
                        deliverVoids(std::move(voids));
                    });
}

void Uploader::storageFailed(const Error &error)
{
    m_report.lastError = error;
    m_halted = true;
    ++m_storageFailures;
    const qint64 wait = backoffDelayMs(m_storageFailures, m_random.generateDouble(), false, m_backoff);
    m_storageRetryAt = m_clock.now() + wait;
    m_storageTrouble = true;
    qCWarning(lcUploader) << "cannot write to the vault; uploads wait" << wait << "ms:" << error.message;
}

Status Uploader::releaseClaims(const QList<PaymentRecord> &payments)
{
    return payments::PaymentClaims(m_vault, m_owner).release(idsOf(payments));
}

Result<std::optional<Uploader::Batch>> Uploader::nextBatch()
{
    if (!m_splits.isEmpty()) {
        return std::optional<Batch>(m_splits.takeFirst());
    }
    // Payments in flight are still QUEUED in the vault until their answers are recorded.
    QStringList excluding(m_inFlightIds.cbegin(), m_inFlightIds.cend());
    for (const QString &id : std::as_const(m_skipped)) {
        excluding.append(id);
    }
    while (true) {
        auto due
            = PaymentQueries(m_vault).uploadCandidates(m_members, m_clock.now(), int(wire::maxBatchSize), excluding);
        if (!due) {
            return due.error();
        }
        if (due->isEmpty()) {
            return std::optional<Batch>();
        }
        // Claimed and marked as sent, durably, before a byte of them leaves.
        auto claimed = payments::PaymentClaims(m_vault, m_owner).claimForSending(idsOf(due.value()), m_clock.now());
        if (!claimed) {
            return claimed.error();
        }
        if (!claimed->isEmpty()) {
            return std::optional<Batch>(Batch {std::move(claimed).value(), false});
        }
        for (const PaymentRecord &payment : due.value()) {
            m_skipped.insert(payment.localId); // another program sends them now
            excluding.append(payment.localId);
        }
    }
}

void Uploader::fillWindow()
{
    while (!m_halted && m_inFlight < maxBatchesInFlight) {
        auto next = nextBatch();
        if (!next) {
            storageFailed(next.error());
        } else if (next->has_value()) {
            sendBatch(std::move(**next));
        } else {
            break;
        }
    }
    if (m_inFlight > 0) {
        return; // this runs again when an answer comes
    }
    if (m_halted) {
        finishCredential();
    } else {
        pollOutcomes();
    }
}

void Uploader::sendBatch(Batch batch)
{
    QList<wire::Payment> payments;
    for (const PaymentRecord &record : std::as_const(batch.payments)) {
        payments.append(record.toWire());
        m_inFlightIds.insert(record.localId);
    }
    ++m_inFlight;
    const QString batchId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    qCInfo(lcUploader) << "uploading batch" << batchId << "of" << payments.size() << "payments";
    clientFor(*m_credential)->postBatch(batchId, payments, [this, batch](Result<QList<wire::PaymentResult>> results) {
        --m_inFlight;
        for (const PaymentRecord &record : batch.payments) {
            m_inFlightIds.remove(record.localId);
        }
        emit gatewayObserved(m_credential->id, results || callerror::gotAnswer(results.error()),
                             results ? QString() : results.error().message);
        if (!results) {
            onBatchFailed(batch, results.error());
            return;
        }
        applyResults(results.value(), batch.payments);
        if (auto released = releaseClaims(batch.payments); !released) {
            qCWarning(lcUploader) << "cannot let go of claims:" << released.error().message;
        }
        fillWindow();
    });
}

void Uploader::onBatchFailed(Batch batch, const Error &error)
{
    if (error.code == u"unauthorized"_s && !batch.retriedAuth) {
        // The token may have been replaced (re-pairing in another program): read it again once.
        batch.retriedAuth = true;
        if (reloadToken(*m_credential)) {
            sendBatch(batch);
            return;
        }
    }
    const bool tooLarge = error.code == u"body_too_large"_s;
    const bool refusedWhole = !callerror::isTransient(error) && error.code != u"unauthorized"_s;
    if ((tooLarge || refusedWhole) && batch.payments.size() > 1) {
        // Split to get the rest through and to isolate what the gateway refuses.
        const qsizetype half = batch.payments.size() / 2;
        m_splits.prepend({batch.payments.mid(half), false});
        m_splits.prepend({batch.payments.first(half), false});
        fillWindow();
        return;
    }
    deferAll(batch.payments, error);
    if (callerror::isTransient(error) || error.code == u"unauthorized"_s) {
        m_halted = true; // the gateway is down or will not talk to us: stop hammering it
    }
    fillWindow();
}

void Uploader::deferAll(const QList<PaymentRecord> &payments, const Error &error)
{
    const qint64 now = m_clock.now();
    for (const PaymentRecord &payment : payments) {
        const bool near = payment.uploadDeadline - now < payments::urgentWithinMs;
        const qint64 next = now + backoffDelayMs(payment.attempts + 1, m_random.generateDouble(), near, m_backoff);
        if (auto noted = PaymentStore(m_vault).noteAttemptFailed({payment.localId}, error, next, now); !noted) {
            storageFailed(noted.error());
            break;
        }
    }
    if (auto released = releaseClaims(payments); !released) {
        qCWarning(lcUploader) << "cannot let go of claims:" << released.error().message;
    }
    m_report.deferred += int(payments.size());
    m_report.lastError = error;
    qCInfo(lcUploader) << payments.size() << "payments deferred:" << error.code;
}

void Uploader::applyResults(const QList<wire::PaymentResult> &results, const QList<PaymentRecord> &sent)
{
    PaymentStore store(m_vault);
    const qint64 now = m_clock.now();
    QHash<QString, const PaymentRecord *> byId;
    for (const PaymentRecord &payment : sent) {
        byId.insert(payment.localId, &payment);
    }
    QList<payments::Transition> steps;
    for (const wire::PaymentResult &result : results) {
        const PaymentRecord *known = byId.value(result.localId);
        auto current = known ? Result<PaymentRecord>(*known) : store.find(result.localId);
        if (!current) {
            qCWarning(lcUploader) << "the gateway answered for a payment this register does not have";
            continue;
        }
        if (result.status == wire::ResultStatus::Unknown && current->status == PaymentStatus::Uploaded) {
            qCWarning(lcUploader) << "the gateway does not know an uploaded payment" << result.localId;
        }
        steps += transitionsFor(current.value(), result, now);
    }
    // A payment voided or decided meanwhile by another program keeps what it has.
    auto applied = store.transitionWherePossible(steps, now);
    if (!applied) {
        // Nothing was written. The answers are asked again later, not at once (disk full).
        storageFailed(applied.error());
        return;
    }
    QSet<QString> changed;
    for (const auto &step : std::as_const(applied.value())) {
        const bool first = !changed.contains(step.localId);
        changed.insert(step.localId);
        m_report.uploaded += first && step.from == PaymentStatus::Queued && step.to != PaymentStatus::FailedToUpload
                && step.to != PaymentStatus::Voided
            ? 1
            : 0;
        m_report.processed += step.to == PaymentStatus::Processed ? 1 : 0;
        m_report.declined += step.to == PaymentStatus::FailedToProcess ? 1 : 0;
        m_report.rejected += step.to == PaymentStatus::FailedToUpload ? 1 : 0;
        m_report.voided += step.to == PaymentStatus::Voided ? 1 : 0;
    }
    for (const QString &localId : std::as_const(changed)) {
        emit paymentChanged(localId);
    }
}

void Uploader::pollOutcomes()
{
    auto pending = PaymentQueries(m_vault).awaitingOutcome(m_members, outcomeBatch);
    if (!pending || pending->isEmpty()) {
        finishCredential();
        return;
    }
    // Give the gateway's processing worker a moment, then ask; wait longer each round.
    const int delay = std::min(maxPollDelayMs, m_pollDelayMs << std::min(m_pollRound++, 8));
    if (m_pollRound > 8) {
        finishCredential(); // still pending: the automatic schedule asks again later
        return;
    }
    const QList<PaymentRecord> asked = std::move(pending).value();
    QTimer::singleShot(delay, this, [this, asked] {
        clientFor(*m_credential)->status(idsOf(asked), [this, asked](Result<QList<wire::PaymentResult>> results) {
            emit gatewayObserved(m_credential->id, results || callerror::gotAnswer(results.error()),
                                 results ? QString() : results.error().message);
            if (!results) {
                m_report.lastError = results.error();
                finishCredential();
                return;
            }
            applyResults(results.value(), asked);
            if (m_halted) {
                return finishCredential();
            }
            pollOutcomes();
        });
    });
}

void Uploader::finishCredential()
{
    for (const Batch &split : std::as_const(m_splits)) {
        if (auto released = releaseClaims(split.payments); !released) {
            qCWarning(lcUploader) << "cannot let go of claims:" << released.error().message;
        }
    }
    m_splits.clear();
    m_credential.reset();
    nextCredential();
}

void Uploader::finishPass()
{
    m_running = false;
    if (!m_storageTrouble) {
        m_storageFailures = 0;
    }
    PaymentQueries queries(m_vault);
    m_report.outstanding = queries.count({QString(), PaymentStatus::Queued, 0, 0}).value_or(0)
        + queries.count({QString(), PaymentStatus::Uploaded, 0, 0}).value_or(0);
    qCInfo(lcUploader) << "pass finished: uploaded" << m_report.uploaded << "processed" << m_report.processed
                       << "declined" << m_report.declined << "rejected" << m_report.rejected << "deferred"
                       << m_report.deferred << "outstanding" << m_report.outstanding;
    emit passFinished(m_report);
    if (m_rerun) {
        m_rerun = false;
        QTimer::singleShot(0, this, [this] { uploadNow(); });
        return;
    }
    scheduleNext();
}

void Uploader::scheduleNext()
{
    if (!m_automatic || m_running) {
        return;
    }
    PaymentQueries queries(m_vault);
    const int uploaded = queries.count({QString(), PaymentStatus::Uploaded, 0, 0}).value_or(0);
    const auto nextAttempt = queries.nextAttemptAt().value_or(std::nullopt);
    qint64 wait = uploaded > 0 ? maxPollDelayMs : m_backoff.capMs;
    if (nextAttempt) {
        wait = std::min(wait, std::max<qint64>(0, *nextAttempt - m_clock.now()));
    }
    if (m_report.lockBusy) {
        wait = m_backoff.baseMs; // see soon whether the other uploader has gone
    }
    wait = std::max(wait, m_storageRetryAt - m_clock.now()); // the disk first
    m_timer.start(int(std::max<qint64>(wait, 50)));
}

} // namespace holdfast::sync
