// holdfastctl as installers, scripts and operators use it: real processes, real gateway.

#include "gatewayprocess.h"
#include "panscanner.h"
#include "serverprocess.h"
#include "terminalprocess.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace holdfast;

namespace {

struct Ctl
{
    QString dataDir;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();

    test::RunResult run(const QStringList &arguments, const QByteArray &input = {}) const
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(test::programPath(u"holdfastctl"_s), QStringList {u"--data"_s, dataDir} + arguments);
        test::RunResult result;
        if (!process.waitForStarted(10000)) {
            return result;
        }
        process.write(input);
        process.closeWriteChannel();
        result.finished = process.waitForFinished(60000);
        result.exitCode = process.exitCode();
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }
};

QJsonObject jsonOf(const test::RunResult &result)
{
    return QJsonDocument::fromJson(result.out).object();
}

} // namespace

class TestHoldfastctl : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void help_documentsEveryCommand();
    void pair_withoutSecretService_refusedAndCodeStillUsable();
    void pair_badCode_clearError();
    void charge_exitCodesAndJson();
    void charge_badInput_changesNothing_data();
    void charge_badInput_changesNothing();
    void exportImport_voidAndStatus();
    void upgradeGuard_refusesWhileAnyLocationHasQueuedPayments();
    void terminal_pairAndChargeThroughIt();

private:
    std::unique_ptr<test::GatewayProcess> m_gateway;
    QString m_location;
    std::unique_ptr<QTemporaryDir> m_dir;
    Ctl m_ctl;
    void pairOrFail();
};

void TestHoldfastctl::init()
{
    m_gateway = std::make_unique<test::GatewayProcess>();
    QVERIFY2(m_gateway->start(), m_gateway->process().output().constData());
    m_location = m_gateway->addLocation();
    m_dir = std::make_unique<QTemporaryDir>();
    m_ctl = Ctl {m_dir->path()};
}

void TestHoldfastctl::cleanup()
{
    m_gateway.reset();
}

void TestHoldfastctl::pairOrFail()
{
    const auto paired = m_ctl.run(
        {u"pair"_s, u"--gateway"_s, m_gateway->url().toString(), u"--code"_s, m_gateway->createDeviceCode(m_location)});
    QVERIFY2(paired.exitCode == 0, paired.err.constData());
}

void TestHoldfastctl::help_documentsEveryCommand()
{
    const auto help = m_ctl.run({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    for (const char *command :
         {"pair", "status", "charge", "queue", "sync", "void", "export", "import", "--json", "--data", "Exit codes"}) {
        QVERIFY2(help.out.contains(command), command);
    }
    QCOMPARE(m_ctl.run({u"charge"_s, u"--help"_s}).exitCode, 0);
    QVERIFY(m_ctl.run({u"charge"_s, u"--help"_s}).out.contains("--keyed"));
    const auto version = m_ctl.run({u"--version"_s});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith("holdfastctl "));
    const auto unknown = m_ctl.run({u"frobnicate"_s});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.err.contains("unknown command"));
}

void TestHoldfastctl::pair_withoutSecretService_refusedAndCodeStillUsable()
{
    const QString code = m_gateway->createDeviceCode(m_location);
    Ctl noKeyring = m_ctl;
    noKeyring.environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent"_s);
    noKeyring.environment.remove(u"DISPLAY"_s);
    const auto refused = noKeyring.run({u"pair"_s, u"--gateway"_s, m_gateway->url().toString(), u"--code"_s, code});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("Secret Service"), refused.err.constData());
    // The code was not used up: with a keyring, the same code pairs.
    const auto paired
        = m_ctl.run({u"pair"_s, u"--gateway"_s, m_gateway->url().toString(), u"--code"_s, code, u"--json"_s});
    QVERIFY2(paired.exitCode == 0, paired.err.constData());
    QCOMPARE(jsonOf(paired).value("locationId"_L1).toString(), m_location);
    QVERIFY(!jsonOf(paired).value("signingKeyThumbprint"_L1).toString().isEmpty());
}

void TestHoldfastctl::pair_badCode_clearError()
{
    const auto malformed
        = m_ctl.run({u"pair"_s, u"--gateway"_s, m_gateway->url().toString(), u"--code"_s, u"not a code!"_s});
    QCOMPARE(malformed.exitCode, 1);
    QVERIFY(malformed.err.contains("K7QF-2M9X"));
    const auto wrong
        = m_ctl.run({u"pair"_s, u"--gateway"_s, m_gateway->url().toString(), u"--code"_s, u"AAAA-BBBB"_s, u"--json"_s});
    QCOMPARE(wrong.exitCode, 1);
    QCOMPARE(jsonOf(wrong).value("error"_L1).toObject().value("code"_L1).toString(), u"device_code_invalid"_s);
    QCOMPARE(m_ctl.run({u"pair"_s}).exitCode, 2);
}

void TestHoldfastctl::charge_exitCodesAndJson()
{
    pairOrFail();
    const auto approved = m_ctl.run({u"charge"_s, u"12.34"_s, u"--mode"_s, u"online"_s, u"--keyed"_s, u"--json"_s},
                                    "4242424242424242 12/29\n");
    QVERIFY2(approved.exitCode == 0, approved.out.constData());
    QCOMPARE(jsonOf(approved).value("result"_L1).toString(), u"approved_online"_s);
    QCOMPARE(jsonOf(approved).value("last4"_L1).toString(), u"4242"_s);

    const auto declined
        = m_ctl.run({u"charge"_s, u"5.00"_s, u"--mode"_s, u"online"_s, u"--keyed"_s}, "4000000000009995 12/29\n");
    QCOMPARE(declined.exitCode, 3);
    const auto overLimit = m_ctl.run({u"charge"_s, u"100.01"_s, u"--mode"_s, u"offline"_s, u"--keyed"_s, u"--json"_s},
                                     "4242424242424242 12/29\n");
    QCOMPARE(overLimit.exitCode, 4);
    QCOMPARE(jsonOf(overLimit).value("error"_L1).toObject().value("code"_L1).toString(), u"offline_payment_limit"_s);
    const auto offline
        = m_ctl.run({u"charge"_s, u"100.00"_s, u"--mode"_s, u"offline"_s, u"--keyed"_s}, "4242424242424242 12/29\n");
    QCOMPARE(offline.exitCode, 0);
    for (const auto *result : {&approved, &declined, &overLimit, &offline}) {
        QCOMPARE(test::findPans(result->out + result->err), QStringList());
    }
}

void TestHoldfastctl::charge_badInput_changesNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("exitCode");
    const QStringList keyed {u"--mode"_s, u"offline"_s, u"--keyed"_s};
    QTest::newRow("amount with letters") << (QStringList {u"charge"_s, u"12a"_s} + keyed)
                                         << QByteArray("4242424242424242 12/29\n") << 1;
    QTest::newRow("three decimals") << (QStringList {u"charge"_s, u"1.234"_s} + keyed)
                                    << QByteArray("4242424242424242 12/29\n") << 1;
    QTest::newRow("zero") << (QStringList {u"charge"_s, u"0"_s} + keyed) << QByteArray("4242424242424242 12/29\n") << 2;
    QTest::newRow("bad luhn") << (QStringList {u"charge"_s, u"5.00"_s} + keyed)
                              << QByteArray("4242424242424241 12/29\n") << 2;
    QTest::newRow("no expiry") << (QStringList {u"charge"_s, u"5.00"_s} + keyed) << QByteArray("4242424242424242\n")
                               << 2;
    QTest::newRow("bad mode") << QStringList {u"charge"_s, u"5.00"_s, u"--mode"_s, u"sideways"_s, u"--keyed"_s}
                              << QByteArray("4242424242424242 12/29\n") << 2;
    QTest::newRow("no amount") << (QStringList {u"charge"_s} + keyed) << QByteArray() << 2;
}

void TestHoldfastctl::charge_badInput_changesNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(int, exitCode);
    pairOrFail();
    const auto result = m_ctl.run(arguments, input);
    QVERIFY2(result.exitCode == exitCode || (exitCode == 1 && result.exitCode == 2),
             qPrintable(u"exit %1: %2"_s.arg(result.exitCode).arg(QString::fromUtf8(result.err))));
    QVERIFY(!result.err.isEmpty());
    QCOMPARE(test::findPans(result.out + result.err), QStringList());
    const auto queue = m_ctl.run({u"queue"_s, u"--json"_s});
    QCOMPARE(QJsonDocument::fromJson(queue.out).array().size(), 0);
}

void TestHoldfastctl::exportImport_voidAndStatus()
{
    pairOrFail();
    m_gateway->stop(); // offline: payments stay queued
    QStringList ids;
    for (int i = 0; i < 3; ++i) {
        const auto charged
            = m_ctl.run({u"charge"_s, u"7.50"_s, u"--mode"_s, u"offline"_s, u"--keyed"_s}, "5555555555554444 11/30\n");
        QCOMPARE(charged.exitCode, 0);
        ids.append(QString::fromUtf8(charged.out.split('\n').first()));
    }
    const QString file = m_dir->filePath(u"rescue.json"_s);
    QCOMPARE(m_ctl.run({u"export"_s, file}).exitCode, 0);
    QFile exported(file);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    QCOMPARE(test::findPans(exported.readAll()), QStringList());

    // Void one that never left the register: destroyed here, nothing to tell the gateway.
    const auto voided = m_ctl.run({u"void"_s, ids.first(), u"--json"_s});
    QVERIFY2(voided.exitCode == 0, voided.err.constData());
    QCOMPARE(jsonOf(voided).value("status"_L1).toString(), u"VOIDED"_s);
    QCOMPARE(m_ctl.run({u"void"_s, ids.first()}).exitCode, 1); // already final

    const auto status = jsonOf(m_ctl.run({u"status"_s, u"--json"_s}));
    const QJsonObject byStatus = status.value("byStatus"_L1).toObject();
    QCOMPARE(byStatus.value("QUEUED"_L1).toObject().value("count"_L1).toInt(), 2);
    QCOMPARE(byStatus.value("QUEUED"_L1).toObject().value("amount"_L1).toInt(), 1500);
    QCOMPARE(byStatus.value("VOIDED"_L1).toObject().value("count"_L1).toInt(), 1);
    QVERIFY(status.contains("nearestDeadline"_L1));

    // The rescue file imports into the same register idempotently.
    const auto imported = jsonOf(m_ctl.run({u"import"_s, file, u"--json"_s}));
    QCOMPARE(imported.value("imported"_L1).toInt(), 0);
    QCOMPARE(imported.value("alreadyPresent"_L1).toInt(), 3);
    QCOMPARE(m_ctl.run({u"import"_s, m_dir->filePath(u"missing.json"_s)}).exitCode, 1);
}

void TestHoldfastctl::upgradeGuard_refusesWhileAnyLocationHasQueuedPayments()
{
    const auto preinst = [this](const QString &action, bool force = false) {
        QProcess script;
        QProcessEnvironment environment = m_ctl.environment;
        environment.insert(u"HOLDFASTCTL"_s, test::programPath(u"holdfastctl"_s));
        environment.insert(u"HOLDFAST_VAULTS"_s, QDir(m_ctl.dataDir).filePath(u"vault.sqlite"_s));
        if (force) {
            environment.insert(u"HOLDFAST_FORCE_UPGRADE"_s, u"1"_s);
        }
        script.setProcessEnvironment(environment);
        script.start(u"/bin/sh"_s, {QStringLiteral(HOLDFAST_PREINST), action, u"0.9.0"_s});
        test::RunResult result;
        result.finished = script.waitForFinished(60000);
        result.exitCode = script.exitCode();
        result.err = script.readAllStandardError();
        return result;
    };
    pairOrFail();
    QCOMPARE(preinst(u"upgrade"_s).exitCode, 0); // nothing queued

    const auto charged
        = m_ctl.run({u"charge"_s, u"12.00"_s, u"--mode"_s, u"offline"_s, u"--keyed"_s}, "4242424242424242 10/30\n");
    QCOMPARE(charged.exitCode, 0);
    // Re-paired to another store: the first store's payment is no longer "this location's"
    // but still waits to upload, and still stops the upgrade.
    const QString otherLocation = m_gateway->addLocation(u"Second store"_s);
    const auto repaired = m_ctl.run({u"pair"_s, u"--gateway"_s, m_gateway->url().toString(), u"--code"_s,
                                     m_gateway->createDeviceCode(otherLocation)});
    QVERIFY2(repaired.exitCode == 0, repaired.err.constData());
    QCOMPARE(QJsonDocument::fromJson(m_ctl.run({u"queue"_s, u"--json"_s}).out).array().size(), 0);
    const auto all = m_ctl.run({u"queue"_s, u"--all-locations"_s, u"--status"_s, u"QUEUED"_s, u"--json"_s});
    QCOMPARE(QJsonDocument::fromJson(all.out).array().size(), 1);

    const auto blocked = preinst(u"upgrade"_s);
    QVERIFY(blocked.finished);
    QCOMPARE(blocked.exitCode, 1);
    QVERIFY2(blocked.err.contains("still holds 1 card payment"), blocked.err.constData());
    QCOMPARE(preinst(u"upgrade"_s, true).exitCode, 0);
    QCOMPARE(preinst(u"install"_s).exitCode, 0); // a first install has nothing to protect

    QCOMPARE(m_ctl.run({u"sync"_s}).exitCode, 0);
    const auto afterSync = preinst(u"upgrade"_s);
    QVERIFY2(afterSync.exitCode == 0, afterSync.err.constData());
}

void TestHoldfastctl::terminal_pairAndChargeThroughIt()
{
    pairOrFail();
    const auto noTerminal = m_ctl.run({u"charge"_s, u"5.00"_s});
    QVERIFY2(noTerminal.exitCode == 1, noTerminal.err.constData()); // no terminal yet
    test::TerminalProcess terminal;
    // Two test cards are queued: each payment consumes the next one, as a customer tapping.
    QVERIFY(terminal.start({u"--processing-time"_s, u"10ms"_s, u"--present"_s, u"approve,4000000000000002"_s}));
    const auto wrong
        = m_ctl.run({u"terminal"_s, u"pair"_s, u"--url"_s, terminal.url().toString(), u"--code"_s, u"ZZZZ-ZZZZ"_s});
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY(!wrong.err.isEmpty());
    const auto paired = m_ctl.run({u"terminal"_s, u"pair"_s, u"--url"_s, terminal.url().toString(), u"--code"_s,
                                   terminal.pairingCode(), u"--json"_s});
    QVERIFY2(paired.exitCode == 0, paired.err.constData());
    QCOMPARE(jsonOf(paired).value("certSha256"_L1).toString(), terminal.certSha256());
    const auto status = m_ctl.run({u"terminal"_s, u"status"_s, u"--json"_s});
    QCOMPARE(jsonOf(status).value("state"_L1).toString(), u"IDLE"_s);

    const auto approved = m_ctl.run({u"charge"_s, u"5.00"_s, u"--mode"_s, u"online"_s, u"--json"_s});
    QVERIFY2(approved.exitCode == 0, approved.out.constData());
    QCOMPARE(jsonOf(approved).value("last4"_L1).toString(), u"4242"_s);
    const auto declined = m_ctl.run({u"charge"_s, u"6.00"_s, u"--mode"_s, u"online"_s});
    QCOMPARE(declined.exitCode, 3);
    QCOMPARE(test::findPans(approved.out + approved.err + declined.out + declined.err + terminal.output()),
             QStringList());
    QCOMPARE(m_ctl.run({u"terminal"_s, u"forget"_s}).exitCode, 0);
    QCOMPARE(m_ctl.run({u"terminal"_s, u"status"_s}).exitCode, 1);
}

QTEST_GUILESS_MAIN(TestHoldfastctl)
#include "tst_holdfastctl.moc"
