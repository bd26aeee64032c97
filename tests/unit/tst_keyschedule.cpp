#include "common/base64url.h"
#include "crypto/keyschedule.h"
#include "crypto/x25519.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace holdfast;
using namespace holdfast::crypto;

namespace {

constexpr qint64 day = KeySchedule::dayMs;
constexpr qint64 midnight = 1795305600000; // 2026-11-22T00:00:00Z
constexpr qint64 noon = midnight + day / 2;

QList<ScheduleKey> dailyKeys(qint64 firstMidnight, int days)
{
    QList<ScheduleKey> keys;
    for (int i = 0; i < days; ++i) {
        const qint64 start = firstMidnight + i * day;
        keys.append({u"day-%1"_s.arg(i), X25519KeyPair::generate()->publicKey(), start, start + day});
    }
    return keys;
}

KeySchedule schedule(int days = 4, qint64 firstMidnight = midnight)
{
    return KeySchedule::create(u"gateway-test"_s, firstMidnight, dailyKeys(firstMidnight, days)).value();
}

} // namespace

class TestKeySchedule : public QObject
{
    Q_OBJECT

private:
    Ed25519KeyPair m_signer = Ed25519KeyPair::generate().value();

private slots:
    void verify_freshSchedule_isAccepted();
    void keyAt_dayBoundaries_pickTheRightKey();
    void verify_expired_isRefused();
    void verify_notYetValid_isRefused();
    void verify_wrongSigner_isRefused();
    void verify_tamperedPayload_isRefused();
    void verify_missingFutureDays_isRefused();
    void verify_gapBetweenDays_isRefused();
    void create_overlapsOrDuplicates_areRefused();
    void fromPayload_extraOrMissingMembers_areRefused_data();
    void fromPayload_extraOrMissingMembers_areRefused();
};

void TestKeySchedule::verify_freshSchedule_isAccepted()
{
    const KeySchedule original = schedule();
    const QString jws = original.sign(m_signer).value();
    const auto verified = KeySchedule::verify(jws, m_signer.publicKey(), noon);
    QVERIFY2(verified.ok(), qPrintable(verified ? QString() : verified.error().message));
    QCOMPARE(verified.value(), original);
}

void TestKeySchedule::keyAt_dayBoundaries_pickTheRightKey()
{
    const KeySchedule s = schedule();
    QCOMPARE(s.keyAt(midnight)->kid, u"day-0"_s);
    QCOMPARE(s.keyAt(midnight + day - 1)->kid, u"day-0"_s);
    QCOMPARE(s.keyAt(midnight + day)->kid, u"day-1"_s); // rotation exactly at midnight
    QCOMPARE(s.keyAt(midnight + 4 * day - 1)->kid, u"day-3"_s);
    QVERIFY(!s.keyAt(midnight + 4 * day).has_value());
    QVERIFY(!s.keyAt(midnight - 1).has_value());
    QCOMPARE(s.keyById(u"day-2")->notBefore, midnight + 2 * day);
}

void TestKeySchedule::verify_expired_isRefused()
{
    const QString jws = schedule().sign(m_signer).value();
    const auto result = KeySchedule::verify(jws, m_signer.publicKey(), midnight + 4 * day, 0);
    QCOMPARE(result.error().code, u"schedule_expired"_s);
}

void TestKeySchedule::verify_notYetValid_isRefused()
{
    const QString jws = schedule().sign(m_signer).value();
    QCOMPARE(KeySchedule::verify(jws, m_signer.publicKey(), midnight - 1).error().code, u"schedule_not_yet_valid"_s);
    // issuedAt far ahead of this register's clock
    const KeySchedule future
        = KeySchedule::create(u"gateway-test"_s, noon + KeySchedule::clockSkewMs + 1, dailyKeys(midnight, 4)).value();
    QCOMPARE(KeySchedule::verify(future.sign(m_signer).value(), m_signer.publicKey(), noon).error().code,
             u"schedule_not_yet_valid"_s);
}

void TestKeySchedule::verify_wrongSigner_isRefused()
{
    const Ed25519KeyPair impostor = Ed25519KeyPair::generate().value();
    const QString jws = schedule().sign(impostor).value();
    QCOMPARE(KeySchedule::verify(jws, m_signer.publicKey(), noon).error().code, u"schedule_signature_invalid"_s);
}

void TestKeySchedule::verify_tamperedPayload_isRefused()
{
    // Swap in an attacker's public key for today but keep the gateway's signature.
    const KeySchedule genuine = schedule();
    QList<ScheduleKey> keys = genuine.keys();
    keys[0].publicKey = X25519KeyPair::generate()->publicKey();
    const KeySchedule evil = KeySchedule::create(genuine.issuer(), genuine.issuedAt(), keys).value();
    QStringList parts = genuine.sign(m_signer)->split(u'.');
    parts[1] = base64url::encodeToString(evil.toPayload());
    QCOMPARE(KeySchedule::verify(parts.join(u'.'), m_signer.publicKey(), noon).error().code,
             u"schedule_signature_invalid"_s);
}

void TestKeySchedule::verify_missingFutureDays_isRefused()
{
    const QString jws = schedule(3).sign(m_signer).value(); // today + 2 days only
    QCOMPARE(KeySchedule::verify(jws, m_signer.publicKey(), noon).error().code, u"schedule_missing_future_days"_s);
    // A cached schedule still seals for the days it has.
    QVERIFY(KeySchedule::verify(jws, m_signer.publicKey(), noon, 0).ok());
}

void TestKeySchedule::verify_gapBetweenDays_isRefused()
{
    QList<ScheduleKey> keys = dailyKeys(midnight, 5);
    keys.removeAt(2);
    const KeySchedule gappy = KeySchedule::create(u"gateway-test"_s, midnight, keys).value();
    QCOMPARE(KeySchedule::verify(gappy.sign(m_signer).value(), m_signer.publicKey(), noon).error().code,
             u"schedule_missing_future_days"_s);
}

void TestKeySchedule::create_overlapsOrDuplicates_areRefused()
{
    QList<ScheduleKey> overlapping = dailyKeys(midnight, 4);
    overlapping[1].notBefore -= 1;
    QCOMPARE(KeySchedule::create(u"g"_s, midnight, overlapping).error().code, u"schedule_malformed"_s);

    QList<ScheduleKey> duplicate = dailyKeys(midnight, 4);
    duplicate[3].kid = duplicate[0].kid;
    QCOMPARE(KeySchedule::create(u"g"_s, midnight, duplicate).error().code, u"schedule_malformed"_s);

    QList<ScheduleKey> backwards = dailyKeys(midnight, 1);
    std::swap(backwards[0].notBefore, backwards[0].notAfter);
    QCOMPARE(KeySchedule::create(u"g"_s, midnight, backwards).error().code, u"schedule_malformed"_s);
    QCOMPARE(KeySchedule::create(u"g"_s, midnight, {}).error().code, u"schedule_malformed"_s);
}

void TestKeySchedule::fromPayload_extraOrMissingMembers_areRefused_data()
{
    const QByteArray pub = base64url::encode(QByteArray(32, 'k'));
    QTest::addColumn<QByteArray>("payload");
    QTest::newRow("extra top-level") << QByteArray(R"({"issuer":"g","issuedAt":1,"keys":[],"x":1})");
    QTest::newRow("no keys") << QByteArray(R"({"issuer":"g","issuedAt":1,"keys":[]})");
    QTest::newRow("fractional time") << QByteArray(R"({"issuer":"g","issuedAt":1.5,"keys":[{"kid":"a","pub":")" + pub
                                                   + R"(","notBefore":0,"notAfter":10}]})");
    QTest::newRow("extra key member") << QByteArray(R"({"issuer":"g","issuedAt":1,"keys":[{"kid":"a","pub":")" + pub
                                                    + R"(","notBefore":0,"notAfter":10,"priv":"x"}]})");
    QTest::newRow("short pub") << QByteArray(
        R"({"issuer":"g","issuedAt":1,"keys":[{"kid":"a","pub":"AAAA","notBefore":0,"notAfter":10}]})");
    QTest::newRow("not json") << QByteArray("{issuer");
}

void TestKeySchedule::fromPayload_extraOrMissingMembers_areRefused()
{
    QFETCH(QByteArray, payload);
    QCOMPARE(KeySchedule::fromPayload(payload).error().code, u"schedule_malformed"_s);
}

QTEST_GUILESS_MAIN(TestKeySchedule)
#include "tst_keyschedule.moc"
