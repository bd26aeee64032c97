// The holdfast-gateway command line (DESIGN section 7a plus the operator commands): what each
// command prints, its exit codes, and that bad input changes nothing.
#include "gatewayprocess.h"
#include "wire/settings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace holdfast;
using namespace holdfast::test;

class TestGatewayCli : public QObject
{
    Q_OBJECT

private:
    QJsonObject settingsOf(const QString &locationId) const;

    GatewayProcess m_gateway; ///< its store; started only where a test needs HTTP
    QString m_location;

private slots:
    void initTestCase();
    void help_everyCommand_exitsZero_data();
    void help_everyCommand_exitsZero();
    void version_printsProjectVersion();
    void unknownCommandOrMissingData_exit2();
    void locationAdd_printsOnlyTheId();
    void locationAdd_badInput_exit2AndChangesNothing_data();
    void locationAdd_badInput_exit2AndChangesNothing();
    void deviceCodeCreate_printsOnlyTheCode();
    void deviceCodeCreate_badTtlOrLocation_isRefused();
    void settingsSet_someValues_changesOnlyThose();
    void settingsSet_invalid_exit2AndChangesNothing_data();
    void settingsSet_invalid_exit2AndChangesNothing();
    void serve_unsafeOrIncompleteOptions_areRefused_data();
    void serve_unsafeOrIncompleteOptions_areRefused();
    void serve_portInUse_exit1();
    void registersPaymentsAndKeys_listAndManage();
};

QJsonObject TestGatewayCli::settingsOf(const QString &locationId) const
{
    const RunResult show = m_gateway.run({u"settings"_s, u"show"_s, u"--location"_s, locationId, u"--json"_s});
    return QJsonDocument::fromJson(show.out).object();
}

void TestGatewayCli::initTestCase()
{
    QVERIFY2(m_gateway.setupError().isEmpty(), qPrintable(m_gateway.setupError()));
    m_location = m_gateway.addLocation(u"CLI store"_s);
    QVERIFY(!m_location.isEmpty());
}

void TestGatewayCli::help_everyCommand_exitsZero_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::newRow("top") << QStringList {u"--help"_s};
    for (const QString &command : {u"serve"_s, u"location add"_s, u"location list"_s, u"device-code create"_s,
                                   u"settings set"_s, u"settings show"_s, u"register list"_s, u"register revoke"_s,
                                   u"payments list"_s, u"keys list"_s, u"keys rotate"_s, u"keys destroy-expired"_s}) {
        QTest::newRow(qPrintable(command)) << (command.split(u' ') << u"--help"_s);
    }
}

void TestGatewayCli::help_everyCommand_exitsZero()
{
    QFETCH(QStringList, command);
    const RunResult result = runProgram(u"holdfast-gateway"_s, command);
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("holdfast-gateway"));
    QVERIFY(result.err.isEmpty());
}

void TestGatewayCli::version_printsProjectVersion()
{
    const RunResult result = runProgram(u"holdfast-gateway"_s, {u"--version"_s});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(QRegularExpression(u"^holdfast-gateway \\d+\\.\\d+\\.\\d+\\n$"_s)
                 .match(QString::fromUtf8(result.out))
                 .hasMatch(),
             result.out.constData());
}

void TestGatewayCli::unknownCommandOrMissingData_exit2()
{
    for (const QStringList &args :
         {QStringList {u"launch"_s}, QStringList {u"location"_s, u"remove"_s}, QStringList {},
          QStringList {u"location"_s, u"list"_s}, // no --data
          QStringList {u"location"_s, u"list"_s, u"--data"_s, m_gateway.store().dataDir, u"--frobnicate"_s}}) {
        const RunResult result = runProgram(u"holdfast-gateway"_s, args);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(!result.err.isEmpty());
        QVERIFY(result.out.isEmpty());
    }
}

void TestGatewayCli::locationAdd_printsOnlyTheId()
{
    const RunResult result
        = m_gateway.run({u"location"_s, u"add"_s, u"Rue Sainte-Catherine"_s, u"--currency"_s, u"EUR"_s});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(QRegularExpression(u"^loc_[a-z0-9]{12}\\n$"_s).match(QString::fromUtf8(result.out)).hasMatch(),
             result.out.constData());
    const QString id = QString::fromUtf8(result.out).trimmed();
    const RunResult list = m_gateway.run({u"location"_s, u"list"_s, u"--json"_s});
    const QJsonArray locations = QJsonDocument::fromJson(list.out).array();
    QVERIFY(std::any_of(locations.begin(), locations.end(), [&](const QJsonValue &v) {
        return v.toObject().value("id"_L1).toString() == id && v.toObject().value("currency"_L1) == u"EUR"_s
            && v.toObject().value("name"_L1) == u"Rue Sainte-Catherine"_s;
    }));
}

void TestGatewayCli::locationAdd_badInput_exit2AndChangesNothing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("unknown currency") << QStringList {u"Shop"_s, u"--currency"_s, u"XYZ"_s};
    QTest::newRow("lower-case currency") << QStringList {u"Shop"_s, u"--currency"_s, u"cad"_s};
    QTest::newRow("no currency") << QStringList {u"Shop"_s};
    QTest::newRow("blank name") << QStringList {u"  "_s, u"--currency"_s, u"CAD"_s};
    QTest::newRow("two names") << QStringList {u"Shop"_s, u"Other"_s, u"--currency"_s, u"CAD"_s};
}

void TestGatewayCli::locationAdd_badInput_exit2AndChangesNothing()
{
    QFETCH(QStringList, args);
    const QByteArray before = m_gateway.run({u"location"_s, u"list"_s, u"--json"_s}).out;
    const QStringList command = QStringList {u"location"_s, u"add"_s} + args;
    const RunResult result = m_gateway.run(command);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY(result.err.startsWith("holdfast-gateway: "));
    QCOMPARE(m_gateway.run({u"location"_s, u"list"_s, u"--json"_s}).out, before);
}

void TestGatewayCli::deviceCodeCreate_printsOnlyTheCode()
{
    for (const QString &ttl : {QString(), u"30m"_s, u"7d"_s}) {
        QStringList args {u"device-code"_s, u"create"_s, u"--location"_s, m_location};
        if (!ttl.isEmpty()) {
            args << u"--ttl"_s << ttl;
        }
        const RunResult result = m_gateway.run(args);
        QCOMPARE(result.exitCode, 0);
        // Upper-case letters and digits without 0 O 1 I L, two groups of four.
        QVERIFY2(QRegularExpression(u"^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{4}-[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{4}\\n$"_s)
                     .match(QString::fromUtf8(result.out))
                     .hasMatch(),
                 result.out.constData());
    }
}

void TestGatewayCli::deviceCodeCreate_badTtlOrLocation_isRefused()
{
    for (const QString &ttl : {u"0h"_s, u"31d"_s, u"24"_s, u"1.5h"_s, u"-1h"_s, u"soon"_s}) {
        const RunResult result
            = m_gateway.run({u"device-code"_s, u"create"_s, u"--location"_s, m_location, u"--ttl"_s, ttl});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.out.isEmpty());
    }
    const RunResult unknown = m_gateway.run({u"device-code"_s, u"create"_s, u"--location"_s, u"loc_nothere"_s});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(unknown.out.isEmpty());
    QVERIFY(unknown.err.contains("location"));
}

void TestGatewayCli::settingsSet_someValues_changesOnlyThose()
{
    const QJsonObject before = settingsOf(m_location);
    QVERIFY(wire::OfflineSettings::fromJson(before).ok());
    const RunResult set = m_gateway.run({u"settings"_s, u"set"_s, u"--location"_s, m_location, u"--total-limit"_s,
                                         u"1500.50"_s, u"--max-count"_s, u"250"_s, u"--accept-window"_s, u"12h"_s});
    QCOMPARE(set.exitCode, 0);
    QJsonObject expected = before;
    expected.insert("totalLimit"_L1, QJsonObject {{"amount"_L1, 150050}, {"currency"_L1, u"CAD"_s}});
    expected.insert("maxCount"_L1, 250);
    expected.insert("acceptWindowMs"_L1, 12 * 3600 * 1000);
    QCOMPARE(settingsOf(m_location), expected);
    const RunResult human = m_gateway.run({u"settings"_s, u"show"_s, u"--location"_s, m_location});
    QVERIFY(human.out.contains("1500.50 CAD"));
    QVERIFY(human.out.contains("12h"));
}

void TestGatewayCli::settingsSet_invalid_exit2AndChangesNothing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("window longer than deadline") << QStringList {u"--accept-window"_s, u"100h"_s};
    QTest::newRow("per-payment above total") << QStringList {u"--per-payment-limit"_s, u"99999.00"_s};
    QTest::newRow("too precise") << QStringList {u"--per-payment-limit"_s, u"10.001"_s};
    QTest::newRow("negative") << QStringList {u"--total-limit"_s, u"-5"_s};
    QTest::newRow("zero count") << QStringList {u"--max-count"_s, u"0"_s};
    QTest::newRow("offline maybe") << QStringList {u"--offline"_s, u"maybe"_s};
    QTest::newRow("bad duration") << QStringList {u"--upload-deadline"_s, u"3 days"_s};
    QTest::newRow("good with bad") << QStringList {u"--max-count"_s, u"10"_s, u"--offline"_s, u"perhaps"_s};
    QTest::newRow("nothing to change") << QStringList {};
}

void TestGatewayCli::settingsSet_invalid_exit2AndChangesNothing()
{
    QFETCH(QStringList, args);
    const QJsonObject before = settingsOf(m_location);
    const QStringList command = QStringList {u"settings"_s, u"set"_s, u"--location"_s, m_location} + args;
    const RunResult result = m_gateway.run(command);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(!result.err.isEmpty());
    QCOMPARE(settingsOf(m_location), before);
}

void TestGatewayCli::serve_unsafeOrIncompleteOptions_areRefused_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("says");
    QTest::newRow("any address") << QStringList {u"--listen"_s, u"0.0.0.0:0"_s, u"--insecure-http"_s}
                                 << "--behind-proxy"_ba;
    QTest::newRow("neither TLS nor plain") << QStringList {u"--listen"_s, u"127.0.0.1:0"_s} << "--insecure-http"_ba;
    QTest::newRow("both TLS and plain") << QStringList {u"--listen"_s,   u"127.0.0.1:0"_s, u"--insecure-http"_s,
                                                        u"--tls-cert"_s, u"c.pem"_s,       u"--tls-key"_s,
                                                        u"k.pem"_s}
                                        << "--insecure-http"_ba;
    QTest::newRow("certificate without key")
        << QStringList {u"--listen"_s, u"127.0.0.1:0"_s, u"--tls-cert"_s, u"c.pem"_s} << "--tls-key"_ba;
    QTest::newRow("bad listen") << QStringList {u"--listen"_s, u"localhost"_s, u"--insecure-http"_s} << "HOST:PORT"_ba;
    QTest::newRow("bad port") << QStringList {u"--listen"_s, u"127.0.0.1:70000"_s, u"--insecure-http"_s}
                              << "HOST:PORT"_ba;
}

void TestGatewayCli::serve_unsafeOrIncompleteOptions_areRefused()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, says);
    const QStringList command = QStringList {u"serve"_s} + args;
    const RunResult result = m_gateway.run(command, 10000);
    QVERIFY(result.finished);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(says), result.err.constData());
    QVERIFY(!result.out.contains("listening on"));
}

void TestGatewayCli::serve_portInUse_exit1()
{
    QTcpServer occupier;
    QVERIFY(occupier.listen(QHostAddress::LocalHost, 0));
    const RunResult result = m_gateway.run(
        {u"serve"_s, u"--insecure-http"_s, u"--listen"_s, u"127.0.0.1:%1"_s.arg(occupier.serverPort())}, 10000);
    QVERIFY(result.finished);
    QCOMPARE(result.exitCode, 1);
    QVERIFY(!result.out.contains("listening on"));
}

void TestGatewayCli::registersPaymentsAndKeys_listAndManage()
{
    QVERIFY(m_gateway.start());
    auto paired = m_gateway.pair(m_gateway.createDeviceCode(m_location), u"Back till"_s);
    QVERIFY(paired);
    paired->currency = u"CAD"_s;
    auto schedule = m_gateway.fetchSchedule(*paired);
    QVERIFY(schedule);

    // register list / revoke
    RunResult result = m_gateway.run({u"register"_s, u"list"_s, u"--json"_s, u"--location"_s, m_location});
    QJsonArray registers = QJsonDocument::fromJson(result.out).array();
    QCOMPARE(registers.size(), 1);
    QCOMPARE(registers[0].toObject().value("registerId"_L1).toString(), paired->registerId);
    QCOMPARE(registers[0].toObject().value("name"_L1).toString(), u"Back till"_s);
    QVERIFY(!registers[0].toObject().contains("revokedAt"_L1));
    QCOMPARE(m_gateway.run({u"register"_s, u"revoke"_s, u"reg_nothere"_s}).exitCode, 1);

    // payments list: what a receipt shows, never the card
    const wire::Payment payment = testpayments::make(*paired, *schedule, testpayments::approve, 1999);
    QCOMPARE(m_gateway.post(u"/v1/payments"_s, payment.toJson(), paired->token).status, 200);
    result = m_gateway.run({u"payments"_s, u"list"_s, u"--json"_s, u"--status"_s, u"PROCESSED"_s});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(!result.out.contains(testpayments::approve));
    QVERIFY(!result.out.contains(payment.envelope.toJson().value("ct"_L1).toString().toLatin1()));
    const QJsonArray rows = QJsonDocument::fromJson(result.out).array();
    QCOMPARE(rows.size(), 1);
    const QJsonObject row = rows[0].toObject();
    for (const auto *member : {"localId", "locationId", "registerId", "amount", "status", "paymentId", "createdAt",
                               "receivedAt", "processedAt"}) {
        QVERIFY2(row.contains(QLatin1StringView(member)), member);
    }
    QCOMPARE(row.value("amount"_L1).toObject(), payment.amount.toJson());
    QCOMPARE(row.value("createdAt"_L1).toInteger(), payment.createdAt);
    QVERIFY(!row.contains("error"_L1));
    QVERIFY(m_gateway.run({u"payments"_s, u"list"_s}).out.contains(payment.localId.toLatin1()));
    QCOMPARE(m_gateway.run({u"payments"_s, u"list"_s, u"--status"_s, u"DONE"_s}).exitCode, 2);

    // keys list / rotate / destroy-expired
    result = m_gateway.run({u"keys"_s, u"list"_s, u"--json"_s});
    QJsonArray keys = QJsonDocument::fromJson(result.out).array();
    QCOMPARE(keys.size(), schedule->keys().size());
    QCOMPARE(keys.last().toObject().value("kid"_L1).toString(), schedule->keys().first().kid); // newest day first
    QCOMPARE(keys.last().toObject().value("state"_L1).toString(), u"current"_s);
    QVERIFY(!result.out.contains("private"));
    result = m_gateway.run({u"keys"_s, u"rotate"_s});
    QCOMPARE(result.exitCode, 0);
    keys = QJsonDocument::fromJson(m_gateway.run({u"keys"_s, u"list"_s, u"--json"_s}).out).array();
    const auto replaced = std::count_if(keys.begin(), keys.end(), [](const QJsonValue &k) {
        return k.toObject().value("state"_L1).toString() == "replaced"_L1;
    });
    QCOMPARE(replaced, schedule->keys().size() - 1);
    result = m_gateway.run({u"keys"_s, u"destroy-expired"_s});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.isEmpty()); // nothing is old enough
    // The register's new schedule still verifies, with new keys for the coming days.
    auto rotated = m_gateway.fetchSchedule(*paired);
    QVERIFY(rotated);
    QCOMPARE(rotated->keys().first(), schedule->keys().first());
    QVERIFY(rotated->keys().at(1).kid != schedule->keys().at(1).kid);

    QCOMPARE(m_gateway.run({u"register"_s, u"revoke"_s, paired->registerId}).exitCode, 0);
    QCOMPARE(m_gateway.get(u"/v1/keys"_s, paired->token).status, 401);
}

QTEST_GUILESS_MAIN(TestGatewayCli)
#include "tst_gateway_cli.moc"
