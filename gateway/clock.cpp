#include "clock.h"

#include "crypto/keyschedule.h"

#include <QDateTime>

namespace holdfast::gateway {

qint64 SystemClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

qint64 utcDayStart(qint64 ms)
{
    constexpr qint64 day = crypto::KeySchedule::dayMs;
    // Floor division: the epoch is a UTC midnight and UTC days have no leap seconds in Unix time.
    const qint64 days = ms >= 0 ? ms / day : (ms - day + 1) / day;
    return days * day;
}

} // namespace holdfast::gateway
