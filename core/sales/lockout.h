#pragma once

#include <QtGlobal>

#include <optional>

namespace holdfast::sales {

/// How wrong PINs lock a staff member out: after `freeAttempts` consecutive failures, for
/// `firstLockMs`, doubling with every further failure up to `maxLockMs`. Pure: computed from
/// the stored counter and the time of the last failure, with the time passed in.
struct LockoutPolicy
{
    int freeAttempts = 5;
    qint64 firstLockMs = 30'000;
    qint64 maxLockMs = 15 * 60'000;

    /// How long `failedAttempts` consecutive failures lock for (0: not locked).
    qint64 lockDurationMs(int failedAttempts) const;
    /// Until when the member is locked, or nothing when free at `nowMs`.
    std::optional<qint64> lockedUntil(int failedAttempts, std::optional<qint64> lastFailedAtMs, qint64 nowMs) const;
};

} // namespace holdfast::sales
