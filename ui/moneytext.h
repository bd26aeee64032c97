#pragma once

#include "common/money.h"

#include <QLocale>

namespace holdfast::ui {

/// An integer with `decimals` implied places as the locale writes a plain number, for a field a
/// person edits: (1250, 2) → "12.50" (en) or "12,50" (fr). No currency symbol, no rounding.
QString decimalText(qint64 value, int decimals, const QLocale &locale = QLocale());
/// An amount as a plain number for an input field ("12.50"), read back by Money::parseLocalized.
QString editableAmount(const Money &amount, const QLocale &locale = QLocale());

} // namespace holdfast::ui
