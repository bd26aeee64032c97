#pragma once

#include <QString>
#include <QtGlobal>

namespace holdfast {

/// Time as the machine tells it: the seam that lets tests move the clock (STYLE: "clock seam").
class Clock
{
public:
    virtual ~Clock() = default;

    /// Wall-clock time, ms since the Unix epoch. Can jump when someone sets the clock.
    virtual qint64 wallMs() const = 0;
    /// Monotonic time in ms since boot: never jumps, comparable across processes of one boot.
    virtual qint64 monotonicMs() const = 0;
    /// Identifies the current boot, so monotonic readings are only compared within one boot.
    virtual QString bootId() const = 0;
};

/// The real clocks: QDateTime for wall time, CLOCK_MONOTONIC (QElapsedTimer) and the kernel's
/// boot id.
class SystemClock final : public Clock
{
public:
    qint64 wallMs() const override;
    qint64 monotonicMs() const override;
    QString bootId() const override;

    /// One shared instance; it has no state.
    static SystemClock &instance();
};

} // namespace holdfast
