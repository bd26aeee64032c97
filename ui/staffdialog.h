#pragma once

#include "crypto/secretbytes.h"
#include "sales/staff.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace holdfast {
class EngineHost;
}

namespace holdfast::ui {

/// Staff (managers): who may sign in, adding a cashier or manager with a PIN, and setting a new
/// PIN for someone who forgot theirs (which also lifts a lockout).
class StaffDialog : public QDialog
{
    Q_OBJECT

public:
    StaffDialog(EngineHost &engine, const sales::StaffMember &user, QWidget *parent = nullptr);

public slots:
    void addMember();
    void resetPin();

signals:
    void staffChanged();

private:
    void reload();
    /// The two PIN fields, checked equal and taken into wiped memory; empty when they differ.
    std::shared_ptr<crypto::SecretBytes> takePin();

    EngineHost &m_engine;
    sales::StaffMember m_user;
    QListWidget *m_list;
    QLineEdit *m_name;
    QComboBox *m_role;
    QLineEdit *m_pin;
    QLineEdit *m_confirm;
    QLabel *m_message;
};

} // namespace holdfast::ui
