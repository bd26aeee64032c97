#pragma once

#include "cart.h"
#include "order.h"
#include "storedatabase.h"
#include "tendering.h"

#include <QCoreApplication>
#include <QDate>
#include <QTimeZone>

namespace holdfast::sales {

/// Who and where a sale is rung up.
struct OrderContext
{
    QString locationId;
    QString registerId;
    QString shiftId; ///< the register's open shift; empty to sell outside shifts
    QString cashierId;
    QString cashierName;
};

/// A card payment to record against an order: only the vault payment's printable fields.
struct CardPayment
{
    QString localId; ///< the vault payment's localId (UUID)
    Money amount;
    QString brand;
    QString last4;
    bool offline = false; ///< taken offline (queued)
    CardStatus status = CardStatus::Approved; ///< Pending for offline or outcome unknown
    QString statusDetail;
};

/// Orders and tenders in store.sqlite. Every change is one durable transaction that reads the
/// order, applies the pure rules (Tendering) and writes it back; the answer is the order as
/// stored, so the screen always shows what is on disk.
class OrderStore
{
    Q_DECLARE_TR_FUNCTIONS(OrderStore)

public:
    explicit OrderStore(StoreDatabase &db) : m_db(db) { }

    /// Turns a cart into an open order: lines, taxes and totals are copied as sold. A cart
    /// whose total is zero (fully discounted) makes a paid order at once.
    Result<Order> create(const Cart &cart, const OrderContext &context, qint64 nowMs);
    Result<Order> find(const QString &orderId) const;
    /// The order a vault payment (by localId) was tendered on.
    Result<Order> findByPayment(const QString &paymentLocalId) const;

    /// Cash handed over: applied up to the balance, the rest is change; the order is paid
    /// when the balance reaches zero.
    Result<Order> addCash(const QString &orderId, const Money &tendered, CashRounding rounding, qint64 nowMs);
    /// A card payment recorded in the vault: at most the balance (only cash overpays).
    Result<Order> addCard(const QString &orderId, const CardPayment &payment, qint64 nowMs);
    /// What the vault now says of a card payment. A voided (or, online, declined) payment stops
    /// counting and a paid order with a balance again becomes open.
    Result<Order> updateCardStatus(const QString &paymentLocalId, CardStatus status, const QString &detail,
                                   qint64 nowMs);
    /// Abandons an open order. Refused while a card payment on it still counts
    /// ("order_has_card_payment": void it in the vault first); cash taken is to be handed back.
    Result<Order> voidOrder(const QString &orderId, const QString &reason, qint64 nowMs);
    /// The customer's e-mail or phone, for an offline payment that may be declined later.
    Result<Order> setFollowUpContact(const QString &orderId, QStringView contact, qint64 nowMs);

    /// Orders of a shift, oldest first.
    Result<QList<Order>> ordersOfShift(const QString &shiftId) const;
    /// Orders created in [fromMs, toMs), of one register or of all; oldest first.
    Result<QList<Order>> ordersBetween(qint64 fromMs, qint64 toMs, const QString &registerId = {}) const;
    /// Orders of a calendar day in `zone` (23 or 25 hours long on a daylight-saving change).
    Result<QList<Order>> ordersOfDay(QDate day, const QTimeZone &zone, const QString &registerId = {}) const;

private:
    Result<QList<Order>> select(const QString &where, const QVariantList &values) const;
    Status loadDetails(Order &order) const;
    Status insertTender(const Order &order, const Tender &tender, qsizetype position, qint64 nowMs);
    Status settle(const QString &orderId, qint64 nowMs);
    Result<Order> change(const QString &orderId, const std::function<Status(const Order &)> &work);

    StoreDatabase &m_db;
};

} // namespace holdfast::sales
