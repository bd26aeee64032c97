#include "orderstore.h"

#include "wire/payment.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcOrders, "holdfast.core.sales.orderstore")

namespace holdfast::sales {

namespace {

const QString orderColumns = u"id, location_id, register_id, shift_id, cashier_id, cashier_name, state, created_at, "
                             "closed_at, currency, tax_mode, subtotal_minor, discount_minor, tax_minor, total_minor, "
                             "contact_kind, contact, void_reason"_s;

Error notFound()
{
    return {u"order_not_found"_s, OrderStore::tr("There is no such sale on this register.")};
}

Error notOpen(const Order &order)
{
    return order.state == OrderState::Voided
        ? Error {u"order_not_open"_s, OrderStore::tr("This sale was cancelled.")}
        : Error {u"order_not_open"_s, OrderStore::tr("This sale is already paid.")};
}

Status bindAndExec(const StoreDatabase &db, QSqlQuery &query, const QVariantList &values)
{
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
    return db.exec(query);
}

QVariant optional(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace

Result<QList<Order>> OrderStore::select(const QString &where, const QVariantList &values) const
{
    QSqlQuery query(m_db.database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s + orderColumns + u" FROM orders WHERE "_s + where + u" ORDER BY created_at, id"_s);
    if (auto done = bindAndExec(m_db, query, values); !done) {
        return done.error();
    }
    QList<Order> orders;
    while (query.next()) {
        Order order;
        order.id = query.value(0).toString();
        order.locationId = query.value(1).toString();
        order.registerId = query.value(2).toString();
        order.shiftId = query.value(3).toString();
        order.cashierId = query.value(4).toString();
        order.cashierName = query.value(5).toString();
        auto state = orderStateFromWire(query.value(6).toString());
        auto mode = taxModeFromWire(query.value(10).toString());
        if (!state || !mode) {
            return state ? mode.error() : state.error();
        }
        order.state = state.value();
        order.createdAt = query.value(7).toLongLong();
        if (!query.value(8).isNull()) {
            order.closedAt = query.value(8).toLongLong();
        }
        order.currency = query.value(9).toString();
        order.taxMode = mode.value();
        QList<Money *> amounts {&order.subtotal, &order.discounts, &order.taxTotal, &order.total};
        for (int i = 0; i < amounts.size(); ++i) {
            auto money = Money::fromMinor(query.value(11 + i).toLongLong(), order.currency);
            if (!money) {
                return money.error();
            }
            *amounts[i] = money.value();
        }
        if (!query.value(15).isNull()) {
            order.contact = FollowUpContact {query.value(15).toString() == u"PHONE"_s ? FollowUpContact::Kind::Phone
                                                                                      : FollowUpContact::Kind::Email,
                                             query.value(16).toString()};
        }
        order.voidReason = query.value(17).toString();
        orders.append(order);
    }
    for (Order &order : orders) {
        if (auto loaded = loadDetails(order); !loaded) {
            return loaded.error();
        }
    }
    return orders;
}

Status OrderStore::loadDetails(Order &order) const
{
    const auto money = [&](const QVariant &value) {
        return Money::fromMinor(value.toLongLong(), order.currency).value_or(Money());
    };
    QSqlQuery query(m_db.database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT product_id, sku, name, quantity, unit_price_minor, extended_minor, line_discount_minor, "
                  "order_discount_minor, net_minor, tax_class_id FROM order_lines WHERE order_id = ? "
                  "ORDER BY position"_s);
    if (auto done = bindAndExec(m_db, query, {order.id}); !done) {
        return done;
    }
    while (query.next()) {
        order.lines.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                            query.value(3).toInt(), money(query.value(4)), money(query.value(5)), money(query.value(6)),
                            money(query.value(7)), money(query.value(8)), query.value(9).toString()});
    }
    query.prepare(u"SELECT name, rate_ppm, base_minor, amount_minor FROM order_taxes WHERE order_id = ? "
                  "ORDER BY position"_s);
    if (auto done = bindAndExec(m_db, query, {order.id}); !done) {
        return done;
    }
    while (query.next()) {
        order.taxes.append(
            {query.value(0).toString(), query.value(1).toLongLong(), money(query.value(2)), money(query.value(3))});
    }
    query.prepare(u"SELECT kind, amount_minor, tendered_minor, change_minor, rounding_minor, at, payment_local_id, "
                  "brand, last4, offline, status, status_detail FROM tenders WHERE order_id = ? ORDER BY position"_s);
    if (auto done = bindAndExec(m_db, query, {order.id}); !done) {
        return done;
    }
    while (query.next()) {
        Tender tender;
        tender.kind = query.value(0).toString() == u"CARD"_s ? TenderKind::Card : TenderKind::Cash;
        tender.amount = money(query.value(1));
        tender.tendered = money(query.value(2));
        tender.change = money(query.value(3));
        tender.rounding = money(query.value(4));
        tender.at = query.value(5).toLongLong();
        tender.paymentLocalId = query.value(6).toString();
        tender.brand = query.value(7).toString();
        tender.last4 = query.value(8).toString();
        tender.offline = query.value(9).toBool();
        if (tender.kind == TenderKind::Card) {
            auto status = cardStatusFromWire(query.value(10).toString());
            if (!status) {
                return status.error();
            }
            tender.status = status.value();
        }
        tender.statusDetail = query.value(11).toString();
        order.tenders.append(tender);
    }
    return {};
}

Result<Order> OrderStore::find(const QString &orderId) const
{
    auto orders = select(u"id = ?"_s, {orderId});
    if (!orders) {
        return orders.error();
    }
    return orders->isEmpty() ? Result<Order>(notFound()) : orders->first();
}

Result<Order> OrderStore::findByPayment(const QString &paymentLocalId) const
{
    auto orders = select(u"id = (SELECT order_id FROM tenders WHERE payment_local_id = ?)"_s, {paymentLocalId});
    if (!orders) {
        return orders.error();
    }
    if (orders->isEmpty()) {
        return Error {u"tender_not_found"_s, tr("No sale on this register has that card payment.")};
    }
    return orders->first();
}

Result<QList<Order>> OrderStore::ordersOfShift(const QString &shiftId) const
{
    return select(u"shift_id = ?"_s, {shiftId});
}

Result<QList<Order>> OrderStore::ordersBetween(qint64 fromMs, qint64 toMs, const QString &registerId) const
{
    if (registerId.isEmpty()) {
        return select(u"created_at >= ? AND created_at < ?"_s, {fromMs, toMs});
    }
    return select(u"created_at >= ? AND created_at < ? AND register_id = ?"_s, {fromMs, toMs, registerId});
}

Result<QList<Order>> OrderStore::ordersOfDay(QDate day, const QTimeZone &zone, const QString &registerId) const
{
    const qint64 from = QDateTime(day, QTime(0, 0), zone).toMSecsSinceEpoch();
    const qint64 to = QDateTime(day.addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch();
    return ordersBetween(from, to, registerId);
}

Result<Order> OrderStore::create(const Cart &cart, const OrderContext &context, qint64 nowMs)
{
    if (cart.isEmpty()) {
        return Error {u"cart_empty"_s, tr("Add an item before taking payment.")};
    }
    if (context.locationId.isEmpty() || context.registerId.isEmpty() || context.cashierId.isEmpty()) {
        return Error {u"order_invalid"_s, tr("A sale needs a location, a register and a signed-in cashier.")};
    }
    const CartTotals &totals = cart.totals();
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const bool free = totals.total.isZero();
    const Status created = m_db.transaction([&]() -> Status {
        QSqlQuery query(m_db.database());
        if (!context.shiftId.isEmpty()) {
            query.prepare(u"SELECT closed_at IS NULL FROM shifts WHERE id = ?"_s);
            if (auto done = bindAndExec(m_db, query, {context.shiftId}); !done) {
                return done;
            }
            if (!query.next() || !query.value(0).toBool()) {
                return Error {u"shift_closed"_s, tr("The shift has ended; open a new one to sell.")};
            }
        }
        query.prepare(u"INSERT INTO orders (id, location_id, register_id, shift_id, cashier_id, cashier_name, state, "
                      "created_at, closed_at, currency, tax_mode, subtotal_minor, discount_minor, tax_minor, "
                      "total_minor, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        Status done
            = bindAndExec(m_db, query,
                          {id, context.locationId, context.registerId, optional(context.shiftId), context.cashierId,
                           context.cashierName, toWire(free ? OrderState::Paid : OrderState::Open), nowMs,
                           free ? QVariant(nowMs) : QVariant(QMetaType::fromType<qlonglong>()), cart.currency(),
                           toWire(totals.taxMode), totals.subtotal.minor(), totals.discounts.minor(),
                           totals.taxTotal.minor(), totals.total.minor(), nowMs});
        if (!done) {
            return done;
        }
        query.prepare(u"INSERT INTO order_lines (order_id, position, product_id, sku, name, quantity, "
                      "unit_price_minor, extended_minor, line_discount_minor, order_discount_minor, net_minor, "
                      "tax_class_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        for (qsizetype i = 0; i < cart.lines().size(); ++i) {
            const CartLine &line = cart.lines().at(i);
            const CartLineTotals &amounts = totals.lines.at(i);
            done = bindAndExec(m_db, query,
                               {id, i, line.productId, line.sku, line.name, line.quantity, line.unitPrice.minor(),
                                amounts.extended.minor(), amounts.lineDiscount.minor(), amounts.orderDiscount.minor(),
                                amounts.net.minor(), line.taxClassId});
            if (!done) {
                return done;
            }
        }
        query.prepare(u"INSERT INTO order_taxes (order_id, position, name, rate_ppm, base_minor, amount_minor) "
                      "VALUES (?, ?, ?, ?, ?, ?)"_s);
        for (qsizetype i = 0; i < totals.taxes.size(); ++i) {
            const TaxLine &tax = totals.taxes.at(i);
            done = bindAndExec(m_db, query, {id, i, tax.name, tax.ratePpm, tax.base.minor(), tax.amount.minor()});
            if (!done) {
                return done;
            }
        }
        return {};
    });
    if (!created) {
        return created.error();
    }
    qCInfo(lcOrders) << "order" << id << "created," << cart.lines().size() << "lines";
    return find(id);
}

Status OrderStore::insertTender(const Order &order, const Tender &tender, qsizetype position, qint64 nowMs)
{
    const bool card = tender.kind == TenderKind::Card;
    QSqlQuery query(m_db.database());
    query.prepare(u"INSERT INTO tenders (order_id, position, kind, amount_minor, tendered_minor, change_minor, "
                  "rounding_minor, payment_local_id, brand, last4, offline, status, status_detail, at, updated_at) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    return bindAndExec(m_db, query,
                       {order.id, position, card ? u"CARD"_s : u"CASH"_s, tender.amount.minor(),
                        tender.tendered.minor(), tender.change.minor(), tender.rounding.minor(),
                        optional(tender.paymentLocalId), optional(tender.brand), optional(tender.last4),
                        tender.offline ? 1 : 0, card ? QVariant(toWire(tender.status)) : optional({}),
                        optional(tender.statusDetail), tender.at, nowMs});
}

Status OrderStore::settle(const QString &orderId, qint64 nowMs)
{
    auto order = find(orderId);
    if (!order) {
        return order.error();
    }
    OrderState next = order->state;
    if (order->state == OrderState::Open && order->remaining().isZero()) {
        next = OrderState::Paid;
    } else if (order->state == OrderState::Paid && !order->remaining().isZero()) {
        next = OrderState::Open; // a card payment stopped counting: the balance is due again
    }
    if (next == order->state) {
        return {};
    }
    QSqlQuery query(m_db.database());
    query.prepare(u"UPDATE orders SET state = ?, closed_at = ?, updated_at = ? WHERE id = ?"_s);
    qCInfo(lcOrders) << "order" << orderId << "is now" << toWire(next);
    return bindAndExec(m_db, query,
                       {toWire(next),
                        next == OrderState::Paid ? QVariant(nowMs) : QVariant(QMetaType::fromType<qlonglong>()), nowMs,
                        orderId});
}

Result<Order> OrderStore::change(const QString &orderId, const std::function<Status(const Order &)> &work)
{
    const Status done = m_db.transaction([&]() -> Status {
        auto order = find(orderId);
        if (!order) {
            return order.error();
        }
        return work(order.value());
    });
    if (!done) {
        return done.error();
    }
    return find(orderId);
}

Result<Order> OrderStore::addCash(const QString &orderId, const Money &tendered, CashRounding rounding, qint64 nowMs)
{
    return change(orderId, [&](const Order &order) -> Status {
        if (order.state != OrderState::Open) {
            return notOpen(order);
        }
        auto outcome = Tendering::settleCash(order.remaining(), tendered, rounding);
        if (!outcome) {
            return outcome.error();
        }
        const Tender tender {TenderKind::Cash,
                             outcome->applied,
                             tendered,
                             outcome->change,
                             outcome->rounding,
                             nowMs,
                             {},
                             {},
                             {},
                             false,
                             CardStatus::Approved,
                             {}};
        if (auto inserted = insertTender(order, tender, order.tenders.size(), nowMs); !inserted) {
            return inserted;
        }
        return settle(order.id, nowMs);
    });
}

Result<Order> OrderStore::addCard(const QString &orderId, const CardPayment &payment, qint64 nowMs)
{
    if (!wire::isValidLocalId(payment.localId)) {
        return Error {u"tender_invalid"_s, tr("The card payment has no valid reference.")};
    }
    if (payment.status == CardStatus::Voided || payment.status == CardStatus::Declined) {
        return Error {u"tender_invalid"_s, tr("A declined or voided card payment does not pay for anything.")};
    }
    return change(orderId, [&](const Order &order) -> Status {
        if (order.state != OrderState::Open) {
            return notOpen(order);
        }
        if (auto allowed = Tendering::checkCard(order.remaining(), payment.amount); !allowed) {
            return allowed;
        }
        const Tender tender {TenderKind::Card,
                             payment.amount,
                             payment.amount,
                             Money::zero(order.currency),
                             Money::zero(order.currency),
                             nowMs,
                             payment.localId,
                             payment.brand,
                             payment.last4,
                             payment.offline,
                             payment.status,
                             payment.statusDetail};
        if (auto inserted = insertTender(order, tender, order.tenders.size(), nowMs); !inserted) {
            if (inserted.error().code == u"store_constraint"_s) {
                return Error {u"tender_duplicate"_s, tr("This card payment is already recorded on a sale.")};
            }
            return inserted;
        }
        return settle(order.id, nowMs);
    });
}

Result<Order> OrderStore::updateCardStatus(const QString &paymentLocalId, CardStatus status, const QString &detail,
                                           qint64 nowMs)
{
    auto order = findByPayment(paymentLocalId);
    if (!order) {
        return order.error();
    }
    return change(order->id, [&](const Order &current) -> Status {
        QSqlQuery query(m_db.database());
        query.prepare(u"UPDATE tenders SET status = ?, status_detail = ?, updated_at = ? WHERE payment_local_id = ?"_s);
        if (auto done = bindAndExec(m_db, query, {toWire(status), optional(detail), nowMs, paymentLocalId}); !done) {
            return done;
        }
        // A cancelled sale stays cancelled whatever its payments do.
        return current.state == OrderState::Voided ? Status() : settle(current.id, nowMs);
    });
}

Result<Order> OrderStore::voidOrder(const QString &orderId, const QString &reason, qint64 nowMs)
{
    return change(orderId, [&](const Order &order) -> Status {
        if (order.state != OrderState::Open) {
            return notOpen(order);
        }
        for (const Tender &tender : std::as_const(order.tenders)) {
            if (tender.kind == TenderKind::Card && tender.counts()) {
                return Error {u"order_has_card_payment"_s,
                              tr("A card payment (%1 ending %2) is still on this sale; void it first.")
                                  .arg(tender.brand, tender.last4)};
            }
        }
        QSqlQuery query(m_db.database());
        query.prepare(u"UPDATE orders SET state = 'VOIDED', closed_at = ?, void_reason = ?, updated_at = ? "
                      "WHERE id = ?"_s);
        return bindAndExec(m_db, query, {nowMs, reason, nowMs, order.id});
    });
}

Result<Order> OrderStore::setFollowUpContact(const QString &orderId, QStringView contact, qint64 nowMs)
{
    auto parsed = FollowUpContact::parse(contact);
    if (!parsed) {
        return parsed.error();
    }
    return change(orderId, [&](const Order &order) -> Status {
        QSqlQuery query(m_db.database());
        query.prepare(u"UPDATE orders SET contact_kind = ?, contact = ?, updated_at = ? WHERE id = ?"_s);
        const bool phone = parsed->kind == FollowUpContact::Kind::Phone;
        return bindAndExec(m_db, query, {phone ? u"PHONE"_s : u"EMAIL"_s, parsed->value, nowMs, order.id});
    });
}

} // namespace holdfast::sales
