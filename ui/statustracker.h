#pragma once

#include "register/registerstatus.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace holdfast::ui {

/// The register's latest status on the UI thread, and the clock the live displays count with:
/// the engine's trusted time at the snapshot, carried forward by a monotonic timer, so the
/// banner's "time left" moves every second without asking the engine.
class StatusTracker : public QObject
{
    Q_OBJECT

public:
    explicit StatusTracker(QObject *parent = nullptr);

    const RegisterStatus &status() const { return m_status; }
    bool hasStatus() const { return m_received; }
    /// The trusted time now, estimated from the last snapshot.
    qint64 trustedNowMs() const;
    /// The reminder level now (it rises by itself as a deadline nears).
    payments::ReminderLevel level() const;
    /// The banner's sentence now, with the time left counted down.
    QString reminderText() const;

public slots:
    void update(const holdfast::RegisterStatus &status);

signals:
    /// A new snapshot arrived.
    void changed();
    /// Once a second, for the displays that count.
    void tick();
    /// The reminder level went up (from a snapshot or as time passed).
    void levelRaised(holdfast::payments::ReminderLevel level);

private:
    void checkLevel();

    RegisterStatus m_status;
    bool m_received = false;
    QElapsedTimer m_since;
    QTimer m_ticker;
    payments::ReminderLevel m_lastLevel = payments::ReminderLevel::None;
};

} // namespace holdfast::ui
