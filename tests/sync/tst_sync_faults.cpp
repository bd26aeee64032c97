// Exactly once under faults: payments drained through the fault-injecting proxy with every
// fault injected at random, repeated with several seeds.

#include "faultproxy.h"
#include "gatewayprocess.h"
#include "payments/paymentqueries.h"
#include "registerfixture.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace holdfast;
using payments::PaymentStatus;
using payments::ProcessingMode;

class TestSyncFaults : public QObject
{
    Q_OBJECT

private slots:
    void drainThroughFaults_everyPaymentProcessedExactlyOnce_data();
    void drainThroughFaults_everyPaymentProcessedExactlyOnce();
};

void TestSyncFaults::drainThroughFaults_everyPaymentProcessedExactlyOnce_data()
{
    QTest::addColumn<int>("seed");
    for (const int seed : {1, 7, 42, 2026, 90210}) {
        QTest::addRow("seed %d", seed) << seed;
    }
}

void TestSyncFaults::drainThroughFaults_everyPaymentProcessedExactlyOnce()
{
    QFETCH(int, seed);
    const int payments = qEnvironmentVariableIsSet("HOLDFAST_FAULT_PAYMENTS")
        ? qEnvironmentVariableIntValue("HOLDFAST_FAULT_PAYMENTS")
        : 1000;
    test::GatewayProcess gateway;
    QVERIFY2(gateway.start(), gateway.process().output().constData());
    const QString location = gateway.addLocation();
    QCOMPARE(
        gateway.run({u"settings"_s, u"set"_s, u"--location"_s, location, u"--total-limit"_s, u"100000.00"_s}).exitCode,
        0);
    test::FaultProxy proxy;
    QVERIFY2(proxy.start(gateway.url(), {u"--seed"_s, QString::number(seed)}), proxy.output().constData());

    test::RegisterFixture till;
    QVERIFY(till.isValid());
    const Status paired = till.pair(proxy.url(), gateway.createDeviceCode(location));
    QVERIFY2(paired.ok(), qPrintable(paired ? QString() : paired.error().message));

    // The internet is down while the payments are taken.
    QVERIFY(proxy.cut());
    QSet<QString> taken;
    for (int i = 0; i < payments; ++i) {
        const ChargeOutcome outcome = till.charge(100 + i, ProcessingMode::OfflineOnly);
        QVERIFY2(outcome.result == ChargeResult::ApprovedOffline, qPrintable(outcome.message()));
        taken.insert(outcome.localId);
    }

    // Every fault of the proxy: each once, in a seeded random order, then at random (seeded).
    QStringList faults {u"reset-before"_s, u"reset-after"_s, u"stall"_s,   u"trickle"_s,
                        u"http-500"_s,     u"http-503"_s,    u"truncate"_s};
    QRandomGenerator order {quint32(seed)};
    std::shuffle(faults.begin(), faults.end(), order);
    for (const QString &fault : std::as_const(faults)) {
        QVERIFY(proxy.force(fault, 1));
    }
    QMap<QString, double> probabilities;
    for (const QString &fault : std::as_const(faults)) {
        probabilities.insert(fault, fault == u"stall"_s ? 0.04 : 0.07);
    }
    QVERIFY(proxy.setProbabilities(probabilities));
    QVERIFY(proxy.setTrickle(64, 1, 200));
    QVERIFY(proxy.restore());
    till.core().uploader().setCallTimeout(1500); // a stalled answer counts as lost after this
    const bool drained = till.drain(240000);
    const auto counters = proxy.counters();
    QVERIFY(counters.has_value());
    qInfo("seed %d: %lld requests through the proxy, faults: %s", seed, counters->requests,
          qPrintable(QStringList(counters->faults.keys()).join(u' ')));
    for (auto it = counters->faults.cbegin(); it != counters->faults.cend(); ++it) {
        qInfo("  %s: %lld", qPrintable(it.key()), it.value());
    }
    QVERIFY2(drained, "the queue did not drain");
    for (const QString &fault : std::as_const(faults)) {
        QVERIFY2(counters->fault(fault) >= 1, qPrintable(fault)); // every fault really was in the way
    }

    // The gateway processed each payment once and only once; the register agrees.
    QCOMPARE(gateway.listPayments(location).size(), payments);
    QCOMPARE(gateway.processedOnce(location), taken);
    QCOMPARE(till.count(PaymentStatus::Processed), payments);
    QCOMPARE(till.sealedCount(), 0);
    for (const auto &payment :
         payments::PaymentQueries(till.core().vault()).list({location, std::nullopt, 0, payments}).value()) {
        QCOMPARE(payment.status, PaymentStatus::Processed);
        QVERIFY(!payment.serverPaymentId.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "tst_sync_faults.moc"
