#include "sales/taxcalc.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace holdfast;
using namespace holdfast::sales;

namespace {

// Rows spell taxes as "GST:50000:standard+prepared-food|QST:99750:standard" and amounts as
// "standard:100,zero-rated:-50" (minor units), so each rounding case reads on one line.
TaxRules rulesFrom(TaxMode mode, const QString &spec)
{
    TaxRules rules;
    rules.mode = mode;
    for (const QString &item : spec.split(u'|', Qt::SkipEmptyParts)) {
        const QStringList parts = item.split(u':');
        rules.taxes.append({parts[0], parts[1].toLongLong(), parts[2].split(u'+')});
    }
    return rules;
}

QList<TaxableAmount> amountsFrom(const QString &spec)
{
    QList<TaxableAmount> amounts;
    for (const QString &item : spec.split(u',', Qt::SkipEmptyParts)) {
        const QStringList parts = item.split(u':');
        amounts.append({parts[0], Money::fromMinor(parts[1].toLongLong(), u"CAD").value()});
    }
    return amounts;
}

QString describe(const QList<TaxLine> &lines)
{
    QStringList parts;
    for (const TaxLine &line : lines) {
        parts << u"%1=%2/%3"_s.arg(line.name).arg(line.amount.minor()).arg(line.base.minor());
    }
    return parts.join(u',');
}

} // namespace

class TestTaxes : public QObject
{
    Q_OBJECT

private slots:
    void computeTaxes_roundsEachTaxOnItsTotal_data();
    void computeTaxes_roundsEachTaxOnItsTotal();
    void computeTaxes_otherCurrency_isRefused();
    void validate_badRules_areRefused_data();
    void validate_badRules_areRefused();
    void json_roundTripsAndIsStrict();
    void formatRatePercent_showsSignificantDigits_data();
    void formatRatePercent_showsSignificantDigits();
};

void TestTaxes::computeTaxes_roundsEachTaxOnItsTotal_data()
{
    QTest::addColumn<bool>("inclusive");
    QTest::addColumn<QString>("taxes");
    QTest::addColumn<QString>("amounts");
    QTest::addColumn<QString>("expected"); // name=tax/base, in order

    const QString gst = u"GST:50000:standard+prepared-food"_s;
    const QString qc = gst + u"|QST:99750:standard+prepared-food"_s;
    // Exclusive: tax = base × rate, half away from zero.
    QTest::newRow("5% of 0.08 = 0.004 rounds down") << false << gst << u"standard:8"_s << u"GST=0/8"_s;
    QTest::newRow("5% of 0.10 = 0.005 rounds up") << false << gst << u"standard:10"_s << u"GST=1/10"_s;
    QTest::newRow("5% of 0.12 = 0.006 rounds up") << false << gst << u"standard:12"_s << u"GST=1/12"_s;
    QTest::newRow("QC 1.00: 0.05 + 0.09975") << false << qc << u"standard:100"_s << u"GST=5/100,QST=10/100"_s;
    QTest::newRow("QC 19.99: QST 1.99400 rounds down")
        << false << qc << u"standard:1999"_s << u"GST=100/1999,QST=199/1999"_s;
    QTest::newRow("QC 20.05: QST 1.99999 rounds up")
        << false << qc << u"standard:2005"_s << u"GST=100/2005,QST=200/2005"_s;
    QTest::newRow("HST 13% of 11.50 = 1.495 rounds up")
        << false << u"HST:130000:standard"_s << u"standard:1150"_s << u"HST=150/1150"_s;
    QTest::newRow("rounded once on the class total, not per line")
        << false << gst << u"standard:10,standard:10"_s << u"GST=1/20"_s;
    QTest::newRow("classes of one tax add up") << false << gst << u"standard:10,prepared-food:10"_s << u"GST=1/20"_s;
    QTest::newRow("zero-rated lines carry no tax")
        << false << qc << u"standard:1000,zero-rated:500"_s << u"GST=50/1000,QST=100/1000"_s;
    QTest::newRow("only zero-rated: no tax line") << false << qc << u"zero-rated:500"_s << u""_s;
    QTest::newRow("empty cart: no tax line") << false << qc << u""_s << u""_s;
    QTest::newRow("return: -0.005 rounds away from zero") << false << gst << u"standard:-10"_s << u"GST=-1/-10"_s;
    QTest::newRow("return: -0.004 rounds to zero") << false << gst << u"standard:-8"_s << u"GST=0/-8"_s;
    QTest::newRow("sale and return net out") << false << gst << u"standard:1000,standard:-1000"_s << u"GST=0/0"_s;
    QTest::newRow("zero rate still listed")
        << false << u"EXEMPT:0:standard"_s << u"standard:999"_s << u"EXEMPT=0/999"_s;

    // Inclusive: tax = gross × rate / (1 + rate), half away from zero.
    const QString vat = u"VAT:200000:standard|VAT0:0:zero-rated"_s;
    QTest::newRow("VAT 20% of 12.00 gross = 2.00") << true << vat << u"standard:1200"_s << u"VAT=200/1200"_s;
    QTest::newRow("VAT 20% of 1.00 gross = 0.1667") << true << vat << u"standard:100"_s << u"VAT=17/100"_s;
    QTest::newRow("VAT 20% of 0.03 gross = 0.005 rounds up") << true << vat << u"standard:3"_s << u"VAT=1/3"_s;
    QTest::newRow("VAT 25% of 0.02 gross = 0.004 rounds down")
        << true << u"VAT:250000:standard"_s << u"standard:2"_s << u"VAT=0/2"_s;
    QTest::newRow("VAT 25% of 0.03 gross = 0.006 rounds up")
        << true << u"VAT:250000:standard"_s << u"standard:3"_s << u"VAT=1/3"_s;
    QTest::newRow("VAT 0% listed with its base")
        << true << vat << u"standard:600,zero-rated:250"_s << u"VAT=100/600,VAT0=0/250"_s;
    QTest::newRow("VAT on the class total, not per line") << true << vat << u"standard:3,standard:3"_s << u"VAT=1/6"_s;
    QTest::newRow("VAT return -0.005 rounds away from zero") << true << vat << u"standard:-3"_s << u"VAT=-1/-3"_s;
    QTest::newRow("large amount, exact") << true << vat << u"standard:9007199254740991"_s
                                         << u"VAT=1501199875790165/9007199254740991"_s;
}

void TestTaxes::computeTaxes_roundsEachTaxOnItsTotal()
{
    QFETCH(bool, inclusive);
    QFETCH(QString, taxes);
    QFETCH(QString, amounts);
    QFETCH(QString, expected);
    const TaxRules rules = rulesFrom(inclusive ? TaxMode::Inclusive : TaxMode::Exclusive, taxes);
    auto lines = computeTaxes(rules, amountsFrom(amounts), u"CAD");
    QVERIFY2(lines.ok(), qPrintable(lines.ok() ? QString() : lines.error().message));
    QCOMPARE(describe(lines.value()), expected);
}

void TestTaxes::computeTaxes_otherCurrency_isRefused()
{
    const QList<TaxableAmount> amounts {{u"standard"_s, Money::fromMinor(100, u"EUR").value()}};
    auto lines = computeTaxes(TaxRules::quebec(), amounts, u"CAD");
    QVERIFY(!lines.ok());
    QCOMPARE(lines.error().code, u"currency_mismatch"_s);
}

void TestTaxes::validate_badRules_areRefused_data()
{
    QTest::addColumn<bool>("inclusive");
    QTest::addColumn<QString>("taxes");
    QTest::addColumn<bool>("valid");

    QTest::newRow("Québec") << false << u"GST:50000:standard|QST:99750:standard"_s << true;
    QTest::newRow("two names alike") << false << u"GST:50000:standard|GST:1000:zero-rated"_s << false;
    QTest::newRow("empty name") << false << u" :50000:standard"_s << false;
    QTest::newRow("negative rate") << false << u"GST:-1:standard"_s << false;
    QTest::newRow("over 100%") << false << u"GST:1000001:standard"_s << false;
    QTest::newRow("exactly 100%") << false << u"GST:1000000:standard"_s << true;
    QTest::newRow("unknown class") << false << u"GST:50000:standard+luxury"_s << false;
    QTest::newRow("inclusive, two taxes on a class") << true << u"A:100000:standard|B:50000:standard"_s << false;
    QTest::newRow("exclusive, two taxes on a class") << false << u"A:100000:standard|B:50000:standard"_s << true;
}

void TestTaxes::validate_badRules_areRefused()
{
    QFETCH(bool, inclusive);
    QFETCH(QString, taxes);
    QFETCH(bool, valid);
    const TaxRules rules = rulesFrom(inclusive ? TaxMode::Inclusive : TaxMode::Exclusive, taxes);
    const Status checked = rules.validate({u"standard"_s, u"zero-rated"_s, u"prepared-food"_s});
    QCOMPARE(checked.ok(), valid);
    if (!valid) {
        QCOMPARE(checked.error().code, u"tax_rules_invalid"_s);
        QVERIFY(!checked.error().message.isEmpty());
        // computeTaxes refuses invalid rules too (class checks aside, it has no class list).
        if (!taxes.contains(u"luxury"_s)) {
            QVERIFY(!computeTaxes(rules, {}, u"CAD").ok());
        }
    }
}

void TestTaxes::json_roundTripsAndIsStrict()
{
    for (const TaxRules &rules : {TaxRules::quebec(), TaxRules::ontario(), TaxRules::vat20()}) {
        auto back = TaxRules::fromJson(rules.toJson());
        QVERIFY(back.ok());
        QCOMPARE(back.value(), rules);
    }
    const QByteArray bad[] = {
        R"({"mode":"exclusive"})",
        R"({"mode":"sideways","taxes":[]})",
        R"({"mode":"exclusive","taxes":[{"name":"GST","ratePpm":5.5,"classes":["standard"]}]})",
        R"({"mode":"exclusive","taxes":[{"name":"GST","ratePpm":50000,"classes":[1]}]})",
        R"({"mode":"exclusive","taxes":[{"name":"GST","ratePpm":50000,"classes":["standard"],"x":1}]})",
        R"({"mode":"inclusive","taxes":[{"name":"A","ratePpm":1,"classes":["s"]},{"name":"B","ratePpm":1,"classes":["s"]}]})",
    };
    for (const QByteArray &json : bad) {
        auto rules = TaxRules::fromJson(QJsonDocument::fromJson(json).object());
        QVERIFY2(!rules.ok(), json.constData());
        QCOMPARE(rules.error().code, u"tax_rules_invalid"_s);
    }
}

void TestTaxes::formatRatePercent_showsSignificantDigits_data()
{
    QTest::addColumn<qint64>("ppm");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("5%") << qint64(50'000) << u"en_CA"_s << u"5"_s;
    QTest::newRow("9.975%") << qint64(99'750) << u"en_CA"_s << u"9.975"_s;
    QTest::newRow("9,975% in French") << qint64(99'750) << u"fr_CA"_s << u"9,975"_s;
    QTest::newRow("13%") << qint64(130'000) << u"en_CA"_s << u"13"_s;
    QTest::newRow("0.0001%") << qint64(1) << u"en_CA"_s << u"0.0001"_s;
    QTest::newRow("100%") << qint64(1'000'000) << u"en_CA"_s << u"100"_s;
}

void TestTaxes::formatRatePercent_showsSignificantDigits()
{
    QFETCH(qint64, ppm);
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    QCOMPARE(formatRatePercent(ppm, QLocale(locale)), expected);
}

QTEST_GUILESS_MAIN(TestTaxes)
#include "tst_taxes.moc"
