#include "common/money.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using holdfast::Money;

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void parse_valid_data();
    void parse_valid();
    void parse_invalid_data();
    void parse_invalid();
    void parseLocalized_acceptsLocaleSeparators_data();
    void parseLocalized_acceptsLocaleSeparators();
    void arithmetic_sameCurrency_isExact();
    void arithmetic_overflowOrMismatch_isAnError();
    void compare_differentCurrencies_hasNoOrder();
    void format_followsLocale_data();
    void format_followsLocale();
    void json_roundTrips();
    void json_strict_data();
    void json_strict();
};

void TestMoney::parse_valid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("plain");

    QTest::newRow("cents") << u"12.34"_s << u"CAD"_s << qint64(1234) << u"12.34"_s;
    QTest::newRow("one decimal") << u"12.5"_s << u"CAD"_s << qint64(1250) << u"12.50"_s;
    QTest::newRow("whole") << u"7"_s << u"USD"_s << qint64(700) << u"7.00"_s;
    QTest::newRow("leading point") << u".05"_s << u"EUR"_s << qint64(5) << u"0.05"_s;
    QTest::newRow("negative") << u"-0.99"_s << u"CAD"_s << qint64(-99) << u"-0.99"_s;
    QTest::newRow("spaces trimmed") << u"  3.10 "_s << u"CAD"_s << qint64(310) << u"3.10"_s;
    QTest::newRow("yen has no minor unit") << u"1200"_s << u"JPY"_s << qint64(1200) << u"1200"_s;
    QTest::newRow("dinar has three") << u"1.234"_s << u"KWD"_s << qint64(1234) << u"1.234"_s;
    QTest::newRow("largest") << u"90071992547409.91"_s << u"CAD"_s << Money::maxMinor << u"90071992547409.91"_s;
    QTest::newRow("zero") << u"0"_s << u"CAD"_s << qint64(0) << u"0.00"_s;
}

void TestMoney::parse_valid()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(qint64, minor);
    QFETCH(QString, plain);

    const auto money = Money::parse(text, currency);
    QVERIFY2(money.ok(), qPrintable(money ? QString() : money.error().message));
    QCOMPARE(money->minor(), minor);
    QCOMPARE(money->currency(), currency);
    QCOMPARE(money->toPlainString(), plain);
    QCOMPARE(Money::parse(money->toPlainString(), currency).value(), money.value());
}

void TestMoney::parse_invalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("code");

    QTest::newRow("empty") << u""_s << u"CAD"_s << u"amount_empty"_s;
    QTest::newRow("blank") << u"   "_s << u"CAD"_s << u"amount_empty"_s;
    QTest::newRow("letters") << u"12a"_s << u"CAD"_s << u"amount_invalid"_s;
    QTest::newRow("two points") << u"1.2.3"_s << u"CAD"_s << u"amount_invalid"_s;
    QTest::newRow("comma") << u"12,34"_s << u"CAD"_s << u"amount_invalid"_s;
    QTest::newRow("just a point") << u"."_s << u"CAD"_s << u"amount_invalid"_s;
    QTest::newRow("just a sign") << u"-"_s << u"CAD"_s << u"amount_invalid"_s;
    QTest::newRow("exponent") << u"1e5"_s << u"CAD"_s << u"amount_invalid"_s;
    QTest::newRow("plus sign") << u"+5"_s << u"CAD"_s << u"amount_invalid"_s;
    QTest::newRow("double minus") << u"--5"_s << u"CAD"_s << u"amount_invalid"_s;
    QTest::newRow("too precise") << u"1.234"_s << u"CAD"_s << u"amount_too_precise"_s;
    QTest::newRow("yen fraction") << u"1.5"_s << u"JPY"_s << u"amount_too_precise"_s;
    QTest::newRow("over 2^53") << u"90071992547409.92"_s << u"CAD"_s << u"amount_too_large"_s;
    QTest::newRow("way over") << u"99999999999999999999999"_s << u"CAD"_s << u"amount_too_large"_s;
    QTest::newRow("unknown currency") << u"1.00"_s << u"CDA"_s << u"currency_unknown"_s;
    QTest::newRow("lower-case currency") << u"1.00"_s << u"cad"_s << u"currency_unknown"_s;
}

void TestMoney::parse_invalid()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(QString, code);

    const auto money = Money::parse(text, currency);
    QVERIFY(!money.ok());
    QCOMPARE(money.error().code, code);
    QVERIFY(!money.error().message.isEmpty());
}

void TestMoney::parseLocalized_acceptsLocaleSeparators_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("minor");

    QTest::newRow("fr_CA comma") << u"fr_CA"_s << u"12,34"_s << qint64(1234);
    QTest::newRow("fr_CA grouped") << u"fr_CA"_s << u"1\u00a0234,50"_s << qint64(123450);
    QTest::newRow("en_US grouped") << u"en_US"_s << u"1,234.50"_s << qint64(123450);
    QTest::newRow("es_ES") << u"es_ES"_s << u"1.234,5"_s << qint64(123450);
}

void TestMoney::parseLocalized_acceptsLocaleSeparators()
{
    QFETCH(QString, locale);
    QFETCH(QString, text);
    QFETCH(qint64, minor);

    const auto money = Money::parseLocalized(text, u"CAD", QLocale(locale));
    QVERIFY2(money.ok(), qPrintable(money ? QString() : money.error().message));
    QCOMPARE(money->minor(), minor);
}

void TestMoney::arithmetic_sameCurrency_isExact()
{
    const Money a = Money::parse(u"0.10", u"CAD").value();
    const Money b = Money::parse(u"0.20", u"CAD").value();
    QCOMPARE(a.plus(b)->minor(), 30); // the classic 0.1 + 0.2 that floating point gets wrong
    QCOMPARE(a.minus(b)->minor(), -10);
    QCOMPARE(a.times(3)->minor(), 30);
    QCOMPARE(a.negated().minor(), -10);
}

void TestMoney::arithmetic_overflowOrMismatch_isAnError()
{
    const Money big = Money::fromMinor(Money::maxMinor, u"CAD").value();
    const Money cent = Money::fromMinor(1, u"CAD").value();
    QCOMPARE(big.plus(cent).error().code, u"amount_too_large"_s);
    QCOMPARE(big.negated().minus(cent).error().code, u"amount_too_large"_s);
    QCOMPARE(big.times(std::numeric_limits<qint64>::max()).error().code, u"amount_too_large"_s);
    QCOMPARE(cent.plus(Money::fromMinor(1, u"USD").value()).error().code, u"currency_mismatch"_s);
    QCOMPARE(cent.plus(Money()).error().code, u"currency_mismatch"_s);
    QCOMPARE(Money::fromMinor(Money::maxMinor + 1, u"CAD").error().code, u"amount_too_large"_s);
}

void TestMoney::compare_differentCurrencies_hasNoOrder()
{
    const Money cad = Money::fromMinor(100, u"CAD").value();
    QVERIFY(cad.compare(Money::fromMinor(99, u"CAD").value()) == std::strong_ordering::greater);
    QVERIFY(cad.compare(Money::fromMinor(100, u"CAD").value()) == std::strong_ordering::equal);
    QVERIFY(!cad.compare(Money::fromMinor(100, u"USD").value()).has_value());
}

void TestMoney::format_followsLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("expected");

    QTest::newRow("en_CA") << u"en_CA"_s << qint64(123456) << u"CAD"_s << u"$1,234.56"_s;
    QTest::newRow("fr_CA") << u"fr_CA"_s << qint64(123456) << u"CAD"_s << u"1\u00a0234,56\u00a0$"_s;
    QTest::newRow("en_US negative") << u"en_US"_s << qint64(-5) << u"USD"_s << u"($0.05)"_s;
    QTest::newRow("es_ES euro") << u"es_ES"_s << qint64(1999) << u"EUR"_s << u"19,99\u00a0€"_s;
    QTest::newRow("ja_JP yen") << u"ja_JP"_s << qint64(1200) << u"JPY"_s << u"￥1,200"_s;
    QTest::newRow("foreign code spaced") << u"en_US"_s << qint64(1050) << u"CAD"_s << u"CAD\u00a010.50"_s;
    QTest::newRow("foreign code fr") << u"fr_CA"_s << qint64(1050) << u"USD"_s << u"10,50\u00a0USD"_s;
}

void TestMoney::format_followsLocale()
{
    QFETCH(QString, locale);
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(QString, expected);

    QCOMPARE(Money::fromMinor(minor, currency)->format(QLocale(locale)), expected);
}

void TestMoney::json_roundTrips()
{
    const Money money = Money::fromMinor(Money::maxMinor, u"CAD").value();
    const QByteArray json = QJsonDocument(money.toJson()).toJson(QJsonDocument::Compact);
    QCOMPARE(json, R"({"amount":9007199254740991,"currency":"CAD"})");
    QCOMPARE(Money::fromJson(QJsonDocument::fromJson(json).object()).value(), money);
}

void TestMoney::json_strict_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("code");

    QTest::newRow("fraction") << QByteArray(R"({"amount":12.5,"currency":"CAD"})") << u"money_malformed"_s;
    QTest::newRow("string amount") << QByteArray(R"({"amount":"12","currency":"CAD"})") << u"money_malformed"_s;
    QTest::newRow("missing currency") << QByteArray(R"({"amount":12})") << u"money_malformed"_s;
    QTest::newRow("extra member") << QByteArray(R"({"amount":1,"currency":"CAD","x":1})") << u"money_malformed"_s;
    QTest::newRow("unknown currency") << QByteArray(R"({"amount":1,"currency":"XYZ"})") << u"currency_unknown"_s;
    QTest::newRow("too large") << QByteArray(R"({"amount":9007199254740993,"currency":"CAD"})")
                               << u"amount_too_large"_s;
}

void TestMoney::json_strict()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, code);

    const auto money = Money::fromJson(QJsonDocument::fromJson(json).object());
    QVERIFY(!money.ok());
    QCOMPARE(money.error().code, code);
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
