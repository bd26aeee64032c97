#include "carttotals.h"

#include "rounding.h"

using namespace Qt::StringLiterals;

namespace holdfast::sales {

namespace {

Error tooLarge()
{
    return {u"amount_too_large"_s, Discount::tr("The amount is too large.")};
}

} // namespace

Result<CartTotals> computeTotals(const QList<CartLine> &lines, const std::optional<Discount> &orderDiscount,
                                 const TaxRules &rules, QStringView currency)
{
    auto zero = Money::fromMinor(0, currency);
    if (!zero) {
        return zero.error();
    }
    CartTotals totals;
    totals.taxMode = rules.mode;
    qint64 subtotal = 0;
    qint64 lineDiscounts = 0;
    QList<qint64> afterLineDiscount;
    for (const CartLine &line : lines) {
        if (line.unitPrice.currency() != currency) {
            return Error {u"currency_mismatch"_s, Discount::tr("Amounts in different currencies cannot be combined.")};
        }
        auto extended = line.unitPrice.times(line.quantity);
        if (!extended) {
            return extended.error();
        }
        Money off = zero.value();
        if (line.discount) {
            auto computed = line.discount->amountOff(extended.value());
            if (!computed) {
                return computed.error();
            }
            off = computed.value();
        }
        totals.lines.append({line.id, extended.value(), off, zero.value(), zero.value()});
        afterLineDiscount.append(extended->minor() - off.minor());
        subtotal += extended->minor(); // each ≤ 2^53; thousands of lines cannot reach 2^63
        lineDiscounts += off.minor();
    }
    const qint64 afterLines = subtotal - lineDiscounts;
    auto afterLinesMoney = Money::fromMinor(afterLines, currency);
    if (!afterLinesMoney) {
        return afterLinesMoney.error();
    }

    Money orderOff = zero.value();
    if (orderDiscount) {
        auto computed = orderDiscount->amountOff(afterLinesMoney.value());
        if (!computed) {
            return computed.error();
        }
        orderOff = computed.value();
    }
    QList<TaxableAmount> taxable;
    if (!lines.isEmpty()) {
        const auto shares = allocateProportionally(orderOff.minor(), afterLineDiscount);
        if (!shares) {
            return tooLarge();
        }
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const qint64 net = afterLineDiscount[i] - shares->at(i);
            totals.lines[i].orderDiscount = Money::fromMinor(shares->at(i), currency).value();
            totals.lines[i].net = Money::fromMinor(net, currency).value();
            taxable.append({lines[i].taxClassId, totals.lines[i].net});
        }
    }
    auto taxes = computeTaxes(rules, taxable, currency);
    if (!taxes) {
        return taxes.error();
    }
    qint64 taxTotal = 0;
    for (const TaxLine &tax : taxes.value()) {
        taxTotal += tax.amount.minor();
    }
    const qint64 net = afterLines - orderOff.minor();
    const qint64 total = rules.mode == TaxMode::Exclusive ? net + taxTotal : net;
    for (qint64 amount : {subtotal, lineDiscounts + orderOff.minor(), net, taxTotal, total}) {
        if (amount > Money::maxMinor || amount < -Money::maxMinor) {
            return tooLarge();
        }
    }
    // Every amount is now known to be within Money's range, so these cannot fail.
    totals.subtotal = Money::fromMinor(subtotal, currency).value();
    totals.lineDiscounts = Money::fromMinor(lineDiscounts, currency).value();
    totals.orderDiscount = orderOff;
    totals.discounts = Money::fromMinor(lineDiscounts + orderOff.minor(), currency).value();
    totals.net = Money::fromMinor(net, currency).value();
    totals.taxes = taxes.value();
    totals.taxTotal = Money::fromMinor(taxTotal, currency).value();
    totals.total = Money::fromMinor(total, currency).value();
    return totals;
}

} // namespace holdfast::sales
