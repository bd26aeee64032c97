#pragma once

#include "common/money.h"
#include "payments/paymentstatus.h"
#include "taxcalc.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace holdfast::sales {

/// Open while tenders are being taken, paid once they cover the total, voided if abandoned.
enum class OrderState { Open, Paid, Voided };
QString toWire(OrderState state); ///< OPEN, PAID, VOIDED
Result<OrderState> orderStateFromWire(QStringView text);

enum class TenderKind { Cash, Card };

/// Where a card tender's payment stands, as the vault last told it.
enum class CardStatus {
    Approved, ///< processed online (or later) by the gateway
    Pending, ///< approved offline and waiting to upload, or an online outcome not known yet
    Declined, ///< declined (or refused) after the sale: the follow-up contact is for this
    Voided, ///< cancelled; never charged; no longer counts toward the order
};
QString toWire(CardStatus status); ///< APPROVED, PENDING, DECLINED, VOIDED
Result<CardStatus> cardStatusFromWire(QStringView text);
/// The card status for a vault payment status (the glue between the vault and the order).
CardStatus cardStatusFor(payments::PaymentStatus status);

/// One line as sold: a snapshot, so later catalog changes never alter a past order.
struct OrderLine
{
    qint64 productId = 0;
    QString sku;
    QString name;
    int quantity = 0;
    Money unitPrice;
    Money extended; ///< unit price × quantity
    Money lineDiscount;
    Money orderDiscount; ///< this line's share of the order discount
    Money net; ///< what tax applied to (inclusive mode: tax included)
    QString taxClassId;

    bool operator==(const OrderLine &) const = default;
};

/// A payment toward an order. Card tenders hold only what may be printed: brand, last 4.
struct Tender
{
    TenderKind kind = TenderKind::Cash;
    Money amount; ///< applied to the order's total
    Money tendered; ///< cash handed over (card: the amount)
    Money change; ///< cash given back
    Money rounding; ///< cash rounding to 0.05 on this tender: handed-over cash is amount + rounding + change
    qint64 at = 0;
    QString paymentLocalId; ///< card: the vault payment's localId
    QString brand;
    QString last4;
    bool offline = false; ///< card: taken offline (queued) rather than online
    CardStatus status = CardStatus::Approved; ///< card only
    QString statusDetail; ///< card: e.g. the decline reason, for people

    /// Whether it counts toward the order: cash always; a card when approved or pending, or
    /// declined after an offline sale (the customer has left); not when voided.
    bool counts() const;
    bool operator==(const Tender &) const = default;
};

/// Whom to reach if an offline payment is declined later.
struct FollowUpContact
{
    Q_DECLARE_TR_FUNCTIONS(FollowUpContact)

public:
    enum class Kind { Email, Phone };
    Kind kind = Kind::Email;
    QString value; ///< e-mail as typed (trimmed), or a phone number with its formatting removed

    /// An e-mail address (has an @) or a phone number (7 to 15 digits, with + ( ) - . and
    /// spaces allowed); "contact_invalid" otherwise.
    static Result<FollowUpContact> parse(QStringView text);
    bool operator==(const FollowUpContact &) const = default;
};

/// A sale as stored in store.sqlite, with its lines, taxes and tenders.
struct Order
{
    QString id; ///< UUID; the vault payments' orderId
    QString locationId;
    QString registerId;
    QString shiftId; ///< empty when taken outside a shift
    QString cashierId;
    QString cashierName;
    OrderState state = OrderState::Open;
    qint64 createdAt = 0;
    std::optional<qint64> closedAt; ///< when it was paid or voided
    TaxMode taxMode = TaxMode::Exclusive;
    QString currency;
    QList<OrderLine> lines;
    QList<TaxLine> taxes;
    Money subtotal;
    Money discounts;
    Money taxTotal;
    Money total;
    QList<Tender> tenders;
    std::optional<FollowUpContact> contact;
    QString voidReason;

    /// Σ the amounts of tenders that count.
    Money paid() const;
    /// What is still due: total − paid, never below zero.
    Money remaining() const;
    /// Σ change given on cash tenders.
    Money change() const;
    /// Σ cash rounding (positive: the customer paid a little more in cash).
    Money cashRounding() const;

    bool operator==(const Order &) const = default;
};

} // namespace holdfast::sales
