#pragma once

#include "sales/staff.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace holdfast {
class EngineHost;
}

namespace holdfast::ui {

/// Pairing (managers): the register with a gateway location (its URL and a one-time device code
/// from the back office) and with a LAN payment terminal (its address and the code it shows).
class PairingDialog : public QDialog
{
    Q_OBJECT

public:
    PairingDialog(EngineHost &engine, const sales::StaffMember &user, QWidget *parent = nullptr);

public slots:
    void pairGateway();
    void pairTerminal();

private:
    EngineHost &m_engine;
    sales::StaffMember m_user;
    QLineEdit *m_gatewayUrl;
    QLineEdit *m_deviceCode;
    QLineEdit *m_registerName;
    QLabel *m_gatewayMessage;
    QLineEdit *m_terminalUrl;
    QLineEdit *m_terminalCode;
    QLabel *m_terminalMessage;
};

} // namespace holdfast::ui
