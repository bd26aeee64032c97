// Time-dependent gateway behaviour, in-process with a manual clock so that tests cross midnight
// and jump past key destruction without sleeping: the daily key schedule, key destruction,
// `keys rotate`, device-code expiry, and the key-encrypting key's protections.
#include "gateway.h"
#include "gatewayprocess.h"
#include "inprocessgateway.h"
#include "keys/kek.h"
#include "keys/keymanager.h"
#include "manualclock.h"
#include "platform/clock.h"
#include "store/registerstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace holdfast;
using namespace holdfast::gateway;
using namespace holdfast::test;

namespace {

constexpr qint64 day = crypto::KeySchedule::dayMs;
constexpr qint64 hour = 60 * 60 * 1000;
constexpr qint64 midnight = 1795305600000; // 2026-11-22T00:00:00Z

} // namespace

class TestGatewayLifecycle : public QObject
{
    Q_OBJECT

private:
    /// A fresh in-process gateway on the store under test, its clock at `startMs`.
    std::unique_ptr<InProcessGateway> open(qint64 startMs);
    PairedRegister registerOf(const InProcessGateway &gateway) const;
    QByteArray batchBody(const QList<wire::Payment> &payments) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::ManualClock> m_clock;
    StoreLocation m_location;

private slots:
    void init();
    void schedule_acrossMidnight_rotatesToNextDaysKey();
    void destroyedKey_paymentSealedWithIt_isRejectedKeyDestroyed();
    void destroyExpired_waitsForUploadedPaymentsSealedWithTheKey();
    void rotate_replacesFutureKeys_replacedKeysStillOpen();
    void deviceCode_afterItsTtl_isRefused();
    void kek_wrongKeyOrLoosePermissions_isRefused();
};

std::unique_ptr<InProcessGateway> TestGatewayLifecycle::open(qint64 startMs)
{
    m_clock = std::make_unique<test::ManualClock>(startMs);
    StoreLocation location {m_dir->filePath(u"data"_s), {}};
    if (testingPostgres()) {
        QString error;
        location.databaseUrl = createPostgresDatabase(&error);
        if (location.databaseUrl.isEmpty()) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
    }
    m_location = location;
    auto gateway = InProcessGateway::create(location, *m_clock);
    if (!gateway) {
        qWarning("%s", qPrintable(gateway.error().message));
        return nullptr;
    }
    return std::move(gateway).value();
}

PairedRegister TestGatewayLifecycle::registerOf(const InProcessGateway &gateway) const
{
    PairedRegister paired;
    paired.registerId = gateway.registerId();
    paired.locationId = gateway.locationId();
    paired.token = gateway.token();
    paired.currency = u"CAD"_s;
    paired.signingKey = gateway.signingPublicKey();
    return paired;
}

QByteArray TestGatewayLifecycle::batchBody(const QList<wire::Payment> &list) const
{
    return QJsonDocument(testpayments::batch(list)).toJson(QJsonDocument::Compact);
}

void TestGatewayLifecycle::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestGatewayLifecycle::schedule_acrossMidnight_rotatesToNextDaysKey()
{
    auto gateway = open(midnight + day - 1); // 2026-11-22T23:59:59.999Z
    QVERIFY(gateway);
    const auto verify = [&](qint64 at) {
        m_clock->setWall(at);
        const HttpResponse response = gateway->get(u"/v1/keys"_s);
        return crypto::KeySchedule::verify(response.body.value("jws"_L1).toString(), gateway->signingPublicKey(), at);
    };
    auto before = verify(midnight + day - 1);
    QVERIFY(before);
    QCOMPARE(before->keys().first().notBefore, midnight);
    QVERIFY(before->keys().first().kid.startsWith("2026-11-22."_L1));
    QCOMPARE(before->keys().size(), 1 + KeyManager::daysAhead);
    QCOMPARE(before->keyAt(midnight + day - 1)->kid, before->keys().at(0).kid);

    auto after = verify(midnight + day); // one millisecond later: the 23rd
    QVERIFY(after);
    QCOMPARE(after->keys().first().notBefore, midnight + day);
    // The key registers already hold for the 23rd stays the 23rd's key: no gap, no surprise.
    QCOMPARE(after->keys().first(), before->keys().at(1));
    QCOMPARE(after->keyAt(midnight + day)->kid, before->keys().at(1).kid);
    QCOMPARE(after->keys().last().notBefore, midnight + (1 + KeyManager::daysAhead) * day); // a new day appears
    QVERIFY(after->keys().last().kid.startsWith("2026-11-27."_L1));
    // A schedule is good for days, not for ever: at noon on the 26th it no longer covers three days ahead.
    QVERIFY(!crypto::KeySchedule::verify(gateway->get(u"/v1/keys"_s).body.value("jws"_L1).toString(),
                                         gateway->signingPublicKey(), midnight + 4 * day + day / 2)
                 .ok());
}

void TestGatewayLifecycle::destroyedKey_paymentSealedWithIt_isRejectedKeyDestroyed()
{
    auto gateway = open(midnight + 10 * hour);
    QVERIFY(gateway);
    auto schedule = gateway->schedule();
    QVERIFY(schedule);
    const PairedRegister paired = registerOf(*gateway);
    // Taken offline at 10:00 on the 22nd with that day's key, uploaded far too late.
    const wire::Payment late = testpayments::make(paired, *schedule, testpayments::approve, 900,
                                                  wire::PaymentMode::Offline, midnight + 10 * hour);
    const wire::Payment later = testpayments::make(paired, *schedule, testpayments::approve, 900,
                                                   wire::PaymentMode::Offline, midnight + 11 * hour);
    const QString kid = late.envelope.kid;

    // The key lives until its last day (the 22nd) + 72 h (longest deadline) + 24 h of grace.
    const qint64 destroyAt = KeyManager::destroyAfter(midnight + day, 72 * hour);
    QCOMPARE(destroyAt, midnight + 5 * day);
    m_clock->setWall(destroyAt - 1);
    QVERIFY(gateway->gateway().maintain().ok());
    QVERIFY(gateway->gateway().keys().privateKey(kid).ok());

    m_clock->setWall(destroyAt);
    QVERIFY(gateway->gateway().maintain().ok());
    const auto destroyed = gateway->gateway().keys().privateKey(kid);
    QVERIFY(!destroyed);
    QCOMPARE(destroyed.error().code, u"key_destroyed"_s);

    auto results = gateway->ingestBatch(batchBody({late}));
    QVERIFY(results);
    QCOMPARE(results->first().status, wire::ResultStatus::Rejected);
    QCOMPARE(results->first().error->code, u"key_destroyed"_s);
    const HttpResponse single = gateway->post(u"/v1/payments"_s, QJsonDocument(later.toJson()).toJson());
    QCOMPARE(single.status, 422);
    QCOMPARE(single.body.value("error"_L1).toObject().value("code"_L1).toString(), u"key_destroyed"_s);
    // The operator sees it destroyed; a key never issued is a different refusal.
    const auto keys = gateway->gateway().keys().list();
    QVERIFY(std::any_of(keys->begin(), keys->end(),
                        [&](const SealingKeyInfo &k) { return k.kid == kid && k.destroyedAt == destroyAt; }));
    QCOMPARE(gateway->gateway().keys().privateKey(u"2026-11-22.zzzzzz"_s).error().code, u"unknown_kid"_s);
}

void TestGatewayLifecycle::destroyExpired_waitsForUploadedPaymentsSealedWithTheKey()
{
    auto gateway = open(midnight + 10 * hour);
    QVERIFY(gateway);
    auto schedule = gateway->schedule();
    const wire::Payment payment = testpayments::make(registerOf(*gateway), *schedule, testpayments::approve, 900,
                                                     wire::PaymentMode::Offline, midnight + 10 * hour);
    auto stored = gateway->ingestBatch(batchBody({payment})); // UPLOADED; nobody processed it yet
    QCOMPARE(stored->first().status, wire::ResultStatus::Uploaded);

    m_clock->setWall(midnight + 6 * day);
    auto destroyed = gateway->gateway().destroyExpiredKeys();
    QVERIFY(destroyed);
    QVERIFY(!destroyed->contains(payment.envelope.kid));
    QCOMPARE(gateway->processAll().value(), 1);
    destroyed = gateway->gateway().destroyExpiredKeys();
    QVERIFY(destroyed->contains(payment.envelope.kid));
}

void TestGatewayLifecycle::rotate_replacesFutureKeys_replacedKeysStillOpen()
{
    auto gateway = open(midnight + 9 * hour);
    QVERIFY(gateway);
    auto before = gateway->schedule();
    QVERIFY(before);
    const PairedRegister paired = registerOf(*gateway);
    // A register sealed to tomorrow's key from the old schedule (its clock ran ahead).
    const wire::Payment sealedToOld = testpayments::make(paired, *before, testpayments::approve, 700,
                                                         wire::PaymentMode::Offline, midnight + day + hour);
    QCOMPARE(sealedToOld.envelope.kid, before->keys().at(1).kid);

    QCOMPARE(gateway->gateway().keys().rotate().value(), KeyManager::daysAhead);
    auto after = gateway->schedule();
    QVERIFY(after);
    QCOMPARE(after->keys().size(), before->keys().size());
    QCOMPARE(after->keys().first(), before->keys().first()); // today's key stays
    for (qsizetype i = 1; i < after->keys().size(); ++i) {
        QCOMPARE(after->keys().at(i).notBefore, before->keys().at(i).notBefore);
        QVERIFY(after->keys().at(i).kid != before->keys().at(i).kid);
        QVERIFY(after->keys().at(i).publicKey != before->keys().at(i).publicKey);
    }
    auto results = gateway->ingestBatch(batchBody({sealedToOld}));
    QCOMPARE(results->first().status, wire::ResultStatus::Uploaded);
    QCOMPARE(gateway->processAll().value(), 1);
}

void TestGatewayLifecycle::deviceCode_afterItsTtl_isRefused()
{
    auto gateway = open(midnight);
    QVERIFY(gateway);
    const RegisterStore &registers = gateway->gateway().registers();
    const QString early = registers.createDeviceCode(gateway->locationId(), hour).value();
    const QString late = registers.createDeviceCode(gateway->locationId(), hour).value();
    m_clock->advance(hour - 1);
    QVERIFY(registers.pair(early, u"Just in time"_s).ok());
    m_clock->advance(1);
    const auto expired = registers.pair(late, u"Too late"_s);
    QVERIFY(!expired);
    QCOMPARE(expired.error().code, u"device_code_invalid"_s);
    QCOMPARE(registers.createDeviceCode(gateway->locationId(), 0).error().code, u"ttl_invalid"_s);
}

void TestGatewayLifecycle::kek_wrongKeyOrLoosePermissions_isRefused()
{
    auto gateway = open(midnight);
    QVERIFY(gateway);
    QVERIFY(gateway->schedule().ok());
    const QString kekPath = m_dir->filePath(u"data/kek"_s);
    QCOMPARE(QFile::permissions(kekPath) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    // The wrapped private keys in the database are not the keys themselves.
    const auto kid = gateway->schedule()->keys().first().kid;
    const auto raw = gateway->gateway().keys().privateKey(kid).value().privateKey();
    const auto stored
        = gateway->gateway().database().select(u"SELECT private_key FROM sealing_keys WHERE kid = ?"_s, {kid});
    QVERIFY(!stored->first().first().toByteArray().contains(raw.view().toByteArray()));
    gateway.reset();

    // Another KEK (from the environment) does not open this store.
    qputenv(KeyEncryptionKey::environmentVariable, "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    auto wrong = Gateway::open(m_location, *m_clock);
    qunsetenv(KeyEncryptionKey::environmentVariable);
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().code, u"kek_mismatch"_s);
    // A KEK file others can read is refused outright.
    QFile::setPermissions(kekPath, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
    auto loose = Gateway::open(m_location, *m_clock);
    QVERIFY(!loose);
    QCOMPARE(loose.error().code, u"kek_permissions"_s);
    QFile::setPermissions(kekPath, QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY(Gateway::open(m_location, *m_clock).ok());
}

QTEST_GUILESS_MAIN(TestGatewayLifecycle)
#include "tst_gateway_lifecycle.moc"
