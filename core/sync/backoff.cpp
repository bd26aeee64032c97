#include "backoff.h"

#include <algorithm>

namespace holdfast::sync {

qint64 backoffDelayMs(int failures, double jitter, bool deadlineNear, const BackoffBounds &bounds)
{
    const qint64 cap = deadlineNear ? std::min(bounds.capMs, bounds.nearDeadlineCapMs) : bounds.capMs;
    const int doublings = std::clamp(failures - 1, 0, 20);
    const qint64 delay = std::min(cap, bounds.baseMs << doublings);
    // The jitter scales a duration; floating point is fine for time, never for money.
    const double spread = 0.75 + 0.5 * std::clamp(jitter, 0.0, 0.999999);
    return qint64(double(delay) * spread);
}

} // namespace holdfast::sync
