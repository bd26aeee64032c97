// Online charging, lost answers, deadlines, re-pairing and the one-uploader lock, against a
// real holdfast-gateway (through the fault proxy where an answer must get lost).

#include "faultproxy.h"
#include "gatewayprocess.h"
#include "manualclock.h"
#include "payments/paymentstore.h"
#include "qtestprinters.h"
#include "registerfixture.h"
#include "serverprocess.h"
#include "sync/uploadlock.h"

#include <QDateTime>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace holdfast;
using payments::PaymentStatus;
using payments::ProcessingMode;

namespace {

QJsonObject gatewayRow(const test::GatewayProcess &gateway, const QString &localId)
{
    for (const QJsonObject &row : gateway.listPayments()) {
        if (row.value("localId"_L1).toString() == localId) {
            return row;
        }
    }
    return {};
}

} // namespace

class TestSyncOnline : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void online_approvedAndDeclined();
    void online_gatewayDown_onlineOnlyVoidsAtOnce();
    void online_timeoutAfterGatewayCommitted_pendingThenChargedOnce();
    void online_answerLostInAuto_wentOfflineThenChargedOnce();
    void deadlinePassed_stillUploads_flaggedAndDeclined();
    void rePairing_oldPaymentsUploadUnderTheirPairing();
    void drain_batchesInFlightTogether_sendEachPaymentOnce();
    void uploadLock_onlyOneUploader_andCrashedHolderReleases();

private:
    std::unique_ptr<test::GatewayProcess> m_gateway;
    std::unique_ptr<test::FaultProxy> m_proxy;
    QString m_location;
};

void TestSyncOnline::init()
{
    m_gateway = std::make_unique<test::GatewayProcess>();
    QVERIFY2(m_gateway->start(), m_gateway->process().output().constData());
    m_location = m_gateway->addLocation();
    QVERIFY(!m_location.isEmpty());
    m_proxy = std::make_unique<test::FaultProxy>();
    QVERIFY2(m_proxy->start(m_gateway->url()), m_proxy->output().constData());
}

void TestSyncOnline::cleanup()
{
    m_proxy.reset();
    m_gateway.reset();
}

void TestSyncOnline::online_approvedAndDeclined()
{
    test::RegisterFixture till;
    QVERIFY(till.pair(m_proxy->url(), m_gateway->createDeviceCode(m_location)).ok());

    const ChargeOutcome approved = till.charge(2599, ProcessingMode::OnlineOnly);
    QVERIFY2(approved.result == ChargeResult::ApprovedOnline, qPrintable(approved.message()));
    const auto record = payments::PaymentStore(till.core().vault()).find(approved.localId).value();
    QCOMPARE(record.status, PaymentStatus::Processed);
    QVERIFY(!record.envelope.has_value());
    QCOMPARE(record.serverPaymentId, gatewayRow(*m_gateway, approved.localId).value("paymentId"_L1).toString());

    const ChargeOutcome declined = till.charge(2599, ProcessingMode::OnlineOnly, "4000000000000002");
    QCOMPARE(int(declined.result), int(ChargeResult::Declined));
    QCOMPARE(declined.error->code, u"card_declined"_s);
    QCOMPARE(payments::PaymentStore(till.core().vault()).find(declined.localId)->status,
             PaymentStatus::FailedToProcess);
}

void TestSyncOnline::online_gatewayDown_onlineOnlyVoidsAtOnce()
{
    test::RegisterFixture till;
    QVERIFY(till.pair(m_gateway->url(), m_gateway->createDeviceCode(m_location)).ok());
    m_gateway->stop();
    const ChargeOutcome outcome = till.charge(1000, ProcessingMode::OnlineOnly);
    QCOMPARE(int(outcome.result), int(ChargeResult::NotCharged));
    QVERIFY(outcome.message().contains(u"will not be charged"_s));
    // It had the sent mark (a connection can die after the gateway committed), so its void
    // waits for the gateway; the sealed data is gone at once and it never uploads again.
    const auto record = payments::PaymentStore(till.core().vault()).find(outcome.localId).value();
    QCOMPARE(record.status, PaymentStatus::Queued);
    QVERIFY(record.sentAt.has_value());
    QVERIFY(record.isVoidPending());
    QVERIFY(!record.envelope.has_value());
}

void TestSyncOnline::online_timeoutAfterGatewayCommitted_pendingThenChargedOnce()
{
    test::RegisterFixture till;
    QVERIFY(till.pair(m_proxy->url(), m_gateway->createDeviceCode(m_location)).ok());
    till.core().charger().setOnlineTimeout(1000);
    // The gateway gets the payment and authorises it, but its answer never comes back.
    QVERIFY(m_proxy->force(u"stall"_s, 1));
    const ChargeOutcome outcome = till.charge(4200, ProcessingMode::OnlineOnly);
    QCOMPARE(int(outcome.result), int(ChargeResult::Pending));
    QVERIFY(outcome.message().contains(u"Do not charge the card again"_s));
    QTRY_COMPARE_WITH_TIMEOUT(gatewayRow(*m_gateway, outcome.localId).value("status"_L1).toString(), u"PROCESSED"_s,
                              10000);
    const auto pending = payments::PaymentStore(till.core().vault()).find(outcome.localId).value();
    QCOMPARE(pending.mode, wire::PaymentMode::Online); // same localId, same content: idempotent
    QVERIFY(pending.lastError.has_value() || pending.status != PaymentStatus::Queued);

    m_proxy->releaseStalls();
    QVERIFY(till.drain(30000));
    QCOMPARE(payments::PaymentStore(till.core().vault()).find(outcome.localId)->status, PaymentStatus::Processed);
    QCOMPARE(m_gateway->listPayments(m_location).size(), 1);
    QCOMPARE(gatewayRow(*m_gateway, outcome.localId).value("charges"_L1).toInt(), 1);
}

void TestSyncOnline::online_answerLostInAuto_wentOfflineThenChargedOnce()
{
    test::RegisterFixture till;
    QVERIFY(till.pair(m_proxy->url(), m_gateway->createDeviceCode(m_location)).ok());
    // The health probe passes; then the payment's answer is lost twice (Qt resends once on
    // its own after a reset, so one reset alone would go unnoticed).
    QVERIFY(m_proxy->force(u"none"_s, 1));
    QVERIFY(m_proxy->force(u"reset-after"_s, 2));
    const ChargeOutcome outcome = till.charge(1850, ProcessingMode::AutoDetect);
    QCOMPARE(int(outcome.result), int(ChargeResult::ApprovedOffline));
    QVERIFY(outcome.wentOffline);
    QVERIFY(outcome.message().contains(u"approved offline"_s));
    QCOMPARE(gatewayRow(*m_gateway, outcome.localId).value("charges"_L1).toInt(), 1); // it did arrive

    QVERIFY(till.drain(30000));
    QCOMPARE(payments::PaymentStore(till.core().vault()).find(outcome.localId)->status, PaymentStatus::Processed);
    QCOMPARE(m_gateway->listPayments(m_location).size(), 1);
    QCOMPARE(gatewayRow(*m_gateway, outcome.localId).value("charges"_L1).toInt(), 1);
}

void TestSyncOnline::deadlinePassed_stillUploads_flaggedAndDeclined()
{
    test::ManualClock clock(QDateTime::currentMSecsSinceEpoch());
    test::RegisterFixture till(clock);
    QVERIFY(till.pair(m_proxy->url(), m_gateway->createDeviceCode(m_location)).ok());
    QVERIFY(m_proxy->cut()); // the internet is down
    const ChargeOutcome outcome = till.charge(3000, ProcessingMode::OfflineOnly);
    QCOMPARE(int(outcome.result), int(ChargeResult::ApprovedOffline));
    const auto taken = payments::PaymentStore(till.core().vault()).find(outcome.localId).value();
    // The charge tried to upload at once and failed; let that attempt finish before time moves.
    QTRY_COMPARE_WITH_TIMEOUT(payments::PaymentStore(till.core().vault()).find(outcome.localId)->attempts, 1, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!till.core().uploader().isRunning(), 10000);

    // The register stays offline for 73 hours; the gateway, for its part, now allows one second.
    clock.advance(73LL * 3600 * 1000);
    QCOMPARE(int(till.core().reminderLevel()), int(payments::ReminderLevel::Critical));
    QCOMPARE(m_gateway
                 ->run({u"settings"_s, u"set"_s, u"--location"_s, m_location, u"--accept-window"_s, u"1s"_s,
                        u"--upload-deadline"_s, u"1s"_s})
                 .exitCode,
             0);
    QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentMSecsSinceEpoch() > taken.createdAt + 1500, 5000);
    QVERIFY(m_proxy->restore());

    const sync::PassReport report = till.syncOnce();
    QCOMPARE(report.declined, 1);
    const auto after = payments::PaymentStore(till.core().vault()).find(outcome.localId).value();
    QCOMPARE(after.status, PaymentStatus::FailedToProcess);
    QCOMPARE(after.lastError->code, u"offline_deadline_passed"_s);
    QVERIFY(after.isPastDeadline(till.core().clock().now()));
    const auto events = payments::PaymentStore(till.core().vault()).events(outcome.localId).value();
    QCOMPARE(events.at(1).reason, u"accepted by the gateway after its upload deadline"_s);
    QCOMPARE(events.at(2).reason, u"declined: offline_deadline_passed"_s);
}

void TestSyncOnline::drain_batchesInFlightTogether_sendEachPaymentOnce()
{
    // Two batches are in flight at once: neither may carry a payment the other carries, or
    // one that was already answered.
    test::RegisterFixture till;
    QVERIFY(till.pair(m_gateway->url(), m_gateway->createDeviceCode(m_location)).ok());
    constexpr int payments = 450; // 1.00 to 5.49: within the default 2000.00 stored in total
    for (int i = 0; i < payments; ++i) {
        QCOMPARE(int(till.charge(100 + i, ProcessingMode::OfflineOnly).result), int(ChargeResult::ApprovedOffline));
    }
    const sync::PassReport report = till.syncOnce();
    QCOMPARE(report.uploaded, payments);
    QCOMPARE(till.count(PaymentStatus::Queued), 0);

    // The gateway logs each batch: "batch from REGISTER items N stored M".
    const QRegularExpression batchLine(u"batch from \\S+ items (\\d+) stored (\\d+)"_s);
    int sent = 0;
    int stored = 0;
    int batches = 0;
    m_gateway->process().waitForOutput("no such line", 0); // read what it printed so far
    for (auto match = batchLine.globalMatch(QString::fromUtf8(m_gateway->process().output())); match.hasNext();) {
        const auto line = match.next();
        sent += line.captured(1).toInt();
        stored += line.captured(2).toInt();
        ++batches;
    }
    QVERIFY(batches >= 5); // at most 100 per batch (the first charge may start a pass of its own)
    QCOMPARE(sent, payments);
    QCOMPARE(stored, payments);
}

void TestSyncOnline::rePairing_oldPaymentsUploadUnderTheirPairing()
{
    const QString otherLocation = m_gateway->addLocation(u"Second store"_s);
    test::RegisterFixture till;
    QVERIFY(till.pair(m_gateway->url(), m_gateway->createDeviceCode(m_location)).ok());
    const QString first = till.charge(1000, ProcessingMode::OfflineOnly).localId;
    QVERIFY(till.pair(m_gateway->url(), m_gateway->createDeviceCode(otherLocation)).ok());
    const QString second = till.charge(2000, ProcessingMode::OfflineOnly).localId;
    QVERIFY(!first.isEmpty() && !second.isEmpty());

    QVERIFY(till.drain(30000) || till.count(PaymentStatus::Queued) == 0);
    QCOMPARE(gatewayRow(*m_gateway, first).value("locationId"_L1).toString(), m_location);
    QCOMPARE(gatewayRow(*m_gateway, first).value("status"_L1).toString(), u"PROCESSED"_s);
    QCOMPARE(gatewayRow(*m_gateway, second).value("locationId"_L1).toString(), otherLocation);
    QCOMPARE(payments::PaymentStore(till.core().vault()).find(first)->status, PaymentStatus::Processed);
}

void TestSyncOnline::uploadLock_onlyOneUploader_andCrashedHolderReleases()
{
    test::RegisterFixture till;
    QVERIFY(till.pair(m_gateway->url(), m_gateway->createDeviceCode(m_location)).ok());
    QProcess watcher;
    watcher.setProcessChannelMode(QProcess::MergedChannels);
    watcher.start(test::programPath(u"holdfastctl"_s), {u"--data"_s, till.dataDir(), u"sync"_s, u"--watch"_s});
    QVERIFY(watcher.waitForStarted(10000));
    sync::UploadLock probe(till.dataDir());
    QTRY_COMPARE_WITH_TIMEOUT(probe.holderPid(), watcher.processId(), 15000);

    QCOMPARE(till.syncOnce().lockHolderPid, watcher.processId());
    watcher.kill(); // a crash: the lock file stays behind
    QVERIFY(watcher.waitForFinished(10000));
    const QString queued = till.charge(500, ProcessingMode::OfflineOnly).localId;
    const sync::PassReport report = till.syncOnce();
    QCOMPARE(report.lockHolderPid, 0);
    QCOMPARE(report.uploaded, 1);
    QVERIFY(payments::PaymentStore(till.core().vault()).find(queued)->status != PaymentStatus::Queued);
}

QTEST_GUILESS_MAIN(TestSyncOnline)
#include "tst_sync_online.moc"
