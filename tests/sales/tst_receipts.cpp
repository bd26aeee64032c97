#include "sales/receipt.h"
#include "salesfixture.h"

#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace holdfast;
using namespace holdfast::sales;
using test::cad;

namespace {

constexpr qint64 t0 = test::saleTime; // 2026-11-22 12:00 UTC
const QLocale canada(u"en_CA"_s);

StoreSettings store()
{
    StoreSettings settings;
    settings.storeName = u"Café Holdfast & Co"_s;
    settings.addressLines = {u"123 rue Principale"_s, u"Montréal QC H2X 1Y4"_s};
    settings.taxRegistration = u"GST 123456789 RT0001"_s;
    settings.receiptFooter = u"Thank you!"_s;
    return settings;
}

/// Two lattes with 10 % off, a sourdough loaf: 9.50 − 0.95 + 7.49 = 16.04; taxes on 8.55:
/// GST 0.4275 → 0.43, QST 0.8528625 → 0.85; total 17.32.
Cart cart()
{
    Cart cart(u"CAD"_s, TaxRules::quebec());
    const int lattes = cart.add(test::testProduct(1, u"Latte"_s, 475), 2).value();
    cart.setLineDiscount(lattes, Discount::percent(1000)).ok();
    cart.add(test::testProduct(2, u"Sourdough loaf 800 g"_s, 749, u"zero-rated"_s)).value();
    return cart;
}

} // namespace

class TestReceipts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void onlineCardSale_text();
    void offlineCardSale_textSaysPendingWithReference();
    void cashSale_changeRoundingAndVat();
    void voidedAndLongNames_layout();
    void html_escapesAndRendersInATextDocument();

private:
    std::unique_ptr<test::StoreFixture> m_store;
};

void TestReceipts::initTestCase()
{
    m_store = std::make_unique<test::StoreFixture>();
    QVERIFY(m_store->isValid());
}

void TestReceipts::onlineCardSale_text()
{
    OrderStore orders(m_store->db());
    const Order order = orders.create(cart(), test::testContext(), t0).value();
    const CardPayment payment = test::card(order.total.minor(), false);
    const Order paid = orders.addCard(order.id, payment, t0).value();
    const Receipt receipt = ReceiptBuilder::build(paid, {}, store(), canada, QTimeZone::utc());

    const QString expected = uR"(            Café Holdfast & Co
            123 rue Principale
           Montréal QC H2X 1Y4
           GST 123456789 RT0001
==========================================
Sale %1
2026-11-22 12:00
Cashier: Ana
------------------------------------------
Latte                                $9.50
  2 × $4.75
  Discount                         ($0.95)
Sourdough loaf 800 g                 $7.49
------------------------------------------
Subtotal                            $16.99
Discounts                          ($0.95)
GST 5%                               $0.43
QST 9.975%                           $0.85
TOTAL                               $17.32
------------------------------------------
VISA ending 4242                    $17.32
  Approved
==========================================
                Thank you!
)"_s.arg(paid.id.left(8).toUpper());
    QCOMPARE(ReceiptRenderer::toText(receipt), expected);
    QVERIFY(!ReceiptRenderer::toText(receipt).contains(payment.localId)); // nothing to chase: no reference
}

void TestReceipts::offlineCardSale_textSaysPendingWithReference()
{
    OrderStore orders(m_store->db());
    const Order order = orders.create(cart(), test::testContext(), t0 + 60'000).value();
    // Part by an offline card (approved offline, waiting to upload), the rest in cash.
    const CardPayment payment = test::card(1000, true, CardStatus::Pending);
    QVERIFY(orders.addCard(order.id, payment, t0 + 60'000).ok());
    const Order paid = orders.addCash(order.id, cad(1000), CashRounding::None, t0 + 60'000).value();
    const Receipt receipt = ReceiptBuilder::build(paid, {}, store(), canada, QTimeZone::utc());

    const QString expected = uR"(            Café Holdfast & Co
            123 rue Principale
           Montréal QC H2X 1Y4
           GST 123456789 RT0001
==========================================
Sale %1
2026-11-22 12:01
Cashier: Ana
------------------------------------------
Latte                                $9.50
  2 × $4.75
  Discount                         ($0.95)
Sourdough loaf 800 g                 $7.49
------------------------------------------
Subtotal                            $16.99
Discounts                          ($0.95)
GST 5%                               $0.43
QST 9.975%                           $0.85
TOTAL                               $17.32
------------------------------------------
VISA ending 4242                    $10.00
  Approved offline — pending
Ref: %2
Cash                                $10.00
Change                               $2.68
==========================================
                Thank you!
)"_s.arg(paid.id.left(8).toUpper(), payment.localId);
    QCOMPARE(ReceiptRenderer::toText(receipt), expected);

    // Reprinted once the vault reports it processed: no longer pending, no reference needed.
    const ReceiptPayment processed {payment.localId, u"VISA"_s, u"4242"_s, true, CardStatus::Approved, {}};
    const QString reprint
        = ReceiptRenderer::toText(ReceiptBuilder::build(paid, {processed}, store(), canada, QTimeZone::utc()));
    QVERIFY(!reprint.contains(u"pending"_s));
    QVERIFY(reprint.contains(u"VISA ending 4242                    $10.00\n  Approved\n"_s));
    // Declined later: the receipt says so with the reason and the reference.
    const ReceiptPayment declined {payment.localId,      u"VISA"_s,         u"4242"_s, true,
                                   CardStatus::Declined, u"card_declined"_s};
    const QString declinedText
        = ReceiptRenderer::toText(ReceiptBuilder::build(paid, {declined}, store(), canada, QTimeZone::utc()));
    QVERIFY(declinedText.contains(u"  Declined after the sale: card_declined\nRef: "_s + payment.localId));
}

void TestReceipts::cashSale_changeRoundingAndVat()
{
    OrderStore orders(m_store->db());
    // VAT: 12.00 with 20 % included (2.00) and a zero-rated 2.50 (0 %).
    Cart vat(u"CAD"_s, TaxRules::vat20());
    vat.add(test::testProduct(3, u"Sandwich"_s, 1200)).value();
    vat.add(test::testProduct(4, u"Apples"_s, 250, u"zero-rated"_s)).value();
    const Order order = orders.create(vat, test::testContext(), t0).value();
    const Order paid = orders.addCash(order.id, cad(2000), CashRounding::Nickel, t0).value();
    const QString text = ReceiptRenderer::toText(ReceiptBuilder::build(paid, {}, store(), canada, QTimeZone::utc()));
    const QString totals = uR"(------------------------------------------
Subtotal                            $14.50
TOTAL                               $14.50
  Includes VAT 20%                   $2.00
  Includes VAT 0%                    $0.00
------------------------------------------
Cash                                $20.00
Change                               $5.50
)"_s;
    QVERIFY2(text.contains(totals), qPrintable(text));

    // 17.32 in cash rounds to 17.30: the rounding is printed.
    const Order quebec = orders.create(cart(), test::testContext(), t0).value();
    const Order rounded = orders.addCash(quebec.id, cad(2000), CashRounding::Nickel, t0).value();
    const QString roundedText
        = ReceiptRenderer::toText(ReceiptBuilder::build(rounded, {}, store(), canada, QTimeZone::utc()));
    QVERIFY2(roundedText.contains(u"Cash                                $20.00\n"
                                  "Cash rounding                      ($0.02)\n"
                                  "Change                               $2.70\n"_s),
             qPrintable(roundedText));
}

void TestReceipts::voidedAndLongNames_layout()
{
    OrderStore orders(m_store->db());
    Cart long_(u"CAD"_s, TaxRules::quebec());
    long_.add(test::testProduct(5, u"Extra large oat milk caramel macchiato with an extra shot"_s, 695)).value();
    const Order order = orders.create(long_, test::testContext(), t0).value();
    QVERIFY(orders.addCash(order.id, cad(500), CashRounding::None, t0).ok());
    const Order open = orders.find(order.id).value();
    const QString openText
        = ReceiptRenderer::toText(ReceiptBuilder::build(open, {}, store(), canada, QTimeZone::utc()), 32);
    for (const QString &line : openText.split(u'\n')) {
        QVERIFY2(line.size() <= 32, qPrintable(line));
    }
    // Wrapped at word boundaries; the amount does not fit after the last part, so it gets a line.
    QVERIFY2(openText.contains(u"--------------------------------\n"
                               "Extra large oat milk caramel\n"
                               "macchiato with an extra shot\n"
                               "                           $6.95\n"
                               "--------------------------------\n"_s),
             qPrintable(openText));
    QVERIFY2(openText.contains(u"Cash                       $5.00\nBalance due                $2.99\n"_s),
             qPrintable(openText));

    const Order voided = orders.voidOrder(order.id, u"customer left"_s, t0).value();
    const Receipt receipt = ReceiptBuilder::build(voided, {}, store(), canada, QTimeZone::utc());
    QCOMPARE(receipt.banner, u"VOIDED — nothing was charged"_s);
    QVERIFY(ReceiptRenderer::toText(receipt).contains(u"VOIDED — nothing was charged"_s));
}

void TestReceipts::html_escapesAndRendersInATextDocument()
{
    OrderStore orders(m_store->db());
    const Order order = orders.create(cart(), test::testContext(), t0).value();
    const CardPayment payment = test::card(order.total.minor(), true, CardStatus::Pending);
    const Order paid = orders.addCard(order.id, payment, t0).value();
    StoreSettings settings = store();
    settings.receiptFooter = u"<script>alert(1)</script>"_s;
    const Receipt receipt = ReceiptBuilder::build(paid, {}, settings, canada, QTimeZone::utc());
    const QString html = ReceiptRenderer::toHtml(receipt);
    QVERIFY(html.contains(u"Café Holdfast &amp; Co"_s));
    QVERIFY(!html.contains(u"<script>"_s));
    QVERIFY(html.contains(u"&lt;script&gt;"_s));

    QTextDocument document;
    document.setHtml(html);
    const QString plain = document.toPlainText();
    for (const QString &expected :
         QStringList {u"Café Holdfast & Co"_s, u"Approved offline — pending"_s, QString(u"Ref: "_s + payment.localId),
                      u"TOTAL"_s, u"$17.32"_s, u"QST 9.975%"_s}) {
        QVERIFY2(plain.contains(expected), qPrintable(expected + u" not in:\n"_s + plain));
    }
}

QTEST_MAIN(TestReceipts)
#include "tst_receipts.moc"
