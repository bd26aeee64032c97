#include "remindernotifier.h"

#include "reminderbanner.h"
#include "statustracker.h"

#include <QApplication>
#include <QSystemTrayIcon>

namespace holdfast::ui {

using payments::ReminderLevel;

ReminderNotifier::ReminderNotifier(StatusTracker &tracker, QObject *parent) : QObject(parent), m_tracker(tracker)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(tr("Holdfast register"));
        m_tray->show();
    }
    connect(&m_tracker, &StatusTracker::levelRaised, this, &ReminderNotifier::onLevelRaised);
}

void ReminderNotifier::onLevelRaised(ReminderLevel level)
{
    // Info (payments simply uploading) is not worth interrupting anyone for.
    if (level < ReminderLevel::Warning) {
        return;
    }
    m_lastTitle = tr("Holdfast: %1").arg(ReminderBanner::title(level));
    const QString message = m_tracker.reminderText();
    if (m_tray && QSystemTrayIcon::supportsMessages()) {
        const auto icon = level >= ReminderLevel::Urgent ? QSystemTrayIcon::Critical : QSystemTrayIcon::Warning;
        m_tray->showMessage(m_lastTitle, message, icon, 30000);
    }
    emit notified(m_lastTitle, message);
}

} // namespace holdfast::ui
