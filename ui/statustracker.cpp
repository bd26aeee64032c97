#include "statustracker.h"

namespace holdfast::ui {

StatusTracker::StatusTracker(QObject *parent) : QObject(parent)
{
    m_since.start();
    connect(&m_ticker, &QTimer::timeout, this, [this] {
        checkLevel();
        emit tick();
    });
    m_ticker.start(1000);
}

qint64 StatusTracker::trustedNowMs() const
{
    return m_status.nowMs + m_since.elapsed();
}

payments::ReminderLevel StatusTracker::level() const
{
    if (!m_received) {
        return payments::ReminderLevel::None;
    }
    return payments::reminderLevel(m_status.queue, m_status.gateway == sync::Reachability::Online, trustedNowMs());
}

QString StatusTracker::reminderText() const
{
    return payments::reminderText(level(), m_status.queue, trustedNowMs());
}

void StatusTracker::update(const RegisterStatus &status)
{
    m_status = status;
    m_received = true;
    m_since.restart();
    checkLevel();
    emit changed();
}

void StatusTracker::checkLevel()
{
    const payments::ReminderLevel now = level();
    const payments::ReminderLevel before = m_lastLevel;
    m_lastLevel = now;
    if (now > before) {
        emit levelRaised(now);
    }
}

} // namespace holdfast::ui
