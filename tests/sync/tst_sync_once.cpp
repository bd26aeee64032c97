// Charge exactly once (DESIGN sections 3 and 8; issue 11): real holdfastctl processes, a real
// gateway, and the fault proxy between them. A void racing an upload of the same payment, in
// another process, ends voided or refunded at the gateway and shows VOIDED on the register only
// once the gateway confirmed; payments of a revoked pairing upload under the new one; `sync`
// sends payments waiting for a retry at once; a disk that cannot take the answers makes the
// uploader wait instead of asking again in a loop; a sale reference never charges twice.

#include "faultproxy.h"
#include "gatewayprocess.h"
#include "serverprocess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <tuple>

using namespace Qt::StringLiterals;
using namespace holdfast;

namespace {

constexpr auto approveCard = "4242424242424242 12/30\n";

QJsonObject jsonOf(const test::RunResult &result)
{
    return QJsonDocument::fromJson(result.out).object();
}

} // namespace

class TestSyncOnce : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void voidRacingUpload_gatewayVoidsOrRefunds_registerAgrees_data();
    void voidRacingUpload_gatewayVoidsOrRefunds_registerAgrees();
    void revokedAndRepaired_queuedPaymentsUploadUnderNewPairing();
    void rescueFileAcrossRepairing_imports_andUploads();
    void sync_sendsPaymentsWaitingForARetryAtOnce();
    void sync_diskFullWhileRecordingAnswers_backsOffWithoutResending();
    void chargeWithReference_secondChargeReturnsFirstOutcome_data();
    void chargeWithReference_secondChargeReturnsFirstOutcome();
    void unconfirmedPayment_listedUntilConfirmed();

private:
    test::RunResult ctl(const QStringList &arguments, const QByteArray &input = {}) const
    {
        return test::runProgram(u"holdfastctl"_s, QStringList {u"--data"_s, m_dir->path()} + arguments, input, 60000);
    }
    /// Pairs the register with the gateway through `url` (the proxy or the gateway itself).
    bool pair(const QUrl &url);
    /// An offline keyed charge; its localId.
    QString chargeOffline(const QString &amount, const QStringList &extra = {});
    /// The register's view of one payment (queue --json).
    QJsonObject onRegister(const QString &localId) const;
    /// The gateway's row for one payment.
    QJsonObject atGateway(const QString &localId) const;
    QProcess *startCtl(const QStringList &arguments);

    std::unique_ptr<test::GatewayProcess> m_gateway;
    std::unique_ptr<test::FaultProxy> m_proxy;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_location;
    QList<QProcess *> m_running;
};

void TestSyncOnce::init()
{
    m_gateway = std::make_unique<test::GatewayProcess>();
    QVERIFY2(m_gateway->start(), m_gateway->process().output().constData());
    m_location = m_gateway->addLocation();
    QVERIFY(!m_location.isEmpty());
    m_proxy = std::make_unique<test::FaultProxy>();
    QVERIFY2(m_proxy->start(m_gateway->url()), qPrintable(m_proxy->errorString()));
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestSyncOnce::cleanup()
{
    for (QProcess *process : std::as_const(m_running)) {
        process->kill();
        process->waitForFinished(10000);
        delete process;
    }
    m_running.clear();
    m_proxy.reset();
    m_gateway.reset();
}

bool TestSyncOnce::pair(const QUrl &url)
{
    const auto paired
        = ctl({u"pair"_s, u"--gateway"_s, url.toString(), u"--code"_s, m_gateway->createDeviceCode(m_location)});
    if (paired.exitCode != 0) {
        qWarning("%s", qPrintable(test::describe(paired)));
    }
    return paired.exitCode == 0;
}

QString TestSyncOnce::chargeOffline(const QString &amount, const QStringList &extra)
{
    const auto charged = ctl(
        QStringList {u"charge"_s, amount, u"--mode"_s, u"offline"_s, u"--keyed"_s, u"--json"_s} + extra, approveCard);
    if (charged.exitCode != 0) {
        qWarning("%s", qPrintable(test::describe(charged)));
        return {};
    }
    return jsonOf(charged).value("localId"_L1).toString();
}

QJsonObject TestSyncOnce::onRegister(const QString &localId) const
{
    const auto listed = ctl({u"queue"_s, u"--all-locations"_s, u"--limit"_s, u"10000"_s, u"--json"_s});
    for (const QJsonValue &value : QJsonDocument::fromJson(listed.out).array()) {
        if (value["localId"_L1].toString() == localId) {
            return value.toObject();
        }
    }
    return {};
}

QJsonObject TestSyncOnce::atGateway(const QString &localId) const
{
    for (const QJsonObject &row : m_gateway->listPayments(m_location)) {
        if (row["localId"_L1].toString() == localId) {
            return row;
        }
    }
    return {};
}

QProcess *TestSyncOnce::startCtl(const QStringList &arguments)
{
    auto *process = new QProcess;
    m_running.append(process);
    process->start(test::programPath(u"holdfastctl"_s), QStringList {u"--data"_s, m_dir->path()} + arguments);
    process->waitForStarted(10000);
    process->closeWriteChannel();
    return process;
}

void TestSyncOnce::voidRacingUpload_gatewayVoidsOrRefunds_registerAgrees_data()
{
    QTest::addColumn<bool>("killSync");
    QTest::newRow("answer stalled, sync still running") << false;
    QTest::newRow("sync killed with the batch at the gateway") << true;
}

void TestSyncOnce::voidRacingUpload_gatewayVoidsOrRefunds_registerAgrees()
{
    QFETCH(bool, killSync);
    QVERIFY(pair(m_proxy->url()));
    const QString localId = chargeOffline(u"23.45"_s);
    QVERIFY(!localId.isEmpty());
    QCOMPARE(onRegister(localId)["sent"_L1].toBool(), false);

    // `sync` renews keys and settings (health, keys, settings), then sends the batch: its answer
    // is held by the proxy after the gateway has committed it.
    QVERIFY(m_proxy->force(u"none"_s, 3));
    QVERIFY(m_proxy->force(u"stall"_s, 1));
    QProcess *sync = startCtl({u"sync"_s});
    QVERIFY2(QTest::qWaitFor(
                 [this] { return m_proxy->counters().value_or(test::FaultProxy::Counters {}).stalled == 1; }, 60000),
             m_proxy->output().constData());
    QVERIFY(m_proxy->process().waitForOutput("POST /v1/payments/batch fault=stall", 10000));
    QVERIFY(QTest::qWaitFor([&] { return !atGateway(localId).isEmpty(); }, 30000));
    QCOMPARE(onRegister(localId)["sent"_L1].toBool(), true); // marked before it left
    QCOMPARE(onRegister(localId)["status"_L1].toString(), u"QUEUED"_s); // the answer has not come

    if (killSync) {
        sync->kill();
        QVERIFY(sync->waitForFinished(10000));
    }
    // The void, from a second holdfastctl, while the payment is at the gateway.
    const auto voided = ctl({u"void"_s, localId, u"--json"_s});
    QVERIFY2(voided.finished, qPrintable(test::describe(voided)));
    if (killSync) {
        // The dead sync's claim is taken over: the void goes to the gateway at once.
        QVERIFY2(voided.exitCode == 0, qPrintable(test::describe(voided)));
        QCOMPARE(jsonOf(voided)["status"_L1].toString(), u"VOIDED"_s);
    } else {
        // The running sync holds the payment: the void waits, and says so.
        QVERIFY2(voided.exitCode == 5, qPrintable(test::describe(voided)));
        QCOMPARE(jsonOf(voided)["voidPending"_L1].toBool(), true);
        const QJsonObject pending = onRegister(localId);
        QCOMPARE(pending["voidPending"_L1].toBool(), true);
        QVERIFY(pending["status"_L1].toString() != u"VOIDED"_s);
        const auto status = jsonOf(ctl({u"status"_s, u"--json"_s}));
        QCOMPARE(status["voidPending"_L1].toInt(), 1);
        QCOMPARE(m_proxy->releaseStalls(), 1);
        QVERIFY(sync->waitForFinished(60000));
        // The answer of the batch did not undo the void; the register still waits for it.
        QVERIFY(onRegister(localId)["status"_L1].toString() != u"VOIDED"_s);
        QCOMPARE(onRegister(localId)["voidPending"_L1].toBool(), true);
        const auto delivered = ctl({u"sync"_s});
        QVERIFY2(delivered.exitCode == 0, qPrintable(test::describe(delivered)));
    }
    const QJsonObject register_ = onRegister(localId);
    QCOMPARE(register_["status"_L1].toString(), u"VOIDED"_s);
    QCOMPARE(register_["voidPending"_L1].toBool(), false);
    const QJsonObject gateway = atGateway(localId);
    const QString gatewayStatus = gateway["status"_L1].toString();
    QVERIFY2(gatewayStatus == u"VOIDED"_s || gatewayStatus == u"REFUNDED"_s, qPrintable(gatewayStatus));
    // Never charged without a refund.
    QVERIFY(gateway["charges"_L1].toInt() <= 1);
    if (gateway["charges"_L1].toInt() == 1) {
        QCOMPARE(gatewayStatus, u"REFUNDED"_s);
    }
    // Nothing more happens to it: another sync leaves both sides as they are.
    QCOMPARE(ctl({u"sync"_s}).exitCode, 0);
    QCOMPARE(atGateway(localId)["status"_L1].toString(), gatewayStatus);
    QCOMPARE(onRegister(localId)["status"_L1].toString(), u"VOIDED"_s);
}

void TestSyncOnce::revokedAndRepaired_queuedPaymentsUploadUnderNewPairing()
{
    QVERIFY(pair(m_gateway->url()));
    const QString oldRegister = jsonOf(ctl({u"status"_s, u"--json"_s}))["registerId"_L1].toString();
    QStringList ids;
    for (const auto &amount : {u"10.00"_s, u"11.00"_s, u"12.00"_s}) {
        ids.append(chargeOffline(amount));
        QVERIFY(!ids.last().isEmpty());
    }
    QCOMPARE(m_gateway->run({u"register"_s, u"revoke"_s, oldRegister}).exitCode, 0);
    // Revoked: the gateway answers 401; nothing is lost, and the register never calls that
    // "being sent": it says the pairing was refused.
    const auto refused = ctl({u"sync"_s});
    QCOMPARE(refused.exitCode, 1);
    const auto status = ctl({u"status"_s});
    QVERIFY2(!status.out.contains("being sent"), status.out.constData());
    QCOMPARE(jsonOf(ctl({u"status"_s, u"--json"_s}))["refusedPairing"_L1].toInt(), 3);
    QVERIFY2(status.out.contains("pair"), status.out.constData());

    QVERIFY(pair(m_gateway->url()));
    const QString newRegister = jsonOf(ctl({u"status"_s, u"--json"_s}))["registerId"_L1].toString();
    QVERIFY(newRegister != oldRegister);
    const auto synced = ctl({u"sync"_s});
    QVERIFY2(synced.exitCode == 0, qPrintable(test::describe(synced)));
    QVERIFY(QTest::qWaitFor(
        [&] {
            ctl({u"sync"_s});
            return std::all_of(ids.cbegin(), ids.cend(), [this](const QString &id) {
                return atGateway(id)["status"_L1].toString() == u"PROCESSED"_s;
            });
        },
        60000));
    for (const QString &id : std::as_const(ids)) {
        const QJsonObject row = atGateway(id);
        QCOMPARE(row["registerId"_L1].toString(), oldRegister); // the register that took it
        QCOMPARE(row["uploadedBy"_L1].toString(), newRegister); // under the active pairing
        QCOMPARE(row["charges"_L1].toInt(), 1);
        QCOMPARE(onRegister(id)["status"_L1].toString(), u"PROCESSED"_s);
    }
}

void TestSyncOnce::rescueFileAcrossRepairing_imports_andUploads()
{
    QVERIFY(pair(m_gateway->url()));
    const QString oldRegister = jsonOf(ctl({u"status"_s, u"--json"_s}))["registerId"_L1].toString();
    const QString localId = chargeOffline(u"31.00"_s);
    QVERIFY(!localId.isEmpty());
    const QString file = m_dir->filePath(u"rescue.json"_s);
    QCOMPARE(ctl({u"export"_s, file}).exitCode, 0);
    QCOMPARE(m_gateway->run({u"register"_s, u"revoke"_s, oldRegister}).exitCode, 0);

    // A replacement register (another data folder) paired with the same location imports it.
    QTemporaryDir replacement;
    const auto other = [&](const QStringList &arguments) {
        return test::runProgram(u"holdfastctl"_s, QStringList {u"--data"_s, replacement.path()} + arguments);
    };
    QCOMPARE(other({u"pair"_s, u"--gateway"_s, m_gateway->url().toString(), u"--code"_s,
                    m_gateway->createDeviceCode(m_location)})
                 .exitCode,
             0);
    const auto imported = other({u"import"_s, file, u"--json"_s});
    QVERIFY2(imported.exitCode == 0, qPrintable(test::describe(imported)));
    QCOMPARE(jsonOf(imported)["imported"_L1].toInt(), 1);
    QVERIFY(QTest::qWaitFor(
        [&] {
            other({u"sync"_s});
            return atGateway(localId)["status"_L1].toString() == u"PROCESSED"_s;
        },
        60000));
    QCOMPARE(atGateway(localId)["registerId"_L1].toString(), oldRegister);
    QCOMPARE(atGateway(localId)["charges"_L1].toInt(), 1);
}

void TestSyncOnce::sync_sendsPaymentsWaitingForARetryAtOnce()
{
    QVERIFY(pair(m_proxy->url()));
    const QString localId = chargeOffline(u"14.00"_s);
    QVERIFY(!localId.isEmpty());
    QVERIFY(m_proxy->cut());
    // Failed attempts push the next one further out (2 s, 4 s, 8 s… in holdfastctl).
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(ctl({u"sync"_s}).exitCode, 1);
    }
    QVERIFY(onRegister(localId)["attempts"_L1].toInt() >= 3);
    QVERIFY(m_proxy->restore());
    const auto synced = ctl({u"sync"_s, u"--json"_s});
    QVERIFY2(synced.exitCode == 0, qPrintable(test::describe(synced)));
    QCOMPARE(jsonOf(synced)["uploaded"_L1].toInt(), 1);
    QVERIFY(!atGateway(localId).isEmpty());
}

void TestSyncOnce::sync_diskFullWhileRecordingAnswers_backsOffWithoutResending()
{
    QVERIFY(pair(m_proxy->url()));
    QStringList ids;
    for (int i = 0; i < 20; ++i) {
        ids.append(chargeOffline(u"%1.00"_s.arg(5 + i)));
        QVERIFY(!ids.last().isEmpty());
    }
    // `sync --watch` under a file-size limit (RLIMIT_FSIZE, SIGXFSZ ignored so writes fail with
    // an error): the smallest limit at which the batch is claimed, marked and sent is one at
    // which its answers can no longer be recorded. Grow the limit a page at a time until a
    // batch goes out.
    const qint64 vaultSize = QFileInfo(QDir(m_dir->path()).filePath(u"vault.sqlite"_s)).size();
    const auto batches = [this] {
        m_proxy->process().waitForOutput({}, 1); // reads what the proxy logged so far
        return int(QString::fromUtf8(m_proxy->output()).count(u"POST /v1/payments/batch"_s));
    };
    QProcess *watch = nullptr;
    const auto stopWatch = [&watch] {
        if (watch) {
            watch->kill();
            watch->waitForFinished(10000);
        }
    };
    // SQLite's shared-memory file alone takes 32 KiB.
    QByteArray said; // what the running sync --watch logged
    qint64 limit = 36 * 1024 - 4096;
    while (limit < vaultSize + 64 * 4096 && batches() == 0) {
        limit += 4096;
        stopWatch();
        watch = new QProcess;
        m_running.append(watch);
        watch->start(u"/bin/sh"_s,
                     {u"-c"_s, u"trap '' XFSZ; ulimit -f %1; exec \"$0\" --data \"$1\" sync --watch"_s.arg(limit / 512),
                      test::programPath(u"holdfastctl"_s), m_dir->path()});
        QVERIFY(watch->waitForStarted(10000));
        // A pass starts at once: it claims and sends, or cannot write its claim and says so.
        said.clear();
        std::ignore = QTest::qWaitFor(
            [&] {
                said += watch->readAllStandardError();
                return batches() > 0 || said.contains("cannot write") || watch->state() == QProcess::NotRunning;
            },
            10000);
    }
    QVERIFY2(batches() == 1, m_proxy->output().constData());
    // The gateway took the batch and answered; the answer could not be written.
    QVERIFY(QTest::qWaitFor(
        [&] {
            return std::all_of(ids.cbegin(), ids.cend(),
                               [this](const QString &id) { return !atGateway(id).isEmpty(); });
        },
        30000));
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     said += watch->readAllStandardError();
                     return said.contains("cannot write to the vault; uploads wait");
                 },
                 30000),
             said.constData());
    qInfo("the batch went out under a %lld-byte file limit; its answers could not be written", qlonglong(limit));
    // The uploader waits instead of sending the same batch again and again: over several
    // seconds at most one more try.
    for (const QString &id : std::as_const(ids)) {
        QCOMPARE(onRegister(id)["status"_L1].toString(), u"QUEUED"_s); // the answers are not on disk
    }
    QTest::qWait(6000); // observing that nothing happens: there is no signal for "nothing"
    const int sent = batches();
    QVERIFY2(sent <= 3, qPrintable(u"the batch was sent %1 times in 6 s"_s.arg(sent)));
    stopWatch();
    // With room again, each payment is processed exactly once.
    QVERIFY(QTest::qWaitFor(
        [&] {
            ctl({u"sync"_s});
            return std::all_of(ids.cbegin(), ids.cend(),
                               [this](const QString &id) { return onRegister(id)["status"_L1] == u"PROCESSED"_s; });
        },
        60000));
    for (const QString &id : std::as_const(ids)) {
        QCOMPARE(atGateway(id)["charges"_L1].toInt(), 1);
    }
}

void TestSyncOnce::chargeWithReference_secondChargeReturnsFirstOutcome_data()
{
    QTest::addColumn<QString>("card");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("result");
    QTest::newRow("approved online") << u"4242424242424242"_s << u"online"_s << 0 << u"approved_online"_s;
    QTest::newRow("approved offline") << u"4242424242424242"_s << u"offline"_s << 0 << u"approved_offline"_s;
    QTest::newRow("declined") << u"4000000000000002"_s << u"online"_s << 3 << u"declined"_s;
}

void TestSyncOnce::chargeWithReference_secondChargeReturnsFirstOutcome()
{
    QFETCH(QString, card);
    QFETCH(QString, mode);
    QFETCH(int, exitCode);
    QFETCH(QString, result);
    QVERIFY(pair(m_gateway->url()));
    const QStringList charge {u"charge"_s,  u"9.99"_s,        u"--mode"_s,  mode,
                              u"--keyed"_s, u"--reference"_s, u"SALE-17"_s, u"--json"_s};
    const auto first = ctl(charge, (card + u" 12/30\n"_s).toLatin1());
    QCOMPARE(first.exitCode, exitCode);
    QCOMPARE(jsonOf(first)["result"_L1].toString(), result);
    const auto second = ctl(charge, "4242424242424242 12/30\n");
    if (exitCode == 3) {
        // Declined, and the cashier saw it: nothing was charged, so another card for the same
        // sale is a new payment; from then on that one is the sale's answer.
        QCOMPARE(second.exitCode, 0);
        QVERIFY(jsonOf(second)["localId"_L1].toString() != jsonOf(first)["localId"_L1].toString());
        const auto third = ctl(charge, "4242424242424242 12/30\n");
        QCOMPARE(third.exitCode, 0);
        QCOMPARE(jsonOf(third)["localId"_L1].toString(), jsonOf(second)["localId"_L1].toString());
        QCOMPARE(jsonOf(third)["earlierPayment"_L1].toBool(), true);
        QCOMPARE(QJsonDocument::fromJson(ctl({u"queue"_s, u"--json"_s}).out).array().size(), 2);
        return;
    }
    QCOMPARE(second.exitCode, exitCode);
    QCOMPARE(jsonOf(second)["result"_L1].toString(), result);
    QCOMPARE(jsonOf(second)["localId"_L1].toString(), jsonOf(first)["localId"_L1].toString());
    QCOMPARE(jsonOf(second)["earlierPayment"_L1].toBool(), true);
    const auto listed = ctl({u"queue"_s, u"--json"_s});
    QCOMPARE(QJsonDocument::fromJson(listed.out).array().size(), 1);
    QCOMPARE(QJsonDocument::fromJson(listed.out).array().first()["reference"_L1].toString(), u"SALE-17"_s);
}

void TestSyncOnce::unconfirmedPayment_listedUntilConfirmed()
{
    QVERIFY(pair(m_gateway->url()));
    const QString localId = chargeOffline(u"8.00"_s, {u"--reference"_s, u"SALE-9"_s});
    QVERIFY(!localId.isEmpty());
    QCOMPARE(jsonOf(ctl({u"status"_s, u"--json"_s}))["unconfirmed"_L1].toInt(), 0);
    // Unconfirmed as a charge killed between recording and printing leaves it.
    {
        QSqlDatabase vault = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"unconfirm"_s);
        vault.setDatabaseName(QDir(m_dir->path()).filePath(u"vault.sqlite"_s));
        QVERIFY(vault.open());
        QSqlQuery query(vault);
        QVERIFY(query.exec(u"UPDATE payments SET outcome_shown_at = NULL WHERE local_id = '%1'"_s.arg(localId)));
        vault.close();
    }
    QSqlDatabase::removeDatabase(u"unconfirm"_s);
    QCOMPARE(jsonOf(ctl({u"status"_s, u"--json"_s}))["unconfirmed"_L1].toInt(), 1);
    QVERIFY(ctl({u"status"_s}).out.contains("Unconfirmed"));
    const auto unconfirmed = ctl({u"queue"_s, u"--unconfirmed"_s, u"--json"_s});
    QCOMPARE(QJsonDocument::fromJson(unconfirmed.out).array().size(), 1);
    QCOMPARE(QJsonDocument::fromJson(unconfirmed.out).array().first()["unconfirmed"_L1].toBool(), true);
    QVERIFY(ctl({u"queue"_s}).out.contains("unconfirmed"));
    const auto confirmed = ctl({u"confirm"_s, localId});
    QVERIFY2(confirmed.exitCode == 0, qPrintable(test::describe(confirmed)));
    QCOMPARE(jsonOf(ctl({u"status"_s, u"--json"_s}))["unconfirmed"_L1].toInt(), 0);
    QCOMPARE(ctl({u"confirm"_s, u"no-such-payment"_s}).exitCode, 1);
    QCOMPARE(ctl({u"confirm"_s}).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestSyncOnce)
#include "tst_sync_once.moc"
