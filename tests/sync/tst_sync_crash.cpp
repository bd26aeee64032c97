// DESIGN section 10's crash test: a charging holdfastctl is killed with SIGKILL at random
// instants (sealing, recording, in the middle of the online upload, after the answer), and the
// cashier charges the same sale again (--reference); then the register's vault and the real
// gateway are compared. Nothing the register took may be lost, no sale may be charged twice, every
// charged payment is either one whose outcome was shown or listed as unconfirmed, and the gateway
// may never hold a payment the register does not know (a payment is on disk before it leaves).

#include "gatewayprocess.h"
#include "panscanner.h"
#include "randomseed.h"
#include "serverprocess.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace holdfast;

namespace {

constexpr int charges = 200;
constexpr int calibrationCharges = 3; // left to finish: how long does a charge take here?

} // namespace

class TestSyncCrash : public QObject
{
    Q_OBJECT

private slots:
    void chargeKilledAtRandomInstants_retriedSale_nothingLostNothingChargedTwice();

private:
    test::RunResult ctl(const QStringList &arguments, const QByteArray &input = {}) const
    {
        return test::runProgram(u"holdfastctl"_s, QStringList {u"--data"_s, m_dir.path()} + arguments, input);
    }
    /// The register's payments of every location: localId → status.
    QHash<QString, QString> registerPayments() const;
    /// The register's payments of every location: localId → queue --json's object.
    QHash<QString, QJsonObject> registerDetails() const;

    QTemporaryDir m_dir;
};

QHash<QString, QJsonObject> TestSyncCrash::registerDetails() const
{
    const auto listed = ctl({u"queue"_s, u"--all-locations"_s, u"--limit"_s, u"100000"_s, u"--json"_s});
    QHash<QString, QJsonObject> payments;
    for (const QJsonValue &value : QJsonDocument::fromJson(listed.out).array()) {
        payments.insert(value["localId"_L1].toString(), value.toObject());
    }
    return payments;
}

QHash<QString, QString> TestSyncCrash::registerPayments() const
{
    const auto listed = ctl({u"queue"_s, u"--all-locations"_s, u"--limit"_s, u"100000"_s, u"--json"_s});
    QHash<QString, QString> statuses;
    for (const QJsonValue &value : QJsonDocument::fromJson(listed.out).array()) {
        statuses.insert(value["localId"_L1].toString(), value["status"_L1].toString());
    }
    return statuses;
}

void TestSyncCrash::chargeKilledAtRandomInstants_retriedSale_nothingLostNothingChargedTwice()
{
    test::GatewayProcess gateway;
    QVERIFY2(gateway.start(), gateway.process().output().constData());
    const QString location = gateway.addLocation();
    QVERIFY(
        gateway.run({u"settings"_s, u"set"_s, u"--location"_s, location, u"--total-limit"_s, u"10000.00"_s}).exitCode
        == 0);
    const auto paired
        = ctl({u"pair"_s, u"--gateway"_s, gateway.url().toString(), u"--code"_s, gateway.createDeviceCode(location)});
    QVERIFY2(paired.exitCode == 0, qPrintable(test::describe(paired)));

    QRandomGenerator random(test::randomSeed());
    const QStringList modes {u"online"_s, u"auto"_s, u"offline"_s};
    QStringList approved; // the cashier saw "approved" (online or offline) for these
    QByteArray everything;
    int killed = 0;
    QList<qint64> calibrationMs;
    qint64 typicalMs = 0;
    for (int i = 0; i < charges; ++i) {
        const QString reference = u"SALE-%1"_s.arg(i);
        const QStringList chargeArguments {u"--data"_s,
                                           m_dir.path(),
                                           u"--json"_s,
                                           u"charge"_s,
                                           u"%1.%2"_s.arg(1 + i % 90).arg(i % 100, 2, 10, '0'_L1),
                                           u"--keyed"_s,
                                           u"--mode"_s,
                                           modes.at(i % modes.size()),
                                           u"--reference"_s,
                                           reference};
        QProcess charge;
        charge.start(test::programPath(u"holdfastctl"_s), chargeArguments);
        QVERIFY(charge.waitForStarted(10000));
        QElapsedTimer took;
        took.start();
        charge.write("4242424242424242 12/30\n");
        charge.closeWriteChannel();
        // The random instant, within a typical charge's time: it dies then, unless it has
        // finished by itself.
        const int killAtMs = i < calibrationCharges ? 60000 : int(random.bounded(quint32(typicalMs + 1)));
        if (!charge.waitForFinished(killAtMs)) {
            charge.kill();
            QVERIFY(charge.waitForFinished(10000));
            ++killed;
        }
        if (i < calibrationCharges) {
            calibrationMs.append(took.elapsed());
            std::sort(calibrationMs.begin(), calibrationMs.end());
            typicalMs = calibrationMs.at(calibrationMs.size() / 2);
        }
        const QByteArray out = charge.readAllStandardOutput();
        everything += out + charge.readAllStandardError();
        if (charge.exitStatus() == QProcess::NormalExit && charge.exitCode() == 0) {
            approved.append(QJsonDocument::fromJson(out)["localId"_L1].toString());
        }
        // The cashier saw no answer and charges the same sale again: it must not charge twice.
        // (This also opens the vault, with its integrity check, after every kill.)
        const auto retry = ctl(chargeArguments.mid(2), "4242424242424242 12/30\n");
        everything += retry.out + retry.err;
        QVERIFY2(retry.exitCode == 0 || retry.exitCode == 5, qPrintable(test::describe(retry)));
        const QString retried = QJsonDocument::fromJson(retry.out)["localId"_L1].toString();
        QVERIFY(!retried.isEmpty());
        if (retry.exitCode == 0) {
            approved.append(retried);
        }
    }
    qInfo("%d of %d charges killed, %lld finished approved; a charge takes about %lld ms", killed, charges,
          qlonglong(approved.size()), typicalMs);
    QVERIFY2(killed >= charges / 4, "too few kills to mean anything");
    QVERIFY(approved.size() >= calibrationCharges);

    // Everything still waiting goes up (bounded: a pass leaves outcomes still pending to the next).
    QHash<QString, QString> onRegister;
    test::RunResult lastSync;
    const bool settled = QTest::qWaitFor(
        [&] {
            lastSync = ctl({u"sync"_s});
            onRegister = registerPayments();
            for (const QString &status : std::as_const(onRegister)) {
                if (status == u"QUEUED"_s || status == u"UPLOADED"_s) {
                    return false;
                }
            }
            return true;
        },
        120000);
    QVERIFY2(settled, qPrintable(test::describe(lastSync)));

    QHash<QString, QString> atGateway;
    QSet<QString> charged;
    for (const QJsonObject &row : gateway.listPayments(location)) {
        const QString localId = row["localId"_L1].toString();
        QVERIFY2(!atGateway.contains(localId), qPrintable(u"twice at the gateway: "_s + localId));
        atGateway.insert(localId, row["status"_L1].toString());
        QVERIFY2(row["charges"_L1].toInt() <= 1, qPrintable(u"charged more than once: "_s + localId));
        if (row["charges"_L1].toInt() > 0) {
            charged.insert(localId);
        }
    }
    // Every sale charged at most once; every charged payment shown, or listed as unconfirmed.
    const auto details = registerDetails();
    QSet<QString> unconfirmed;
    for (const QJsonValue &value :
         QJsonDocument::fromJson(ctl({u"queue"_s, u"--unconfirmed"_s, u"--limit"_s, u"100000"_s, u"--json"_s}).out)
             .array()) {
        unconfirmed.insert(value["localId"_L1].toString());
    }
    QHash<QString, int> chargesPerSale;
    for (const QString &localId : std::as_const(charged)) {
        const QJsonObject payment = details.value(localId);
        const QString sale = payment["reference"_L1].toString();
        QVERIFY2(!sale.isEmpty(), qPrintable(u"charged without its sale: "_s + localId));
        QVERIFY2(++chargesPerSale[sale] == 1, qPrintable(u"sale charged twice: "_s + sale));
        QVERIFY2(!payment["unconfirmed"_L1].toBool() || unconfirmed.contains(localId),
                 qPrintable(u"charged, never shown and not listed: "_s + localId));
    }
    qInfo("%lld sales charged, %lld payments left unconfirmed", qlonglong(chargesPerSale.size()),
          qlonglong(unconfirmed.size()));
    int voided = 0;
    for (const QString &status : std::as_const(onRegister)) {
        voided += status == u"VOIDED"_s ? 1 : 0;
    }
    qInfo("register holds %lld payments (%d voided), the gateway %lld", qlonglong(onRegister.size()), voided,
          qlonglong(atGateway.size()));
    // The gateway never holds a payment the register does not know, and they agree on each.
    for (auto it = atGateway.cbegin(); it != atGateway.cend(); ++it) {
        QVERIFY2(onRegister.contains(it.key()), qPrintable(u"unknown to the register: "_s + it.key()));
        QCOMPARE(onRegister.value(it.key()), it.value());
    }
    // What the register took reached the gateway, unless it was voided before it could
    // (an online attempt that never got there).
    for (auto it = onRegister.cbegin(); it != onRegister.cend(); ++it) {
        if (it.value() != u"VOIDED"_s) {
            QVERIFY2(atGateway.contains(it.key()), qPrintable(u"lost on the way: "_s + it.key()));
        }
    }
    // Every payment the cashier saw approved is charged.
    for (const QString &localId : std::as_const(approved)) {
        QCOMPARE(atGateway.value(localId), u"PROCESSED"_s);
    }
    QCOMPARE(test::findPans(everything), QStringList());
}

QTEST_GUILESS_MAIN(TestSyncCrash)
#include "tst_sync_crash.moc"
