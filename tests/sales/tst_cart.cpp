#include "sales/cart.h"
#include "sales/rounding.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace holdfast;
using namespace holdfast::sales;

namespace {

Money cad(qint64 minor)
{
    return Money::fromMinor(minor, u"CAD").value();
}

Product product(qint64 id, qint64 priceMinor, const QString &taxClass = u"standard"_s)
{
    return {id, u"SKU-%1"_s.arg(id), {}, u"Item %1"_s.arg(id), 1, u"Misc"_s, cad(priceMinor), taxClass, true};
}

QList<qint64> toList(const QString &text)
{
    QList<qint64> values;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        values << part.toLongLong();
    }
    return values;
}

} // namespace

class TestCart : public QObject
{
    Q_OBJECT

private slots:
    void allocate_splitsExactlyAndDeterministically_data();
    void allocate_splitsExactlyAndDeterministically();
    void amountOff_roundsAndRefusesNonsense_data();
    void amountOff_roundsAndRefusesNonsense();
    void totals_discountsThenTaxes_data();
    void totals_discountsThenTaxes();
    void add_sameProduct_raisesQuantity();
    void setQuantity_outOfRange_isRefusedUnchanged_data();
    void setQuantity_outOfRange_isRefusedUnchanged();
    void add_otherCurrencyOrInactive_isRefused();
    void discount_abovePrice_isRefusedUnchanged();
    void remove_lastLine_dropsOrderDiscount();
    void remove_lineUnderFixedOrderDiscount_isRefused();
    void unknownLine_isRefused();
};

void TestCart::allocate_splitsExactlyAndDeterministically_data()
{
    QTest::addColumn<qint64>("total");
    QTest::addColumn<QString>("weights");
    QTest::addColumn<QString>("expected");
    QTest::newRow("equal thirds: first gets the odd cent") << qint64(10) << u"1,1,1"_s << u"4,3,3"_s;
    QTest::newRow("largest remainder wins") << qint64(100) << u"333,333,334"_s << u"33,33,34"_s;
    QTest::newRow("three cents over four equals") << qint64(7) << u"2,2,2,2"_s << u"2,2,2,1"_s;
    QTest::newRow("proportional, exact") << qint64(300) << u"1000,2000"_s << u"100,200"_s;
    QTest::newRow("zero weight gets nothing") << qint64(1) << u"0,5"_s << u"0,1"_s;
    QTest::newRow("nothing to split") << qint64(0) << u"3,4"_s << u"0,0"_s;
    QTest::newRow("all weights zero: first takes it") << qint64(5) << u"0,0"_s << u"5,0"_s;
    QTest::newRow("huge amounts stay exact")
        << qint64(9007199254740991) << u"9007199254740991,9007199254740991"_s << u"4503599627370496,4503599627370495"_s;
}

void TestCart::allocate_splitsExactlyAndDeterministically()
{
    QFETCH(qint64, total);
    QFETCH(QString, weights);
    QFETCH(QString, expected);
    const auto shares = allocateProportionally(total, toList(weights));
    QVERIFY(shares.has_value());
    QCOMPARE(*shares, toList(expected));
    QCOMPARE(std::accumulate(shares->begin(), shares->end(), qint64(0)), total);
    QVERIFY(!allocateProportionally(-1, {1}).has_value());
    QVERIFY(!allocateProportionally(1, {}).has_value());
}

void TestCart::amountOff_roundsAndRefusesNonsense_data()
{
    QTest::addColumn<bool>("percent");
    QTest::addColumn<qint64>("value"); // basis points or minor units
    QTest::addColumn<qint64>("base");
    QTest::addColumn<qint64>("expected"); // -1: refused
    QTest::addColumn<QString>("code");
    QTest::newRow("15% of 3.33 = 0.4995 → 0.50") << true << qint64(1500) << qint64(333) << qint64(50) << QString();
    QTest::newRow("10% of 0.04 = 0.004 → 0.00") << true << qint64(1000) << qint64(4) << qint64(0) << QString();
    QTest::newRow("10% of 0.05 = 0.005 → 0.01") << true << qint64(1000) << qint64(5) << qint64(1) << QString();
    QTest::newRow("10% of 0.06 = 0.006 → 0.01") << true << qint64(1000) << qint64(6) << qint64(1) << QString();
    QTest::newRow("100%") << true << qint64(10'000) << qint64(999) << qint64(999) << QString();
    QTest::newRow("over 100%") << true << qint64(10'001) << qint64(999) << qint64(-1) << u"discount_invalid"_s;
    QTest::newRow("negative percent") << true << qint64(-1) << qint64(999) << qint64(-1) << u"discount_invalid"_s;
    QTest::newRow("amount") << false << qint64(250) << qint64(999) << qint64(250) << QString();
    QTest::newRow("amount equal to price") << false << qint64(999) << qint64(999) << qint64(999) << QString();
    QTest::newRow("amount above price") << false << qint64(1000) << qint64(999) << qint64(-1)
                                        << u"discount_too_large"_s;
    QTest::newRow("negative amount") << false << qint64(-5) << qint64(999) << qint64(-1) << u"discount_invalid"_s;
}

void TestCart::amountOff_roundsAndRefusesNonsense()
{
    QFETCH(bool, percent);
    QFETCH(qint64, value);
    QFETCH(qint64, base);
    QFETCH(qint64, expected);
    QFETCH(QString, code);
    const Discount discount = percent ? Discount::percent(value) : Discount::off(cad(value));
    auto off = discount.amountOff(cad(base));
    if (expected < 0) {
        QVERIFY(!off.ok());
        QCOMPARE(off.error().code, code);
    } else {
        QVERIFY(off.ok());
        QCOMPARE(off->minor(), expected);
    }
    const Discount euros = Discount::off(Money::fromMinor(1, u"EUR").value());
    QCOMPARE(euros.amountOff(cad(base)).error().code, u"currency_mismatch"_s);
}

void TestCart::totals_discountsThenTaxes_data()
{
    // lines: "price×qty:class[:discount]" where discount is "p<bp>" or "a<minor>".
    QTest::addColumn<QString>("lines");
    QTest::addColumn<QString>("orderDiscount");
    QTest::addColumn<bool>("vat");
    QTest::addColumn<QString>("orderShares"); // each line's share of the order discount
    QTest::addColumn<QString>("expected"); // subtotal/discounts/net/taxTotal/total

    QTest::newRow("Québec, no discount") << u"450×2:standard,599×1:zero-rated"_s << QString() << false << u"0,0"_s
                                         << u"1499/0/1499/135/1634"_s; // GST 45 + QST 89.775→90
    QTest::newRow("line percent then order amount")
        << u"1000×1:standard:p1000,500×2:standard"_s << u"a100"_s << false << u"47,53"_s
        << u"2000/200/1800/270/2070"_s; // 900 and 1000 share 100 → 47.37/52.63
    QTest::newRow("order percent split across classes")
        << u"1000×1:standard,1000×1:zero-rated"_s << u"p1000"_s << false << u"100,100"_s
        << u"2000/200/1800/135/1935"_s; // taxable 900: GST 45, QST 89.775→90
    QTest::newRow("order discount cent goes to the earlier line")
        << u"100×1:standard,100×1:standard,100×1:standard"_s << u"a1"_s << false << u"1,0,0"_s
        << u"300/1/299/45/344"_s; // GST 14.95→15, QST 29.825→30
    QTest::newRow("VAT inclusive: total is the shelf price")
        << u"1200×1:standard,250×2:zero-rated"_s << u"p5000"_s << true << u"600,250"_s
        << u"1700/850/850/100/850"_s; // standard net 600 → VAT 100
    QTest::newRow("100% discount leaves nothing to tax")
        << u"999×3:standard"_s << u"p10000"_s << false << u"2997"_s << u"2997/2997/0/0/0"_s;
}

void TestCart::totals_discountsThenTaxes()
{
    QFETCH(QString, lines);
    QFETCH(QString, orderDiscount);
    QFETCH(bool, vat);
    QFETCH(QString, orderShares);
    QFETCH(QString, expected);

    const auto discountFrom = [](const QString &text) {
        return text.startsWith(u'p') ? Discount::percent(text.mid(1).toLongLong())
                                     : Discount::off(cad(text.mid(1).toLongLong()));
    };
    Cart cart(u"CAD"_s, vat ? TaxRules::vat20() : TaxRules::quebec());
    qint64 id = 1;
    for (const QString &spec : lines.split(u',')) {
        const QStringList parts = spec.split(u':');
        const QStringList priceQty = parts[0].split(u'×');
        auto line = cart.add(product(id++, priceQty[0].toLongLong(), parts[1]), priceQty[1].toInt());
        QVERIFY(line.ok());
        if (parts.size() > 2) {
            QVERIFY(cart.setLineDiscount(line.value(), discountFrom(parts[2])).ok());
        }
    }
    if (!orderDiscount.isEmpty()) {
        QVERIFY(cart.setOrderDiscount(discountFrom(orderDiscount)).ok());
    }
    const CartTotals &totals = cart.totals();
    QStringList shares;
    qint64 netSum = 0;
    for (const CartLineTotals &line : totals.lines) {
        shares << QString::number(line.orderDiscount.minor());
        netSum += line.net.minor();
    }
    QCOMPARE(shares.join(u','), orderShares);
    QCOMPARE(netSum, totals.net.minor()); // the lines always add up to the order
    qint64 taxSum = 0;
    for (const TaxLine &tax : totals.taxes) {
        taxSum += tax.amount.minor();
    }
    QCOMPARE(taxSum, totals.taxTotal.minor());
    QCOMPARE(u"%1/%2/%3/%4/%5"_s.arg(totals.subtotal.minor())
                 .arg(totals.discounts.minor())
                 .arg(totals.net.minor())
                 .arg(totals.taxTotal.minor())
                 .arg(totals.total.minor()),
             expected);
    QCOMPARE(totals.discounts.minor(), totals.lineDiscounts.minor() + totals.orderDiscount.minor());
}

void TestCart::add_sameProduct_raisesQuantity()
{
    Cart cart(u"CAD"_s, TaxRules::quebec());
    const int first = cart.add(product(1, 250)).value();
    const int again = cart.add(product(1, 250), 2).value();
    QCOMPARE(again, first);
    QCOMPARE(cart.lines().size(), 1);
    QCOMPARE(cart.line(first)->quantity, 3);
    QCOMPARE(cart.totals().subtotal, cad(750));
    // The same product at a new price (changed mid-sale) is a line of its own.
    const int repriced = cart.add(product(1, 300)).value();
    QVERIFY(repriced != first);
    QCOMPARE(cart.lines().size(), 2);
    cart.clear();
    QVERIFY(cart.isEmpty());
    QCOMPARE(cart.totals().total, cad(0));
}

void TestCart::setQuantity_outOfRange_isRefusedUnchanged_data()
{
    QTest::addColumn<int>("quantity");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("zero") << 0 << false;
    QTest::newRow("negative") << -2 << false;
    QTest::newRow("one") << 1 << true;
    QTest::newRow("max") << Cart::maxQuantity << true;
    QTest::newRow("over max") << Cart::maxQuantity + 1 << false;
}

void TestCart::setQuantity_outOfRange_isRefusedUnchanged()
{
    QFETCH(int, quantity);
    QFETCH(bool, accepted);
    Cart cart(u"CAD"_s, TaxRules::quebec());
    const int line = cart.add(product(1, 250), 2).value();
    const CartTotals before = cart.totals();
    const Status changed = cart.setQuantity(line, quantity);
    QCOMPARE(changed.ok(), accepted);
    if (accepted) {
        QCOMPARE(cart.line(line)->quantity, quantity);
        QCOMPARE(cart.totals().subtotal, cad(250 * qint64(quantity)));
    } else {
        QCOMPARE(changed.error().code, u"quantity_invalid"_s);
        QCOMPARE(cart.line(line)->quantity, 2);
        QCOMPARE(cart.totals().total, before.total);
        QCOMPARE(cart.add(product(2, 100), quantity).error().code, u"quantity_invalid"_s);
        QCOMPARE(cart.lines().size(), 1);
    }
}

void TestCart::add_otherCurrencyOrInactive_isRefused()
{
    Cart cart(u"CAD"_s, TaxRules::quebec());
    Product euros = product(1, 100);
    euros.price = Money::fromMinor(100, u"EUR").value();
    QCOMPARE(cart.add(euros).error().code, u"currency_mismatch"_s);
    Product retired = product(2, 100);
    retired.active = false;
    QCOMPARE(cart.add(retired).error().code, u"product_inactive"_s);
    QVERIFY(cart.isEmpty());
    // An amount discount in another currency is refused too.
    const int line = cart.add(product(3, 100)).value();
    QCOMPARE(cart.setLineDiscount(line, Discount::off(Money::fromMinor(10, u"USD").value())).error().code,
             u"currency_mismatch"_s);
    QVERIFY(!cart.line(line)->discount.has_value());
}

void TestCart::discount_abovePrice_isRefusedUnchanged()
{
    Cart cart(u"CAD"_s, TaxRules::quebec());
    const int line = cart.add(product(1, 500), 2).value();
    QVERIFY(cart.setLineDiscount(line, Discount::off(cad(200))).ok());
    const CartTotals before = cart.totals();
    QCOMPARE(cart.setLineDiscount(line, Discount::off(cad(1001))).error().code, u"discount_too_large"_s);
    QCOMPARE(cart.setOrderDiscount(Discount::off(cad(801))).error().code, u"discount_too_large"_s);
    QCOMPARE(cart.setOrderDiscount(Discount::percent(12'000)).error().code, u"discount_invalid"_s);
    QCOMPARE(cart.line(line)->discount, Discount::off(cad(200)));
    QVERIFY(!cart.orderDiscount().has_value());
    QCOMPARE(cart.totals().total, before.total);
    QCOMPARE(cart.totals().discounts, cad(200));
}

void TestCart::remove_lastLine_dropsOrderDiscount()
{
    Cart cart(u"CAD"_s, TaxRules::quebec());
    QCOMPARE(cart.setOrderDiscount(Discount::percent(1000)).error().code, u"cart_empty"_s);
    const int line = cart.add(product(1, 500)).value();
    QVERIFY(cart.setOrderDiscount(Discount::percent(1000)).ok());
    QVERIFY(cart.remove(line).ok());
    QVERIFY(cart.isEmpty());
    QVERIFY(!cart.orderDiscount().has_value());
    cart.add(product(2, 700)).value();
    QCOMPARE(cart.totals().discounts, cad(0));
}

void TestCart::remove_lineUnderFixedOrderDiscount_isRefused()
{
    Cart cart(u"CAD"_s, TaxRules::quebec());
    const int big = cart.add(product(1, 1000)).value();
    cart.add(product(2, 100)).value();
    QVERIFY(cart.setOrderDiscount(Discount::off(cad(500))).ok());
    // Without the big line, $5.00 off a $1.00 cart would be nonsense: refused, nothing changes.
    QCOMPARE(cart.remove(big).error().code, u"discount_too_large"_s);
    QCOMPARE(cart.lines().size(), 2);
    QVERIFY(cart.setOrderDiscount(std::nullopt).ok());
    QVERIFY(cart.remove(big).ok());
    QCOMPARE(cart.totals().subtotal, cad(100));
}

void TestCart::unknownLine_isRefused()
{
    Cart cart(u"CAD"_s, TaxRules::quebec());
    QCOMPARE(cart.setQuantity(42, 1).error().code, u"cart_line_not_found"_s);
    QCOMPARE(cart.remove(42).error().code, u"cart_line_not_found"_s);
    QCOMPARE(cart.setLineDiscount(42, std::nullopt).error().code, u"cart_line_not_found"_s);
}

QTEST_GUILESS_MAIN(TestCart)
#include "tst_cart.moc"
