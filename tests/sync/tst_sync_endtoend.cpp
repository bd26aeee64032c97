// End to end with real processes only: holdfast-gateway and holdfastctl.

#include "gatewayprocess.h"
#include "payments/vault.h"
#include "serverprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace holdfast;

namespace {

test::RunResult ctl(const QString &dataDir, const QStringList &arguments, const QByteArray &input = {})
{
    return test::runProgram(u"holdfastctl"_s, QStringList {u"--data"_s, dataDir} + arguments, input);
}

} // namespace

class TestSyncEndToEnd : public QObject
{
    Q_OBJECT

private slots:
    void offlineWithGatewayDown_thenSync_allProcessedExactlyOnce();
};

void TestSyncEndToEnd::offlineWithGatewayDown_thenSync_allProcessedExactlyOnce()
{
    test::GatewayProcess gateway;
    QVERIFY2(gateway.start(), gateway.process().output().constData());
    const QString location = gateway.addLocation(u"Main Street"_s, u"CAD"_s);
    QVERIFY(!location.isEmpty());
    const auto settings
        = gateway.run({u"settings"_s, u"set"_s, u"--location"_s, location, u"--total-limit"_s, u"5000.00"_s});
    QVERIFY2(settings.exitCode == 0, settings.err.constData());
    const QString code = gateway.createDeviceCode(location);
    QVERIFY(!code.isEmpty());

    QTemporaryDir registerDir;
    const auto paired
        = ctl(registerDir.path(),
              {u"pair"_s, u"--gateway"_s, gateway.url().toString(), u"--code"_s, code, u"--name"_s, u"Till 1"_s});
    QVERIFY2(paired.exitCode == 0, qPrintable(test::describe(paired)));

    // The internet goes down: the gateway is gone.
    const QString port = QString::number(gateway.url().port());
    gateway.stop();
    QSet<QString> taken;
    for (int i = 0; i < 300; ++i) {
        const QString amount = u"%1.%2"_s.arg(1 + i % 9).arg(i % 100, 2, 10, QLatin1Char('0'));
        const auto charged = ctl(registerDir.path(), {u"charge"_s, amount, u"--mode"_s, u"offline"_s, u"--keyed"_s},
                                 "4242424242424242 12/29\n");
        QVERIFY2(charged.exitCode == 0, qPrintable(test::describe(charged)));
        QVERIFY(charged.out.contains("Approved offline"));
        taken.insert(QString::fromUtf8(charged.out.split('\n').first()));
    }
    QCOMPARE(taken.size(), 300);
    const auto status = ctl(registerDir.path(), {u"status"_s, u"--json"_s});
    QCOMPARE(status.exitCode, 0);
    const QJsonObject before = QJsonDocument::fromJson(status.out).object();
    QCOMPARE(before.value("reachability"_L1).toString(), u"offline"_s);
    QCOMPARE(before.value("byStatus"_L1).toObject().value("QUEUED"_L1).toObject().value("count"_L1).toInt(), 300);
    QCOMPARE(before.value("reminder"_L1).toString(), u"warning"_s);

    // It comes back on the same address; one sync drains everything.
    QVERIFY2(gateway.start({u"--listen"_s, u"127.0.0.1:"_s + port}), gateway.process().output().constData());
    const auto synced = ctl(registerDir.path(), {u"sync"_s, u"--json"_s});
    QVERIFY2(synced.exitCode == 0, qPrintable(test::describe(synced)));

    QCOMPARE(gateway.listPayments(location).size(), 300);
    QCOMPARE(gateway.processedOnce(location), taken);

    const auto queue = ctl(registerDir.path(), {u"queue"_s, u"--json"_s, u"--limit"_s, u"1000"_s});
    const QJsonArray onRegister = QJsonDocument::fromJson(queue.out).array();
    QCOMPARE(onRegister.size(), 300);
    for (const QJsonValue &payment : onRegister) {
        QCOMPARE(payment.toObject().value("status"_L1).toString(), u"PROCESSED"_s);
        QVERIFY(!payment.toObject().value("sealedDataOnRegister"_L1).toBool());
    }
    // No ciphertext left in the register's vault.
    auto vault = payments::Vault::open(registerDir.path());
    QVERIFY(vault.ok());
    QSqlQuery query(vault.value()->database());
    QVERIFY(query.exec(u"SELECT COUNT(*) FROM payments WHERE envelope IS NOT NULL"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestSyncEndToEnd)
#include "tst_sync_endtoend.moc"
