// RegisterEngine: unconfirmed card payments — recorded in the vault, outcome never shown
// (the register stopped in between). At start-up each goes back on its sale when it fits; a
// manager keeps or voids the others (DESIGN section 3, "Sale reference and confirmation").
#include "payments/paymentqueries.h"
#include "payments/paymentstore.h"
#include "registerengine.h"

#include <QLoggingCategory>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcEngineConfirm, "holdfast.core.registerengineconfirm")

namespace holdfast {

namespace {

sales::CardPayment tenderOf(const payments::PaymentRecord &payment)
{
    sales::CardPayment card;
    card.localId = payment.localId;
    card.amount = payment.amount;
    card.brand = payment.brand;
    card.last4 = payment.last4;
    card.offline = payment.mode == wire::PaymentMode::Offline;
    card.status = sales::cardStatusFor(payment.status);
    if (card.status == sales::CardStatus::Pending && !card.offline) {
        card.statusDetail = RegisterEngine::tr("Outcome pending");
    }
    return card;
}

} // namespace

Status RegisterEngine::markOutcomeShown(const QString &localId)
{
    return payments::PaymentStore(m_core->vault())
        .markOutcomeShown(localId, u"register"_s, u"result shown to the cashier"_s, now());
}

Status RegisterEngine::keepPayment(const sales::StaffMember &actor, const QString &localId)
{
    if (auto allowed = authorize(actor, sales::Action::VoidPayment); !allowed) {
        return allowed;
    }
    auto kept = payments::PaymentStore(m_core->vault())
                    .markOutcomeShown(localId, u"manager:"_s + actor.name, u"kept by a manager"_s, now());
    requestStatus();
    return kept;
}

Result<QList<payments::PaymentRecord>> RegisterEngine::unconfirmedPayments()
{
    payments::PaymentFilter filter;
    filter.unconfirmedOnly = true;
    filter.limit = 1000;
    return payments::PaymentQueries(m_core->vault()).list(filter);
}

Result<QList<payments::PaymentRecord>> RegisterEngine::reattachUnconfirmed(const QString &orderId, bool onlyMissing)
{
    QList<payments::PaymentRecord> attached;
    if (isCharging()) {
        return attached; // the payment being taken goes on its sale when its charge ends
    }
    auto unconfirmed = unconfirmedPayments();
    if (!unconfirmed) {
        return unconfirmed.error();
    }
    payments::PaymentStore vault(m_core->vault());
    for (const payments::PaymentRecord &payment : std::as_const(unconfirmed.value())) {
        if (payment.orderId.isEmpty() || (!orderId.isEmpty() && payment.orderId != orderId)) {
            continue;
        }
        auto order = orders().find(payment.orderId);
        if (!order) {
            continue; // not a sale of this register (holdfastctl --reference): for a manager
        }
        const bool onSale
            = std::any_of(order->tenders.cbegin(), order->tenders.cend(),
                          [&payment](const sales::Tender &t) { return t.paymentLocalId == payment.localId; });
        if (onSale && onlyMissing) {
            continue;
        }
        if (!onSale) {
            auto added = orders().addCard(order->id, tenderOf(payment), now());
            if (!added) {
                qCInfo(lcEngineConfirm) << "payment" << payment.localId
                                        << "does not fit its sale:" << added.error().code;
                continue; // paid otherwise, cancelled, or too large now: for a manager
            }
            emit orderChanged(added.value());
        }
        if (auto shown
            = vault.markOutcomeShown(payment.localId, u"register"_s, u"put back on its sale after a restart"_s, now());
            !shown) {
            return shown.error();
        }
        qCInfo(lcEngineConfirm) << "payment" << payment.localId << "is on its sale" << payment.orderId;
        attached.append(payment);
    }
    if (!attached.isEmpty()) {
        requestStatus();
    }
    return attached;
}

} // namespace holdfast
