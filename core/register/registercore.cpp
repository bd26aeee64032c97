#include "registercore.h"

#include "payments/paymentclaims.h"
#include "payments/paymentstore.h"
#include "payments/policycache.h"
#include "sync/credentials.h"
#include "sync/gatewayclient.h"
#include "sync/resultmapping.h"

#include <QDir>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcRegister, "holdfast.core.register")

namespace holdfast {

using payments::PaymentStatus;

namespace {

constexpr int tickMs = 30'000;
constexpr qint64 refreshEveryMs = 60 * 60 * 1000;

} // namespace

Result<std::unique_ptr<RegisterCore>> RegisterCore::open(const QString &dataDir, SecretStore &secrets,
                                                         const Clock &clock)
{
    auto vault = payments::Vault::open(dataDir);
    if (!vault) {
        return vault.error();
    }
    std::unique_ptr<RegisterCore> core(new RegisterCore(dataDir, std::move(vault).value(), secrets, clock));
    if (auto loaded = core->m_clock.load(); !loaded) {
        return loaded.error();
    }
    if (auto terminal = core->m_terminal.load(); !terminal) {
        // The register still works (keyed entry); the terminal can be paired again.
        qCWarning(lcRegister) << "the paired terminal cannot be used:" << terminal.error().message;
    }
    core->watchActiveGateway();
    return core;
}

RegisterCore::RegisterCore(const QString &dataDir, std::unique_ptr<payments::Vault> vault, SecretStore &secrets,
                           const Clock &clock)
    : m_dataDir(dataDir)
    , m_vault(std::move(vault))
    , m_secrets(secrets)
    , m_clock(*m_vault, clock)
    , m_uploader(*m_vault, m_clock, secrets, dataDir)
    , m_voidOwner(payments::ClaimOwner::create())
    , m_voids(*m_vault, m_clock, m_voidOwner)
    , m_charger(*m_vault, m_clock, m_uploader, nullptr)
    , m_terminal(secrets, QDir(dataDir).filePath(u"terminal.json"_s))
{
    connect(&m_uploader, &sync::Uploader::paymentChanged, this, &RegisterCore::queueChanged);
    connect(&m_uploader, &sync::Uploader::passFinished, this, &RegisterCore::queueChanged);
    connect(&m_uploader, &sync::Uploader::gatewayObserved, this,
            [this](const QString &credentialId, bool answered, const QString &detail) {
                const auto active = activeCredential();
                if (m_connectivity && active && active->id == credentialId) {
                    m_connectivity->observe(answered, detail);
                }
            });
    connect(&m_tick, &QTimer::timeout, this, &RegisterCore::onTick);
}

RegisterCore::~RegisterCore() = default;

Result<sync::Credential> RegisterCore::activeCredential() const
{
    return sync::CredentialStore(*m_vault).active();
}

void RegisterCore::watchActiveGateway()
{
    m_charger.setConnectivity(nullptr);
    delete m_connectivity;
    m_connectivity = nullptr;
    const auto active = activeCredential();
    if (!active) {
        return;
    }
    m_connectivity = new sync::Connectivity(m_uploader.clientFor(active.value()), this);
    connect(m_connectivity, &sync::Connectivity::healthObserved, this, [this](const sync::Health &health) {
        if (auto anchored = m_clock.anchor(health.serverTime + health.latencyMs / 2); !anchored) {
            qCWarning(lcRegister) << "cannot keep the gateway's time:" << anchored.error().message;
        }
    });
    connect(m_connectivity, &sync::Connectivity::stateChanged, this, [this](sync::Reachability state) {
        emit reachabilityChanged(state);
        if (state == sync::Reachability::Online && m_background) {
            m_uploader.uploadNow(); // the moment the gateway is back, drain
            onTick();
        }
    });
    m_charger.setConnectivity(m_connectivity);
    if (m_background) {
        m_connectivity->start();
    }
}

void RegisterCore::startBackgroundWork()
{
    m_background = true;
    m_uploader.setAutomatic(true);
    m_tick.start(tickMs);
    if (m_connectivity) {
        m_connectivity->start();
    }
    onTick();
}

void RegisterCore::onTick()
{
    if (auto observed = m_clock.observe(); !observed) {
        qCWarning(lcRegister) << "cannot check the clock:" << observed.error().message;
    }
    const qint64 now = m_clock.now();
    if (auto purged = payments::PaymentStore(*m_vault).purgeFinished(now - defaultRetentionMs); purged && *purged) {
        emit queueChanged();
    }
    fillSealingPool();
    if (m_connectivity && m_connectivity->isHealthy() && now - m_lastRefreshMs > refreshEveryMs) {
        refreshPolicy([](Status refreshed) {
            if (!refreshed) {
                qCWarning(lcRegister) << "policy refresh failed:" << refreshed.error().message;
            }
        });
    }
}

void RegisterCore::fillSealingPool()
{
    const auto active = activeCredential();
    if (!active) {
        return;
    }
    const qint64 now = m_clock.now();
    const auto schedule = payments::PolicyCache(*m_vault).schedule(active->id, active->signingKey, now);
    const auto key = schedule ? schedule->keyAt(now) : std::nullopt;
    if (key) {
        if (auto filled = m_sealingPool.fill(key->publicKey); !filled) {
            qCWarning(lcRegister) << "cannot prepare sealing material:" << filled.error().message;
        }
    }
}

void RegisterCore::pair(const QUrl &gateway, const QString &deviceCode, const QString &registerName,
                        std::function<void(Result<sync::PairingOutcome>)> done)
{
    sync::pair(*m_vault, m_secrets, m_clock, gateway, deviceCode, registerName, this,
               [this, done = std::move(done)](Result<sync::PairingOutcome> outcome) {
                   if (outcome) {
                       m_lastRefreshMs = outcome->refreshWarning ? 0 : m_clock.now();
                       watchActiveGateway();
                       emit queueChanged();
                       // Payments refused under a revoked pairing of this location go up at
                       // once: now in a running register, at the next sync otherwise.
                       if (m_background) {
                           m_uploader.uploadAllNow();
                       } else if (auto due = payments::PaymentStore(*m_vault).makeAllDueNow(m_clock.now()); !due) {
                           qCWarning(lcRegister) << "cannot make payments due:" << due.error().message;
                       }
                   }
                   done(outcome);
               });
}

void RegisterCore::refreshPolicy(std::function<void(Status)> done)
{
    auto active = activeCredential();
    if (!active) {
        return done(active.error());
    }
    auto token = m_secrets.read(active->tokenKey());
    if (!token) {
        return done(token.error());
    }
    sync::GatewayClient *client = m_uploader.clientFor(active.value());
    client->setToken(token.value());
    sync::refreshPolicy(*m_vault, m_clock, client, active.value(), [this, done = std::move(done)](Status refreshed) {
        if (refreshed) {
            m_lastRefreshMs = m_clock.now();
        }
        done(refreshed);
    });
}

Result<payments::QueueSummary> RegisterCore::summary() const
{
    auto active = activeCredential();
    if (!active) {
        return active.error();
    }
    return payments::PaymentQueries(*m_vault).summary(active->locationId);
}

payments::ReminderLevel RegisterCore::reminderLevel()
{
    const auto queue = summary();
    if (!queue) {
        return payments::ReminderLevel::None;
    }
    const bool reachable = m_connectivity && m_connectivity->isHealthy();
    return payments::reminderLevel(queue.value(), reachable, m_clock.now());
}

void RegisterCore::voidPayment(const QString &localId, const QString &actor,
                               std::function<void(Result<VoidResult>)> done)
{
    auto requested = payments::PaymentClaims(*m_vault, m_voidOwner)
                         .requestVoid(localId, actor, u"asked for by "_s + actor, m_clock.now());
    emit queueChanged();
    if (!requested) {
        return done(requested.error());
    }
    if (*requested == payments::VoidRequest::VoidedHere) {
        return done(VoidResult::Voided);
    }
    auto payment = payments::PaymentStore(*m_vault).find(localId);
    auto credential = payment ? sync::CredentialStore(*m_vault).uploaderOf(payment->credentialId)
                              : Result<sync::Credential>(payment.error());
    auto token = credential ? m_secrets.read(credential->tokenKey()) : Result<QByteArray>(credential.error());
    if (!token) {
        qCWarning(lcRegister) << "void of" << localId << "waits:" << token.error().message;
        return done(VoidResult::Pending); // recorded; the uploader delivers it
    }
    sync::GatewayClient *client = m_uploader.clientFor(credential.value());
    client->setToken(token.value());
    m_voids.deliver(localId, client, actor, [this, done = std::move(done)](Result<sync::VoidDelivery> delivered) {
        emit queueChanged();
        if (!delivered || *delivered == sync::VoidDelivery::StillPending) {
            if (!delivered) {
                qCInfo(lcRegister) << "void not delivered yet:" << delivered.error().message;
            }
            m_uploader.uploadNow(); // whoever holds the payment now, the next pass delivers it first
            return done(VoidResult::Pending);
        }
        done(*delivered == sync::VoidDelivery::Confirmed ? VoidResult::Voided : VoidResult::NotCharged);
    });
}

} // namespace holdfast
