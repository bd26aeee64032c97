#pragma once

#include "paymentqueries.h"

#include <QString>

namespace holdfast::payments {

/// How loudly to remind staff of outstanding payments (DESIGN section 4).
enum class ReminderLevel {
    None, ///< nothing outstanding
    Info, ///< payments queued or uploading
    Warning, ///< offline with payments waiting
    Urgent, ///< under 12 h left to an upload deadline
    Critical, ///< an upload deadline has passed
};

/// Under this much time left to a deadline, reminders are urgent.
inline constexpr qint64 urgentWithinMs = 12 * 60 * 60 * 1000;

/// The level for a location's queue at `nowMs`; `gatewayReachable` as the last probe found it.
ReminderLevel reminderLevel(const QueueSummary &summary, bool gatewayReachable, qint64 nowMs);

QString toWire(ReminderLevel level); ///< none, info, warning, urgent, critical
/// The banner sentence: count, total and time left, translated; empty for None.
QString reminderText(ReminderLevel level, const QueueSummary &summary, qint64 nowMs);

} // namespace holdfast::payments
