#include "crypto/cardseal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace holdfast::crypto;

namespace {

PaymentBinding sampleBinding(const QString &kid)
{
    return {u"0b7c1f4e-6a61-4b8e-9d7e-2f3a4c5d6e7f"_s, u"loc-1"_s, u"reg-7"_s, 1234, u"CAD"_s, 1767225600000, kid};
}

CardData visa()
{
    return CardData::create("4242424242424242", "12/29", EntryMethod::Chip, Cvm::Pin).value();
}

} // namespace

class TestCardSeal : public QObject
{
    Q_OBJECT

private slots:
    void create_invalidInput_namesFieldNotValue_data();
    void create_invalidInput_namesFieldNotValue();
    void plaintext_isDesignFormat_andRoundTrips();
    void brand_fromLeadingDigits_data();
    void brand_fromLeadingDigits();
    void buildAad_isDesignFormat();
    void buildAad_separatorInField_isRefused();
    void seal_thenOpen_returnsCard();
    void open_anyBoundFieldChanged_fails_data();
    void open_anyBoundFieldChanged_fails();
    void envelope_json_roundTrips();
    void envelope_fromJson_strict_data();
    void envelope_fromJson_strict();
};

void TestCardSeal::create_invalidInput_namesFieldNotValue_data()
{
    QTest::addColumn<QByteArray>("pan");
    QTest::addColumn<QByteArray>("expiry");
    QTest::addColumn<QString>("code");
    QTest::newRow("luhn") << QByteArray("4242424242424241") << QByteArray("12/29") << u"card_number_invalid"_s;
    QTest::newRow("short") << QByteArray("42424242424") << QByteArray("12/29") << u"card_number_invalid"_s;
    QTest::newRow("letters") << QByteArray("4242a24242424242") << QByteArray("12/29") << u"card_number_invalid"_s;
    QTest::newRow("month 13") << QByteArray("4242424242424242") << QByteArray("13/29") << u"card_expiry_invalid"_s;
    QTest::newRow("month 00") << QByteArray("4242424242424242") << QByteArray("00/29") << u"card_expiry_invalid"_s;
    QTest::newRow("no slash") << QByteArray("4242424242424242") << QByteArray("1229") << u"card_expiry_invalid"_s;
}

void TestCardSeal::create_invalidInput_namesFieldNotValue()
{
    QFETCH(QByteArray, pan);
    QFETCH(QByteArray, expiry);
    QFETCH(QString, code);
    const auto card = CardData::create(pan, expiry, EntryMethod::Keyed, Cvm::None);
    QVERIFY(!card.ok());
    QCOMPARE(card.error().code, code);
    QVERIFY(!card.error().message.contains(QString::fromLatin1(pan)));
    QVERIFY(!card.error().message.contains(QString::fromLatin1(expiry)));
}

void TestCardSeal::plaintext_isDesignFormat_andRoundTrips()
{
    const SecretBytes plaintext = visa().toPlaintext();
    QCOMPARE(plaintext.view().toByteArray(), R"({"pan":"4242424242424242","exp":"12/29","entry":"CHIP","cvm":"PIN"})");
    const auto back = CardData::fromPlaintext(plaintext.view());
    QVERIFY(back.ok());
    QCOMPARE(back->pan().toByteArray(), "4242424242424242");
    QCOMPARE(back->expiry().toByteArray(), "12/29");
    QCOMPARE(back->entryMethod(), EntryMethod::Chip);
    QCOMPARE(back->cvm(), Cvm::Pin);
    QCOMPARE(back->last4(), u"4242"_s);
}

void TestCardSeal::brand_fromLeadingDigits_data()
{
    QTest::addColumn<QByteArray>("pan");
    QTest::addColumn<QString>("brand");
    QTest::newRow("visa") << QByteArray("4000000000000002") << u"VISA"_s;
    QTest::newRow("mastercard 5") << QByteArray("5555555555554444") << u"MASTERCARD"_s;
    QTest::newRow("mastercard 2") << QByteArray("2223003122003222") << u"MASTERCARD"_s;
    QTest::newRow("amex") << QByteArray("378282246310005") << u"AMEX"_s;
    QTest::newRow("discover") << QByteArray("6011111111111117") << u"DISCOVER"_s;
    QTest::newRow("other") << QByteArray("9999999999999995") << u"UNKNOWN"_s;
}

void TestCardSeal::brand_fromLeadingDigits()
{
    QFETCH(QByteArray, pan);
    QFETCH(QString, brand);
    QCOMPARE(CardData::create(pan, "01/30", EntryMethod::Keyed, Cvm::None)->brand(), brand);
}

void TestCardSeal::buildAad_isDesignFormat()
{
    const auto aad = buildAad(sampleBinding(u"2026-11-22"_s));
    QVERIFY(aad.ok());
    QCOMPARE(aad.value(),
             "holdfast-v1|0b7c1f4e-6a61-4b8e-9d7e-2f3a4c5d6e7f|loc-1|reg-7|1234|CAD|1767225600000|2026-11-22");
}

void TestCardSeal::buildAad_separatorInField_isRefused()
{
    PaymentBinding binding = sampleBinding(u"k1"_s);
    binding.registerId = u"reg|7"_s;
    QCOMPARE(buildAad(binding).error().code, u"aad_field_invalid"_s);
    binding = sampleBinding(u"k1"_s);
    binding.locationId.clear();
    QCOMPARE(buildAad(binding).error().code, u"aad_field_invalid"_s);
}

void TestCardSeal::seal_thenOpen_returnsCard()
{
    const X25519KeyPair daily = X25519KeyPair::generate().value();
    const auto envelope = cardseal::seal(visa(), daily.publicKey(), sampleBinding(u"k1"_s));
    QVERIFY(envelope.ok());
    QCOMPARE(envelope->kid, u"k1"_s);
    QVERIFY(!envelope->ct.contains("4242424242424242"));
    const auto card = cardseal::open(envelope.value(), daily, sampleBinding(u"k1"_s));
    QVERIFY(card.ok());
    QCOMPARE(card->pan().toByteArray(), "4242424242424242");
}

void TestCardSeal::open_anyBoundFieldChanged_fails_data()
{
    QTest::addColumn<int>("field");
    const char *names[] = {"localId", "locationId", "registerId", "amount", "currency", "createdAt", "kid"};
    for (int i = 0; i < 7; ++i) {
        QTest::newRow(names[i]) << i;
    }
}

void TestCardSeal::open_anyBoundFieldChanged_fails()
{
    QFETCH(int, field);
    const X25519KeyPair daily = X25519KeyPair::generate().value();
    Envelope envelope = cardseal::seal(visa(), daily.publicKey(), sampleBinding(u"k1"_s)).value();
    PaymentBinding changed = sampleBinding(u"k1"_s);
    switch (field) {
    case 0:
        changed.localId = u"0b7c1f4e-6a61-4b8e-9d7e-2f3a4c5d6e70"_s;
        break;
    case 1:
        changed.locationId = u"loc-2"_s;
        break;
    case 2:
        changed.registerId = u"reg-8"_s;
        break;
    case 3:
        changed.amountMinor = 1235;
        break;
    case 4:
        changed.currency = u"USD"_s;
        break;
    case 5:
        changed.createdAtMs += 1;
        break;
    case 6:
        changed.kid = envelope.kid = u"k2"_s;
        break; // relabelled envelope, same key
    }
    const auto card = cardseal::open(envelope, daily, changed);
    QVERIFY(!card.ok());
    QCOMPARE(card.error().code, u"seal_open_failed"_s);
}

void TestCardSeal::envelope_json_roundTrips()
{
    const X25519KeyPair daily = X25519KeyPair::generate().value();
    const Envelope envelope = cardseal::seal(visa(), daily.publicKey(), sampleBinding(u"k1"_s)).value();
    const QJsonObject json = envelope.toJson();
    QCOMPARE(json.keys(), QStringList({u"ct"_s, u"enc"_s, u"kid"_s}));
    QVERIFY(!json.value("enc"_L1).toString().contains(u'='));
    QCOMPARE(Envelope::fromJson(json).value(), envelope);
}

void TestCardSeal::envelope_fromJson_strict_data()
{
    const QString enc = u"N_2jVnvb1ijohmjDyNfpfR0SU7bU6m1EwVD3QfG_RDE"_s; // 32 bytes
    const QString ct = u"-ThVi11y8aI4ELS-KrT4QzGswC_Je6vFOlKughijValtSHcKyD0HvqJ-E8US"_s;
    QTest::addColumn<QByteArray>("json");
    const auto row = [](const char *name, const QString &text) {
        QTest::newRow(name) << text.toUtf8();
    };
    row("valid control", uR"({"kid":"k1","enc":"%1","ct":"%2"})"_s.arg(enc, ct));
    row("not an object", uR"(["k1"])"_s);
    row("missing ct", uR"({"kid":"k1","enc":"%1"})"_s.arg(enc));
    row("extra member", uR"({"kid":"k1","enc":"%1","ct":"%2","pan":"x"})"_s.arg(enc, ct));
    row("bad kid", uR"({"kid":"k 1","enc":"%1","ct":"%2"})"_s.arg(enc, ct));
    row("empty kid", uR"({"kid":"","enc":"%1","ct":"%2"})"_s.arg(enc, ct));
    row("short enc", uR"({"kid":"k1","enc":"%1","ct":"%2"})"_s.arg(enc.left(40), ct));
    row("padded enc", uR"({"kid":"k1","enc":"%1=","ct":"%2"})"_s.arg(enc, ct));
    row("ct shorter than a tag", uR"({"kid":"k1","enc":"%1","ct":"AAAA"})"_s.arg(enc));
    row("ct not base64url", uR"({"kid":"k1","enc":"%1","ct":"%2+"})"_s.arg(enc, ct));
    row("numeric kid", uR"({"kid":1,"enc":"%1","ct":"%2"})"_s.arg(enc, ct));
    row("huge ct", uR"({"kid":"k1","enc":"%1","ct":"%2"})"_s.arg(enc, QString(2000, u'A')));
}

void TestCardSeal::envelope_fromJson_strict()
{
    QFETCH(QByteArray, json);
    const QJsonDocument document = QJsonDocument::fromJson(json);
    QVERIFY(!document.isNull());
    const auto envelope
        = Envelope::fromJson(document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()));
    const bool control = QByteArray(QTest::currentDataTag()) == "valid control";
    QCOMPARE(envelope.ok(), control);
    if (control) {
        return;
    }
    QCOMPARE(envelope.error().code, u"envelope_malformed"_s);
}

QTEST_GUILESS_MAIN(TestCardSeal)
#include "tst_cardseal.moc"
