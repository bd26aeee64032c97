#pragma once

#include <QStringView>

#include <optional>

namespace holdfast::currency {

/// Number of minor-unit digits of an ISO 4217 currency (2 for CAD, 0 for JPY, 3 for KWD),
/// or nothing when the code is not an active ISO 4217 currency.
std::optional<int> minorDigits(QStringView code);

/// Whether the code is an active ISO 4217 currency code (three upper-case letters).
bool isKnown(QStringView code);

} // namespace holdfast::currency
