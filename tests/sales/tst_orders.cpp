#include "sales/catalog.h"
#include "sales/salessettings.h"
#include "sales/shiftreport.h"
#include "sales/shiftstore.h"
#include "salesfixture.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace holdfast;
using namespace holdfast::sales;
using test::cad;

namespace {

constexpr qint64 t0 = test::saleTime;
constexpr qint64 hour = 3600 * 1000;

/// Two lattes at 4.75 in Québec: 9.50 + GST 0.475→0.48 + QST 0.947625→0.95 = 10.93.
Cart twoLattes()
{
    Cart cart(u"CAD"_s, TaxRules::quebec());
    cart.add(test::testProduct(1, u"Latte"_s, 475), 2).value();
    return cart;
}

} // namespace

class TestOrders : public QObject
{
    Q_OBJECT

private slots:
    void settleCash_appliesRoundsAndGivesChange_data();
    void settleCash_appliesRoundsAndGivesChange();
    void checkCard_onlyCashOverpays_data();
    void checkCard_onlyCashOverpays();
    void followUpContact_parse_data();
    void followUpContact_parse();
    void cashSale_withChange_isPaid();
    void cashSale_nickelRounding_isRecorded();
    void splitTender_cardThenCash_coversTheTotal();
    void offlineCard_declinedLater_staysPaidForFollowUp();
    void onlineCard_pendingThenDeclined_reopensTheBalance();
    void voidOrder_refusedWhileACardCounts();
    void badTenders_areRefusedAndChangeNothing();
    void create_snapshotsLinesAndRefusesEmpty();
    void shifts_oneOpenPerRegister_managerEnds();
    void shiftReport_totalsByTenderAndWarnings();
    void reopen_keepsOrdersShiftsAndSettings();
};

void TestOrders::settleCash_appliesRoundsAndGivesChange_data()
{
    QTest::addColumn<qint64>("remaining");
    QTest::addColumn<qint64>("tendered");
    QTest::addColumn<bool>("nickel");
    QTest::addColumn<QString>("expected"); // applied/rounding/change or an error code
    QTest::newRow("change") << qint64(1093) << qint64(2000) << false << u"1093/0/907"_s;
    QTest::newRow("exact") << qint64(1093) << qint64(1093) << false << u"1093/0/0"_s;
    QTest::newRow("partial") << qint64(1093) << qint64(500) << false << u"500/0/0"_s;
    QTest::newRow("…1 rounds down") << qint64(1001) << qint64(2000) << true << u"1001/-1/1000"_s;
    QTest::newRow("…2 rounds down") << qint64(1002) << qint64(1000) << true << u"1002/-2/0"_s;
    QTest::newRow("…3 rounds up") << qint64(1003) << qint64(2000) << true << u"1003/2/995"_s;
    QTest::newRow("…4 rounds up") << qint64(1004) << qint64(1005) << true << u"1004/1/0"_s;
    QTest::newRow("…6 rounds down") << qint64(1006) << qint64(1005) << true << u"1006/-1/0"_s;
    QTest::newRow("…7 rounds down") << qint64(1007) << qint64(2000) << true << u"1007/-2/995"_s;
    QTest::newRow("…8 rounds up") << qint64(1008) << qint64(1010) << true << u"1008/2/0"_s;
    QTest::newRow("…0 stays") << qint64(1010) << qint64(1010) << true << u"1010/0/0"_s;
    QTest::newRow("exact pennies under the rounded due") << qint64(1003) << qint64(1004) << true << u"1003/0/1"_s;
    QTest::newRow("partial cash is not rounded") << qint64(1003) << qint64(1000) << true << u"1000/0/0"_s;
    QTest::newRow("nothing handed over") << qint64(1093) << qint64(0) << false << u"tender_invalid"_s;
    QTest::newRow("negative") << qint64(1093) << qint64(-5) << false << u"tender_invalid"_s;
    QTest::newRow("nothing due") << qint64(0) << qint64(500) << false << u"order_settled"_s;
}

void TestOrders::settleCash_appliesRoundsAndGivesChange()
{
    QFETCH(qint64, remaining);
    QFETCH(qint64, tendered);
    QFETCH(bool, nickel);
    QFETCH(QString, expected);
    auto outcome
        = Tendering::settleCash(cad(remaining), cad(tendered), nickel ? CashRounding::Nickel : CashRounding::None);
    if (!outcome) {
        QCOMPARE(outcome.error().code, expected);
        return;
    }
    QCOMPARE(u"%1/%2/%3"_s.arg(outcome->applied.minor()).arg(outcome->rounding.minor()).arg(outcome->change.minor()),
             expected);
    // What the customer handed over is always accounted for.
    QCOMPARE(outcome->applied.minor() + outcome->rounding.minor() + outcome->change.minor(), tendered);
}

void TestOrders::checkCard_onlyCashOverpays_data()
{
    QTest::addColumn<qint64>("remaining");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QString>("code"); // empty: accepted
    QTest::newRow("the balance") << qint64(1093) << qint64(1093) << QString();
    QTest::newRow("part of it") << qint64(1093) << qint64(500) << QString();
    QTest::newRow("a cent over") << qint64(1093) << qint64(1094) << u"tender_overpay"_s;
    QTest::newRow("zero") << qint64(1093) << qint64(0) << u"tender_invalid"_s;
    QTest::newRow("settled") << qint64(0) << qint64(100) << u"order_settled"_s;
}

void TestOrders::checkCard_onlyCashOverpays()
{
    QFETCH(qint64, remaining);
    QFETCH(qint64, amount);
    QFETCH(QString, code);
    const Status checked = Tendering::checkCard(cad(remaining), cad(amount));
    QCOMPARE(checked.ok() ? QString() : checked.error().code, code);
    QCOMPARE(Tendering::checkCard(cad(remaining), Money::fromMinor(amount, u"USD").value()).ok(), false);
}

void TestOrders::followUpContact_parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // "EMAIL:value", "PHONE:value" or empty when refused
    QTest::newRow("e-mail") << u"  ana@example.com "_s << u"EMAIL:ana@example.com"_s;
    QTest::newRow("phone with formatting") << u"+1 (514) 555-0199"_s << u"PHONE:+15145550199"_s;
    QTest::newRow("phone with dots") << u"514.555.0199"_s << u"PHONE:5145550199"_s;
    QTest::newRow("too short") << u"555-01"_s << QString();
    QTest::newRow("too long") << u"1234567890123456"_s << QString();
    QTest::newRow("half an e-mail") << u"ana@"_s << QString();
    QTest::newRow("no domain dot") << u"ana@example"_s << QString();
    QTest::newRow("words") << u"call me maybe"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestOrders::followUpContact_parse()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    auto contact = FollowUpContact::parse(text);
    if (expected.isEmpty()) {
        QVERIFY(!contact.ok());
        QCOMPARE(contact.error().code, u"contact_invalid"_s);
        return;
    }
    QVERIFY(contact.ok());
    const QString kind = contact->kind == FollowUpContact::Kind::Email ? u"EMAIL"_s : u"PHONE"_s;
    QCOMPARE(kind + u':' + contact->value, expected);
}

void TestOrders::cashSale_withChange_isPaid()
{
    test::StoreFixture store;
    OrderStore orders(store.db());
    auto order = orders.create(twoLattes(), test::testContext(), t0);
    QVERIFY2(order.ok(), qPrintable(order.ok() ? QString() : order.error().message));
    QCOMPARE(order->state, OrderState::Open);
    QCOMPARE(order->total, cad(1093));
    QCOMPARE(order->remaining(), cad(1093));
    QVERIFY(!order->closedAt.has_value());

    auto paid = orders.addCash(order->id, cad(2000), CashRounding::None, t0 + 1000);
    QVERIFY(paid.ok());
    QCOMPARE(paid->state, OrderState::Paid);
    QCOMPARE(paid->closedAt, std::optional<qint64>(t0 + 1000));
    QCOMPARE(paid->remaining(), cad(0));
    QCOMPARE(paid->change(), cad(907));
    QCOMPARE(paid->tenders.size(), 1);
    QCOMPARE(paid->tenders.first().tendered, cad(2000));
    QCOMPARE(paid->tenders.first().amount, cad(1093));
}

void TestOrders::cashSale_nickelRounding_isRecorded()
{
    test::StoreFixture store;
    OrderStore orders(store.db());
    const Order order = orders.create(twoLattes(), test::testContext(), t0).value();
    // 10.93 in cash rounds to 10.95: a 20 gives 9.05 back.
    const Order paid = orders.addCash(order.id, cad(2000), CashRounding::Nickel, t0).value();
    QCOMPARE(paid.state, OrderState::Paid);
    QCOMPARE(paid.change(), cad(905));
    QCOMPARE(paid.cashRounding(), cad(2));
    QCOMPARE(paid.paid(), cad(1093)); // the sale's total is unchanged; rounding is apart
}

void TestOrders::splitTender_cardThenCash_coversTheTotal()
{
    test::StoreFixture store;
    OrderStore orders(store.db());
    const Order order = orders.create(twoLattes(), test::testContext(), t0).value();
    const CardPayment first = test::card(500, false);
    auto afterCard = orders.addCard(order.id, first, t0 + 1);
    QVERIFY(afterCard.ok());
    QCOMPARE(afterCard->state, OrderState::Open);
    QCOMPARE(afterCard->remaining(), cad(593));

    // A second card cannot overpay; cash can.
    QCOMPARE(orders.addCard(order.id, test::card(600, false), t0 + 2).error().code, u"tender_overpay"_s);
    auto partialCash = orders.addCash(order.id, cad(100), CashRounding::None, t0 + 3);
    QCOMPARE(partialCash->remaining(), cad(493));
    QCOMPARE(partialCash->state, OrderState::Open);
    auto done = orders.addCash(order.id, cad(1000), CashRounding::None, t0 + 4);
    QCOMPARE(done->state, OrderState::Paid);
    QCOMPARE(done->change(), cad(507));
    QCOMPARE(done->tenders.size(), 3);
    QCOMPARE(done->tenders.first().paymentLocalId, first.localId);
    QCOMPARE(orders.findByPayment(first.localId)->id, order.id);
    QCOMPARE(orders.addCash(order.id, cad(100), CashRounding::None, t0 + 5).error().code, u"order_not_open"_s);
}

void TestOrders::offlineCard_declinedLater_staysPaidForFollowUp()
{
    test::StoreFixture store;
    OrderStore orders(store.db());
    const Order order = orders.create(twoLattes(), test::testContext(), t0).value();
    const CardPayment offline = test::card(1093, true, CardStatus::Pending);
    const Order paid = orders.addCard(order.id, offline, t0).value();
    QCOMPARE(paid.state, OrderState::Paid);
    QVERIFY(orders.setFollowUpContact(order.id, u"ana@example.com"_s, t0).ok());
    QCOMPARE(orders.setFollowUpContact(order.id, u"nope"_s, t0).error().code, u"contact_invalid"_s);

    // Hours later the uploader learns it was declined: the customer has gone, so the sale
    // stays paid in the books and the contact is kept for the follow-up.
    auto declined = orders.updateCardStatus(offline.localId, CardStatus::Declined, u"card_declined"_s, t0 + 5 * hour);
    QVERIFY(declined.ok());
    QCOMPARE(declined->state, OrderState::Paid);
    QCOMPARE(declined->tenders.first().status, CardStatus::Declined);
    QCOMPARE(declined->tenders.first().statusDetail, u"card_declined"_s);
    QCOMPARE(declined->contact, std::optional(FollowUpContact {FollowUpContact::Kind::Email, u"ana@example.com"_s}));
    QCOMPARE(
        orders.updateCardStatus(u"00000000-0000-4000-8000-000000000000"_s, CardStatus::Approved, {}, t0).error().code,
        u"tender_not_found"_s);
}

void TestOrders::onlineCard_pendingThenDeclined_reopensTheBalance()
{
    test::StoreFixture store;
    OrderStore orders(store.db());
    const Order order = orders.create(twoLattes(), test::testContext(), t0).value();
    const CardPayment online = test::card(1093, false, CardStatus::Pending);
    QCOMPARE(orders.addCard(order.id, online, t0)->state, OrderState::Paid);
    // The outcome arrives while the customer is still there: declined, so the balance is due.
    auto reopened = orders.updateCardStatus(online.localId, CardStatus::Declined, u"insufficient_funds"_s, t0 + 1);
    QCOMPARE(reopened->state, OrderState::Open);
    QCOMPARE(reopened->remaining(), cad(1093));
    QVERIFY(!reopened->closedAt.has_value());
    QCOMPARE(orders.addCash(order.id, cad(1100), CashRounding::None, t0 + 2)->state, OrderState::Paid);
}

void TestOrders::voidOrder_refusedWhileACardCounts()
{
    test::StoreFixture store;
    OrderStore orders(store.db());
    const Order order = orders.create(twoLattes(), test::testContext(), t0).value();
    const CardPayment partial = test::card(500, true, CardStatus::Pending);
    QVERIFY(orders.addCard(order.id, partial, t0).ok());
    QCOMPARE(orders.voidOrder(order.id, u"customer left"_s, t0).error().code, u"order_has_card_payment"_s);
    QCOMPARE(orders.find(order.id)->state, OrderState::Open);
    // Once the vault has voided the payment, the sale can be cancelled.
    QVERIFY(orders.updateCardStatus(partial.localId, CardStatus::Voided, {}, t0 + 1).ok());
    auto voided = orders.voidOrder(order.id, u"customer left"_s, t0 + 2);
    QVERIFY(voided.ok());
    QCOMPARE(voided->state, OrderState::Voided);
    QCOMPARE(voided->voidReason, u"customer left"_s);
    QCOMPARE(voided->closedAt, std::optional<qint64>(t0 + 2));
    QCOMPARE(orders.voidOrder(order.id, {}, t0 + 3).error().code, u"order_not_open"_s);
    QCOMPARE(orders.addCash(order.id, cad(100), CashRounding::None, t0 + 3).error().code, u"order_not_open"_s);
    // A payment update after the cancel is recorded but does not revive the sale.
    QCOMPARE(orders.updateCardStatus(partial.localId, CardStatus::Voided, u"again"_s, t0 + 4)->state,
             OrderState::Voided);
}

void TestOrders::badTenders_areRefusedAndChangeNothing()
{
    test::StoreFixture store;
    OrderStore orders(store.db());
    const Order order = orders.create(twoLattes(), test::testContext(), t0).value();
    const CardPayment payment = test::card(300, false);
    QVERIFY(orders.addCard(order.id, payment, t0).ok());
    const Order before = orders.find(order.id).value();

    QCOMPARE(orders.addCard(order.id, payment, t0).error().code, u"tender_duplicate"_s);
    CardPayment noReference = test::card(100, false);
    noReference.localId = u"not-a-uuid"_s;
    QCOMPARE(orders.addCard(order.id, noReference, t0).error().code, u"tender_invalid"_s);
    QCOMPARE(orders.addCard(order.id, test::card(100, false, CardStatus::Declined), t0).error().code,
             u"tender_invalid"_s);
    CardPayment euros = test::card(100, false);
    euros.amount = Money::fromMinor(100, u"EUR").value();
    QCOMPARE(orders.addCard(order.id, euros, t0).error().code, u"currency_mismatch"_s);
    QCOMPARE(orders.addCash(order.id, cad(0), CashRounding::None, t0).error().code, u"tender_invalid"_s);
    QCOMPARE(orders.addCash(u"missing"_s, cad(100), CashRounding::None, t0).error().code, u"order_not_found"_s);
    QCOMPARE(orders.find(order.id).value(), before);
}

void TestOrders::create_snapshotsLinesAndRefusesEmpty()
{
    test::StoreFixture store;
    OrderStore orders(store.db());
    Catalog catalog(store.db());
    Product bread {0, u"BAK-1"_s, {}, u"Sourdough"_s, 0, u"Bakery"_s, cad(749), u"zero-rated"_s, true};
    bread = catalog.save(bread, t0).value();
    Cart cart(u"CAD"_s, TaxRules::quebec());
    const int line = cart.add(bread, 3).value();
    QVERIFY(cart.setLineDiscount(line, Discount::percent(1000)).ok());
    cart.add(test::testProduct(7, u"Latte"_s, 475)).value();
    QVERIFY(cart.setOrderDiscount(Discount::off(cad(100))).ok());
    const Order order = orders.create(cart, test::testContext(), t0).value();

    // The catalog changes afterwards; the order keeps what was sold.
    bread.name = u"Sourdough (new recipe)"_s;
    bread.price = cad(899);
    QVERIFY(catalog.save(bread, t0 + 1).ok());
    const Order stored = orders.find(order.id).value();
    QCOMPARE(stored.lines.size(), 2);
    const OrderLine &sold = stored.lines.first();
    QCOMPARE(sold.name, u"Sourdough"_s);
    QCOMPARE(sold.unitPrice, cad(749));
    QCOMPARE(sold.quantity, 3);
    QCOMPARE(sold.extended, cad(2247));
    QCOMPARE(sold.lineDiscount, cad(225)); // 10 % of 22.47 = 2.247
    QCOMPARE(sold.taxClassId, u"zero-rated"_s);
    QCOMPARE(sold.orderDiscount.minor() + stored.lines.last().orderDiscount.minor(), 100);
    QCOMPARE(stored.subtotal, cart.totals().subtotal);
    QCOMPARE(stored.discounts, cart.totals().discounts);
    QCOMPARE(stored.taxes, cart.totals().taxes);
    QCOMPARE(stored.total, cart.totals().total);
    QCOMPARE(stored.taxMode, TaxMode::Exclusive);

    QCOMPARE(orders.create(Cart(u"CAD"_s, TaxRules::quebec()), test::testContext(), t0).error().code, u"cart_empty"_s);
    OrderContext anonymous = test::testContext();
    anonymous.cashierId.clear();
    QCOMPARE(orders.create(cart, anonymous, t0).error().code, u"order_invalid"_s);

    // A fully discounted cart is paid as soon as it is an order.
    Cart free(u"CAD"_s, TaxRules::quebec());
    free.add(test::testProduct(8, u"Sample"_s, 300)).value();
    QVERIFY(free.setOrderDiscount(Discount::percent(10'000)).ok());
    QCOMPARE(orders.create(free, test::testContext(), t0)->state, OrderState::Paid);
}

void TestOrders::shifts_oneOpenPerRegister_managerEnds()
{
    test::StoreFixture store;
    QVERIFY(test::addStaffRow(store.db(), u"staff-ana"_s, u"Ana"_s, Role::Manager));
    QVERIFY(test::addStaffRow(store.db(), u"staff-ben"_s, u"Ben"_s, Role::Cashier));
    ShiftStore shifts(store.db());
    OrderStore orders(store.db());

    const Shift shift = shifts.open(u"reg_1"_s, u"staff-ben"_s, t0).value();
    QCOMPARE(shifts.open(u"reg_1"_s, u"staff-ana"_s, t0).error().code, u"shift_open"_s);
    QCOMPARE(shifts.open(u"reg_2"_s, u"nobody"_s, t0).error().code, u"staff_not_found"_s);
    const Shift other = shifts.open(u"reg_2"_s, u"staff-ana"_s, t0).value();
    QCOMPARE(shifts.current(u"reg_1"_s).value(), std::optional(shift));

    const Order first = orders.create(twoLattes(), test::testContext(shift.id), t0 + hour).value();
    const Order second = orders.create(twoLattes(), test::testContext(shift.id), t0 + 2 * hour).value();
    OrderContext elsewhere = test::testContext(other.id);
    elsewhere.registerId = u"reg_2"_s;
    const Order third = orders.create(twoLattes(), elsewhere, t0 + hour).value();
    const auto ids = [](const QList<Order> &list) {
        QStringList result;
        for (const Order &order : list) {
            result << order.id;
        }
        return result;
    };
    QCOMPARE(ids(orders.ordersOfShift(shift.id).value()), (QStringList {first.id, second.id}));
    QCOMPARE(ids(orders.ordersBetween(t0, t0 + 2 * hour).value()).size(), 2); // end is exclusive
    QCOMPARE(ids(orders.ordersBetween(t0, t0 + 3 * hour, u"reg_2"_s).value()), QStringList {third.id});
    QCOMPARE(orders.ordersBetween(t0 + 3 * hour, t0 + 4 * hour)->size(), 0);
    // The orders are at 13:00 and 14:00 UTC on 2026-11-22: 08:00 and 09:00 that day in
    // Toronto, but 02:00 and 03:00 the next day in Auckland (UTC+13 in November).
    QCOMPARE(orders.ordersOfDay(QDate(2026, 11, 22), QTimeZone::utc())->size(), 3);
    QCOMPARE(orders.ordersOfDay(QDate(2026, 11, 22), QTimeZone("America/Toronto"), u"reg_1"_s)->size(), 2);
    QCOMPARE(orders.ordersOfDay(QDate(2026, 11, 22), QTimeZone("Pacific/Auckland"))->size(), 0);
    QCOMPARE(orders.ordersOfDay(QDate(2026, 11, 23), QTimeZone("Pacific/Auckland"))->size(), 3);

    QCOMPARE(shifts.close(shift.id, u"staff-ben"_s, t0 + 3 * hour).error().code, u"permission_denied"_s);
    auto closed = shifts.close(shift.id, u"staff-ana"_s, t0 + 3 * hour);
    QVERIFY(closed.ok());
    QCOMPARE(closed->closedAt, std::optional<qint64>(t0 + 3 * hour));
    QCOMPARE(closed->closedBy, u"staff-ana"_s);
    QVERIFY(!shifts.current(u"reg_1"_s).value().has_value());
    QCOMPARE(shifts.close(shift.id, u"staff-ana"_s, t0 + 4 * hour).error().code, u"shift_closed"_s);
    QCOMPARE(orders.create(twoLattes(), test::testContext(shift.id), t0 + 4 * hour).error().code, u"shift_closed"_s);
    QVERIFY(shifts.open(u"reg_1"_s, u"staff-ben"_s, t0 + 5 * hour).ok());
}

void TestOrders::shiftReport_totalsByTenderAndWarnings()
{
    test::StoreFixture store;
    OrderStore orders(store.db());
    const auto newOrder = [&] {
        return orders.create(twoLattes(), test::testContext(), t0).value().id;
    };
    const QString cashSale = newOrder();
    QVERIFY(orders.addCash(cashSale, cad(2000), CashRounding::None, t0).ok());
    QVERIFY(orders.addCard(newOrder(), test::card(1093, false), t0).ok());
    QVERIFY(orders.addCard(newOrder(), test::card(1093, true, CardStatus::Pending), t0).ok());
    const CardPayment declined = test::card(1093, true, CardStatus::Pending);
    QVERIFY(orders.addCard(newOrder(), declined, t0).ok());
    QVERIFY(orders.updateCardStatus(declined.localId, CardStatus::Declined, u"card_declined"_s, t0).ok());
    QVERIFY(orders.addCash(newOrder(), cad(500), CashRounding::None, t0).ok()); // still open
    QVERIFY(orders.voidOrder(newOrder(), u"mistake"_s, t0).ok());
    const QList<Order> shiftOrders = orders.ordersBetween(t0, t0 + 1).value();
    QCOMPARE(shiftOrders.size(), 6);

    const qint64 now = t0 + hour;
    const OfflineExposure exposure {1, cad(1093), now + 4 * hour};
    const ShiftReport report = ShiftReporter::build(shiftOrders, exposure, u"CAD"_s, now);
    QCOMPARE(report.paidOrders, 4);
    QCOMPARE(report.openOrders, 1);
    QCOMPARE(report.voidedOrders, 1);
    QCOMPARE(report.subtotal, cad(4 * 950));
    QCOMPARE(report.taxTotal, cad(4 * (48 + 95)));
    QCOMPARE(report.sales, cad(4 * 1093));
    QCOMPARE(report.taxes.size(), 2);
    QCOMPARE(report.taxes.at(0).name, u"GST"_s);
    QCOMPARE(report.taxes.at(0).amount, cad(4 * 48));
    QCOMPARE(report.taxes.at(1).base, cad(4 * 950));
    QCOMPARE(report.cash, (TenderTotal {2, cad(1593)}));
    QCOMPARE(report.changeGiven, cad(907));
    QCOMPARE(report.expectedCash, cad(1593));
    QCOMPARE(report.cardOnline, (TenderTotal {1, cad(1093)}));
    QCOMPARE(report.cardOffline, (TenderTotal {2, cad(2186)}));
    QCOMPARE(report.cardPending, (TenderTotal {1, cad(1093)}));
    QCOMPARE(report.cardDeclined, (TenderTotal {1, cad(1093)}));
    QCOMPARE(report.declinedWithoutContact, 1);
    QStringList codes;
    for (const ShiftWarning &warning : report.warnings) {
        codes << warning.code;
        QVERIFY(!warning.message.isEmpty());
    }
    QCOMPARE(codes, (QStringList {u"open_orders"_s, u"offline_queued"_s, u"card_pending"_s, u"card_declined"_s}));
    QVERIFY2(report.warnings.at(1).message.contains(u"4 h 00 min"_s), qPrintable(report.warnings.at(1).message));
    QVERIFY(report.hasUnprocessed());

    const ShiftReport late = ShiftReporter::build(shiftOrders, {1, cad(1093), now - 1}, u"CAD"_s, now);
    QCOMPARE(late.warnings.at(2).code, u"deadline_passed"_s);

    // A clean shift: one cash sale, nothing queued.
    const ShiftReport clean
        = ShiftReporter::build({orders.find(cashSale).value()}, {0, cad(0), std::nullopt}, u"CAD"_s, now);
    QVERIFY(!clean.hasUnprocessed());
    QCOMPARE(clean.sales, cad(1093));
}

void TestOrders::reopen_keepsOrdersShiftsAndSettings()
{
    test::StoreFixture store;
    QVERIFY(test::addStaffRow(store.db(), u"staff-ana"_s, u"Ana"_s, Role::Manager));
    SalesSettings settings(store.db());
    QCOMPARE(settings.taxRules(u"loc_test"_s).error().code, u"tax_rules_missing"_s);
    StoreSettings profile = settings.load().value();
    QCOMPARE(profile.currency, u"CAD"_s);
    StoreSettings nameOnly = profile; // no address, registration or footer: stored as empty
    nameOnly.storeName = u"Kiosk"_s;
    QVERIFY(settings.save(nameOnly).ok());
    QCOMPARE(settings.load()->storeName, u"Kiosk"_s);
    profile.storeName = u"Café Holdfast"_s;
    profile.addressLines = {u"123 rue Principale"_s, u"Montréal QC"_s};
    profile.taxRegistration = u"GST 123456789 RT0001"_s;
    profile.cashRounding = CashRounding::Nickel;
    QVERIFY(settings.save(profile).ok());
    StoreSettings bad = profile;
    bad.currency = u"XYZ"_s;
    QCOMPARE(settings.save(bad).error().code, u"settings_invalid"_s);
    QVERIFY(settings.setTaxRules(u"loc_test"_s, TaxRules::quebec(), t0).ok());
    TaxRules unknownClass = TaxRules::quebec();
    unknownClass.taxes[0].classIds << u"luxury"_s;
    QCOMPARE(settings.setTaxRules(u"loc_test"_s, unknownClass, t0).error().code, u"tax_rules_invalid"_s);

    const Shift shift = ShiftStore(store.db()).open(u"reg_1"_s, u"staff-ana"_s, t0).value();
    OrderStore orders(store.db());
    const Order order = orders.create(twoLattes(), test::testContext(shift.id), t0).value();
    const CardPayment offline = test::card(593, true, CardStatus::Pending);
    QVERIFY(orders.addCard(order.id, offline, t0 + 1).ok());
    QVERIFY(orders.addCash(order.id, cad(1000), CashRounding::Nickel, t0 + 2).ok());
    const Order before = orders.setFollowUpContact(order.id, u"514 555 0199"_s, t0 + 3).value();
    QCOMPARE(before.state, OrderState::Paid);

    QVERIFY(store.reopen());
    const Order after = OrderStore(store.db()).find(order.id).value();
    QCOMPARE(after, before);
    QCOMPARE(after.tenders.at(0).paymentLocalId, offline.localId);
    QCOMPARE(after.tenders.at(0).status, CardStatus::Pending);
    QCOMPARE(after.contact->value, u"5145550199"_s);
    QCOMPARE(SalesSettings(store.db()).load().value(), profile);
    QCOMPARE(SalesSettings(store.db()).taxRules(u"loc_test"_s).value(), TaxRules::quebec());
    QCOMPARE(ShiftStore(store.db()).current(u"reg_1"_s).value(), std::optional(shift));
    QCOMPARE(OrderStore(store.db()).ordersOfShift(shift.id)->size(), 1);
}

QTEST_GUILESS_MAIN(TestOrders)
#include "tst_orders.moc"
