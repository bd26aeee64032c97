#include "taxcalc.h"

#include "rounding.h"

using namespace Qt::StringLiterals;

namespace holdfast::sales {

Result<QList<TaxLine>> computeTaxes(const TaxRules &rules, const QList<TaxableAmount> &amounts, QStringView currency)
{
    if (auto valid = rules.validate(); !valid) {
        return valid.error();
    }
    for (const TaxableAmount &amount : amounts) {
        if (amount.amount.currency() != currency) {
            return Error {u"currency_mismatch"_s, TaxRules::tr("Amounts in different currencies cannot be combined.")};
        }
    }
    QList<TaxLine> lines;
    for (const Tax &tax : rules.taxes) {
        bool applies = false;
        qint64 base = 0;
        for (const TaxableAmount &amount : amounts) {
            if (tax.appliesTo(amount.taxClassId)) {
                applies = true;
                base += amount.amount.minor(); // each within 2^53: a cart cannot overflow 2^63
            }
        }
        if (!applies) {
            continue;
        }
        const qint64 denominator = rules.mode == TaxMode::Exclusive ? ppmPerWhole : ppmPerWhole + tax.ratePpm;
        const std::optional<qint64> taxMinor = mulDivRoundHalfUp(base, tax.ratePpm, denominator);
        auto baseMoney = Money::fromMinor(base, currency);
        if (!taxMinor || !baseMoney) {
            return Error {u"amount_too_large"_s, TaxRules::tr("The amount is too large.")};
        }
        auto taxMoney = Money::fromMinor(*taxMinor, currency);
        if (!taxMoney) {
            return taxMoney.error();
        }
        lines.append({tax.name, tax.ratePpm, baseMoney.value(), taxMoney.value()});
    }
    return lines;
}

} // namespace holdfast::sales
