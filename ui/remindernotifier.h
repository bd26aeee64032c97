#pragma once

#include "payments/reminders.h"

#include <QObject>

class QSystemTrayIcon;

namespace holdfast::ui {

class StatusTracker;

/// Desktop notifications (QSystemTrayIcon) when the reminder level rises, so a manager in the
/// back office learns that payments are waiting. Where the desktop has no tray (and in tests)
/// it still emits notified().
class ReminderNotifier : public QObject
{
    Q_OBJECT

public:
    explicit ReminderNotifier(StatusTracker &tracker, QObject *parent = nullptr);

    bool hasTray() const { return m_tray != nullptr; }
    QString lastTitle() const { return m_lastTitle; }

signals:
    void notified(const QString &title, const QString &message);

private:
    void onLevelRaised(payments::ReminderLevel level);

    StatusTracker &m_tracker;
    QSystemTrayIcon *m_tray = nullptr;
    QString m_lastTitle;
};

} // namespace holdfast::ui
