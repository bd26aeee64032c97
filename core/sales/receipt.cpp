#include "receipt.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace holdfast::sales {

namespace {

QString negative(const Money &amount, const QLocale &locale)
{
    return amount.negated().format(locale);
}

QString taxLabel(const TaxLine &tax, const QLocale &locale)
{
    // Preset VAT names already carry their rate ("VAT 20%"); others get it appended.
    return tax.name.contains(u'%') ? tax.name : u"%1 %2%"_s.arg(tax.name, formatRatePercent(tax.ratePpm, locale));
}

QList<Receipt::Row> cardRows(const Tender &tender, const ReceiptPayment &payment, const QLocale &locale)
{
    using Row = Receipt::Row;
    const QString label = ReceiptBuilder::tr("%1 ending %2").arg(payment.brand, payment.last4);
    QList<Row> rows;
    // Unindented: "Ref: " and a 36-character UUID just fit a 42-column (80 mm) receipt.
    const Row reference {ReceiptBuilder::tr("Ref: %1").arg(payment.localId), {}, false, false};
    switch (payment.status) {
    case CardStatus::Approved:
        rows << Row {label, tender.amount.format(locale)} << Row {ReceiptBuilder::tr("Approved"), {}, false, true};
        break;
    case CardStatus::Pending:
        rows << Row {label, tender.amount.format(locale)}
             << Row {payment.offline ? ReceiptBuilder::tr("Approved offline — pending")
                                     : ReceiptBuilder::tr("Outcome pending"),
                     {},
                     false,
                     true}
             << reference;
        break;
    case CardStatus::Declined:
        rows << Row {label, tender.amount.format(locale)}
             << Row {payment.statusText.isEmpty()
                         ? ReceiptBuilder::tr("Declined after the sale")
                         : ReceiptBuilder::tr("Declined after the sale: %1").arg(payment.statusText),
                     {},
                     false,
                     true}
             << reference;
        break;
    case CardStatus::Voided:
        rows << Row {label, {}} << Row {ReceiptBuilder::tr("Voided — not charged"), {}, false, true} << reference;
        break;
    }
    return rows;
}

} // namespace

QString ReceiptBuilder::reference(const Order &order)
{
    return order.id.left(8).toUpper();
}

Receipt ReceiptBuilder::build(const Order &order, const QList<ReceiptPayment> &payments, const StoreSettings &store,
                              const QLocale &locale, const QTimeZone &zone)
{
    using Row = Receipt::Row;
    Receipt receipt;
    receipt.header << store.storeName << store.addressLines;
    if (!store.taxRegistration.isEmpty()) {
        receipt.header << store.taxRegistration;
    }
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(order.createdAt, zone);
    receipt.meta << tr("Sale %1").arg(reference(order)) << locale.toString(when, u"yyyy-MM-dd HH:mm"_s)
                 << tr("Cashier: %1").arg(order.cashierName);
    if (order.state == OrderState::Voided) {
        receipt.banner = tr("VOIDED — nothing was charged");
    }

    for (const OrderLine &line : order.lines) {
        receipt.lines << Row {line.name, line.extended.format(locale)};
        if (line.quantity > 1) {
            receipt.lines << Row {
                tr("%1 × %2").arg(locale.toString(line.quantity), line.unitPrice.format(locale)), {}, false, true};
        }
        if (!line.lineDiscount.isZero()) {
            receipt.lines << Row {tr("Discount"), negative(line.lineDiscount, locale), false, true};
        }
    }

    receipt.totals << Row {tr("Subtotal"), order.subtotal.format(locale)};
    if (!order.discounts.isZero()) {
        receipt.totals << Row {tr("Discounts"), negative(order.discounts, locale)};
    }
    if (order.taxMode == TaxMode::Exclusive) {
        for (const TaxLine &tax : order.taxes) {
            receipt.totals << Row {taxLabel(tax, locale), tax.amount.format(locale)};
        }
        receipt.totals << Row {tr("TOTAL"), order.total.format(locale), true};
    } else {
        receipt.totals << Row {tr("TOTAL"), order.total.format(locale), true};
        for (const TaxLine &tax : order.taxes) {
            receipt.totals << Row {tr("Includes %1").arg(taxLabel(tax, locale)), tax.amount.format(locale), false,
                                   true};
        }
    }

    for (const Tender &tender : order.tenders) {
        if (tender.kind == TenderKind::Cash) {
            receipt.tenders << Row {tr("Cash"), tender.tendered.format(locale)};
            continue;
        }
        ReceiptPayment payment {tender.paymentLocalId, tender.brand,  tender.last4,
                                tender.offline,        tender.status, tender.statusDetail};
        for (const ReceiptPayment &fresh : payments) {
            if (fresh.localId == tender.paymentLocalId) {
                payment = fresh;
            }
        }
        receipt.tenders << cardRows(tender, payment, locale);
    }
    if (!order.cashRounding().isZero()) {
        receipt.tenders << Row {tr("Cash rounding"), order.cashRounding().format(locale)};
    }
    if (!order.change().isZero()) {
        receipt.tenders << Row {tr("Change"), order.change().format(locale)};
    }
    if (order.state == OrderState::Open && !order.remaining().isZero()) {
        receipt.tenders << Row {tr("Balance due"), order.remaining().format(locale), true};
    }
    if (!store.receiptFooter.isEmpty()) {
        receipt.footer << store.receiptFooter.split(u'\n');
    }
    return receipt;
}

} // namespace holdfast::sales
