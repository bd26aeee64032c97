#pragma once

#include "common/money.h"

#include <QCoreApplication>

namespace holdfast::sales {

/// A discount on a cart line or on the whole order: a percentage or an amount off.
struct Discount
{
    Q_DECLARE_TR_FUNCTIONS(Discount)

public:
    enum class Kind { Percent, Amount };

    Kind kind = Kind::Percent;
    qint64 basisPoints = 0; ///< Percent: 1 bp = 0.01 %, 10'000 = 100 %
    Money amount; ///< Amount: taken off the line's (or order's) total, not off each unit

    static Discount percent(qint64 basisPoints) { return {Kind::Percent, basisPoints, {}}; }
    static Discount off(const Money &amount) { return {Kind::Amount, 0, amount}; }

    /// How much comes off `base`: a percentage is rounded half away from zero to the minor
    /// unit. Refuses a negative discount or one over 100 % ("discount_invalid"), more than the
    /// base ("discount_too_large") and another currency ("currency_mismatch").
    Result<Money> amountOff(const Money &base) const;

    bool operator==(const Discount &) const = default;
};

} // namespace holdfast::sales
