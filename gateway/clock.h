#pragma once

#include <QtGlobal>

#include <atomic>

namespace holdfast::gateway {

/// Where the gateway reads the time. A seam, so that tests can cross midnight or jump past a
/// key's destruction time without sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    /// Milliseconds since the Unix epoch (UTC).
    virtual qint64 nowMs() const = 0;
};

/// The real wall clock.
class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override;
};

/// A clock that only moves when told to: for tests and benchmarks.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 startMs) : m_now(startMs) { }
    qint64 nowMs() const override { return m_now.load(); }
    void setNowMs(qint64 ms) { m_now.store(ms); }
    void advance(qint64 ms) { m_now.fetch_add(ms); }

private:
    std::atomic<qint64> m_now;
};

/// 00:00:00.000 UTC of the day that contains `ms`.
qint64 utcDayStart(qint64 ms);

} // namespace holdfast::gateway
