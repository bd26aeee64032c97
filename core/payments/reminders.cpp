#include "reminders.h"

#include "common/money.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace holdfast::payments {

namespace {

QString duration(qint64 ms)
{
    const qint64 minutes = std::max<qint64>(0, ms) / 60000;
    // The count is computed apart: lupdate 6.4 loops forever on a division inside the call.
    const int hours = int(minutes / 60);
    if (minutes >= 120) {
        return QCoreApplication::translate("reminders", "%n hour(s)", nullptr, hours);
    }
    return QCoreApplication::translate("reminders", "%n minute(s)", nullptr, int(minutes));
}

} // namespace

ReminderLevel reminderLevel(const QueueSummary &summary, bool gatewayReachable, qint64 nowMs)
{
    const int queued = summary.totals(PaymentStatus::Queued).count;
    if (queued > 0 && summary.nearestDeadline) {
        if (nowMs >= *summary.nearestDeadline) {
            return ReminderLevel::Critical;
        }
        if (*summary.nearestDeadline - nowMs < urgentWithinMs) {
            return ReminderLevel::Urgent;
        }
    }
    // Refused as unauthorized (revoked pairing): reachable or not, nothing goes up until a
    // manager pairs again.
    if (queued > 0 && (!gatewayReachable || summary.refusedPairing > 0)) {
        return ReminderLevel::Warning;
    }
    return summary.outstandingCount() > 0 ? ReminderLevel::Info : ReminderLevel::None;
}

QString toWire(ReminderLevel level)
{
    switch (level) {
    case ReminderLevel::None:
        return u"none"_s;
    case ReminderLevel::Info:
        return u"info"_s;
    case ReminderLevel::Warning:
        return u"warning"_s;
    case ReminderLevel::Urgent:
        return u"urgent"_s;
    case ReminderLevel::Critical:
        return u"critical"_s;
    }
    Q_UNREACHABLE();
}

QString reminderText(ReminderLevel level, const QueueSummary &summary, qint64 nowMs)
{
    const StatusTotals queued = summary.totals(PaymentStatus::Queued);
    const auto amount = Money::fromMinor(queued.amountMinor, summary.currency);
    const QString total = amount ? amount->format(QLocale()) : QString();
    const qint64 left = summary.nearestDeadline ? *summary.nearestDeadline - nowMs : 0;
    switch (level) {
    case ReminderLevel::None:
        return {};
    case ReminderLevel::Info:
        return QCoreApplication::translate("reminders", "%n payment(s) being sent to the gateway.", nullptr,
                                           summary.outstandingCount());
    case ReminderLevel::Warning:
        if (summary.refusedPairing > 0) {
            return QCoreApplication::translate("reminders",
                                               "The gateway no longer accepts this register's pairing: %n payment(s) "
                                               "(%1) cannot be sent. A manager must pair the register again.",
                                               nullptr, queued.count)
                .arg(total);
        }
        return QCoreApplication::translate("reminders",
                                           "Offline: %n payment(s) (%1) waiting to upload. %2 left to reconnect.",
                                           nullptr, queued.count)
            .arg(total, duration(left));
    case ReminderLevel::Urgent:
        return QCoreApplication::translate("reminders", "Reconnect soon: %n payment(s) (%1) must upload within %2.",
                                           nullptr, queued.count)
            .arg(total, duration(left));
    case ReminderLevel::Critical:
        return QCoreApplication::translate("reminders",
                                           "Upload deadline passed: %n payment(s) (%1) may be declined. Reconnect "
                                           "now and call the office.",
                                           nullptr, queued.count)
            .arg(total);
    }
    Q_UNREACHABLE();
}

} // namespace holdfast::payments
