// Card payments through a real LAN terminal simulator, with a real gateway behind the fault
// proxy: the internet can go while the store's network stays (issue 6).

#include "faultproxy.h"
#include "gatewayprocess.h"
#include "payments/paymentqueries.h"
#include "payments/paymentstore.h"
#include "qtestprinters.h"
#include "register/terminalcardreader.h"
#include "registerfixture.h"
#include "terminalprocess.h"

#include <QDeadlineTimer>
#include <QSet>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace holdfast;
using payments::PaymentStatus;
using payments::ProcessingMode;

namespace {

// A charge in progress through the terminal; outcome() waits for it (bounded).
class TerminalCharge
{
public:
    TerminalCharge(RegisterCore &core, qint64 amountMinor, ProcessingMode mode) : m_reader(core.terminal(), 30000)
    {
        ChargeRequest request;
        request.amount = Money::fromMinor(amountMinor, u"CAD").value();
        request.cashier = u"test"_s;
        request.mode = mode;
        core.charger().charge(request, m_reader, [this](ChargeOutcome outcome) { m_outcome = outcome; });
    }

    TerminalCardReader &reader() { return m_reader; }

    std::optional<ChargeOutcome> outcome(int timeoutMs = 30000)
    {
        const QDeadlineTimer deadline(timeoutMs);
        while (!m_outcome && !deadline.hasExpired()) {
            QTest::qWait(10);
        }
        return m_outcome;
    }

private:
    TerminalCardReader m_reader;
    std::optional<ChargeOutcome> m_outcome;
};

} // namespace

class TestTerminalCharging : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void internetDownLanUp_fiftyCharges_approvedOfflineThenProcessed();
    void interacDebit_refusedOffline_approvedOnline();
    void connectionDroppedWhileWaiting_nothingRecorded_saleRetried();
    void terminalRestartedAfterReadingCard_recordedOnce();
    void cashierCancel_nothingRecorded_saleRetried();

private:
    bool pairTerminal();
    int recorded();

    std::unique_ptr<test::GatewayProcess> m_gateway;
    std::unique_ptr<test::FaultProxy> m_proxy;
    std::unique_ptr<test::TerminalProcess> m_terminal;
    std::unique_ptr<test::RegisterFixture> m_till;
    QString m_location;
};

void TestTerminalCharging::init()
{
    m_gateway = std::make_unique<test::GatewayProcess>();
    QVERIFY2(m_gateway->start(), m_gateway->process().output().constData());
    m_location = m_gateway->addLocation();
    m_proxy = std::make_unique<test::FaultProxy>();
    QVERIFY2(m_proxy->start(m_gateway->url()), m_proxy->output().constData());
    m_till = std::make_unique<test::RegisterFixture>();
    QVERIFY(m_till->pair(m_proxy->url(), m_gateway->createDeviceCode(m_location)).ok());
    m_terminal = std::make_unique<test::TerminalProcess>();
    QVERIFY2(m_terminal->start({u"--processing-time"_s, u"20ms"_s}), m_terminal->output().constData());
    QVERIFY(pairTerminal());
}

void TestTerminalCharging::cleanup()
{
    m_till.reset();
    m_terminal.reset();
    m_proxy.reset();
    m_gateway.reset();
}

bool TestTerminalCharging::pairTerminal()
{
    std::optional<Result<terminal::TerminalPairing>> paired;
    m_till->core().terminal().pair(m_terminal->url(), m_terminal->pairingCode(),
                                   [&](const Result<terminal::TerminalPairing> &result) { paired = result; });
    QDeadlineTimer deadline(15000);
    while (!paired && !deadline.hasExpired()) {
        QTest::qWait(10);
    }
    if (!paired || !paired->ok()) {
        return false;
    }
    // The test talks to the terminal too (state, the control call): with the register's secret.
    const auto secret = m_till->secrets().read(paired->value().secretKey());
    m_terminal->setSecret(secret.value_or(QByteArray()));
    return secret.ok();
}

int TestTerminalCharging::recorded()
{
    return payments::PaymentQueries(m_till->core().vault()).count({}).value_or(-1);
}

void TestTerminalCharging::internetDownLanUp_fiftyCharges_approvedOfflineThenProcessed()
{
    QVERIFY(m_proxy->cut()); // the internet goes; the store's LAN (the terminal) stays
    QSet<QString> taken;
    for (int i = 0; i < 50; ++i) {
        TerminalCharge charge(m_till->core(), 500 + i, ProcessingMode::AutoDetect);
        QTRY_COMPARE_WITH_TIMEOUT(m_terminal->state(), u"WAITING_FOR_CARD"_s, 15000);
        QCOMPARE(m_terminal->present(i % 2 ? u"approve"_s : u"4242424242424242"_s).status, 200);
        const auto outcome = charge.outcome();
        QVERIFY(outcome.has_value());
        QVERIFY2(outcome->result == ChargeResult::ApprovedOffline, qPrintable(outcome->message()));
        QCOMPARE(outcome->last4, u"4242"_s);
        taken.insert(outcome->localId);
    }
    QCOMPARE(taken.size(), 50);
    QCOMPARE(m_till->count(PaymentStatus::Queued), 50);

    QVERIFY(m_proxy->restore());
    QVERIFY(m_till->drain(60000));
    QCOMPARE(m_till->count(PaymentStatus::Processed), 50);
    QCOMPARE(m_till->sealedCount(), 0);
    const QList<QJsonObject> listed = m_gateway->listPayments(m_location);
    QCOMPARE(listed.size(), 50);
    for (const QJsonObject &payment : listed) {
        QVERIFY(taken.contains(payment.value("localId"_L1).toString()));
        QCOMPARE(payment.value("status"_L1).toString(), u"PROCESSED"_s);
        QCOMPARE(payment.value("charges"_L1).toInt(), 1);
    }
}

void TestTerminalCharging::interacDebit_refusedOffline_approvedOnline()
{
    QVERIFY(m_proxy->cut());
    {
        TerminalCharge charge(m_till->core(), 2000, ProcessingMode::AutoDetect);
        QTRY_COMPARE_WITH_TIMEOUT(m_terminal->state(), u"WAITING_FOR_CARD"_s, 15000);
        m_terminal->present(u"interac"_s);
        const auto outcome = charge.outcome();
        QVERIFY(outcome.has_value());
        QCOMPARE(int(outcome->result), int(ChargeResult::Refused));
        QCOMPARE(outcome->error->code, u"card_not_allowed_offline"_s);
        QVERIFY2(outcome->message().contains(u"Interac"_s), qPrintable(outcome->message()));
        QVERIFY(outcome->localId.isEmpty());
    }
    QCOMPARE(recorded(), 0);

    QVERIFY(m_proxy->restore());
    TerminalCharge charge(m_till->core(), 2000, ProcessingMode::OnlineOnly);
    QTRY_COMPARE_WITH_TIMEOUT(m_terminal->state(), u"WAITING_FOR_CARD"_s, 15000);
    m_terminal->present(u"interac"_s);
    const auto outcome = charge.outcome();
    QVERIFY(outcome.has_value());
    QVERIFY2(outcome->result == ChargeResult::ApprovedOnline, qPrintable(outcome->message()));
    QCOMPARE(outcome->brand, u"INTERAC"_s);
}

void TestTerminalCharging::connectionDroppedWhileWaiting_nothingRecorded_saleRetried()
{
    QVERIFY(m_proxy->cut());
    {
        TerminalCharge charge(m_till->core(), 1234, ProcessingMode::OfflineOnly);
        QTRY_COMPARE_WITH_TIMEOUT(m_terminal->state(), u"WAITING_FOR_CARD"_s, 15000);
        m_terminal->kill(); // the terminal reboots while the customer looks for the card
        QVERIFY(m_terminal->restart({u"--processing-time"_s, u"20ms"_s}));
        const auto outcome = charge.outcome(90000);
        QVERIFY(outcome.has_value());
        QCOMPARE(int(outcome->result), int(ChargeResult::NoCard));
        QVERIFY(outcome->localId.isEmpty());
    }
    QCOMPARE(recorded(), 0);
    // The sale is taken again: one card read, one payment.
    TerminalCharge retry(m_till->core(), 1234, ProcessingMode::OfflineOnly);
    QTRY_COMPARE_WITH_TIMEOUT(m_terminal->state(), u"WAITING_FOR_CARD"_s, 15000);
    m_terminal->present(u"approve"_s);
    const auto outcome = retry.outcome();
    QVERIFY(outcome.has_value());
    QCOMPARE(int(outcome->result), int(ChargeResult::ApprovedOffline));
    QCOMPARE(recorded(), 1);
}

void TestTerminalCharging::terminalRestartedAfterReadingCard_recordedOnce()
{
    // The terminal keeps the sale but is slow to answer: it dies before the answer leaves.
    m_terminal->stop();
    QVERIFY(m_terminal->restart({u"--processing-time"_s, u"20ms"_s, u"--answer-delay"_s, u"3s"_s}));
    QVERIFY(m_proxy->cut());
    TerminalCharge charge(m_till->core(), 4321, ProcessingMode::OfflineOnly);
    QTRY_COMPARE_WITH_TIMEOUT(m_terminal->state(), u"WAITING_FOR_CARD"_s, 15000);
    QCOMPARE(m_terminal->present(u"approve"_s).status, 200); // answers once the sale is stored
    m_terminal->kill();
    QVERIFY(m_terminal->restart({u"--processing-time"_s, u"20ms"_s}));
    const auto outcome = charge.outcome(90000);
    QVERIFY(outcome.has_value());
    QVERIFY2(outcome->result == ChargeResult::ApprovedOffline, qPrintable(outcome->message()));
    QCOMPARE(recorded(), 1);

    QVERIFY(m_proxy->restore());
    QVERIFY(m_till->drain(30000));
    QCOMPARE(payments::PaymentStore(m_till->core().vault()).find(outcome->localId)->status, PaymentStatus::Processed);
    QCOMPARE(m_gateway->listPayments(m_location).size(), 1);
}

void TestTerminalCharging::cashierCancel_nothingRecorded_saleRetried()
{
    {
        TerminalCharge charge(m_till->core(), 999, ProcessingMode::OnlineOnly);
        QTRY_COMPARE_WITH_TIMEOUT(m_terminal->state(), u"WAITING_FOR_CARD"_s, 15000);
        charge.reader().cancel();
        const auto outcome = charge.outcome();
        QVERIFY(outcome.has_value());
        QCOMPARE(int(outcome->result), int(ChargeResult::NoCard));
        QCOMPARE(outcome->error->code, u"card_cancelled"_s);
    }
    QCOMPARE(recorded(), 0);
    TerminalCharge retry(m_till->core(), 999, ProcessingMode::OnlineOnly);
    QTRY_COMPARE_WITH_TIMEOUT(m_terminal->state(), u"WAITING_FOR_CARD"_s, 15000);
    m_terminal->present(u"approve"_s);
    const auto outcome = retry.outcome();
    QVERIFY(outcome.has_value());
    QVERIFY2(outcome->result == ChargeResult::ApprovedOnline, qPrintable(outcome->message()));
    QCOMPARE(recorded(), 1);
    QCOMPARE(m_gateway->listPayments(m_location).size(), 1);
}

QTEST_GUILESS_MAIN(TestTerminalCharging)
#include "tst_terminalcharging.moc"
