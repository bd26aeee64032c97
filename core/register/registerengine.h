#pragma once

#include "cardtendersync.h"
#include "registercore.h"
#include "registerstatus.h"
#include "sales/cart.h"
#include "sales/catalog.h"
#include "sales/catalogimport.h"
#include "sales/orderstore.h"
#include "sales/receipt.h"
#include "sales/salessettings.h"
#include "sales/shiftreport.h"
#include "sales/shiftstore.h"
#include "sales/staffstore.h"
#include "sales/storedatabase.h"
#include "sync/backoff.h"
#include "terminalmonitor.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace holdfast {

class CardReader;

/// Bounds on the engine's waits. The defaults suit a store; tests shorten them (STYLE: timeouts
/// and backoff are settable so tests run in milliseconds).
struct EngineTimings
{
    int onlineTimeoutMs = 20000; ///< the cashier waits this long at most for an online answer
    int callTimeoutMs = 15000; ///< any other gateway call
    int connectivityIntervalMs = 15000; ///< gateway health probes
    int terminalIntervalMs = 10000; ///< terminal status calls
    int statusIntervalMs = 15000; ///< a fresh RegisterStatus at least this often
    std::optional<sync::BackoffBounds> backoff; ///< empty: the uploader's defaults
    std::optional<qint64> cardTimeoutMs; ///< how long the terminal waits for a card; empty: its own
    std::optional<terminal::HoldfastTerminalDriver::Timeouts> terminal;

    /// Milliseconds everywhere, for tests against real processes on loopback.
    static EngineTimings forTests();
};

/// Where the engine keeps its data and what it runs on.
struct EngineOptions
{
    QString dataDir;
    QString secretService = QStringLiteral("Holdfast POS"); ///< the keyring entries' group
    const Clock *clock = nullptr; ///< null: the system clock
    EngineTimings timings;
    bool backgroundWork = true; ///< probes, automatic uploads, status timer
};

/// What the screens need to start.
struct StartupInfo
{
    bool needsFirstManager = false; ///< nobody exists yet: the first-run screen
    sales::StoreSettings store;
    QList<sales::StaffMember> staff; ///< active staff, for the sign-in list
    QList<sales::Category> categories;
    std::optional<sales::TaxRules> taxRules; ///< empty until the first run chose a preset
    int productCount = 0;
    bool sampleCatalogLoaded = false; ///< this start loaded the sample catalog
    RegisterStatus status;
    /// Card payments whose outcome the register never showed (it stopped first) that this start
    /// put on their sales: the people at the counter must hear of them.
    QList<payments::PaymentRecord> reattached;
    /// Unconfirmed payments it could not put on a sale: a manager keeps or voids each.
    QList<payments::PaymentRecord> unconfirmed;
};

/// A card tender to take on an order, through the paired terminal or keyed in by a manager.
struct CardTender
{
    QString orderId;
    Money amount;
    sales::StaffMember cashier;
    /// Keyed entry only: what was typed, in wiped memory; released (and wiped) once sealed.
    std::shared_ptr<crypto::SecretBytes> keyedPan;
    std::shared_ptr<crypto::SecretBytes> keyedExpiry; ///< "MM/YY"
    bool isKeyed() const { return keyedPan != nullptr; }
};

/// How a card tender ended: the charge's outcome and, when it counts toward the sale, the order
/// as stored with it.
struct CardTenderResult
{
    ChargeOutcome outcome;
    std::optional<sales::Order> order;
};

/// A receipt, built and laid out.
struct ReceiptDocument
{
    sales::Receipt receipt;
    QString text; ///< 42 columns, for an 80 mm printer
    QString html; ///< for on-screen display, printing and PDF
    bool pending = false; ///< a card on it is not settled yet
};

/// The register's engine: RegisterCore (vault, sync, charger, terminal) and the sales store,
/// opened and used in one thread, the engine thread, so the UI thread never waits on SQLite or
/// the network (EngineHost runs it). Operations that combine the two stores, or need a role,
/// live here, so that the screens stay free of rules: permissions are checked against the
/// stored staff record, not the caller's word.
class RegisterEngine : public QObject
{
    Q_OBJECT

public:
    /// Opens the vault and store.sqlite in `options.dataDir`, loads the sample catalog on first
    /// run and starts the background work.
    static Result<std::unique_ptr<RegisterEngine>> open(const EngineOptions &options);
    ~RegisterEngine() override;

    RegisterCore &core() { return *m_core; }
    sales::StoreDatabase &store() { return *m_store; }
    SecretStore &secrets() { return *m_secrets; }
    sales::Catalog catalog() { return sales::Catalog(*m_store); }
    sales::OrderStore orders() { return sales::OrderStore(*m_store); }
    sales::StaffStore &staff() { return *m_staff; }
    TerminalMonitor &terminalMonitor() { return *m_terminalMonitor; }
    const EngineTimings &timings() const { return m_timings; }

    Result<StartupInfo> startup();
    /// The status now; also published through statusChanged().
    RegisterStatus status();
    /// Publishes a fresh status soon (several requests make one).
    void requestStatus();

    // Staff and shifts.
    /// First run: the first manager, the store's name, currency and tax preset ("ca-qc", …).
    Result<sales::StaffMember> createFirstManager(const QString &name, crypto::SecretBytes pin,
                                                  const QString &storeName, const QString &taxPreset,
                                                  const QString &currency);
    /// Checks the PIN and opens a shift on this register if none is open.
    Result<sales::StaffMember> signIn(const QString &staffId, crypto::SecretBytes pin);
    Result<QList<sales::StaffMember>> staffList();
    Result<sales::StaffMember> addStaff(const sales::StaffMember &actor, const QString &name, sales::Role role,
                                        crypto::SecretBytes pin);
    Status resetPin(const sales::StaffMember &actor, const QString &staffId, crypto::SecretBytes pin);
    /// Until when a staff member is locked out after wrong PINs.
    Result<std::optional<qint64>> lockedUntil(const QString &staffId);

    // Selling (registerenginesales.cpp).
    /// The tax rules carts are priced under: the location's, else those chosen at first run.
    Result<sales::TaxRules> taxRules();
    Result<sales::StoreSettings> storeSettings();
    Result<sales::Order> createOrder(const sales::Cart &cart, const sales::StaffMember &cashier);
    Result<sales::Order> addCash(const QString &orderId, const Money &tendered);
    /// Takes a card tender; `done` gets the outcome once. One card tender at a time.
    void chargeCard(const CardTender &tender, std::function<void(Result<CardTenderResult>)> done);
    /// The cashier pressed Cancel: the terminal stops waiting for the card.
    void cancelCharge();
    bool isCharging() const { return m_reader != nullptr; }
    Result<sales::Order> setFollowUpContact(const QString &orderId, const QString &contact);
    Result<sales::Order> voidOrder(const sales::StaffMember &actor, const QString &orderId, const QString &reason);
    Result<ReceiptDocument> receipt(const QString &orderId);

    // End of shift.
    Result<sales::ShiftReport> shiftReport();
    Result<sales::Shift> endShift(const sales::StaffMember &actor);

    // Manager tools.
    Status setProcessingMode(const sales::StaffMember &actor, payments::ProcessingMode mode);
    Result<sales::ImportOutcome> importCatalog(const sales::StaffMember &actor, const QString &path);
    /// Voids a payment (RegisterCore::voidPayment); its order follows.
    void voidPayment(const sales::StaffMember &actor, const QString &localId,
                     std::function<void(Result<VoidResult>)> done);
    /// Starts an upload pass now; `localIds` become due at once (empty: all).
    void uploadNow(const QStringList &localIds = {});

    // Unconfirmed payments (registerengineconfirm.cpp; DESIGN section 3).
    /// The cashier was shown the outcome of a card payment (the tender's result screen).
    Status markOutcomeShown(const QString &localId);
    /// A manager keeps an unconfirmed payment: the sale it belongs to was paid with it.
    Status keepPayment(const sales::StaffMember &actor, const QString &localId);
    /// Puts unconfirmed payments on their sales where they fit (the sale exists, is open or already
    /// holds them). Returns those it put there; the others stay unconfirmed. `onlyMissing`: leave
    /// out those already on their sale (a second card on an order is not a retry of the first).
    Result<QList<payments::PaymentRecord>> reattachUnconfirmed(const QString &orderId = {}, bool onlyMissing = false);
    /// Unconfirmed payments (of every pairing), newest first.
    Result<QList<payments::PaymentRecord>> unconfirmedPayments();
    void pairGateway(const sales::StaffMember &actor, const QUrl &url, const QString &code, const QString &name,
                     std::function<void(Status)> done);
    void pairTerminal(const sales::StaffMember &actor, const QUrl &url, const QString &code,
                      std::function<void(Status)> done);

signals:
    void statusChanged(const holdfast::RegisterStatus &status);
    /// An order changed after its sale (a card processed, declined or voided later).
    void orderChanged(const holdfast::sales::Order &order);

private:
    RegisterEngine() = default;
    Status authorize(const sales::StaffMember &actor, sales::Action action) const;
    /// The pairing's location and register ids, or placeholders before pairing.
    QString locationId() const;
    QString registerId() const;
    /// This register's open shift, if any.
    Result<std::optional<sales::Shift>> currentShift() const;
    qint64 now();
    void applyTimings();
    void publishStatus();
    void finishCharge(const CardTender &tender, const ChargeOutcome &outcome,
                      const std::function<void(Result<CardTenderResult>)> &done);

    EngineTimings m_timings;
    bool m_background = true;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<RegisterCore> m_core;
    std::unique_ptr<sales::StoreDatabase> m_store;
    std::unique_ptr<sales::StaffStore> m_staff;
    CardTenderSync *m_cardSync = nullptr;
    TerminalMonitor *m_terminalMonitor = nullptr;
    std::unique_ptr<CardReader> m_reader; ///< the card tender in progress
    QTimer m_statusTimer;
    bool m_statusQueued = false;
    bool m_sampleLoaded = false;
};

} // namespace holdfast
