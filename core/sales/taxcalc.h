#pragma once

#include "common/money.h"
#include "taxrules.h"

#include <QList>

namespace holdfast::sales {

/// An amount that tax applies to: a cart line's net amount (after every discount) and its
/// class. Negative for a returned item.
struct TaxableAmount
{
    QString taxClassId;
    Money amount;
};

/// One tax on an order, as receipts and reports show it.
struct TaxLine
{
    QString name;
    qint64 ratePpm = 0;
    Money base; ///< what the rate applied to: the net total (exclusive) or the gross total (inclusive)
    Money amount; ///< the tax, rounded once, half away from zero, to the minor unit

    bool operator==(const TaxLine &) const = default;
};

/// The taxes on `amounts` under `rules`, one line per tax that applies to at least one amount,
/// in the rules' order (docs/sales.md, "Taxes and rounding"):
///  - exclusive: tax = round(base × rate), base = the sum of the amounts of its classes;
///  - inclusive: tax = round(base × rate / (1 + rate)), base = that sum, tax included.
/// Each tax is rounded once, on its total, half away from zero. Amounts must all be in
/// `currency` ("currency_mismatch") and the rules valid ("tax_rules_invalid").
Result<QList<TaxLine>> computeTaxes(const TaxRules &rules, const QList<TaxableAmount> &amounts, QStringView currency);

} // namespace holdfast::sales
