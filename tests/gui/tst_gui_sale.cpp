// Ringing up: a tap on a tile, a scanner typing digits and Enter, a barcode typed in the search
// field, quantities and a discount; then a cash sale with the change due and its receipt.

#include "cartpanel.h"
#include "catalogpanel.h"
#include "discountdialog.h"
#include "guifixture.h"
#include "productgrid.h"
#include "receiptdialog.h"
#include "salepage.h"
#include "sales/barcode.h"
#include "sales/tendering.h"
#include "tenderdialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace holdfast;

namespace {

QStringList cartNames(const ui::CartPanel *cart)
{
    QStringList names;
    for (const sales::CartLine &line : cart->cart().lines()) {
        names << line.name;
    }
    return names;
}

} // namespace

class TestGuiSale : public QObject
{
    Q_OBJECT

private slots:
    void ringUp_byTapByScannerAndBySearchField();
    void cashSale_withDiscount_showsChangeDueAndReceipt();
};

void TestGuiSale::ringUp_byTapByScannerAndBySearchField()
{
    test::GuiFixture gui;
    QVERIFY(gui.startAsManager());
    ui::SalePage *sale = gui.window().salePage();
    ui::ProductGrid *grid = sale->catalog()->grid();
    ui::CartPanel *cart = sale->cart();

    // A tap on the first tile.
    const QModelIndex tile = gui.firstTile();
    QVERIFY(tile.isValid());
    const QString tapped = tile.data().toString();
    QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, grid->visualRect(tile).center());
    QCOMPARE(cartNames(cart), QStringList {tapped});

    // A scanner: digits and Enter typed into the focused grid, not a text field.
    grid->setFocus();
    QTRY_VERIFY(grid->hasFocus());
    QTest::keyClicks(grid, u"2110001000379"_s);
    QVERIFY(cartNames(cart).size() == 1); // nothing until Enter
    QTest::keyClick(grid, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(cartNames(cart), (QStringList {tapped, u"Americano"_s}), 10000);

    // A well-formed code nobody sells: refused with a sentence, the cart unchanged.
    const QString unknown = u"299000100000"_s + sales::barcode::checkDigit(u"299000100000");
    QTest::keyClicks(grid, unknown);
    QTest::keyClick(grid, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!sale->noticeText().isEmpty() && sale->noticeText().contains(unknown), 10000);
    QCOMPARE(cartNames(cart).size(), 2);

    // The same code typed (or scanned) into the search field.
    QLineEdit *search = sale->catalog()->searchField();
    search->setFocus();
    QTest::keyClicks(search, u"2120001000743"_s);
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(cartNames(cart).size(), 3, 10000);
    QCOMPARE(cartNames(cart).last(), u"Latte"_s);
    QVERIFY(search->text().isEmpty());

    // Searching narrows the grid; Enter in the search field adds the first match.
    QTest::keyClicks(search, u"mocha"_s);
    QTRY_COMPARE_WITH_TIMEOUT(grid->model()->rowCount(), 1, 10000);
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(cartNames(cart).last(), u"Mocha"_s, 10000);

    // The total shown is the cart's, priced by core under the store's tax rules.
    auto rules = gui.engine().run([](RegisterEngine &engine) { return engine.taxRules(); });
    QVERIFY(rules && *rules);
    sales::Cart expected(u"CAD"_s, rules->value());
    for (const sales::CartLine &line : cart->cart().lines()) {
        sales::Product product;
        product.id = line.productId;
        product.sku = line.sku;
        product.name = line.name;
        product.price = line.unitPrice;
        product.taxClassId = line.taxClassId;
        QVERIFY(expected.add(product, line.quantity).ok());
    }
    QVERIFY(!expected.totals().taxes.isEmpty());
    QVERIFY2(cart->totalText().contains(expected.totals().total.format(QLocale())), qPrintable(cart->totalText()));
}

void TestGuiSale::cashSale_withDiscount_showsChangeDueAndReceipt()
{
    test::GuiFixture gui;
    QVERIFY(gui.startAsManager());
    ui::SalePage *sale = gui.window().salePage();
    ui::CartPanel *cart = sale->cart();
    const QModelIndex tile = gui.firstTile();
    ui::ProductGrid *grid = sale->catalog()->grid();
    QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, grid->visualRect(tile).center());
    QCOMPARE(cart->cart().lines().size(), 1);
    const Money unitPrice = cart->cart().lines().first().unitPrice;

    // "+" from the keyboard: two of them.
    cart->view()->setFocus();
    QTest::keyClick(cart->view(), Qt::Key_Plus);
    QCOMPARE(cart->cart().lines().first().quantity, 2);

    // F4: 10 % off the line, typed into the discount dialog.
    QTimer::singleShot(0, this, [] {
        auto *dialog = qobject_cast<ui::DiscountDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(u"discountValueEdit"_s)->setText(u"10"_s);
        QTest::keyClick(dialog, Qt::Key_Return);
    });
    QTest::keyClick(cart->view(), Qt::Key_F4);
    QVERIFY(cart->cart().lines().first().discount.has_value());
    const Money extended = unitPrice.times(2).value();
    QCOMPARE(cart->cart().totals().lineDiscounts, sales::Discount::percent(1000).amountOff(extended).value());

    // F12: the tender dialog for the order core created. (Offscreen, a closed dialog does not
    // hand activation back to its parent as a window manager would.)
    QApplication::setActiveWindow(&gui.window());
    QTest::keyClick(cart->view(), Qt::Key_F12);
    auto *tender = gui.waitForWindow<ui::TenderDialog>();
    QVERIFY2(tender, qPrintable(sale->noticeText()));
    const Money total = tender->order().total;
    QCOMPARE(total, cart->cart().totals().total);

    // F7, then $20 in cash.
    QTest::keyClick(tender, Qt::Key_F7);
    QTRY_VERIFY(tender->cashField()->hasFocus());
    QTest::keyClicks(tender->cashField(), u"20.00"_s);
    QTest::keyClick(tender->cashField(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!tender->changeLabel()->text().isEmpty(), 10000);
    const Money twenty = Money::fromMinor(2000, u"CAD").value();
    const Money expectedChange = twenty.minus(sales::Tendering::roundCash(total, sales::CashRounding::Nickel)).value();
    QVERIFY2(tender->changeLabel()->text().contains(expectedChange.format(QLocale())),
             qPrintable(tender->changeLabel()->text() + u" vs "_s + expectedChange.format(QLocale())));
    QCOMPARE(tender->order().state, sales::OrderState::Paid);

    // Done: the sale is stored as paid, the cart is empty for the next customer.
    const QString orderId = tender->order().id;
    QTest::mouseClick(tender->findChild<QPushButton *>(u"doneButton"_s), Qt::LeftButton);
    QTRY_VERIFY(cart->cart().isEmpty());
    QCOMPARE(sale->lastOrderId(), orderId);
    auto stored = gui.engine().run([orderId](RegisterEngine &engine) { return engine.orders().find(orderId); });
    QVERIFY(stored && *stored);
    QCOMPARE(stored->value().state, sales::OrderState::Paid);
    QCOMPARE(stored->value().change(), expectedChange);

    // Ctrl+R: the receipt, with the cash and the change.
    QApplication::setActiveWindow(&gui.window());
    QTest::keyClick(&gui.window(), Qt::Key_R, Qt::ControlModifier);
    auto *receipt = gui.waitForWindow<ui::ReceiptDialog>();
    QVERIFY(receipt);
    QVERIFY(receipt->plainText().contains(u"Cash"_s));
    // QTextDocument's plain text turns no-break spaces into spaces.
    const QString change = expectedChange.format(QLocale()).replace(QChar::Nbsp, u' ');
    QVERIFY2(receipt->plainText().contains(change), qPrintable(receipt->plainText()));
    QVERIFY(receipt->plainText().contains(u"Corner Café"_s));
}

QTEST_MAIN(TestGuiSale)
#include "tst_gui_sale.moc"
