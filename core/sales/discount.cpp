#include "discount.h"

#include "rounding.h"

using namespace Qt::StringLiterals;

namespace holdfast::sales {

Result<Money> Discount::amountOff(const Money &base) const
{
    if (kind == Kind::Percent) {
        if (basisPoints < 0 || basisPoints > 10'000) {
            return Error {u"discount_invalid"_s, tr("A percentage discount must be between 0 and 100 percent.")};
        }
        const std::optional<qint64> off = mulDivRoundHalfUp(base.minor(), basisPoints, 10'000);
        return Money::fromMinor(off.value_or(0), base.currency()); // ≤ base, so it always fits
    }
    if (!amount.isValid() || amount.currency() != base.currency()) {
        return Error {u"currency_mismatch"_s, tr("The discount is in another currency than the price.")};
    }
    if (amount.isNegative()) {
        return Error {u"discount_invalid"_s, tr("A discount cannot be negative.")};
    }
    if (amount.minor() > base.minor()) {
        return Error {u"discount_too_large"_s,
                      tr("The discount (%1) is more than the price (%2).").arg(amount.format(), base.format())};
    }
    return amount;
}

} // namespace holdfast::sales
