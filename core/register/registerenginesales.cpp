// RegisterEngine: selling — orders, cash and card tenders, receipts.
#include "payments/paymentstore.h"
#include "registerengine.h"
#include "salereference.h"
#include "sales/tendering.h"
#include "terminalcardreader.h"

#include <QLoggingCategory>
#include <QTimeZone>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcEngineSales, "holdfast.core.registerenginesales")

namespace holdfast {

Result<sales::TaxRules> RegisterEngine::taxRules()
{
    sales::SalesSettings settings(*m_store);
    auto rules = settings.taxRules(locationId());
    if (!rules && rules.error().code == u"tax_rules_missing"_s) {
        return settings.taxRules(u"default"_s); // chosen at first run, for every location
    }
    return rules;
}

Result<sales::StoreSettings> RegisterEngine::storeSettings()
{
    return sales::SalesSettings(*m_store).load();
}

Result<sales::Order> RegisterEngine::createOrder(const sales::Cart &cart, const sales::StaffMember &cashier)
{
    if (auto allowed = authorize(cashier, sales::Action::Sell); !allowed) {
        return allowed.error();
    }
    sales::OrderContext context;
    context.locationId = locationId();
    context.registerId = registerId();
    context.cashierId = cashier.id;
    context.cashierName = cashier.name;
    if (auto shift = currentShift(); shift && shift->has_value()) {
        context.shiftId = (*shift)->id;
    }
    return orders().create(cart, context, now());
}

Result<sales::Order> RegisterEngine::addCash(const QString &orderId, const Money &tendered)
{
    auto settings = storeSettings();
    if (!settings) {
        return settings.error();
    }
    return orders().addCash(orderId, tendered, settings->cashRounding, now());
}

void RegisterEngine::chargeCard(const CardTender &tender, std::function<void(Result<CardTenderResult>)> done)
{
    // Keyed card data is wiped here whatever happens next; the reader keeps its own copy.
    const auto wipeKeyed = [&tender] {
        if (tender.keyedPan) {
            tender.keyedPan->clear();
        }
        if (tender.keyedExpiry) {
            tender.keyedExpiry->clear();
        }
    };
    if (m_reader) {
        wipeKeyed();
        return done(Error {u"charge_in_progress"_s, tr("A card payment is already in progress.")});
    }
    // A payment of this sale whose outcome was never shown (the register stopped) is its answer:
    // never a second charge for it.
    if (auto earlier = reattachUnconfirmed(tender.orderId, true); earlier && !earlier->isEmpty()) {
        wipeKeyed();
        auto current = orders().find(tender.orderId);
        if (!current) {
            return done(current.error());
        }
        return done(CardTenderResult {salereference::outcomeOf(earlier->constFirst(), false), current.value()});
    }
    auto order = orders().find(tender.orderId);
    if (!order) {
        wipeKeyed();
        return done(order.error());
    }
    if (auto fits = sales::Tendering::checkCard(order->remaining(), tender.amount); !fits) {
        wipeKeyed();
        return done(fits.error());
    }
    if (tender.isKeyed()) {
        if (auto allowed = authorize(tender.cashier, sales::Action::KeyedCardEntry); !allowed) {
            wipeKeyed();
            return done(allowed.error());
        }
        auto card = crypto::CardData::create(tender.keyedPan->view(),
                                             tender.keyedExpiry ? tender.keyedExpiry->view() : QByteArrayView(),
                                             crypto::EntryMethod::Keyed, crypto::Cvm::None);
        wipeKeyed();
        if (!card) {
            return done(card.error());
        }
        m_reader = std::make_unique<KeyedCardReader>(std::move(card).value());
    } else {
        if (auto allowed = authorize(tender.cashier, sales::Action::Sell); !allowed) {
            return done(allowed.error());
        }
        if (!m_core->terminal().pairing()) {
            return done(Error {u"terminal_not_paired"_s,
                               tr("No payment terminal is paired with this register. A manager can pair one, or "
                                  "key the card in.")});
        }
        m_reader = std::make_unique<TerminalCardReader>(m_core->terminal(), m_timings.cardTimeoutMs);
    }
    ChargeRequest request;
    request.amount = tender.amount;
    request.tip = Money::zero(tender.amount.currency());
    request.orderId = tender.orderId;
    request.cashier = tender.cashier.name;
    qCInfo(lcEngineSales) << "card tender on order" << tender.orderId << (tender.isKeyed() ? "keyed" : "terminal");
    m_core->charger().charge(request, *m_reader, [this, tender, done = std::move(done)](const ChargeOutcome &outcome) {
        finishCharge(tender, outcome, done);
    });
}

void RegisterEngine::cancelCharge()
{
    if (m_reader) {
        m_reader->cancel();
    }
}

void RegisterEngine::finishCharge(const CardTender &tender, const ChargeOutcome &outcome,
                                  const std::function<void(Result<CardTenderResult>)> &done)
{
    // The reader may be on the stack that called us: it goes once this call has returned.
    const bool wasTerminal = dynamic_cast<TerminalCardReader *>(m_reader.get()) != nullptr;
    QTimer::singleShot(0, this, [reader = std::shared_ptr<CardReader>(m_reader.release())] {});
    if (wasTerminal) {
        // A card read, cancelled or refused is an answer; a lost connection is not.
        const QString code = outcome.error ? outcome.error->code : QString();
        if (!outcome.brand.isEmpty() || code.startsWith(u"card_"_s)) {
            m_terminalMonitor->observe(true);
        } else if (code == u"terminal_unreachable"_s || code == u"terminal_connection_lost"_s) {
            m_terminalMonitor->observe(false);
        }
    }

    CardTenderResult result {outcome, std::nullopt};
    const bool counts = outcome.approved() || outcome.result == ChargeResult::Pending;
    if (counts && !outcome.localId.isEmpty()) {
        sales::CardPayment payment;
        payment.localId = outcome.localId;
        payment.amount = tender.amount;
        payment.brand = outcome.brand;
        payment.last4 = outcome.last4;
        payment.offline = outcome.result == ChargeResult::ApprovedOffline;
        payment.status
            = outcome.result == ChargeResult::ApprovedOnline ? sales::CardStatus::Approved : sales::CardStatus::Pending;
        if (outcome.result == ChargeResult::Pending) {
            payment.statusDetail = tr("Outcome pending");
        }
        auto order = orders().addCard(tender.orderId, payment, now());
        if (!order) {
            // The payment is safe in the vault and will be settled; the sale could not record it.
            qCCritical(lcEngineSales) << "payment" << outcome.localId << "taken but not recorded on order"
                                      << tender.orderId << ":" << order.error().message;
            requestStatus();
            return done(Error {order.error().code,
                               tr("The card payment was taken (reference %1), but the sale could not record it: %2")
                                   .arg(outcome.localId, order.error().message)});
        }
        result.order = order.value();
        // An offline payment may already have gone up: the order follows the vault.
        if (auto synced = m_cardSync->sync(outcome.localId, now()); synced && synced->has_value()) {
            result.order = **synced;
        }
    }
    requestStatus();
    done(result);
}

Result<sales::Order> RegisterEngine::setFollowUpContact(const QString &orderId, const QString &contact)
{
    return orders().setFollowUpContact(orderId, contact, now());
}

Result<sales::Order> RegisterEngine::voidOrder(const sales::StaffMember &actor, const QString &orderId,
                                               const QString &reason)
{
    if (auto allowed = authorize(actor, sales::Action::VoidOpenOrder); !allowed) {
        return allowed.error();
    }
    return orders().voidOrder(orderId, reason, now());
}

Result<ReceiptDocument> RegisterEngine::receipt(const QString &orderId)
{
    auto order = orders().find(orderId);
    if (!order) {
        return order.error();
    }
    auto settings = storeSettings();
    if (!settings) {
        return settings.error();
    }
    ReceiptDocument document;
    QList<sales::ReceiptPayment> fresh;
    payments::PaymentStore vault(m_core->vault());
    for (const sales::Tender &tender : std::as_const(order->tenders)) {
        if (tender.kind != sales::TenderKind::Card) {
            continue;
        }
        sales::ReceiptPayment payment {tender.paymentLocalId, tender.brand,  tender.last4,
                                       tender.offline,        tender.status, tender.statusDetail};
        if (auto record = vault.find(tender.paymentLocalId)) {
            payment.status = sales::cardStatusFor(record->status);
            if (payment.status == sales::CardStatus::Declined && record->lastError) {
                payment.statusText = record->lastError->message;
            }
        }
        document.pending = document.pending || payment.status == sales::CardStatus::Pending;
        fresh.append(payment);
    }
    document.receipt = sales::ReceiptBuilder::build(order.value(), fresh, settings.value());
    document.text = sales::ReceiptRenderer::toText(document.receipt);
    document.html = sales::ReceiptRenderer::toHtml(document.receipt);
    return document;
}

} // namespace holdfast
