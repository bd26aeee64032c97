#include "tendering.h"

using namespace Qt::StringLiterals;

namespace holdfast::sales {

namespace {

Status checkCommon(const Money &remaining, const Money &amount)
{
    if (!amount.isValid() || amount.currency() != remaining.currency()) {
        return Error {u"currency_mismatch"_s, Tendering::tr("The payment is in another currency than the sale.")};
    }
    if (amount.minor() <= 0) {
        return Error {u"tender_invalid"_s, Tendering::tr("Enter an amount above zero.")};
    }
    if (remaining.minor() <= 0) {
        return Error {u"order_settled"_s, Tendering::tr("Nothing is left to pay on this sale.")};
    }
    return {};
}

} // namespace

Money Tendering::roundCash(const Money &amount, CashRounding rounding)
{
    if (rounding == CashRounding::None || amount.minorDigits() != 2) {
        return amount;
    }
    // Nearest multiple of 5 minor units; with integers there is never a tie.
    const qint64 minor = amount.minor();
    const qint64 magnitude = minor < 0 ? -minor : minor;
    const qint64 rounded = (magnitude + 2) / 5 * 5;
    return Money::fromMinor(minor < 0 ? -rounded : rounded, amount.currency()).value_or(amount);
}

Result<CashOutcome> Tendering::settleCash(const Money &remaining, const Money &tendered, CashRounding rounding)
{
    if (auto valid = checkCommon(remaining, tendered); !valid) {
        return valid.error();
    }
    const Money due = roundCash(remaining, rounding);
    const Money zero = Money::zero(remaining.currency());
    if (tendered.minor() >= due.minor()) {
        return CashOutcome {remaining, due.minus(remaining).value(), tendered.minus(due).value()};
    }
    if (tendered.minor() >= remaining.minor()) {
        // Between the exact and the rounded-up balance (exact change, pennies and all).
        return CashOutcome {remaining, zero, tendered.minus(remaining).value()};
    }
    return CashOutcome {tendered, zero, zero};
}

Status Tendering::checkCard(const Money &remaining, const Money &amount)
{
    if (auto valid = checkCommon(remaining, amount); !valid) {
        return valid;
    }
    if (amount.minor() > remaining.minor()) {
        return Error {
            u"tender_overpay"_s,
            tr("A card payment cannot be more than the %1 left to pay; only cash can.").arg(remaining.format())};
    }
    return {};
}

} // namespace holdfast::sales
