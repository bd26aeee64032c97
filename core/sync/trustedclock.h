#pragma once

#include "common/result.h"
#include "payments/vault.h"
#include "platform/clock.h"

#include <QList>
#include <QString>

#include <optional>

namespace holdfast::sync {

/// A wall-clock jump the register noticed.
struct ClockJump
{
    qint64 at = 0; ///< trusted time when it was noticed
    qint64 deltaMs = 0; ///< positive: the wall clock moved forward
};

/// Time the register can rely on for createdAt, deadlines and the acceptance window.
///
/// It anchors to the gateway's serverTime and carries it forward with the monotonic clock, so
/// moving the wall clock changes nothing while the anchor holds (same boot). Without an anchor
/// it uses the wall clock, but never earlier than a persisted high-water mark, so moving the
/// clock back can never extend a deadline or reopen a window; moving it forward only brings
/// deadlines closer. Jumps of 5 minutes or more are detected and recorded.
class TrustedClock
{
public:
    static constexpr qint64 jumpThresholdMs = 5 * 60 * 1000;

    TrustedClock(payments::Vault &vault, const Clock &clock);

    /// Loads the persisted state and checks the wall clock against it (a jump while this
    /// program was not running is noticed here). Call once after construction.
    Status load();

    /// The trusted time now, ms since the epoch. Never goes backwards.
    qint64 now();
    /// Anchors to the gateway: `serverTimeMs` is true now (call it as its answer arrives). The
    /// gateway's time wins over a high-water mark inflated by an earlier forward jump.
    Status anchor(qint64 serverTimeMs);
    /// Compares the wall clock with the monotonic clock since the last look, records a jump,
    /// and persists the high-water mark. Call periodically and after recording payments.
    Status observe();

    bool isAnchored() const;
    /// Jumps recorded, newest last.
    Result<QList<ClockJump>> jumps() const;

private:
    qint64 estimate() const;
    Status recordJump(qint64 deltaMs);
    Status persist();

    payments::Vault &m_vault;
    const Clock &m_clock;
    qint64 m_highWater = 0;
    std::optional<qint64> m_anchorServer;
    qint64 m_anchorMonotonic = 0;
    QString m_anchorBoot;
    qint64 m_lastWall = 0;
    qint64 m_lastMonotonic = 0;
    QString m_lastBoot;
};

} // namespace holdfast::sync
