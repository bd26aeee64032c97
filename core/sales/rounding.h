#pragma once

#include <QtGlobal>

#include <optional>

namespace holdfast::sales {

/// value × numerator / denominator, rounded half away from zero ("half-up" on the magnitude,
/// so a refund mirrors its sale exactly), computed exactly in 128 bits. `denominator` must be
/// positive. Nothing when the result does not fit in 64 bits.
std::optional<qint64> mulDivRoundHalfUp(qint64 value, qint64 numerator, qint64 denominator);

/// Splits `total` (≥ 0) across `weights` (each ≥ 0) in proportion, exactly: every share is the
/// floor of its exact part, and the units left over go one each to the largest fractional
/// remainders, ties to the earlier weight. The shares always add up to `total`. All weights
/// zero: everything to the first. Empty weights or a negative input: nothing.
std::optional<QList<qint64>> allocateProportionally(qint64 total, const QList<qint64> &weights);

} // namespace holdfast::sales
