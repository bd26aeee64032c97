#pragma once

#include "register/registercore.h"
#include "sales/staff.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace holdfast {
class EngineHost;
}

namespace holdfast::ui {

class PaymentQueueModel;
class StatusTracker;

/// What a void came to, in a sentence for the manager.
QString describeVoid(const Result<VoidResult> &voided);

/// Every outstanding payment (or any status), newest first, loaded lazily; "Upload now" for all
/// or the chosen ones, and void (managers) for a payment that must not be charged.
class QueueDialog : public QDialog
{
    Q_OBJECT

public:
    QueueDialog(EngineHost &engine, StatusTracker &tracker, const sales::StaffMember &user, QWidget *parent = nullptr);

    PaymentQueueModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

public slots:
    void uploadAll();
    void uploadSelected();
    void voidSelected();
    /// A manager keeps the selected unconfirmed payment (its sale was paid with it).
    void keepSelected();
    void refresh();

private:
    void applyFilter();
    QStringList selectedIds() const;
    void updateSummary();

    EngineHost &m_engine;
    StatusTracker &m_tracker;
    sales::StaffMember m_user;
    PaymentQueueModel *m_model;
    QComboBox *m_filter;
    QLabel *m_summary;
    QTableView *m_view;
    QPushButton *m_void;
};

} // namespace holdfast::ui
