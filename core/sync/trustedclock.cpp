#include "trustedclock.h"

#include <QLoggingCategory>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcClock, "holdfast.core.trustedclock")

namespace holdfast::sync {

TrustedClock::TrustedClock(payments::Vault &vault, const Clock &clock) : m_vault(vault), m_clock(clock)
{
}

Status TrustedClock::load()
{
    QSqlQuery query(m_vault.database());
    query.prepare(u"SELECT high_water_ms, anchor_server_ms, anchor_monotonic_ms, anchor_boot_id, last_wall_ms, "
                  "last_monotonic_ms, last_boot_id FROM clock_state WHERE id = 1"_s);
    if (auto done = m_vault.exec(query); !done) {
        return done;
    }
    if (!query.next()) {
        // First start: nothing to compare with yet.
        m_lastWall = m_highWater = m_clock.wallMs();
        m_lastMonotonic = m_clock.monotonicMs();
        m_lastBoot = m_clock.bootId();
        return persist();
    }
    m_highWater = query.value(0).toLongLong();
    if (!query.value(1).isNull()) {
        m_anchorServer = query.value(1).toLongLong();
        m_anchorMonotonic = query.value(2).toLongLong();
        m_anchorBoot = query.value(3).toString();
    }
    m_lastWall = query.value(4).toLongLong();
    m_lastMonotonic = query.value(5).toLongLong();
    m_lastBoot = query.value(6).toString();
    return observe();
}

bool TrustedClock::isAnchored() const
{
    return m_anchorServer.has_value() && m_anchorBoot == m_clock.bootId();
}

qint64 TrustedClock::estimate() const
{
    if (isAnchored()) {
        return *m_anchorServer + (m_clock.monotonicMs() - m_anchorMonotonic);
    }
    return m_clock.wallMs();
}

qint64 TrustedClock::now()
{
    m_highWater = std::max(m_highWater, estimate());
    return m_highWater;
}

Status TrustedClock::anchor(qint64 serverTimeMs)
{
    m_anchorServer = serverTimeMs;
    m_anchorMonotonic = m_clock.monotonicMs();
    m_anchorBoot = m_clock.bootId();
    const qint64 wallOffset = m_clock.wallMs() - estimate();
    if (std::abs(wallOffset) >= jumpThresholdMs) {
        qCWarning(lcClock) << "the wall clock is off the gateway's time by" << wallOffset << "ms";
    }
    m_highWater = estimate(); // the gateway's time is authoritative, even if it is earlier
    return persist();
}

Status TrustedClock::observe()
{
    const qint64 wall = m_clock.wallMs();
    const qint64 monotonic = m_clock.monotonicMs();
    const QString boot = m_clock.bootId();
    std::optional<qint64> jump;
    if (boot == m_lastBoot) {
        const qint64 expected = m_lastWall + (monotonic - m_lastMonotonic);
        if (std::abs(wall - expected) >= jumpThresholdMs) {
            jump = wall - expected;
        }
    } else if (wall < m_highWater - jumpThresholdMs) {
        // After a reboot only a backward jump can be told from time that really passed.
        jump = wall - m_highWater;
    }
    m_lastWall = wall;
    m_lastMonotonic = monotonic;
    m_lastBoot = boot;
    now();
    if (jump) {
        if (auto recorded = recordJump(*jump); !recorded) {
            return recorded;
        }
    }
    return persist();
}

Status TrustedClock::recordJump(qint64 deltaMs)
{
    qCWarning(lcClock) << "wall clock jumped by" << deltaMs << "ms; deadlines are computed conservatively";
    QSqlQuery query(m_vault.database());
    query.prepare(u"INSERT INTO clock_events (at, kind, delta_ms) VALUES (?, ?, ?)"_s);
    query.addBindValue(now());
    query.addBindValue(deltaMs > 0 ? u"jump_forward"_s : u"jump_backward"_s);
    query.addBindValue(deltaMs);
    return m_vault.exec(query);
}

Status TrustedClock::persist()
{
    QSqlQuery query(m_vault.database());
    query.prepare(u"INSERT INTO clock_state (id, high_water_ms, anchor_server_ms, anchor_monotonic_ms, "
                  "anchor_boot_id, last_wall_ms, last_monotonic_ms, last_boot_id) VALUES (1, ?, ?, ?, ?, ?, ?, ?) "
                  "ON CONFLICT(id) DO UPDATE SET high_water_ms = excluded.high_water_ms, "
                  "anchor_server_ms = excluded.anchor_server_ms, anchor_monotonic_ms = excluded.anchor_monotonic_ms, "
                  "anchor_boot_id = excluded.anchor_boot_id, last_wall_ms = excluded.last_wall_ms, "
                  "last_monotonic_ms = excluded.last_monotonic_ms, last_boot_id = excluded.last_boot_id"_s);
    query.addBindValue(m_highWater);
    query.addBindValue(m_anchorServer ? QVariant(*m_anchorServer) : QVariant());
    query.addBindValue(m_anchorServer ? QVariant(m_anchorMonotonic) : QVariant());
    query.addBindValue(m_anchorServer ? QVariant(m_anchorBoot) : QVariant());
    query.addBindValue(m_lastWall);
    query.addBindValue(m_lastMonotonic);
    query.addBindValue(m_lastBoot);
    return m_vault.exec(query);
}

Result<QList<ClockJump>> TrustedClock::jumps() const
{
    QSqlQuery query(m_vault.database());
    query.prepare(u"SELECT at, delta_ms FROM clock_events ORDER BY id"_s);
    if (auto done = m_vault.exec(query); !done) {
        return done.error();
    }
    QList<ClockJump> list;
    while (query.next()) {
        list.append({query.value(0).toLongLong(), query.value(1).toLongLong()});
    }
    return list;
}

} // namespace holdfast::sync
