#pragma once

#include "platform/clock.h"

#include <atomic>

namespace holdfast::test {

/// ManualClock for a register whose engine runs in another thread: the test thread moves it
/// while the engine thread reads it, so its readings are atomic.
class SharedManualClock final : public Clock
{
public:
    explicit SharedManualClock(qint64 wallMs) : m_wall(wallMs) { }

    qint64 wallMs() const override { return m_wall.load(); }
    qint64 monotonicMs() const override { return m_monotonic.load(); }
    QString bootId() const override { return QStringLiteral("boot-shared"); }

    /// Wall and monotonic time move together: time passes, nobody touched the clock.
    void advance(qint64 ms)
    {
        m_wall += ms;
        m_monotonic += ms;
    }

private:
    std::atomic<qint64> m_wall;
    std::atomic<qint64> m_monotonic {1000};
};

} // namespace holdfast::test
