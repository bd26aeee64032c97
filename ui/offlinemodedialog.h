#pragma once

#include "payments/paymentstatus.h"
#include "sales/staff.h"

#include <QDialog>

class QButtonGroup;
class QLabel;
class QPushButton;

namespace holdfast {
class EngineHost;
}

namespace holdfast::ui {

class StatusTracker;

/// The manager's offline toggle: Online only, Allow offline (auto) or Force offline, with the
/// location's current offline limits and how much of them is used. Everyone sees it; only a
/// manager can change it (core checks the stored role again).
class OfflineModeDialog : public QDialog
{
    Q_OBJECT

public:
    OfflineModeDialog(EngineHost &engine, StatusTracker &tracker, const sales::StaffMember &user,
                      QWidget *parent = nullptr);

    payments::ProcessingMode selectedMode() const;
    void selectMode(payments::ProcessingMode mode);
    QString errorText() const;
    bool canChange() const { return m_canChange; }

public slots:
    /// Asks the engine to make the selected mode the register's default.
    void apply();

signals:
    void applied(holdfast::payments::ProcessingMode mode);
    void refused(const QString &message);

private:
    QString limitsText() const;

    EngineHost &m_engine;
    StatusTracker &m_tracker;
    sales::StaffMember m_user;
    bool m_canChange;
    QButtonGroup *m_modes;
    QLabel *m_limits;
    QLabel *m_error;
    QPushButton *m_ok;
};

} // namespace holdfast::ui
