#pragma once

#include "platform/clock.h"

namespace holdfast::test {

/// A clock the test moves by hand: wall and monotonic time advance together with advance(),
/// while setWall() moves only the wall clock (someone changing the system time), and
/// reboot() starts a new boot with a fresh monotonic clock.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 wallMs) : m_wall(wallMs) { }

    qint64 wallMs() const override { return m_wall; }
    qint64 monotonicMs() const override { return m_monotonic; }
    QString bootId() const override { return QStringLiteral("boot-%1").arg(m_boot); }

    void advance(qint64 ms)
    {
        m_wall += ms;
        m_monotonic += ms;
    }
    void setWall(qint64 wallMs) { m_wall = wallMs; }
    void jumpWall(qint64 deltaMs) { m_wall += deltaMs; }
    void reboot(qint64 downtimeMs)
    {
        m_wall += downtimeMs;
        m_monotonic = 1000;
        ++m_boot;
    }

private:
    qint64 m_wall;
    qint64 m_monotonic = 1000;
    int m_boot = 1;
};

} // namespace holdfast::test
