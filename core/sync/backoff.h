#pragma once

#include <QtGlobal>

namespace holdfast::sync {

/// The bounds of the retry schedule. Defaults suit a store: seconds, not hours.
struct BackoffBounds
{
    qint64 baseMs = 2'000; ///< the first wait
    qint64 capMs = 60'000; ///< never wait longer than this…
    qint64 nearDeadlineCapMs = 15'000; ///< …or this once a deadline is under 12 h away
};

/// When to try an upload again after `failures` failed attempts in a row (1 for the first):
/// exponential from `bounds.baseMs`, doubling, capped — harder when the payment's deadline is
/// near, because then every minute counts. `jitter` (0 ≤ jitter < 1, from a random source the
/// caller owns) spreads the wait over ±25 % so that registers coming back after an outage do
/// not all knock at once. Pure: same inputs, same answer.
qint64 backoffDelayMs(int failures, double jitter, bool deadlineNear, const BackoffBounds &bounds = {});

} // namespace holdfast::sync
