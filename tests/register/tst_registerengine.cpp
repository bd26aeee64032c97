// The register engine against real processes: a gateway behind the fault proxy and a terminal
// simulator. What the screens rely on: work runs in the engine thread, roles are checked against
// the stored staff record, several cards can pay one order, and a sale follows its offline
// payment after the sale.

#include "enginefixture.h"
#include "payments/paymentqueries.h"
#include "qtestprinters.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace holdfast;
using payments::ProcessingMode;

namespace {

crypto::SecretBytes secret(const char *text)
{
    return crypto::SecretBytes::copyOf(QByteArrayView(text));
}

Money cad(qint64 minor)
{
    return Money::fromMinor(minor, u"CAD").value();
}

} // namespace

class TestRegisterEngine : public QObject
{
    Q_OBJECT

private slots:
    void host_runsWorkInTheEngineThread_answersInTheCallersThread();
    void permissions_cashierCannotChangeModeOrKeyCards_nothingChanges();
    void cardTenders_twoCardsOnOneOrder_bothApprovedOnTheTerminal();
    void offlineCard_processedAfterTheLinkReturns_orderAndReceiptFollow();

private:
    /// A cart with `quantity` of the catalog's first product, priced under the engine's rules.
    static std::optional<sales::Cart> cartOf(test::EngineFixture &fixture, int quantity);
    /// `staff` rings up one item and pays it with the keyed test card; `tender` is what was sent.
    static std::optional<Result<CardTenderResult>>
    chargeOneItemKeyed(test::EngineFixture &fixture, const sales::StaffMember &staff, CardTender &tender);
};

std::optional<sales::Cart> TestRegisterEngine::cartOf(test::EngineFixture &fixture, int quantity)
{
    auto rules = fixture.run([](RegisterEngine &engine) { return engine.taxRules(); });
    auto page = fixture.run([](RegisterEngine &engine) { return engine.catalog().search({}); });
    if (!rules || !*rules || !page || !*page || page->value().products.isEmpty()) {
        return std::nullopt;
    }
    sales::Cart cart(u"CAD"_s, rules->value());
    if (!cart.add(page->value().products.first(), quantity)) {
        return std::nullopt;
    }
    return cart;
}

std::optional<Result<CardTenderResult>> TestRegisterEngine::chargeOneItemKeyed(test::EngineFixture &fixture,
                                                                               const sales::StaffMember &staff,
                                                                               CardTender &tender)
{
    auto cart = cartOf(fixture, 1);
    if (!cart) {
        return std::nullopt;
    }
    const auto order
        = fixture.run([&cart, &staff](RegisterEngine &engine) { return engine.createOrder(*cart, staff); });
    if (!order || !*order) {
        return std::nullopt;
    }
    tender.orderId = order->value().id;
    tender.amount = order->value().total;
    tender.cashier = staff;
    tender.keyedPan = std::make_shared<crypto::SecretBytes>(secret("4242424242424242"));
    tender.keyedExpiry = std::make_shared<crypto::SecretBytes>(secret("12/30"));
    return fixture.runAsync<Result<CardTenderResult>>(
        [tender](RegisterEngine &engine, std::function<void(Result<CardTenderResult>)> reply) {
            engine.chargeCard(tender, reply);
        });
}

void TestRegisterEngine::host_runsWorkInTheEngineThread_answersInTheCallersThread()
{
    test::EngineFixture fixture;
    const auto info = fixture.open(false);
    QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : info.error().message));
    QVERIFY(info->needsFirstManager);

    QThread *engineThread = nullptr;
    QThread *answerThread = nullptr;
    QObject context;
    fixture.host().call(
        &context, [](RegisterEngine &) { return QThread::currentThread(); },
        [&](QThread *thread) {
            engineThread = thread;
            answerThread = QThread::currentThread();
        });
    QTRY_VERIFY_WITH_TIMEOUT(answerThread != nullptr, 10000);
    QVERIFY(engineThread != QThread::currentThread());
    QCOMPARE(answerThread, QThread::currentThread());

    // An answer for a context that is gone is dropped, not delivered.
    bool delivered = false;
    auto doomed = std::make_unique<QObject>();
    fixture.host().call(
        doomed.get(), [](RegisterEngine &) { return 1; }, [&](int) { delivered = true; });
    doomed.reset();
    const auto after = fixture.run([](RegisterEngine &) { return 2; }); // queued behind the first
    QCOMPARE(after.value_or(0), 2);
    QVERIFY(!delivered);
}

void TestRegisterEngine::permissions_cashierCannotChangeModeOrKeyCards_nothingChanges()
{
    test::EngineFixture fixture;
    QVERIFY(fixture.open(false).ok());
    const auto manager = fixture.createManager();
    QVERIFY2(manager.ok(), qPrintable(manager.ok() ? QString() : manager.error().message));
    const auto cashier = fixture.addCashier(manager.value());
    QVERIFY(cashier.ok());

    const auto refused = fixture.run([c = cashier.value()](RegisterEngine &engine) {
        return engine.setProcessingMode(c, ProcessingMode::OfflineOnly);
    });
    QVERIFY(refused && !*refused);
    QCOMPARE(refused->error().code, u"permission_denied"_s);
    auto mode = fixture.run([](RegisterEngine &engine) { return engine.status().mode; });
    QCOMPARE(mode.value_or(ProcessingMode::OfflineOnly), ProcessingMode::OnlineOnly);

    // A cashier who claims to be a manager is still a cashier: the stored role decides.
    sales::StaffMember impostor = cashier.value();
    impostor.role = sales::Role::Manager;
    const auto stillRefused = fixture.run(
        [impostor](RegisterEngine &engine) { return engine.setProcessingMode(impostor, ProcessingMode::OfflineOnly); });
    QVERIFY(stillRefused && !*stillRefused);

    const auto allowed = fixture.run([m = manager.value()](RegisterEngine &engine) {
        return engine.setProcessingMode(m, ProcessingMode::AutoDetect);
    });
    QVERIFY(allowed && *allowed);
    mode = fixture.run([](RegisterEngine &engine) { return engine.status().mode; });
    QCOMPARE(mode.value_or(ProcessingMode::OnlineOnly), ProcessingMode::AutoDetect);

    // Keyed entry by a cashier: refused before anything is sealed or stored, and the typed
    // card data is wiped all the same.
    CardTender tender;
    const auto charged = chargeOneItemKeyed(fixture, cashier.value(), tender);
    QVERIFY(charged && !*charged);
    QCOMPARE(charged->error().code, u"permission_denied"_s);
    QVERIFY(tender.keyedPan->isEmpty());
    const auto payments
        = fixture.run([](RegisterEngine &engine) { return payments::PaymentQueries(engine.core().vault()).count({}); });
    QCOMPARE(payments->value_or(-1), 0);
}

void TestRegisterEngine::cardTenders_twoCardsOnOneOrder_bothApprovedOnTheTerminal()
{
    test::EngineFixture fixture;
    QVERIFY(fixture.open().ok());
    const auto manager = fixture.createManager();
    QVERIFY(manager.ok());
    QString error;
    QVERIFY2(fixture.startGateway(&error), qPrintable(error));
    const Status paired = fixture.pairGateway(manager.value());
    QVERIFY2(paired.ok(), qPrintable(paired.ok() ? QString() : paired.error().message));
    const Status terminal = fixture.startAndPairTerminal(manager.value(), {u"--present"_s, u"approve,approve"_s});
    QVERIFY2(terminal.ok(), qPrintable(terminal.ok() ? QString() : terminal.error().message));

    auto cart = cartOf(fixture, 3);
    QVERIFY(cart);
    const auto order
        = fixture.run([&cart, m = manager.value()](RegisterEngine &engine) { return engine.createOrder(*cart, m); });
    QVERIFY(order && *order);
    const Money total = order->value().total;
    const Money first = cad(total.minor() / 2);

    // Two card tenders on one order: each is its own sale on the terminal, so the second card
    // is read rather than answered with the first one's result (or refused as a conflict).
    for (const Money &amount : {first, total.minus(first).value()}) {
        CardTender tender;
        tender.orderId = order->value().id;
        tender.amount = amount;
        tender.cashier = manager.value();
        const auto charged = fixture.runAsync<Result<CardTenderResult>>(
            [tender](RegisterEngine &engine, std::function<void(Result<CardTenderResult>)> reply) {
                engine.chargeCard(tender, reply);
            });
        QVERIFY(charged);
        QVERIFY2(charged->ok(), qPrintable(charged->ok() ? QString() : charged->error().message));
        QVERIFY2(charged->value().outcome.result == ChargeResult::ApprovedOnline,
                 qPrintable(charged->value().outcome.message()));
        QVERIFY(charged->value().order);
    }
    const auto stored
        = fixture.run([id = order->value().id](RegisterEngine &engine) { return engine.orders().find(id); });
    QVERIFY(stored && *stored);
    QCOMPARE(stored->value().state, sales::OrderState::Paid);
    QCOMPARE(stored->value().tenders.size(), 2);
    QVERIFY(stored->value().tenders[0].paymentLocalId != stored->value().tenders[1].paymentLocalId);
    QCOMPARE(fixture.gateway().listPayments(fixture.locationId()).size(), 2);
}

void TestRegisterEngine::offlineCard_processedAfterTheLinkReturns_orderAndReceiptFollow()
{
    test::EngineFixture fixture;
    QVERIFY(fixture.open().ok());
    const auto manager = fixture.createManager();
    QVERIFY(manager.ok());
    QString error;
    QVERIFY2(fixture.startGateway(&error), qPrintable(error));
    QVERIFY(fixture.pairGateway(manager.value()).ok());
    QVERIFY(fixture
                .run([m = manager.value()](RegisterEngine &engine) {
                    return engine.setProcessingMode(m, ProcessingMode::AutoDetect).ok();
                })
                .value_or(false));

    QSignalSpy statuses(&fixture.host(), &EngineHost::statusChanged);
    QVERIFY(fixture.proxy().cut());
    QTRY_VERIFY_WITH_TIMEOUT(
        !statuses.isEmpty() && statuses.last().first().value<RegisterStatus>().gateway == sync::Reachability::Offline,
        15000);

    CardTender tender;
    const auto charged = chargeOneItemKeyed(fixture, manager.value(), tender);
    QVERIFY(charged && *charged);
    QCOMPARE(charged->value().outcome.result, ChargeResult::ApprovedOffline);
    QVERIFY(charged->value().order);
    const sales::Order taken = *charged->value().order;
    QCOMPARE(taken.state, sales::OrderState::Paid);
    QCOMPARE(taken.tenders.size(), 1);
    QCOMPARE(taken.tenders[0].status, sales::CardStatus::Pending);
    QVERIFY(taken.tenders[0].offline);

    const auto outstanding = [&fixture] {
        payments::PaymentFilter filter;
        filter.outstandingOnly = true;
        return fixture
            .run([filter](RegisterEngine &engine) {
                return payments::PaymentQueries(engine.core().vault()).count(filter).value_or(-1);
            })
            .value_or(-1);
    };
    QCOMPARE(outstanding(), 1);
    auto receipt = fixture.run([id = taken.id](RegisterEngine &engine) { return engine.receipt(id); });
    QVERIFY(receipt && *receipt);
    QVERIFY(receipt->value().pending);
    QVERIFY2(receipt->value().text.contains(u"Approved offline — pending"_s), qPrintable(receipt->value().text));
    QVERIFY(receipt->value().text.contains(taken.tenders[0].paymentLocalId));

    // The link returns: the uploader drains, the gateway processes, and the order follows.
    QSignalSpy orders(&fixture.host(), &EngineHost::orderChanged);
    QVERIFY(fixture.proxy().restore());
    QTRY_VERIFY_WITH_TIMEOUT(!orders.isEmpty()
                                 && orders.last().first().value<sales::Order>().tenders.value(0).status
                                     == sales::CardStatus::Approved,
                             30000);
    QCOMPARE(outstanding(), 0);
    receipt = fixture.run([id = taken.id](RegisterEngine &engine) { return engine.receipt(id); });
    QVERIFY(receipt && *receipt);
    QVERIFY(!receipt->value().pending);
    QVERIFY(!receipt->value().text.contains(u"pending"_s));
}

QTEST_GUILESS_MAIN(TestRegisterEngine)
#include "tst_registerengine.moc"
