#pragma once

#include "payments/paymentrecord.h"
#include "sales/staff.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

namespace holdfast {
class EngineHost;
}

namespace holdfast::ui {

/// After a restart: the card payments the register took but never showed (it stopped in
/// between). Those now back on their sales are listed so nobody charges those customers again;
/// the others wait for a manager to keep (the customer paid with it) or void (not charged, or
/// refunded) each one (DESIGN section 3).
class UnconfirmedDialog : public QDialog
{
    Q_OBJECT

public:
    UnconfirmedDialog(EngineHost &engine, const sales::StaffMember &user,
                      const QList<payments::PaymentRecord> &reattached,
                      const QList<payments::PaymentRecord> &unconfirmed, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }

public slots:
    void keepSelected();
    void voidSelected();

private:
    /// The selected payment's localId; empty (after saying so) when none is selected.
    QString selectedId();
    void settled(const QString &localId, const QString &message);

    EngineHost &m_engine;
    sales::StaffMember m_user;
    QListWidget *m_list;
    QLabel *m_message;
    QPushButton *m_keep;
    QPushButton *m_void;
};

/// One line about a payment: its sale, card, amount and status, for people.
QString describePayment(const payments::PaymentRecord &payment);

} // namespace holdfast::ui
