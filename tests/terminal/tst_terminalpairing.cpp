// The simulator's pairing, authentication, identity files and command line, against real processes.
#include "terminalprocess.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QTest>

using namespace Qt::StringLiterals;
using holdfast::test::runProgram;
using holdfast::test::TerminalProcess;

class TestTerminalPairing : public QObject
{
    Q_OBJECT

private slots:
    void start_printsCodeThenListeningLine();
    void start_withWindow_servesToo();
    void pair_withShownCode_answersSecretAndPinnableCertificate_data();
    void pair_withShownCode_answersSecretAndPinnableCertificate();
    void pair_wrongOrUsedCode_isRefused();
    void pair_manyWrongCodes_burnTheCode();
    void pair_expiredCode_isRefused();
    void calls_withoutTheSecret_are401_data();
    void calls_withoutTheSecret_are401();
    void repair_newPairingReplacesPreviousRegister();
    void dataDir_isTheTerminal_keyIsPrivate();
    void commandLine_badArguments_exit2_data();
    void commandLine_badArguments_exit2();
    void commandLine_helpAndVersion();
};

void TestTerminalPairing::start_printsCodeThenListeningLine()
{
    TerminalProcess terminal;
    QVERIFY(terminal.start());
    const QString output = QString::fromUtf8(terminal.output());
    static const QRegularExpression code(u"^pairing code: [2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$"_s,
                                         QRegularExpression::MultilineOption);
    QVERIFY2(code.match(output).hasMatch(), qPrintable(output));
    QVERIFY(output.indexOf(u"pairing code: "_s) < output.indexOf(u"listening on https://127.0.0.1:"_s));
    QCOMPARE(output.count(u"listening on "_s), 1);
    QCOMPARE(terminal.url().scheme(), u"https"_s);
}

void TestTerminalPairing::start_withWindow_servesToo()
{
    TerminalProcess terminal; // offscreen, as every test runs
    QVERIFY(terminal.start({u"--gui"_s}));
    QVERIFY(!terminal.pairingCode().isEmpty());
    QVERIFY(!terminal.pair().isEmpty());
    QCOMPARE(terminal.state(), u"IDLE"_s);
}

void TestTerminalPairing::pair_withShownCode_answersSecretAndPinnableCertificate_data()
{
    QTest::addColumn<bool>("typedLoosely");
    QTest::newRow("as shown") << false;
    QTest::newRow("lower case, no dash") << true;
}

void TestTerminalPairing::pair_withShownCode_answersSecretAndPinnableCertificate()
{
    QFETCH(bool, typedLoosely);
    TerminalProcess terminal;
    QVERIFY(terminal.start());
    QString code = terminal.pairingCode();
    if (typedLoosely) {
        code = code.toLower().remove(u'-');
    }
    const auto paired = terminal.request("POST", u"/v1/pair"_s, QJsonObject {{"pairingCode"_L1, code}}, QByteArray());
    QCOMPARE(paired.status, 200);
    QCOMPARE(paired.body.size(), 4);
    QVERIFY(paired.body["secret"_L1].toString().size() >= 40);
    QCOMPARE(paired.body["model"_L1].toString(), u"Holdfast Simulator"_s);

    // certSha256 is the SHA-256 of the DER certificate: the one on disk and the one the TLS
    // connection actually presented.
    QFile pem(terminal.dataDir() + u"/tls-cert.pem"_s);
    QVERIFY(pem.open(QIODevice::ReadOnly));
    const QSslCertificate onDisk(pem.readAll(), QSsl::Pem);
    const QString expected
        = QString::fromLatin1(QCryptographicHash::hash(onDisk.toDer(), QCryptographicHash::Sha256).toHex());
    QCOMPARE(paired.body["certSha256"_L1].toString(), expected);
    QCOMPARE(paired.certSha256, expected);
    QFile identity(terminal.dataDir() + u"/terminal.json"_s);
    QVERIFY(identity.open(QIODevice::ReadOnly));
    QCOMPARE(paired.body["terminalId"_L1].toString(),
             QJsonDocument::fromJson(identity.readAll())["terminalId"_L1].toString());

    const QByteArray secret = paired.body["secret"_L1].toString().toLatin1();
    QCOMPARE(terminal.request("GET", u"/v1/status"_s, QByteArray(), secret).status, 200);
    QVERIFY(terminal.waitForOutput("paired with a register"));
    QFile pairing(terminal.dataDir() + u"/pairing.json"_s);
    QVERIFY(pairing.open(QIODevice::ReadOnly));
    QVERIFY(!pairing.readAll().contains(secret)); // only its hash is kept
}

void TestTerminalPairing::pair_wrongOrUsedCode_isRefused()
{
    TerminalProcess terminal;
    QVERIFY(terminal.start());
    const QString code = terminal.pairingCode();
    const auto wrong
        = terminal.request("POST", u"/v1/pair"_s, QJsonObject {{"pairingCode"_L1, u"AAAA-AAAA"_s}}, QByteArray());
    QCOMPARE(wrong.status, 403);
    QCOMPARE(wrong.errorCode(), u"pairing_code_invalid"_s);
    const auto malformed = terminal.request("POST", u"/v1/pair"_s, QByteArray("{\"code\":1}"), QByteArray());
    QCOMPARE(malformed.status, 400);
    QCOMPARE(malformed.errorCode(), u"request_invalid"_s);

    QVERIFY(!terminal.pair().isEmpty());
    const auto used = terminal.request("POST", u"/v1/pair"_s, QJsonObject {{"pairingCode"_L1, code}}, QByteArray());
    QCOMPARE(used.status, 403);
    QCOMPARE(used.errorCode(), u"pairing_code_invalid"_s);
}

void TestTerminalPairing::pair_manyWrongCodes_burnTheCode()
{
    TerminalProcess terminal;
    QVERIFY(terminal.start());
    for (int i = 0; i < 10; ++i) {
        terminal.request("POST", u"/v1/pair"_s, QJsonObject {{"pairingCode"_L1, u"2222-2222"_s}}, QByteArray());
    }
    QVERIFY(terminal.pair().isEmpty());
}

void TestTerminalPairing::pair_expiredCode_isRefused()
{
    TerminalProcess terminal;
    QVERIFY(terminal.start({u"--pairing-ttl"_s, u"300ms"_s}));
    QVERIFY(terminal.waitForOutput("pairing code expired"));
    const auto expired = terminal.request("POST", u"/v1/pair"_s,
                                          QJsonObject {{"pairingCode"_L1, terminal.pairingCode()}}, QByteArray());
    QCOMPARE(expired.status, 403);
    QCOMPARE(expired.errorCode(), u"pairing_code_expired"_s);
}

void TestTerminalPairing::calls_withoutTheSecret_are401_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("status") << QByteArray("GET") << u"/v1/status"_s << QByteArray();
    QTest::newRow("payment") << QByteArray("POST") << u"/v1/payment"_s << QByteArray("{}");
    QTest::newRow("abort") << QByteArray("POST") << u"/v1/abort"_s << QByteArray("{\"saleId\":\"s1\"}");
    QTest::newRow("sales") << QByteArray("GET") << u"/v1/sales/s1"_s << QByteArray();
    QTest::newRow("present") << QByteArray("POST") << u"/v1/simulator/present"_s
                             << QByteArray("{\"card\":\"approve\"}");
}

void TestTerminalPairing::calls_withoutTheSecret_are401()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    TerminalProcess terminal;
    QVERIFY(terminal.start());
    QCOMPARE(terminal.request(method, path, body, QByteArray("anything")).status, 401); // not paired yet
    const QByteArray secret = terminal.pair();
    QVERIFY(!secret.isEmpty());
    for (const QByteArray &wrong : {QByteArray(), QByteArray("wrong"), secret.chopped(1), QByteArray(secret + 'x')}) {
        const auto refused = terminal.request(method, path, body, wrong);
        QCOMPARE(refused.status, 401);
        QCOMPARE(refused.errorCode(), u"unauthorized"_s);
    }
    QCOMPARE(terminal.state(), u"IDLE"_s); // nothing was started
}

void TestTerminalPairing::repair_newPairingReplacesPreviousRegister()
{
    TerminalProcess terminal;
    QVERIFY(terminal.start());
    const QByteArray first = terminal.pair();
    terminal.stop();
    QVERIFY(terminal.restart());
    QVERIFY(terminal.pairingCode().isEmpty());
    QVERIFY(terminal.output().contains("--repair"));
    terminal.stop();

    QVERIFY(terminal.restart({u"--repair"_s}));
    QVERIFY(!terminal.pairingCode().isEmpty());
    QCOMPARE(terminal.request("GET", u"/v1/status"_s, QByteArray(), first).status, 200); // until re-paired
    const QByteArray second = terminal.pair();
    QVERIFY(!second.isEmpty() && second != first);
    QCOMPARE(terminal.request("GET", u"/v1/status"_s, QByteArray(), first).status, 401);
    QCOMPARE(terminal.request("GET", u"/v1/status"_s, QByteArray(), second).status, 200);
}

void TestTerminalPairing::dataDir_isTheTerminal_keyIsPrivate()
{
    TerminalProcess a;
    TerminalProcess b;
    QVERIFY(a.start());
    QVERIFY(b.start());
    QVERIFY(a.certSha256() != b.certSha256());
    QCOMPARE(QFile::permissions(a.dataDir() + u"/tls-key.pem"_s),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser);
    QVERIFY(!a.pair().isEmpty());
    QCOMPARE(QFile::permissions(a.dataDir() + u"/pairing.json"_s),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser);
    const QString certificate = a.certSha256();
    a.stop();
    QVERIFY(a.restart());
    QCOMPARE(a.certSha256(), certificate);
}

void TestTerminalPairing::commandLine_badArguments_exit2_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QStringList base {u"--listen"_s, u"127.0.0.1:0"_s, u"--data"_s, u"unused"_s};
    QTest::newRow("no data") << QStringList {u"--listen"_s, u"127.0.0.1:0"_s} << u"--data"_s;
    QTest::newRow("bad listen") << QStringList {u"--listen"_s, u"nowhere"_s, u"--data"_s, u"x"_s} << u"HOST:PORT"_s;
    QTest::newRow("unknown card") << base + QStringList {u"--present"_s, u"approve,gold"_s} << u"approve"_s;
    QTest::newRow("card number not a test card")
        << base + QStringList {u"--present"_s, u"4111111111111111"_s} << u"approve"_s;
    QTest::newRow("bad duration") << base + QStringList {u"--pairing-ttl"_s, u"soon"_s} << u"duration"_s;
    QTest::newRow("card timeout too short") << base + QStringList {u"--card-timeout"_s, u"10ms"_s} << u"100ms"_s;
}

void TestTerminalPairing::commandLine_badArguments_exit2()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const auto run = runProgram(u"holdfast-terminal"_s, arguments);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message.toUtf8()), run.err.constData());
    QVERIFY(!run.err.contains("4111111111111111"));
    QVERIFY(!run.out.contains("listening on"));
}

void TestTerminalPairing::commandLine_helpAndVersion()
{
    const auto help = runProgram(u"holdfast-terminal"_s, {u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    for (const char *option :
         {"--listen", "--data", "--present", "--gui", "--repair", "--pairing-ttl", "--card-timeout"}) {
        QVERIFY2(help.out.contains(option), option);
    }
    const auto version = runProgram(u"holdfast-terminal"_s, {u"--version"_s});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(QRegularExpression(u"^holdfast-terminal \\d+\\.\\d+\\.\\d+"_s)
                .match(QString::fromUtf8(version.out))
                .hasMatch());
}

QTEST_GUILESS_MAIN(TestTerminalPairing)
#include "tst_terminalpairing.moc"
