#pragma once

#include "platform/clock.h"

#include <atomic>

namespace holdfast::test {

/// The system's clocks moved forward by an offset the test controls: time keeps flowing (the
/// uploader's waits and the trusted clock work as in a store), and advance() jumps wall and
/// monotonic time together, as if hours had passed. Safe to read from the engine thread while
/// the test thread moves it.
class ShiftableClock final : public Clock
{
public:
    qint64 wallMs() const override { return SystemClock::instance().wallMs() + m_offset.load(); }
    qint64 monotonicMs() const override { return SystemClock::instance().monotonicMs() + m_offset.load(); }
    QString bootId() const override { return SystemClock::instance().bootId(); }

    /// `ms` pass at once: deadlines come closer, nothing looks like someone set the clock.
    void advance(qint64 ms) { m_offset += ms; }

private:
    std::atomic<qint64> m_offset {0};
};

} // namespace holdfast::test
