#include "registerengine.h"

#include "payments/policycache.h"
#include "sales/pinhash.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcEngine, "holdfast.core.registerengine")

namespace holdfast {

namespace {

/// Before the register is paired, sales are kept under these ids; tax rules chosen at first run
/// are kept under defaultRulesKey and apply to any location without its own.
constexpr auto unpairedId = "unpaired";
constexpr auto defaultRulesKey = "default";
/// Shifts belong to this register, whatever gateway it is paired with (pairing happens during a
/// shift, and re-pairing must not orphan the open one). One store.sqlite serves one register.
constexpr auto shiftRegisterKey = "this-register";

} // namespace

EngineTimings EngineTimings::forTests()
{
    EngineTimings timings;
    timings.onlineTimeoutMs = 3000;
    timings.callTimeoutMs = 3000;
    timings.connectivityIntervalMs = 300;
    timings.terminalIntervalMs = 300;
    timings.statusIntervalMs = 300;
    timings.backoff = sync::BackoffBounds {20, 1000, 300};
    terminal::HoldfastTerminalDriver::Timeouts terminal;
    terminal.request = std::chrono::milliseconds(3000);
    terminal.paymentGrace = std::chrono::milliseconds(3000);
    terminal.recoveryWindow = std::chrono::milliseconds(5000);
    terminal.recoveryInterval = std::chrono::milliseconds(100);
    timings.terminal = terminal;
    return timings;
}

Result<std::unique_ptr<RegisterEngine>> RegisterEngine::open(const EngineOptions &options)
{
    std::unique_ptr<RegisterEngine> engine(new RegisterEngine);
    engine->m_timings = options.timings;
    engine->m_background = options.backgroundWork;
    engine->m_secrets = std::make_unique<KeychainSecretStore>(options.secretService);
    auto core = RegisterCore::open(options.dataDir, *engine->m_secrets,
                                   options.clock ? *options.clock : SystemClock::instance());
    if (!core) {
        return core.error();
    }
    engine->m_core = std::move(core).value();
    auto store = sales::StoreDatabase::open(options.dataDir);
    if (!store) {
        return store.error();
    }
    engine->m_store = std::move(store).value();
    engine->m_staff = std::make_unique<sales::StaffStore>(*engine->m_store, *engine->m_secrets);

    // A register that has staff but lost its catalog gets the sample again; on a first run the
    // sample waits for the currency the manager chooses.
    const auto empty = engine->m_staff->isEmpty();
    const auto settings = sales::SalesSettings(*engine->m_store).load();
    if (!settings) {
        return settings.error();
    }
    if (empty && !empty.value()) {
        auto loaded = sales::loadSampleCatalogIfEmpty(*engine->m_store, settings->currency, engine->now());
        engine->m_sampleLoaded = loaded && loaded.value();
    }

    RegisterEngine *self = engine.get();
    self->m_cardSync = new CardTenderSync(self->m_core->vault(), *self->m_store, self);
    connect(self->m_cardSync, &CardTenderSync::orderChanged, self, &RegisterEngine::orderChanged);
    self->m_terminalMonitor = new TerminalMonitor(self->m_core->terminal(), self);
    connect(self->m_terminalMonitor, &TerminalMonitor::changed, self, &RegisterEngine::requestStatus);
    connect(self->m_core.get(), &RegisterCore::queueChanged, self, &RegisterEngine::requestStatus);
    connect(self->m_core.get(), &RegisterCore::reachabilityChanged, self, &RegisterEngine::requestStatus);
    connect(&self->m_core->uploader(), &sync::Uploader::paymentChanged, self, [self](const QString &localId) {
        if (auto synced = self->m_cardSync->sync(localId, self->now()); !synced) {
            qCWarning(lcEngine) << "cannot bring the sale of a payment in step:" << synced.error().message;
        }
    });
    connect(&self->m_statusTimer, &QTimer::timeout, self, &RegisterEngine::publishStatus);
    self->applyTimings();

    if (self->m_background) {
        self->m_core->startBackgroundWork();
        self->m_terminalMonitor->start(self->m_timings.terminalIntervalMs);
        self->m_statusTimer.start(self->m_timings.statusIntervalMs);
        self->applyTimings(); // the connectivity probe interval
        // Payments that changed while the register was closed (holdfastctl sync --watch): after
        // the screen is up, not before.
        QTimer::singleShot(0, self, [self] {
            constexpr qint64 lookBackMs = 8LL * 24 * 60 * 60 * 1000; // beyond every upload deadline
            const qint64 now = self->now();
            if (auto synced = self->m_cardSync->syncPending(now - lookBackMs, now); !synced) {
                qCWarning(lcEngine) << "cannot check pending card tenders:" << synced.error().message;
            }
        });
    }
    return engine;
}

RegisterEngine::~RegisterEngine() = default;

void RegisterEngine::applyTimings()
{
    m_core->uploader().setCallTimeout(m_timings.callTimeoutMs);
    if (m_timings.backoff) {
        m_core->uploader().setBackoff(*m_timings.backoff);
    }
    m_core->charger().setOnlineTimeout(m_timings.onlineTimeoutMs);
    if (m_timings.terminal) {
        m_core->terminal().setTimeouts(*m_timings.terminal);
    }
    if (m_background && m_core->connectivity()) {
        m_core->connectivity()->start(m_timings.connectivityIntervalMs);
    }
}

qint64 RegisterEngine::now()
{
    return m_core->clock().now();
}

QString RegisterEngine::locationId() const
{
    const auto active = m_core->activeCredential();
    return active ? active->locationId : QString::fromLatin1(unpairedId);
}

QString RegisterEngine::registerId() const
{
    const auto active = m_core->activeCredential();
    return active ? active->registerId : QString::fromLatin1(unpairedId);
}

Result<std::optional<sales::Shift>> RegisterEngine::currentShift() const
{
    return sales::ShiftStore(*m_store).current(QString::fromLatin1(shiftRegisterKey));
}

Status RegisterEngine::authorize(const sales::StaffMember &actor, sales::Action action) const
{
    // The role as stored now, not as the screen remembers it.
    auto stored = m_staff->find(actor.id);
    if (!stored) {
        return stored.error();
    }
    if (!stored->active) {
        return Error {u"staff_inactive"_s, tr("%1 can no longer use this register.").arg(stored->name)};
    }
    return sales::require(stored->role, action);
}

Result<StartupInfo> RegisterEngine::startup()
{
    StartupInfo info;
    auto empty = m_staff->isEmpty();
    if (!empty) {
        return empty.error();
    }
    info.needsFirstManager = empty.value();
    auto settings = storeSettings();
    if (!settings) {
        return settings.error();
    }
    info.store = settings.value();
    auto staff = m_staff->list();
    if (!staff) {
        return staff.error();
    }
    info.staff = staff.value();
    auto categories = catalog().categories();
    if (!categories) {
        return categories.error();
    }
    info.categories = categories.value();
    if (auto rules = taxRules()) {
        info.taxRules = rules.value();
    }
    info.productCount = catalog().productCount().value_or(0);
    info.sampleCatalogLoaded = m_sampleLoaded;
    // Payments the register took but never showed (it stopped): back on their sales, or listed.
    if (auto attached = reattachUnconfirmed()) {
        info.reattached = attached.value();
    } else {
        qCWarning(lcEngine) << "cannot put unconfirmed payments on their sales:" << attached.error().message;
    }
    info.unconfirmed = unconfirmedPayments().value_or(QList<payments::PaymentRecord>());
    info.status = status();
    return info;
}

RegisterStatus RegisterEngine::status()
{
    RegisterStatus status;
    const auto active = m_core->activeCredential();
    status.paired = active.ok();
    status.currency = storeSettings().value_or(sales::StoreSettings {}).currency;
    if (active) {
        status.registerName = active->registerName;
        if (auto summary = m_core->summary()) {
            status.queue = summary.value();
        }
        if (auto policy = payments::PolicyCache(m_core->vault()).settings(active->locationId)) {
            status.policy = policy.value();
        }
    }
    if (status.queue.currency.isEmpty()) {
        status.queue.currency = status.currency;
    }
    status.nowMs = now();
    if (const sync::Connectivity *connectivity = m_core->connectivity()) {
        status.gateway = connectivity->state();
        status.gatewayContactMs = connectivity->lastContactMs();
    }
    status.level = payments::reminderLevel(status.queue, status.gateway == sync::Reachability::Online, status.nowMs);
    status.terminal = m_terminalMonitor->link();
    status.terminalName = m_terminalMonitor->name();
    status.terminalContactMs = m_terminalMonitor->lastContactMs();
    status.mode = payments::PolicyCache(m_core->vault()).defaultMode();
    return status;
}

void RegisterEngine::requestStatus()
{
    if (m_statusQueued) {
        return;
    }
    m_statusQueued = true;
    QTimer::singleShot(0, this, &RegisterEngine::publishStatus);
}

void RegisterEngine::publishStatus()
{
    m_statusQueued = false;
    emit statusChanged(status());
}

Result<sales::StaffMember> RegisterEngine::createFirstManager(const QString &name, crypto::SecretBytes pin,
                                                              const QString &storeName, const QString &taxPreset,
                                                              const QString &currency)
{
    // Everything is checked before anything is written.
    const auto rules = sales::TaxRules::preset(taxPreset);
    if (!rules) {
        return Error {u"tax_preset_unknown"_s, tr("Choose how taxes work in this store.")};
    }
    if (auto known = Money::fromMinor(0, currency); !known) {
        return known.error();
    }
    if (storeName.trimmed().isEmpty()) {
        return Error {u"store_name_missing"_s, tr("Type the store's name; it is printed on every receipt.")};
    }
    auto manager = m_staff->createFirstManager(name, std::move(pin), now());
    if (!manager) {
        return manager.error();
    }
    sales::SalesSettings settings(*m_store);
    auto store = settings.load();
    if (!store) {
        return store.error();
    }
    store->storeName = storeName.trimmed();
    store->currency = currency;
    store->cashRounding = currency == u"CAD"_s ? sales::CashRounding::Nickel : sales::CashRounding::None;
    if (store->receiptFooter.isEmpty()) {
        store->receiptFooter = tr("Thank you!");
    }
    if (auto saved = settings.save(store.value()); !saved) {
        return saved.error();
    }
    if (auto saved = settings.setTaxRules(QString::fromLatin1(defaultRulesKey), *rules, now()); !saved) {
        return saved.error();
    }
    if (auto loaded = sales::loadSampleCatalogIfEmpty(*m_store, currency, now()); !loaded) {
        qCWarning(lcEngine) << "cannot load the sample catalog:" << loaded.error().message;
    } else {
        m_sampleLoaded = loaded.value();
    }
    requestStatus();
    return manager;
}

Result<sales::StaffMember> RegisterEngine::signIn(const QString &staffId, crypto::SecretBytes pin)
{
    auto member = m_staff->verify(staffId, std::move(pin), now());
    if (!member) {
        return member;
    }
    sales::ShiftStore shifts(*m_store);
    const auto current = currentShift();
    if (current && !current->has_value()) {
        if (auto opened = shifts.open(QString::fromLatin1(shiftRegisterKey), member->id, now()); !opened) {
            qCWarning(lcEngine) << "cannot open a shift:" << opened.error().message;
        }
    }
    return member;
}

Result<QList<sales::StaffMember>> RegisterEngine::staffList()
{
    return m_staff->list();
}

Result<sales::StaffMember> RegisterEngine::addStaff(const sales::StaffMember &actor, const QString &name,
                                                    sales::Role role, crypto::SecretBytes pin)
{
    return m_staff->add(actor, name, role, std::move(pin), now());
}

Status RegisterEngine::resetPin(const sales::StaffMember &actor, const QString &staffId, crypto::SecretBytes pin)
{
    return m_staff->resetPin(actor, staffId, std::move(pin), now());
}

Result<std::optional<qint64>> RegisterEngine::lockedUntil(const QString &staffId)
{
    return m_staff->lockedUntil(staffId, now());
}

Result<sales::ShiftReport> RegisterEngine::shiftReport()
{
    auto shift = currentShift();
    if (!shift) {
        return shift.error();
    }
    if (!shift->has_value()) {
        return Error {u"shift_not_open"_s, tr("No shift is open on this register.")};
    }
    auto orders = this->orders().ordersOfShift((*shift)->id);
    if (!orders) {
        return orders.error();
    }
    const RegisterStatus current = status();
    const auto queued = current.queue.totals(payments::PaymentStatus::Queued);
    sales::OfflineExposure exposure;
    exposure.queuedCount = queued.count;
    exposure.queuedAmount
        = Money::fromMinor(queued.amountMinor, current.currency).value_or(Money::zero(current.currency));
    exposure.nearestDeadline = current.queue.nearestDeadline;
    return sales::ShiftReporter::build(orders.value(), exposure, current.currency, current.nowMs);
}

Result<sales::Shift> RegisterEngine::endShift(const sales::StaffMember &actor)
{
    if (auto allowed = authorize(actor, sales::Action::EndShift); !allowed) {
        return allowed.error();
    }
    sales::ShiftStore shifts(*m_store);
    auto shift = currentShift();
    if (!shift) {
        return shift.error();
    }
    if (!shift->has_value()) {
        return Error {u"shift_not_open"_s, tr("No shift is open on this register.")};
    }
    return shifts.close((*shift)->id, actor.id, now());
}

Status RegisterEngine::setProcessingMode(const sales::StaffMember &actor, payments::ProcessingMode mode)
{
    if (auto allowed = authorize(actor, sales::Action::ChangeOfflineMode); !allowed) {
        return allowed;
    }
    auto changed = payments::PolicyCache(m_core->vault()).setDefaultMode(mode);
    if (changed) {
        qCInfo(lcEngine) << "processing mode set to" << payments::toWire(mode) << "by" << actor.id;
    }
    requestStatus();
    return changed;
}

Result<sales::ImportOutcome> RegisterEngine::importCatalog(const sales::StaffMember &actor, const QString &path)
{
    if (auto allowed = authorize(actor, sales::Action::ImportCatalog); !allowed) {
        return allowed.error();
    }
    auto settings = storeSettings();
    if (!settings) {
        return settings.error();
    }
    return sales::CatalogImporter(*m_store, settings->currency).importFile(path, now());
}

void RegisterEngine::voidPayment(const sales::StaffMember &actor, const QString &localId,
                                 std::function<void(Result<VoidResult>)> done)
{
    if (auto allowed = authorize(actor, sales::Action::VoidPayment); !allowed) {
        return done(allowed.error());
    }
    m_core->voidPayment(
        localId, u"manager:"_s + actor.name, [this, localId, done = std::move(done)](Result<VoidResult> voided) {
            if (auto synced = m_cardSync->sync(localId, now()); !synced) {
                qCWarning(lcEngine) << "cannot bring the sale of a voided payment in step:" << synced.error().message;
            }
            requestStatus();
            done(voided);
        });
}

void RegisterEngine::uploadNow(const QStringList &localIds)
{
    m_core->uploader().uploadNow(localIds);
}

void RegisterEngine::pairGateway(const sales::StaffMember &actor, const QUrl &url, const QString &code,
                                 const QString &name, std::function<void(Status)> done)
{
    if (auto allowed = authorize(actor, sales::Action::PairDevices); !allowed) {
        return done(allowed);
    }
    m_core->pair(url, code, name, [this, done = std::move(done)](Result<sync::PairingOutcome> outcome) {
        if (!outcome) {
            return done(outcome.error());
        }
        if (outcome->refreshWarning) {
            qCWarning(lcEngine) << "paired, but keys and settings are not fetched yet:"
                                << outcome->refreshWarning->message;
        }
        applyTimings(); // a new pairing has a new connectivity watcher
        requestStatus();
        done({});
    });
}

void RegisterEngine::pairTerminal(const sales::StaffMember &actor, const QUrl &url, const QString &code,
                                  std::function<void(Status)> done)
{
    if (auto allowed = authorize(actor, sales::Action::PairDevices); !allowed) {
        return done(allowed);
    }
    m_core->terminal().pair(url, code,
                            [this, done = std::move(done)](const Result<terminal::TerminalPairing> &pairing) {
                                m_terminalMonitor->probe();
                                requestStatus();
                                done(pairing ? Status() : Status(pairing.error()));
                            });
}

} // namespace holdfast
