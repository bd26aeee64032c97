#include "crypto/cardseal.h"
#include "wire/payment.h"
#include "wire/settings.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace holdfast;
using namespace holdfast::wire;

namespace {

Payment samplePayment()
{
    Payment payment;
    payment.localId = u"5f0c9a1e-2b3d-4c5e-8f70-112233445566"_s;
    payment.locationId = u"loc_main"_s;
    payment.registerId = u"reg_1"_s;
    payment.amount = Money::fromMinor(2599, u"CAD").value();
    payment.createdAt = 1795305600000;
    payment.entryMethod = crypto::EntryMethod::Contactless;
    payment.brand = u"VISA"_s;
    payment.last4 = u"4242"_s;
    payment.mode = PaymentMode::Offline;
    const auto daily = crypto::X25519KeyPair::generate().value();
    payment.envelope.kid = u"k1"_s;
    const auto card
        = crypto::CardData::create("4242424242424242", "12/29", crypto::EntryMethod::Contactless, crypto::Cvm::None);
    payment.envelope = crypto::cardseal::seal(card.value(), daily.publicKey(), payment.binding()).value();
    return payment;
}

} // namespace

class TestWire : public QObject
{
    Q_OBJECT

private slots:
    void payment_roundTrips();
    void payment_canonicalJson_dependsOnContentOnly();
    void payment_malformed_isRefused_data();
    void payment_malformed_isRefused();
    void result_roundTrips();
    void settings_roundTrips();
    void settings_inconsistent_isRefused_data();
    void settings_inconsistent_isRefused();
};

void TestWire::payment_roundTrips()
{
    const Payment payment = samplePayment();
    const auto back = Payment::fromJson(payment.toJson());
    QVERIFY2(back.ok(), qPrintable(back ? QString() : back.error().message));
    QCOMPARE(back.value(), payment);
}

void TestWire::payment_canonicalJson_dependsOnContentOnly()
{
    const Payment payment = samplePayment();
    Payment copy = Payment::fromJson(payment.toJson()).value();
    QCOMPARE(copy.canonicalJson(), payment.canonicalJson());
    copy.last4 = u"0000"_s;
    QVERIFY(copy.canonicalJson() != payment.canonicalJson());
}

void TestWire::payment_malformed_isRefused_data()
{
    QTest::addColumn<QString>("member");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("code");
    QTest::newRow("upper-case uuid") << u"localId"_s << QJsonValue(u"5F0C9A1E-2B3D-4C5E-8F70-112233445566"_s)
                                     << u"payment_malformed"_s;
    QTest::newRow("braced uuid") << u"localId"_s << QJsonValue(u"{5f0c9a1e-2b3d-4c5e-8f70-112233445566}"_s)
                                 << u"payment_malformed"_s;
    QTest::newRow("pipe in location") << u"locationId"_s << QJsonValue(u"loc|x"_s) << u"payment_malformed"_s;
    QTest::newRow("zero amount") << u"amount"_s << QJsonValue(QJsonObject {{"amount"_L1, 0}, {"currency"_L1, "CAD"_L1}})
                                 << u"payment_malformed"_s;
    QTest::newRow("float amount") << u"amount"_s
                                  << QJsonValue(QJsonObject {{"amount"_L1, 25.99}, {"currency"_L1, "CAD"_L1}})
                                  << u"money_malformed"_s;
    QTest::newRow("createdAt string") << u"createdAt"_s << QJsonValue(u"1795305600000"_s) << u"payment_malformed"_s;
    QTest::newRow("unknown entry") << u"entryMethod"_s << QJsonValue(u"NFC"_s) << u"payment_malformed"_s;
    QTest::newRow("lower mode") << u"mode"_s << QJsonValue(u"offline"_s) << u"payment_malformed"_s;
    QTest::newRow("five digits") << u"last4"_s << QJsonValue(u"42424"_s) << u"payment_malformed"_s;
    QTest::newRow("envelope string") << u"envelope"_s << QJsonValue(u"x"_s) << u"envelope_malformed"_s;
    QTest::newRow("extra pan") << u"pan"_s << QJsonValue(u"4242424242424242"_s) << u"payment_malformed"_s;
}

void TestWire::payment_malformed_isRefused()
{
    QFETCH(QString, member);
    QFETCH(QJsonValue, value);
    QFETCH(QString, code);
    QJsonObject json = samplePayment().toJson();
    json.insert(member, value);
    const auto payment = Payment::fromJson(json);
    QVERIFY(!payment.ok());
    QCOMPARE(payment.error().code, code);
}

void TestWire::result_roundTrips()
{
    PaymentResult result {u"5f0c9a1e-2b3d-4c5e-8f70-112233445566"_s, ResultStatus::FailedToProcess, u"pay_1"_s,
                          Error {u"card_declined"_s, u"The card was declined."_s}};
    QCOMPARE(PaymentResult::fromJson(result.toJson()).value(), result);
    QCOMPARE(result.toJson().value("status"_L1).toString(), u"FAILED_TO_PROCESS"_s);
}

void TestWire::settings_roundTrips()
{
    OfflineSettings settings = OfflineSettings::defaults(u"loc_main"_s, u"Main Street"_s, u"CAD"_s);
    settings.serverTime = 1795305600000;
    QCOMPARE(settings.perPaymentLimit.minor(), 10000);
    QCOMPARE(settings.totalLimit.minor(), 200000);
    QCOMPARE(OfflineSettings::fromJson(settings.toJson()).value(), settings);
}

void TestWire::settings_inconsistent_isRefused_data()
{
    QTest::addColumn<QString>("member");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("limit in USD") << u"perPaymentLimit"_s
                                  << QJsonValue(QJsonObject {{"amount"_L1, 100}, {"currency"_L1, "USD"_L1}});
    QTest::newRow("window beyond deadline") << u"acceptWindowMs"_s << QJsonValue(qint64(100) * 3600 * 1000);
    QTest::newRow("zero count") << u"maxCount"_s << QJsonValue(0);
    QTest::newRow("unknown method") << u"offlineEntryMethods"_s << QJsonValue(QJsonArray {u"TELEPATHY"_s});
    QTest::newRow("offline as string") << u"offlineAllowed"_s << QJsonValue(u"yes"_s);
}

void TestWire::settings_inconsistent_isRefused()
{
    QFETCH(QString, member);
    QFETCH(QJsonValue, value);
    QJsonObject json = OfflineSettings::defaults(u"loc_main"_s, u"Main"_s, u"CAD"_s).toJson();
    json.insert(member, value);
    QCOMPARE(OfflineSettings::fromJson(json).error().code, u"settings_malformed"_s);
}

QTEST_GUILESS_MAIN(TestWire)
#include "tst_wire.moc"
