#include "lockout.h"

namespace holdfast::sales {

qint64 LockoutPolicy::lockDurationMs(int failedAttempts) const
{
    if (failedAttempts < freeAttempts) {
        return 0;
    }
    qint64 duration = firstLockMs;
    for (int extra = failedAttempts - freeAttempts; extra > 0 && duration < maxLockMs; --extra) {
        duration *= 2;
    }
    return qMin(duration, maxLockMs);
}

std::optional<qint64> LockoutPolicy::lockedUntil(int failedAttempts, std::optional<qint64> lastFailedAtMs,
                                                 qint64 nowMs) const
{
    const qint64 duration = lockDurationMs(failedAttempts);
    if (duration == 0 || !lastFailedAtMs) {
        return std::nullopt;
    }
    const qint64 until = *lastFailedAtMs + duration;
    // A wall clock set back after the failure would stretch the lock; never past one full lock
    // from now.
    if (until <= nowMs) {
        return std::nullopt;
    }
    return qMin(until, nowMs + duration);
}

} // namespace holdfast::sales
