#include "shiftreport.h"

using namespace Qt::StringLiterals;

namespace holdfast::sales {

namespace {

/// Sums in minor units; the report's amounts are rebuilt as Money at the end.
struct Tally
{
    int count = 0;
    qint64 minor = 0;

    void add(const Money &amount)
    {
        ++count;
        minor += amount.minor();
    }
};

Money money(qint64 minor, const QString &currency)
{
    return Money::fromMinor(minor, currency).value_or(Money::zero(currency));
}

TenderTotal total(const Tally &tally, const QString &currency)
{
    return {tally.count, money(tally.minor, currency)};
}

QString hoursLeft(qint64 deadline, qint64 nowMs)
{
    const qint64 minutes = (deadline - nowMs) / 60'000;
    return ShiftReporter::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

ShiftReport ShiftReporter::build(const QList<Order> &orders, const OfflineExposure &exposure, const QString &currency,
                                 qint64 nowMs)
{
    ShiftReport report;
    report.currency = currency;
    report.exposure = exposure;
    qint64 subtotal = 0, discounts = 0, taxTotal = 0, sales = 0, change = 0, rounding = 0;
    Tally cash, online, offline, pending, declined;
    QList<TaxLine> taxes; // by name, in the order first seen; summed in minor units below
    QList<std::pair<qint64, qint64>> taxSums; // (base, amount) for taxes[i]
    for (const Order &order : orders) {
        if (order.state == OrderState::Voided) {
            ++report.voidedOrders; // any cash taken on it was handed back
            continue;
        }
        if (order.state == OrderState::Open) {
            ++report.openOrders;
        } else {
            ++report.paidOrders;
            subtotal += order.subtotal.minor();
            discounts += order.discounts.minor();
            taxTotal += order.taxTotal.minor();
            sales += order.total.minor();
            for (const TaxLine &tax : order.taxes) {
                const auto same = [&](const TaxLine &seen) {
                    return seen.name == tax.name;
                };
                qsizetype index = std::find_if(taxes.cbegin(), taxes.cend(), same) - taxes.cbegin();
                if (index == taxes.size()) {
                    taxes.append(tax);
                    taxSums.append({0, 0});
                }
                taxSums[index].first += tax.base.minor();
                taxSums[index].second += tax.amount.minor();
            }
        }
        // Tenders count on open orders too: their cash is in the drawer, their cards charged.
        for (const Tender &tender : order.tenders) {
            if (!tender.counts()) {
                continue;
            }
            if (tender.kind == TenderKind::Cash) {
                cash.add(tender.amount);
                change += tender.change.minor();
                rounding += tender.rounding.minor();
                continue;
            }
            (tender.offline ? offline : online).add(tender.amount);
            if (tender.status == CardStatus::Pending) {
                pending.add(tender.amount);
            } else if (tender.status == CardStatus::Declined) {
                declined.add(tender.amount);
                report.declinedWithoutContact += order.contact ? 0 : 1;
            }
        }
    }
    report.subtotal = money(subtotal, currency);
    report.discounts = money(discounts, currency);
    report.taxTotal = money(taxTotal, currency);
    report.sales = money(sales, currency);
    for (qsizetype i = 0; i < taxes.size(); ++i) {
        report.taxes.append(
            {taxes[i].name, taxes[i].ratePpm, money(taxSums[i].first, currency), money(taxSums[i].second, currency)});
    }
    report.cash = total(cash, currency);
    report.cardOnline = total(online, currency);
    report.cardOffline = total(offline, currency);
    report.cardPending = total(pending, currency);
    report.cardDeclined = total(declined, currency);
    report.changeGiven = money(change, currency);
    report.cashRounding = money(rounding, currency);
    report.expectedCash = money(cash.minor + rounding, currency);

    if (report.openOrders > 0) {
        report.warnings.append(
            {u"open_orders"_s, tr("%n sale(s) are still open: finish or cancel them.", nullptr, report.openOrders)});
    }
    if (exposure.queuedCount > 0) {
        const QString amount = exposure.queuedAmount.isValid() ? exposure.queuedAmount.format() : QString();
        QString sentence
            = tr("%n offline card payment(s) totalling %1 are not uploaded yet.", nullptr, exposure.queuedCount)
                  .arg(amount);
        if (exposure.nearestDeadline && *exposure.nearestDeadline > nowMs) {
            sentence += u' ' + tr("The first must upload within %1.").arg(hoursLeft(*exposure.nearestDeadline, nowMs));
        }
        report.warnings.append({u"offline_queued"_s, sentence});
        if (exposure.nearestDeadline && *exposure.nearestDeadline <= nowMs) {
            report.warnings.append({u"deadline_passed"_s,
                                    tr("An offline payment has passed its upload deadline and may not be paid. "
                                       "Restore the connection and contact support.")});
        }
    }
    if (pending.count > 0) {
        report.warnings.append({u"card_pending"_s,
                                tr("%n card payment(s) of this shift, totalling %1, have no final "
                                   "answer yet.",
                                   nullptr, pending.count)
                                    .arg(report.cardPending.amount.format())});
    }
    if (declined.count > 0) {
        report.warnings.append(
            {u"card_declined"_s,
             tr("%n offline card payment(s), totalling %1, were declined after the sale; %2 without a customer "
                "contact.",
                nullptr, declined.count)
                 .arg(report.cardDeclined.amount.format())
                 .arg(report.declinedWithoutContact)});
    }
    return report;
}

} // namespace holdfast::sales
