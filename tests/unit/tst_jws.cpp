#include "common/base64url.h"
#include "crypto/jws.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace holdfast;
using namespace holdfast::crypto;

namespace {

// RFC 8037 appendix A.1 (the Ed25519 private key) and A.4 (the signed example).
const QByteArray rfcPrivate = base64url::decode(QByteArrayView("nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A")).value();
const QByteArray rfcPublic = base64url::decode(QByteArrayView("11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo")).value();
const QByteArray rfcPayload = "Example of Ed25519 signing";
const QString rfcJws = u"eyJhbGciOiJFZERTQSJ9.RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc."
                       "hgyY0il_MGCjP0JzlnLWG1PPOt7-09PGcvMg3AIbQR6dWbhijcNR4ki4iylGjg5BhVsPt9g7sVvpAr_MuM0KAg"_s;

QString withPart(const QString &jws, int index, const QByteArray &bytes)
{
    QStringList parts = jws.split(u'.');
    parts[index] = base64url::encodeToString(bytes);
    return parts.join(u'.');
}

} // namespace

class TestJws : public QObject
{
    Q_OBJECT

private slots:
    void keyPair_rfc8037_publicKeyMatches();
    void sign_rfc8037Example_isByteExact();
    void verify_rfc8037Example_returnsPayload();
    void jwk_rfc8037_thumbprintAndRoundTrip();
    void jwk_notEd25519Public_isRefused_data();
    void jwk_notEd25519Public_isRefused();
    void verify_anyTamperedCharacter_fails();
    void verify_wrongSigner_fails();
    void verify_badHeaderOrShape_isRefused_data();
    void verify_badHeaderOrShape_isRefused();
};

void TestJws::keyPair_rfc8037_publicKeyMatches()
{
    const auto key = Ed25519KeyPair::fromPrivateKey(rfcPrivate);
    QVERIFY(key.ok());
    QCOMPARE(key->publicKey(), rfcPublic);
}

void TestJws::sign_rfc8037Example_isByteExact()
{
    const auto jws = jws::sign(rfcPayload, Ed25519KeyPair::fromPrivateKey(rfcPrivate).value());
    QVERIFY(jws.ok());
    QCOMPARE(jws.value(), rfcJws);
}

void TestJws::verify_rfc8037Example_returnsPayload()
{
    const auto payload = jws::verify(rfcJws, rfcPublic);
    QVERIFY(payload.ok());
    QCOMPARE(payload.value(), rfcPayload);
}

void TestJws::jwk_rfc8037_thumbprintAndRoundTrip()
{
    // RFC 8037 appendix A.3.
    QCOMPARE(jwk::thumbprint(rfcPublic), u"kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k"_s);
    const QJsonObject jwk = jwk::fromEd25519PublicKey(rfcPublic);
    QCOMPARE(jwk.value("x"_L1).toString(), u"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"_s);
    QCOMPARE(jwk::toEd25519PublicKey(jwk).value(), rfcPublic);
}

void TestJws::jwk_notEd25519Public_isRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("private member") << QByteArray(
        R"({"kty":"OKP","crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo","d":"nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A"})");
    QTest::newRow("X25519 curve") << QByteArray(
        R"({"kty":"OKP","crv":"X25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"})");
    QTest::newRow("EC key") << QByteArray(R"({"kty":"EC","crv":"P-256","x":"AA","y":"AA"})");
    QTest::newRow("short x") << QByteArray(R"({"kty":"OKP","crv":"Ed25519","x":"11qYAYKxCrfVS_7T"})");
    QTest::newRow("no x") << QByteArray(R"({"kty":"OKP","crv":"Ed25519"})");
}

void TestJws::jwk_notEd25519Public_isRefused()
{
    QFETCH(QByteArray, json);
    const auto key = jwk::toEd25519PublicKey(QJsonDocument::fromJson(json).object());
    QVERIFY(!key.ok());
    QCOMPARE(key.error().code, u"jwk_invalid"_s);
}

void TestJws::verify_anyTamperedCharacter_fails()
{
    for (qsizetype i = 0; i < rfcJws.size(); ++i) {
        if (rfcJws.at(i) == u'.') {
            continue;
        }
        QString tampered = rfcJws;
        tampered[i] = rfcJws.at(i) == u'A' ? u'B' : u'A';
        QVERIFY2(!jws::verify(tampered, rfcPublic).ok(), qPrintable(u"character %1"_s.arg(i)));
    }
}

void TestJws::verify_wrongSigner_fails()
{
    const Ed25519KeyPair other = Ed25519KeyPair::generate().value();
    const auto result = jws::verify(rfcJws, other.publicKey());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, u"jws_signature_invalid"_s);
    // And a document signed by the other key does not pass for the RFC key.
    const QString forged = jws::sign(rfcPayload, other).value();
    QCOMPARE(jws::verify(forged, rfcPublic).error().code, u"jws_signature_invalid"_s);
}

void TestJws::verify_badHeaderOrShape_isRefused_data()
{
    QTest::addColumn<QString>("jws");
    QTest::addColumn<QString>("code");
    QTest::newRow("alg none") << withPart(rfcJws, 0, R"({"alg":"none"})") << u"jws_unsupported"_s;
    QTest::newRow("alg HS256") << withPart(rfcJws, 0, R"({"alg":"HS256"})") << u"jws_unsupported"_s;
    QTest::newRow("crit") << withPart(rfcJws, 0, R"({"alg":"EdDSA","crit":["b64"],"b64":false})")
                          << u"jws_unsupported"_s;
    QTest::newRow("header not json") << withPart(rfcJws, 0, "alg") << u"jws_malformed"_s;
    QTest::newRow("two parts") << rfcJws.section(u'.', 0, 1) << u"jws_malformed"_s;
    QTest::newRow("four parts") << rfcJws + u".AA"_s << u"jws_malformed"_s;
    QTest::newRow("padded signature") << rfcJws + u"=="_s << u"jws_malformed"_s;
    QTest::newRow("empty") << QString() << u"jws_malformed"_s;
}

void TestJws::verify_badHeaderOrShape_isRefused()
{
    QFETCH(QString, jws);
    QFETCH(QString, code);
    const auto result = jws::verify(jws, rfcPublic);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, code);
}

QTEST_GUILESS_MAIN(TestJws)
#include "tst_jws.moc"
