#pragma once

#include "payments/reminders.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace holdfast::ui {

class StatusTracker;

/// The strip above every screen that says what is waiting to reach the gateway: info, warning,
/// urgent or critical (DESIGN section 4), with the count, the total and the time left to the
/// nearest deadline, counted down live. Hidden when nothing is outstanding.
class ReminderBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ReminderBanner(StatusTracker &tracker, QWidget *parent = nullptr);

    payments::ReminderLevel level() const { return m_level; }
    QString text() const;
    /// A heading for a level ("Offline", "Deadline passed"…), translated.
    static QString title(payments::ReminderLevel level);

signals:
    void showPaymentsRequested();

private:
    void refresh();

    StatusTracker &m_tracker;
    payments::ReminderLevel m_level = payments::ReminderLevel::None;
    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_show;
};

} // namespace holdfast::ui
