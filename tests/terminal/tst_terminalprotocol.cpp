// The terminal protocol's JSON rules, and the simulator's small parts that need no process.
#include "commandline.h"
#include "pairing.h"
#include "wire/terminalprotocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace holdfast;
namespace wt = holdfast::wire::terminal;
using holdfast::simulator::Pairing;

class TestTerminalProtocol : public QObject
{
    Q_OBJECT

private slots:
    void paymentRequest_roundTrips();
    void paymentAnswer_strict_data();
    void paymentAnswer_strict();
    void sale_completedNeedsResult();
    void pairAnswer_certificateMustBeLowerHex();
    void errorBody_roundTrips();
    void pairing_codesAreReadableAndOneTime();
    void pairing_expiredCodeSaysExpired();
    void duration_parses_data();
    void duration_parses();
    void listen_parses_data();
    void listen_parses();
};

void TestTerminalProtocol::paymentRequest_roundTrips()
{
    wt::PaymentRequest request;
    request.saleId = u"sale-1"_s;
    request.amount = Money::fromMinor(500, u"CAD").value();
    request.localId = u"0b7c1f4e-6a61-4b8e-9d7e-2f3a4c5d6e7f"_s;
    request.locationId = u"loc"_s;
    request.registerId = u"reg"_s;
    request.createdAt = 1767225600000;
    request.kid = u"2026-01-01"_s;
    request.publicKey = QByteArray(32, '\x09');
    request.offline = true;
    request.allowedEntryMethods = {crypto::EntryMethod::Chip};
    request.timeoutMs = 1000;
    const auto back = wt::PaymentRequest::fromJson(request.toJson());
    QVERIFY(back.ok());
    QCOMPARE(back.value(), request);
    auto longer = request;
    longer.timeoutMs = 2000;
    QVERIFY(request.isSameSale(longer));
    longer.offline = false;
    QVERIFY(!request.isSameSale(longer));
}

void TestTerminalProtocol::paymentAnswer_strict_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("valid");
    const QByteArray envelope
        = R"({"kid":"k","enc":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA","ct":"AAAAAAAAAAAAAAAAAAAAAAAA"})";
    QTest::newRow("cancelled") << QByteArray(R"({"result":"CANCELLED"})") << true;
    QTest::newRow("timeout") << QByteArray(R"({"result":"TIMEOUT"})") << true;
    QTest::newRow("unknown result") << QByteArray(R"({"result":"APPROVED"})") << false;
    QTest::newRow("cancelled with extra") << QByteArray(R"({"result":"CANCELLED","last4":"4242"})") << false;
    QTest::newRow("not allowed") << QByteArray(R"({"result":"NOT_ALLOWED_OFFLINE","reason":"interac_offline"})")
                                 << true;
    QTest::newRow("not allowed, no reason") << QByteArray(R"({"result":"NOT_ALLOWED_OFFLINE"})") << false;
    QTest::newRow("card read") << R"({"result":"CARD_READ","envelope":)" + envelope
            + R"(,"entryMethod":"CHIP","brand":"VISA","last4":"4242","cvm":"PIN"})"
                               << true;
    QTest::newRow("card read, pan") << R"({"result":"CARD_READ","envelope":)" + envelope
            + R"(,"entryMethod":"CHIP","brand":"VISA","last4":"4242","cvm":"PIN","pan":"4242424242424242"})"
                                    << false;
    QTest::newRow("card read, 5 digits") << R"({"result":"CARD_READ","envelope":)" + envelope
            + R"(,"entryMethod":"CHIP","brand":"VISA","last4":"42424","cvm":"PIN"})"
                                         << false;
    QTest::newRow("card read, no envelope")
        << QByteArray(R"({"result":"CARD_READ","entryMethod":"CHIP","brand":"VISA","last4":"4242","cvm":"PIN"})")
        << false;
}

void TestTerminalProtocol::paymentAnswer_strict()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, valid);
    const auto answer = wt::PaymentAnswer::fromJson(QJsonDocument::fromJson(json).object());
    QCOMPARE(answer.ok(), valid);
    if (valid) {
        QCOMPARE(answer->toJson(), QJsonDocument::fromJson(json).object());
    } else {
        QCOMPARE(answer.error().code, u"terminal_message_malformed"_s);
    }
}

void TestTerminalProtocol::sale_completedNeedsResult()
{
    QVERIFY(wt::Sale::fromJson(QJsonObject {{"saleId"_L1, u"s"_s}, {"state"_L1, u"UNKNOWN"_s}}).ok());
    QVERIFY(!wt::Sale::fromJson(QJsonObject {{"saleId"_L1, u"s"_s}, {"state"_L1, u"COMPLETED"_s}}).ok());
    QVERIFY(wt::Sale::fromJson(QJsonObject {{"saleId"_L1, u"s"_s},
                                            {"state"_L1, u"COMPLETED"_s},
                                            {"result"_L1, QJsonObject {{"result"_L1, u"TIMEOUT"_s}}}})
                .ok());
    QVERIFY(!wt::Sale::fromJson(QJsonObject {{"saleId"_L1, u"s/1"_s}, {"state"_L1, u"UNKNOWN"_s}}).ok());
}

void TestTerminalProtocol::pairAnswer_certificateMustBeLowerHex()
{
    wt::PairAnswer answer {u"term-1"_s, QString(43, u'a'), QString(64, u'f'), u"Holdfast Simulator"_s};
    QVERIFY(wt::PairAnswer::fromJson(answer.toJson()).ok());
    answer.certSha256 = QString(64, u'F');
    QVERIFY(!wt::PairAnswer::fromJson(answer.toJson()).ok());
    answer.certSha256 = QString(63, u'f');
    QVERIFY(!wt::PairAnswer::fromJson(answer.toJson()).ok());
}

void TestTerminalProtocol::errorBody_roundTrips()
{
    const Error error {u"terminal_busy"_s, u"Busy."_s};
    QCOMPARE(wt::errorFromBody(QJsonDocument(wt::errorBody(error)).toJson()), error);
    QVERIFY(!wt::errorFromBody("{\"result\":\"CANCELLED\"}").has_value());
    QVERIFY(!wt::errorFromBody("<html>").has_value());
}

void TestTerminalProtocol::pairing_codesAreReadableAndOneTime()
{
    QTemporaryDir dir;
    auto pairing = Pairing::load(dir.path());
    QVERIFY(pairing.ok());
    std::unique_ptr<Pairing> owner(pairing.value());
    static const QRegularExpression format(u"^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$"_s);
    QSet<QString> codes;
    for (int i = 0; i < 200; ++i) {
        const QString code = owner->issueCode(std::chrono::minutes(10));
        QVERIFY2(format.match(code).hasMatch(), qPrintable(code));
        codes.insert(code);
    }
    QVERIFY(codes.size() > 195); // random, not a sequence
    QVERIFY(!owner->isPaired());
    const QString code = owner->issueCode(std::chrono::minutes(10));
    const auto secret = owner->pair(code);
    QVERIFY(secret.ok());
    QVERIFY(owner->authorize(QByteArray("Bearer " + secret->toLatin1())));
    QVERIFY(!owner->authorize(QByteArray("Bearer " + secret->toLatin1() + "x")));
    QVERIFY(!owner->authorize(secret->toLatin1()));
    QCOMPARE(owner->pair(code).error().code, u"pairing_code_invalid"_s);

    // A new process on the same folder knows the register, not the secret.
    auto reloaded = Pairing::load(dir.path());
    QVERIFY(reloaded.ok());
    std::unique_ptr<Pairing> second(reloaded.value());
    QVERIFY(second->isPaired());
    QVERIFY(second->authorize(QByteArray("Bearer " + secret->toLatin1())));
}

void TestTerminalProtocol::pairing_expiredCodeSaysExpired()
{
    QTemporaryDir dir;
    std::unique_ptr<Pairing> pairing(Pairing::load(dir.path()).value());
    QSignalSpy expired(pairing.get(), &Pairing::codeExpired);
    const QString code = pairing->issueCode(std::chrono::milliseconds(50));
    QVERIFY(expired.wait(5000));
    QVERIFY(pairing->activeCode().isEmpty());
    QCOMPARE(pairing->pair(u"2222-2222"_s).error().code, u"pairing_code_invalid"_s);
    QCOMPARE(pairing->pair(code).error().code, u"pairing_code_expired"_s);
    QVERIFY(!pairing->isPaired());
}

void TestTerminalProtocol::duration_parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("ms");
    QTest::newRow("ms") << u"250ms"_s << qint64(250);
    QTest::newRow("s") << u"30s"_s << qint64(30000);
    QTest::newRow("m") << u"10m"_s << qint64(600000);
    QTest::newRow("h") << u"1h"_s << qint64(3600000);
    QTest::newRow("bare seconds") << u"5"_s << qint64(5000);
    QTest::newRow("negative") << u"-5s"_s << qint64(-1);
    QTest::newRow("word") << u"soon"_s << qint64(-1);
    QTest::newRow("unit only") << u"ms"_s << qint64(-1);
    QTest::newRow("too long") << u"10000h"_s << qint64(-1);
}

void TestTerminalProtocol::duration_parses()
{
    QFETCH(QString, text);
    QFETCH(qint64, ms);
    const auto duration = simulator::parseDuration(text);
    QCOMPARE(duration.ok(), ms >= 0);
    if (ms >= 0) {
        QCOMPARE(duration->count(), ms);
    }
}

void TestTerminalProtocol::listen_parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("port");
    QTest::newRow("ipv4") << u"127.0.0.1:0"_s << u"127.0.0.1"_s << 0;
    QTest::newRow("ipv6") << u"[::1]:8443"_s << u"::1"_s << 8443;
    QTest::newRow("localhost") << u"localhost:8443"_s << u"127.0.0.1"_s << 8443;
    QTest::newRow("no port") << u"127.0.0.1"_s << QString() << -1;
    QTest::newRow("name") << u"terminal.local:8443"_s << QString() << -1;
    QTest::newRow("port too big") << u"127.0.0.1:65536"_s << QString() << -1;
}

void TestTerminalProtocol::listen_parses()
{
    QFETCH(QString, text);
    QFETCH(QString, address);
    QFETCH(int, port);
    const auto listen = simulator::parseListen(text);
    QCOMPARE(listen.ok(), port >= 0);
    if (port >= 0) {
        QCOMPARE(listen->first.toString(), address);
        QCOMPARE(int(listen->second), port);
    }
}

QTEST_GUILESS_MAIN(TestTerminalProtocol)
#include "tst_terminalprotocol.moc"
