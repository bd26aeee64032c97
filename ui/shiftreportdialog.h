#pragma once

#include "sales/shiftreport.h"
#include "sales/staff.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace holdfast {
class EngineHost;
}

namespace holdfast::ui {

/// The end-of-shift report: sales, taxes, totals by tender, the offline exposure (what is still
/// queued, its amount and nearest deadline) and a warning when anything is unprocessed. A
/// manager ends the shift from here.
class ShiftReportDialog : public QDialog
{
    Q_OBJECT

public:
    ShiftReportDialog(EngineHost &engine, const sales::StaffMember &user, const sales::ShiftReport &report,
                      QWidget *parent = nullptr);

    /// The report as HTML (escaped), for the view and for printing.
    static QString toHtml(const sales::ShiftReport &report);
    QString warningText() const;

public slots:
    void endShift();
    void print();

signals:
    void shiftEnded();

private:
    EngineHost &m_engine;
    sales::StaffMember m_user;
    sales::ShiftReport m_report;
    QLabel *m_warning;
    QTextBrowser *m_view;
    QPushButton *m_end;
};

} // namespace holdfast::ui
