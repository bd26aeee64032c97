#include "order.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace holdfast::sales {

namespace {

Money sum(const Order &order, const std::function<qint64(const Tender &)> &pick)
{
    qint64 total = 0;
    for (const Tender &tender : order.tenders) {
        total += pick(tender);
    }
    return Money::fromMinor(total, order.currency).value_or(Money());
}

} // namespace

QString toWire(OrderState state)
{
    switch (state) {
    case OrderState::Open:
        return u"OPEN"_s;
    case OrderState::Paid:
        return u"PAID"_s;
    case OrderState::Voided:
        return u"VOIDED"_s;
    }
    return {};
}

Result<OrderState> orderStateFromWire(QStringView text)
{
    for (OrderState state : {OrderState::Open, OrderState::Paid, OrderState::Voided}) {
        if (text == toWire(state)) {
            return state;
        }
    }
    return Error {u"order_state_invalid"_s, QCoreApplication::translate("Order", "The order state is unknown.")};
}

QString toWire(CardStatus status)
{
    switch (status) {
    case CardStatus::Approved:
        return u"APPROVED"_s;
    case CardStatus::Pending:
        return u"PENDING"_s;
    case CardStatus::Declined:
        return u"DECLINED"_s;
    case CardStatus::Voided:
        return u"VOIDED"_s;
    }
    return {};
}

Result<CardStatus> cardStatusFromWire(QStringView text)
{
    for (CardStatus status : {CardStatus::Approved, CardStatus::Pending, CardStatus::Declined, CardStatus::Voided}) {
        if (text == toWire(status)) {
            return status;
        }
    }
    return Error {u"card_status_invalid"_s, QCoreApplication::translate("Order", "The card status is unknown.")};
}

CardStatus cardStatusFor(payments::PaymentStatus status)
{
    switch (status) {
    case payments::PaymentStatus::Queued:
    case payments::PaymentStatus::Uploaded:
        return CardStatus::Pending;
    case payments::PaymentStatus::Processed:
        return CardStatus::Approved;
    case payments::PaymentStatus::FailedToProcess:
    case payments::PaymentStatus::FailedToUpload:
        return CardStatus::Declined;
    case payments::PaymentStatus::Voided:
        return CardStatus::Voided;
    }
    return CardStatus::Pending;
}

bool Tender::counts() const
{
    if (kind == TenderKind::Cash) {
        return true;
    }
    switch (status) {
    case CardStatus::Approved:
    case CardStatus::Pending:
        return true;
    case CardStatus::Declined:
        // An offline payment declined later closed the sale at the counter: the customer left
        // with the goods, the order stays paid and the follow-up contact is for this. Online,
        // the customer is still there and the balance is due again.
        return offline;
    case CardStatus::Voided:
        return false;
    }
    return false;
}

Result<FollowUpContact> FollowUpContact::parse(QStringView text)
{
    const QString trimmed = text.trimmed().toString();
    if (trimmed.contains(u'@')) {
        static const QRegularExpression email(uR"(^[^\s@]+@[^\s@]+\.[^\s@]+$)"_s);
        if (trimmed.size() <= 254 && email.match(trimmed).hasMatch()) {
            return FollowUpContact {Kind::Email, trimmed};
        }
        return Error {u"contact_invalid"_s, tr("The e-mail address %1 does not look complete.").arg(trimmed)};
    }
    static const QRegularExpression phone(uR"(^\+?[0-9 ().\-]+$)"_s);
    QString digits = trimmed;
    digits.remove(QRegularExpression(uR"([ ().\-])"_s));
    const qsizetype count = digits.startsWith(u'+') ? digits.size() - 1 : digits.size();
    if (phone.match(trimmed).hasMatch() && count >= 7 && count <= 15) {
        return FollowUpContact {Kind::Phone, digits};
    }
    return Error {u"contact_invalid"_s, tr("Enter an e-mail address or a phone number (7 to 15 digits).")};
}

Money Order::paid() const
{
    return sum(*this, [](const Tender &t) { return t.counts() ? t.amount.minor() : 0; });
}

Money Order::remaining() const
{
    const qint64 due = total.minor() - paid().minor();
    return Money::fromMinor(due > 0 ? due : 0, currency).value_or(Money());
}

Money Order::change() const
{
    return sum(*this, [](const Tender &t) { return t.kind == TenderKind::Cash ? t.change.minor() : 0; });
}

Money Order::cashRounding() const
{
    return sum(*this, [](const Tender &t) { return t.kind == TenderKind::Cash ? t.rounding.minor() : 0; });
}

} // namespace holdfast::sales
