// The gateway's HTTP API around payments: health, pairing, authentication, routing, limits,
// keys, settings and TLS, against a real holdfast-gateway process.
#include "crypto/keyschedule.h"
#include "gatewayprocess.h"
#include "wire/settings.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace holdfast;
using namespace holdfast::test;

class TestGatewayApi : public QObject
{
    Q_OBJECT

private:
    GatewayProcess m_gateway;
    PairedRegister m_register;

private slots:
    void initTestCase();
    void health_withoutToken_answersOkAndServerTime();
    void pair_validCode_returnsTokenAndSigningKey();
    void pair_codeTypedLowerCaseWithoutDash_works();
    void pair_usedUnknownOrMalformedCode_isRefusedAlike_data();
    void pair_usedUnknownOrMalformedCode_isRefusedAlike();
    void pair_missingFieldsOrBadName_is400();
    void pair_registersRacingForOneCode_exactlyOneWins();
    void auth_missingUnknownOrRevokedToken_is401_data();
    void auth_missingUnknownOrRevokedToken_is401();
    void routing_unknownPath_is404();
    void routing_wrongMethod_is405WithAllow_data();
    void routing_wrongMethod_is405WithAllow();
    void body_overOneMebibyte_is413();
    void body_malformedJson_is400_data();
    void body_malformedJson_is400();
    void keys_schedule_verifiesWithPinnedKeyAndCoversComingDays();
    void settings_newLocation_hasDefaults();
    void settings_afterSettingsSet_servesTheChange();
    void tls_certificateGiven_servesHttps();
};

void TestGatewayApi::initTestCase()
{
    QVERIFY2(m_gateway.setupError().isEmpty(), qPrintable(m_gateway.setupError()));
    QVERIFY2(m_gateway.start(), m_gateway.process().output().constData());
    QVERIFY(m_gateway.url().toString().startsWith("http://127.0.0.1:"_L1));
    auto paired = m_gateway.pairNewRegister();
    QVERIFY(paired);
    m_register = *paired;
}

void TestGatewayApi::health_withoutToken_answersOkAndServerTime()
{
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const HttpReply reply = m_gateway.get(u"/v1/health"_s);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value("status"_L1).toString(), u"ok"_s);
    const qint64 serverTime = reply.json().value("serverTime"_L1).toInteger();
    QVERIFY(serverTime >= before && serverTime <= QDateTime::currentMSecsSinceEpoch());
}

void TestGatewayApi::pair_validCode_returnsTokenAndSigningKey()
{
    const QString location = m_gateway.addLocation(u"Pairing store"_s);
    QVERIFY(!location.isEmpty());
    const QString code = m_gateway.createDeviceCode(location);
    QVERIFY2(QRegularExpression(u"^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$"_s).match(code).hasMatch(), qPrintable(code));

    const HttpReply reply
        = m_gateway.post(u"/v1/pair"_s, QJsonObject {{"deviceCode"_L1, code}, {"registerName"_L1, u"Front till"_s}});
    QCOMPARE(reply.status, 200);
    const QJsonObject json = reply.json();
    QCOMPARE(json.value("locationId"_L1).toString(), location);
    QVERIFY(wire::isValidIdentifier(json.value("registerId"_L1).toString()));
    QCOMPARE(json.value("token"_L1).toString().size(), 43); // 32 bytes, base64url
    QVERIFY(crypto::jwk::toEd25519PublicKey(json.value("signingKey"_L1).toObject()).ok());
    QVERIFY(json.value("serverTime"_L1).toInteger() > 0);

    // The token works, and it is the signing key the schedule is signed with.
    PairedRegister paired {json.value("registerId"_L1).toString(),
                           location,
                           json.value("token"_L1).toString(),
                           u"CAD"_s,
                           {},
                           crypto::jwk::toEd25519PublicKey(json.value("signingKey"_L1).toObject()).value(),
                           0};
    QString error;
    QVERIFY2(m_gateway.fetchSchedule(paired, &error), qPrintable(error));
    // The register shows up for the operator, and the token never does.
    const RunResult list = m_gateway.run({u"register"_s, u"list"_s, u"--json"_s, u"--location"_s, location});
    QCOMPARE(list.exitCode, 0);
    QVERIFY(list.out.contains("Front till"));
    QVERIFY(!list.out.contains(paired.token.toLatin1()));
}

void TestGatewayApi::pair_codeTypedLowerCaseWithoutDash_works()
{
    const QString code = m_gateway.createDeviceCode(m_register.locationId);
    QVERIFY(!code.isEmpty());
    const QString typed = u"  "_s + code.toLower().remove(u'-') + u" "_s;
    QVERIFY(m_gateway.pair(typed, u"Till typed by hand"_s));
}

void TestGatewayApi::pair_usedUnknownOrMalformedCode_isRefusedAlike_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("used") << u"used"_s;
    QTest::newRow("unknown") << u"unknown"_s;
    QTest::newRow("look-alike characters") << u"malformed"_s;
    // Expiry needs time to pass: tst_gateway_lifecycle covers it with a manual clock.
}

void TestGatewayApi::pair_usedUnknownOrMalformedCode_isRefusedAlike()
{
    QFETCH(QString, kind);
    QString code;
    if (kind == "used"_L1) {
        code = m_gateway.createDeviceCode(m_register.locationId);
        QVERIFY(m_gateway.pair(code));
    } else if (kind == "unknown"_L1) {
        code = u"ABCD-EFGH"_s;
    } else {
        code = u"O0I1-L0O1"_s;
    }
    const HttpReply reply
        = m_gateway.post(u"/v1/pair"_s, QJsonObject {{"deviceCode"_L1, code}, {"registerName"_L1, u"Late till"_s}});
    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.errorCode(), u"device_code_invalid"_s);
    QVERIFY(!reply.body.contains("token"));
}

void TestGatewayApi::pair_missingFieldsOrBadName_is400()
{
    const QString code = m_gateway.createDeviceCode(m_register.locationId);
    const QList<QJsonObject> bodies {
        QJsonObject {{"deviceCode"_L1, code}}, QJsonObject {{"deviceCode"_L1, code}, {"registerName"_L1, 7}},
        QJsonObject {{"deviceCode"_L1, code}, {"registerName"_L1, u"   "_s}},
        QJsonObject {{"deviceCode"_L1, code}, {"registerName"_L1, u"x"_s}, {"extra"_L1, true}}};
    for (const QJsonObject &body : bodies) {
        const HttpReply reply = m_gateway.post(u"/v1/pair"_s, body);
        QCOMPARE(reply.status, 400);
        QVERIFY(!reply.errorCode().isEmpty());
    }
    // None of those used the code up.
    QVERIFY(m_gateway.pair(code));
}

void TestGatewayApi::pair_registersRacingForOneCode_exactlyOneWins()
{
    const QString code = m_gateway.createDeviceCode(m_register.locationId);
    QList<HttpCall> calls;
    for (int i = 0; i < 6; ++i) {
        const QJsonObject body {{"deviceCode"_L1, code}, {"registerName"_L1, u"Racer %1"_s.arg(i)}};
        calls.append({"POST", m_gateway.url(u"/v1/pair"_s), QJsonDocument(body).toJson(), {}});
    }
    const QList<HttpReply> replies = m_gateway.http().sendAll(calls);
    int won = 0;
    for (const HttpReply &reply : replies) {
        QVERIFY2(reply.status == 200 || reply.status == 403, reply.body.constData());
        won += reply.status == 200 ? 1 : 0;
    }
    QCOMPARE(won, 1);
}

void TestGatewayApi::auth_missingUnknownOrRevokedToken_is401_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("path");
    for (const QString &kind : {u"missing"_s, u"garbage"_s, u"unknown"_s, u"revoked"_s}) {
        QTest::addRow("%s keys", qPrintable(kind)) << kind << u"/v1/keys"_s;
        QTest::addRow("%s settings", qPrintable(kind)) << kind << u"/v1/settings"_s;
        QTest::addRow("%s status", qPrintable(kind)) << kind << u"/v1/payments/status"_s;
    }
}

void TestGatewayApi::auth_missingUnknownOrRevokedToken_is401()
{
    QFETCH(QString, kind);
    QFETCH(QString, path);
    QString token;
    if (kind == "garbage"_L1) {
        token = u"not a token"_s;
    } else if (kind == "unknown"_L1) {
        token = m_register.token; // right shape, wrong bytes
        token[0] = token[0] == u'A' ? u'B' : u'A';
    } else if (kind == "revoked"_L1) {
        auto doomed = m_gateway.pair(m_gateway.createDeviceCode(m_register.locationId), u"Doomed till"_s);
        QVERIFY(doomed);
        QCOMPARE(m_gateway.get(u"/v1/settings"_s, doomed->token).status, 200);
        QCOMPARE(m_gateway.run({u"register"_s, u"revoke"_s, doomed->registerId}).exitCode, 0);
        token = doomed->token;
    }
    const HttpReply reply = path.endsWith("status"_L1)
        ? m_gateway.post(path, QJsonObject {{"localIds"_L1, QJsonArray {}}}, token)
        : m_gateway.get(path, token);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.errorCode(), u"unauthorized"_s);
    QCOMPARE(reply.header("WWW-Authenticate"), "Bearer"_ba);
}

void TestGatewayApi::routing_unknownPath_is404()
{
    for (const QString &path : {u"/"_s, u"/v1"_s, u"/v2/health"_s, u"/v1/payments/batch/extra"_s}) {
        const HttpReply reply = m_gateway.get(path, m_register.token);
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.errorCode(), u"not_found"_s);
    }
}

void TestGatewayApi::routing_wrongMethod_is405WithAllow_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("allowed");
    QTest::newRow("POST health") << "POST"_ba << u"/v1/health"_s << "GET"_ba;
    QTest::newRow("GET pair") << "GET"_ba << u"/v1/pair"_s << "POST"_ba;
    QTest::newRow("DELETE keys") << "DELETE"_ba << u"/v1/keys"_s << "GET"_ba;
    QTest::newRow("GET payments") << "GET"_ba << u"/v1/payments"_s << "POST"_ba;
    QTest::newRow("PUT batch") << "PUT"_ba << u"/v1/payments/batch"_s << "POST"_ba;
    QTest::newRow("GET void") << "GET"_ba << u"/v1/payments/0f8fad5b-d9cb-469f-a165-70867728950e/void"_s << "POST"_ba;
}

void TestGatewayApi::routing_wrongMethod_is405WithAllow()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, allowed);
    const HttpReply reply = m_gateway.http().send({method, m_gateway.url(path), "{}", m_register.token});
    QCOMPARE(reply.status, 405);
    QCOMPARE(reply.errorCode(), u"method_not_allowed"_s);
    QCOMPARE(reply.header("Allow"), allowed);
}

void TestGatewayApi::body_overOneMebibyte_is413()
{
    // Exactly 1 MiB is within the limit (and is not JSON); one byte more is refused unread.
    const QByteArray limit(1024 * 1024, 'x');
    QCOMPARE(m_gateway.post(u"/v1/payments/batch"_s, limit, m_register.token).status, 400);
    const HttpReply reply = m_gateway.post(u"/v1/payments/batch"_s, limit + 'x', m_register.token);
    QCOMPARE(reply.status, 413);
    QCOMPARE(reply.errorCode(), u"body_too_large"_s);
    // Refused before authentication too: no database work for an oversized body.
    QCOMPARE(m_gateway.post(u"/v1/pair"_s, limit + 'x').status, 413);
}

void TestGatewayApi::body_malformedJson_is400_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    for (const QString &path : {u"/v1/pair"_s, u"/v1/payments"_s, u"/v1/payments/batch"_s, u"/v1/payments/status"_s}) {
        QTest::addRow("%s truncated", qPrintable(path)) << path << R"({"localIds":[)"_ba;
        QTest::addRow("%s array", qPrintable(path)) << path << "[]"_ba;
        QTest::addRow("%s empty", qPrintable(path)) << path << QByteArray();
        QTest::addRow("%s not json", qPrintable(path)) << path << "hello"_ba;
    }
}

void TestGatewayApi::body_malformedJson_is400()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    const HttpReply reply = m_gateway.post(path, body, m_register.token);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), u"bad_json"_s);
    QVERIFY(!reply.json().value("error"_L1).toObject().value("detail"_L1).toString().isEmpty());
}

void TestGatewayApi::keys_schedule_verifiesWithPinnedKeyAndCoversComingDays()
{
    const HttpReply reply = m_gateway.get(u"/v1/keys"_s, m_register.token);
    QCOMPARE(reply.status, 200);
    const QString jws = reply.json().value("jws"_L1).toString();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto schedule = crypto::KeySchedule::verify(jws, m_register.signingKey, now);
    QVERIFY2(schedule, qPrintable(schedule ? QString() : schedule.error().code));
    // Today's key (UTC day) and at least the next three days, one key per day, readable kids.
    constexpr qint64 day = crypto::KeySchedule::dayMs;
    const qint64 today = now - now % day;
    QVERIFY(schedule->keys().size() >= 4);
    for (qsizetype i = 0; i < schedule->keys().size(); ++i) {
        const auto &key = schedule->keys().at(i);
        QCOMPARE(key.notBefore, today + i * day);
        QCOMPARE(key.notAfter, key.notBefore + day);
        const QString date = QDateTime::fromMSecsSinceEpoch(key.notBefore, Qt::UTC).toString(u"yyyy-MM-dd"_s);
        QVERIFY2(QRegularExpression(u"^%1\\.[a-z0-9]{6}$"_s.arg(date)).match(key.kid).hasMatch(), qPrintable(key.kid));
    }
    QVERIFY(crypto::KeySchedule::verify(jws, m_register.signingKey, now, 3 * day).ok());
    // Another gateway's key does not verify it.
    QVERIFY(!crypto::KeySchedule::verify(jws, crypto::Ed25519KeyPair::generate()->publicKey(), now).ok());
}

void TestGatewayApi::settings_newLocation_hasDefaults()
{
    auto paired = m_gateway.pair(m_gateway.createDeviceCode(m_gateway.addLocation(u"Yen shop"_s, u"JPY"_s)));
    QVERIFY(paired);
    const HttpReply reply = m_gateway.get(u"/v1/settings"_s, paired->token);
    QCOMPARE(reply.status, 200);
    auto settings = wire::OfflineSettings::fromJson(reply.json());
    QVERIFY2(settings, reply.body.constData());
    auto expected = wire::OfflineSettings::defaults(paired->locationId, u"Yen shop"_s, u"JPY"_s);
    expected.serverTime = settings->serverTime;
    QCOMPARE(settings.value(), expected);
    QVERIFY(settings->serverTime > 0);
}

void TestGatewayApi::settings_afterSettingsSet_servesTheChange()
{
    const RunResult set
        = m_gateway.run({u"settings"_s, u"set"_s, u"--location"_s, m_register.locationId, u"--offline"_s, u"off"_s,
                         u"--per-payment-limit"_s, u"50.00"_s, u"--upload-deadline"_s, u"48h"_s});
    QVERIFY2(set.exitCode == 0, set.err.constData());
    const HttpReply reply = m_gateway.get(u"/v1/settings"_s, m_register.token);
    auto settings = wire::OfflineSettings::fromJson(reply.json());
    QVERIFY(settings);
    QCOMPARE(settings->offlineAllowed, false);
    QCOMPARE(settings->perPaymentLimit.minor(), 5000);
    QCOMPARE(settings->uploadDeadlineMs, 48 * wire::OfflineSettings::hourMs);
    QCOMPARE(settings->totalLimit.minor(), 200000); // untouched
    QCOMPARE(m_gateway
                 .run({u"settings"_s, u"set"_s, u"--location"_s, m_register.locationId, u"--offline"_s, u"on"_s,
                       u"--upload-deadline"_s, u"72h"_s})
                 .exitCode,
             0);
}

void TestGatewayApi::tls_certificateGiven_servesHttps()
{
    QTemporaryDir dir;
    const QString cert = dir.filePath(u"cert.pem"_s);
    const QString key = dir.filePath(u"key.pem"_s);
    QProcess openssl;
    openssl.start(u"openssl"_s,
                  {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s,
                   u"-nodes"_s, u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=127.0.0.1"_s, u"-addext"_s,
                   u"subjectAltName=IP:127.0.0.1"_s, u"-keyout"_s, key, u"-out"_s, cert});
    QVERIFY(openssl.waitForFinished(30000));
    QCOMPARE(openssl.exitCode(), 0);

    GatewayProcess tls(m_gateway.store());
    QVERIFY2(tls.start({u"--tls-cert"_s, cert, u"--tls-key"_s, key}), tls.process().output().constData());
    QCOMPARE(tls.url().scheme(), u"https"_s);
    tls.http().setCaCertificates(QSslCertificate::fromPath(cert));
    const HttpReply reply = tls.get(u"/v1/settings"_s, m_register.token);
    QCOMPARE(reply.status, 200);
    // Plain HTTP to the TLS port gets no API answer.
    QUrl plain = tls.url(u"/v1/health"_s);
    plain.setScheme(u"http"_s);
    QCOMPARE(m_gateway.http().send({"GET", plain, {}, {}}, 5000).status == 200, false);
}

QTEST_GUILESS_MAIN(TestGatewayApi)
#include "tst_gateway_api.moc"
