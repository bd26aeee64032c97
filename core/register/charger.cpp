#include "charger.h"

#include "payments/offlinepolicy.h"
#include "payments/paymentqueries.h"
#include "payments/paymentstore.h"
#include "payments/policycache.h"
#include "sync/resultmapping.h"

#include <QLoggingCategory>
#include <QUuid>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCharger, "holdfast.core.charger")

namespace holdfast {

using payments::PaymentStatus;
using payments::ProcessingMode;

QString ChargeOutcome::message() const
{
    switch (result) {
    case ChargeResult::ApprovedOnline:
        return QCoreApplication::translate("Charger", "Approved.");
    case ChargeResult::ApprovedOffline:
        return wentOffline
            ? QCoreApplication::translate("Charger",
                                          "The gateway did not answer, so this payment was approved "
                                          "offline — it will be sent when the connection returns.")
            : QCoreApplication::translate("Charger", "Approved offline — will be sent when the connection returns.");
    case ChargeResult::Declined:
        return QCoreApplication::translate("Charger", "Declined: %1").arg(error ? error->message : QString());
    case ChargeResult::Refused:
    case ChargeResult::Failed:
        return error ? error->message : QCoreApplication::translate("Charger", "The payment failed.");
    case ChargeResult::NoCard:
        return QCoreApplication::translate("Charger", "No card was read, so nothing was charged: %1")
            .arg(error ? error->message : QString());
    case ChargeResult::Pending:
        return QCoreApplication::translate("Charger",
                                           "Outcome pending: the gateway did not answer. Do not charge the card "
                                           "again; Holdfast will find out whether it went through.");
    case ChargeResult::NotCharged:
        return QCoreApplication::translate("Charger",
                                           "The gateway could not be reached, so this payment is voided and will not "
                                           "be charged. Try again or take another form of payment.");
    }
    Q_UNREACHABLE();
}

struct Charger::Attempt
{
    ChargeRequest request;
    CardReader *reader = nullptr;
    std::function<void(ChargeOutcome)> done;
    sync::Credential credential;
    wire::OfflineSettings settings;
    crypto::ScheduleKey key;
    qint64 createdAt = 0;
    ProcessingMode mode = ProcessingMode::OnlineOnly;
    bool online = false;
    std::optional<Error> offlineRefusal; ///< why it could not be taken offline, if it could not
    CardRead card;
    ChargeOutcome outcome;

    /// Whether an online attempt that failed may fall back to the queue: AUTO_DETECT, the
    /// policy allows it, and the card may be taken offline (never Interac debit).
    bool mayFallBackOffline() const
    {
        return mode == ProcessingMode::AutoDetect && !offlineRefusal && card.brand != u"INTERAC"_s
            && settings.offlineEntryMethods.contains(card.entryMethod);
    }
};

Charger::Charger(payments::Vault &vault, sync::TrustedClock &clock, sync::Uploader &uploader,
                 sync::Connectivity *connectivity, QObject *parent)
    : QObject(parent)
    , m_vault(vault)
    , m_clock(clock)
    , m_uploader(uploader)
    , m_connectivity(connectivity)
    , m_owner(payments::ClaimOwner::create())
{
}

void Charger::charge(const ChargeRequest &request, CardReader &reader, std::function<void(ChargeOutcome)> done)
{
    auto attempt = std::make_shared<Attempt>();
    attempt->request = request;
    attempt->reader = &reader;
    attempt->done = std::move(done);
    auto credential = sync::CredentialStore(m_vault).active();
    if (!credential) {
        return finish(attempt, ChargeResult::Failed, credential.error());
    }
    attempt->credential = credential.value();
    payments::PolicyCache cache(m_vault);
    auto settings = cache.settings(attempt->credential.locationId);
    if (!settings) {
        return finish(attempt, ChargeResult::Failed, settings.error());
    }
    attempt->settings = settings.value();
    attempt->createdAt = m_clock.now();
    auto schedule = cache.schedule(attempt->credential.id, attempt->credential.signingKey, attempt->createdAt);
    const auto key = schedule ? schedule->keyAt(attempt->createdAt) : std::nullopt;
    if (!key) {
        return finish(attempt, ChargeResult::Refused,
                      Error {u"offline_no_key"_s,
                             QCoreApplication::translate("Charger",
                                                         "This register has no valid sealing key for today. Reconnect "
                                                         "to the gateway to fetch new keys.")});
    }
    attempt->key = *key;
    attempt->mode = request.mode.value_or(cache.defaultMode());

    // Could this payment be taken offline? Needed for OFFLINE_ONLY, and for AUTO_DETECT in case
    // the online attempt fails. The card's own limits (Interac, entry method) are checked by
    // the reader once it knows the card.
    const auto summary = payments::PaymentQueries(m_vault).summary(attempt->credential.locationId);
    const payments::OfflineExposure exposure = summary
        ? payments::OfflineExposure {summary->totals(PaymentStatus::Queued).count,
                                     summary->totals(PaymentStatus::Queued).amountMinor, summary->oldestQueuedAt}
        : payments::OfflineExposure {};
    const payments::OfflineRequest offlineRequest {request.amount, crypto::EntryMethod::Chip, false};
    const payments::OfflinePolicy policy(attempt->settings);
    if (auto allowed = policy.allows(offlineRequest, exposure, attempt->key, attempt->createdAt); !allowed) {
        attempt->offlineRefusal = allowed.error();
    }
    decideMode(attempt);
}

void Charger::decideMode(std::shared_ptr<Attempt> attempt)
{
    switch (attempt->mode) {
    case ProcessingMode::OnlineOnly:
        attempt->online = true;
        return readCard(attempt);
    case ProcessingMode::OfflineOnly:
        if (attempt->offlineRefusal) {
            return finish(attempt, ChargeResult::Refused, attempt->offlineRefusal);
        }
        attempt->online = false;
        return readCard(attempt);
    case ProcessingMode::AutoDetect:
        if (!m_connectivity) {
            attempt->online = !attempt->offlineRefusal;
            return readCard(attempt);
        }
        // Probe now: the gateway's health and latency decide, within the latency bound.
        m_connectivity->probe([this, attempt](bool healthy) {
            attempt->online = healthy || attempt->offlineRefusal.has_value();
            qCInfo(lcCharger) << "auto-detect chose" << (attempt->online ? "online" : "offline");
            readCard(attempt);
        });
        return;
    }
}

void Charger::readCard(std::shared_ptr<Attempt> attempt)
{
    CardReadRequest read;
    attempt->outcome.localId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    // One saleId per charge attempt, never the order's id: a terminal reads at most one card per
    // saleId, ever, so a second card on the same order (split tender, a retry after a decline)
    // would otherwise get the first one's answer or a sale_conflict.
    read.saleId = attempt->outcome.localId;
    read.binding = {attempt->outcome.localId,
                    attempt->credential.locationId,
                    attempt->credential.registerId,
                    attempt->request.amount.minor(),
                    attempt->request.amount.currency(),
                    attempt->createdAt,
                    attempt->key.kid};
    read.key = attempt->key;
    read.amount = attempt->request.amount;
    read.offline = !attempt->online;
    read.allowedEntryMethods = attempt->online
        ? QList<crypto::EntryMethod> {crypto::EntryMethod::Chip, crypto::EntryMethod::Contactless,
                                      crypto::EntryMethod::Swipe, crypto::EntryMethod::Keyed}
        : attempt->settings.offlineEntryMethods;
    attempt->reader->read(read, [this, attempt](Result<CardRead> card) {
        if (!card) {
            attempt->outcome.localId.clear(); // nothing was recorded under it
            const bool refused = card.error().code == u"card_not_allowed_offline"_s;
            return finish(attempt, refused ? ChargeResult::Refused : ChargeResult::NoCard, card.error());
        }
        record(attempt, card.value());
    });
}

void Charger::record(std::shared_ptr<Attempt> attempt, const CardRead &card)
{
    payments::PaymentRecord payment;
    payment.localId = attempt->outcome.localId;
    payment.locationId = attempt->credential.locationId;
    payment.registerId = attempt->credential.registerId;
    payment.credentialId = attempt->credential.id;
    payment.orderId = attempt->request.orderId;
    payment.amount = attempt->request.amount;
    payment.tip
        = attempt->request.tip.isValid() ? attempt->request.tip : Money::zero(attempt->request.amount.currency());
    payment.createdAt = attempt->createdAt;
    payment.entryMethod = card.entryMethod;
    payment.brand = card.brand;
    payment.last4 = card.last4;
    payment.cashier = attempt->request.cashier;
    payment.mode = attempt->online ? wire::PaymentMode::Online : wire::PaymentMode::Offline;
    payment.kid = attempt->key.kid;
    payment.envelope = card.envelope;
    payment.uploadDeadline = payments::OfflinePolicy(attempt->settings).uploadDeadlineFor(attempt->createdAt);
    attempt->card = card;
    attempt->outcome.brand = card.brand;
    attempt->outcome.last4 = card.last4;

    // On disk before anyone is told anything; an online one also claimed and marked as sent, so
    // that no other program uploads or voids it here while the cashier waits.
    const QString actor = u"cashier:"_s + attempt->request.cashier;
    const Status recorded = attempt->online
        ? payments::PaymentClaims(m_vault, m_owner).recordClaimed(payment, actor, attempt->createdAt)
        : payments::PaymentStore(m_vault).record(payment, actor, attempt->createdAt);
    if (!recorded) {
        attempt->outcome.localId.clear();
        return finish(attempt, ChargeResult::Failed, recorded.error());
    }
    if (auto observed = m_clock.observe(); !observed) {
        qCWarning(lcCharger) << "cannot persist the clock:" << observed.error().message;
    }
    if (!attempt->online) {
        if (m_uploadsAfterCharge) {
            m_uploader.uploadNow(); // if the gateway happens to be reachable, it goes up at once
        }
        return finish(attempt, ChargeResult::ApprovedOffline);
    }
    goOnline(attempt);
}

void Charger::goOnline(std::shared_ptr<Attempt> attempt)
{
    auto payment = payments::PaymentStore(m_vault).find(attempt->outcome.localId);
    if (!payment) {
        releaseClaim(attempt);
        return finish(attempt, ChargeResult::Pending, payment.error()); // recorded: never charge again
    }
    sync::GatewayClient *client = m_uploader.clientFor(attempt->credential);
    const int usualTimeout = client->timeout();
    client->setTimeout(m_onlineTimeoutMs);
    client->postPayment(
        payment->toWire(), [this, attempt, payment = payment.value()](Result<wire::PaymentResult> answer) {
            if (!answer) {
                return onlineFailed(attempt, answer.error());
            }
            if (m_connectivity) {
                m_connectivity->observe(true);
            }
            payments::PaymentStore store(m_vault);
            const auto steps = sync::transitionsFor(payment, answer.value(), m_clock.now());
            if (auto applied = store.transitionWherePossible(steps, m_clock.now()); !applied) {
                qCWarning(lcCharger) << "cannot record the gateway's answer:" << applied.error().message;
            }
            releaseClaim(attempt);
            switch (answer->status) {
            case wire::ResultStatus::Processed:
                return finish(attempt, ChargeResult::ApprovedOnline);
            case wire::ResultStatus::FailedToProcess:
                return finish(attempt, ChargeResult::Declined, answer->error);
            default:
                return finish(attempt, ChargeResult::Pending, answer->error);
            }
        });
    client->setTimeout(usualTimeout);
}

void Charger::onlineFailed(std::shared_ptr<Attempt> attempt, const Error &error)
{
    if (m_connectivity) {
        m_connectivity->observe(sync::callerror::gotAnswer(error), error.message);
    }
    payments::PaymentStore store(m_vault);
    const qint64 now = m_clock.now();
    releaseClaim(attempt);
    if (!sync::callerror::mayHaveArrived(error)) {
        if (attempt->mayFallBackOffline()) {
            attempt->outcome.wentOffline = true;
            return finish(attempt, ChargeResult::ApprovedOffline, error);
        }
        // Almost certainly never arrived; but a connection may die after the gateway committed
        // and be retried into a refusal, so the void goes through the gateway (sent mark).
        auto voided
            = payments::PaymentClaims(m_vault, m_owner)
                  .requestVoid(attempt->outcome.localId, u"charger"_s, u"the gateway could not be reached"_s, now);
        if (!voided) {
            // Still queued, so it will go up later: the cashier must not charge again.
            return finish(attempt, ChargeResult::Pending, voided.error());
        }
        if (m_uploadsAfterCharge) {
            m_uploader.uploadNow(); // delivers the void as soon as the gateway answers
        }
        return finish(attempt, ChargeResult::NotCharged, error);
    }
    if (!sync::callerror::isTransient(error)) {
        // The gateway refused it outright (e.g. 422 REJECTED): it can never succeed.
        if (auto refused = store.transitionWherePossible({{attempt->outcome.localId,
                                                           PaymentStatus::FailedToUpload,
                                                           u"charger"_s,
                                                           u"rejected: "_s + error.code,
                                                           {},
                                                           error}},
                                                         now);
            !refused) {
            qCWarning(lcCharger) << "cannot record the refusal:" << refused.error().message;
        }
        return finish(attempt, ChargeResult::Failed, error);
    }
    // It may have arrived. It stays queued under the same localId; the gateway's idempotency
    // makes the next upload of it answer with what really happened.
    if (auto noted = store.noteAttemptFailed({attempt->outcome.localId}, error, now, now); !noted) {
        qCWarning(lcCharger) << "cannot note the failed attempt:" << noted.error().message;
    }
    if (m_uploadsAfterCharge) {
        m_uploader.uploadNow();
    }
    if (attempt->mayFallBackOffline()) {
        attempt->outcome.wentOffline = true;
        return finish(attempt, ChargeResult::ApprovedOffline, error);
    }
    finish(attempt, ChargeResult::Pending, error);
}

void Charger::releaseClaim(const std::shared_ptr<Attempt> &attempt)
{
    if (auto released = payments::PaymentClaims(m_vault, m_owner).release({attempt->outcome.localId}); !released) {
        qCWarning(lcCharger) << "cannot let go of the payment's claim:" << released.error().message;
    }
}

void Charger::finish(std::shared_ptr<Attempt> attempt, ChargeResult result, std::optional<Error> error)
{
    attempt->outcome.result = result;
    attempt->outcome.error = std::move(error);
    qCDebug(lcCharger) << "charge" << attempt->outcome.localId << "ended:" << int(result)
                       << (attempt->outcome.error ? attempt->outcome.error->code : QString());
    attempt->done(attempt->outcome);
}

} // namespace holdfast
