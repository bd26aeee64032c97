#include "cardtendersync.h"

#include "payments/paymentstore.h"
#include "sales/orderstore.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCardTenderSync, "holdfast.core.cardtendersync")

namespace holdfast {

CardTenderSync::CardTenderSync(payments::Vault &vault, sales::StoreDatabase &store, QObject *parent)
    : QObject(parent), m_vault(vault), m_store(store)
{
}

Result<std::optional<sales::Order>> CardTenderSync::sync(const QString &localId, qint64 nowMs)
{
    sales::OrderStore orders(m_store);
    auto order = orders.findByPayment(localId);
    if (!order) {
        if (order.error().code == u"order_not_found"_s) {
            return std::optional<sales::Order>(); // a payment taken outside a sale (holdfastctl charge)
        }
        return order.error();
    }
    auto payment = payments::PaymentStore(m_vault).find(localId);
    if (!payment) {
        // Purged after its retention: the order keeps what it last knew.
        return payment.error().code == u"payment_not_found"_s ? Result<std::optional<sales::Order>>(std::nullopt)
                                                              : Result<std::optional<sales::Order>>(payment.error());
    }
    const sales::CardStatus status = sales::cardStatusFor(payment->status);
    const QString detail
        = status == sales::CardStatus::Declined && payment->lastError ? payment->lastError->message : QString();
    for (const sales::Tender &tender : std::as_const(order->tenders)) {
        if (tender.paymentLocalId == localId && tender.status == status && tender.statusDetail == detail) {
            return std::optional<sales::Order>();
        }
    }
    auto updated = orders.updateCardStatus(localId, status, detail, nowMs);
    if (!updated) {
        return updated.error();
    }
    qCInfo(lcCardTenderSync) << "card tender of payment" << localId << "is now" << sales::toWire(status);
    emit orderChanged(updated.value());
    return std::optional<sales::Order>(updated.value());
}

Result<int> CardTenderSync::syncPending(qint64 sinceMs, qint64 nowMs)
{
    auto recent = sales::OrderStore(m_store).ordersBetween(sinceMs, nowMs + 1);
    if (!recent) {
        return recent.error();
    }
    int changed = 0;
    for (const sales::Order &order : std::as_const(recent.value())) {
        for (const sales::Tender &tender : order.tenders) {
            if (tender.kind != sales::TenderKind::Card || tender.status != sales::CardStatus::Pending) {
                continue;
            }
            auto synced = sync(tender.paymentLocalId, nowMs);
            if (!synced) {
                qCWarning(lcCardTenderSync) << "cannot bring a card tender in step:" << synced.error().message;
                continue;
            }
            changed += synced->has_value() ? 1 : 0;
        }
    }
    return changed;
}

} // namespace holdfast
