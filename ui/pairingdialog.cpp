#include "pairingdialog.h"

#include "register/enginehost.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace holdfast::ui {

PairingDialog::PairingDialog(EngineHost &engine, const sales::StaffMember &user, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_user(user)
    , m_gatewayUrl(new QLineEdit(this))
    , m_deviceCode(new QLineEdit(this))
    , m_registerName(new QLineEdit(this))
    , m_gatewayMessage(new QLabel(this))
    , m_terminalUrl(new QLineEdit(this))
    , m_terminalCode(new QLineEdit(this))
    , m_terminalMessage(new QLabel(this))
{
    setObjectName(u"pairingDialog"_s);
    setWindowTitle(tr("Pair devices"));
    setMinimumWidth(560);
    m_gatewayUrl->setPlaceholderText(u"https://gateway.example.com"_s);
    m_deviceCode->setPlaceholderText(u"K7QF-2M9X"_s);
    m_registerName->setText(tr("Till 1"));
    m_terminalUrl->setPlaceholderText(u"https://192.168.1.50:8443"_s);
    m_terminalCode->setPlaceholderText(u"K7QF-2M9X"_s);
    for (QLabel *message : {m_gatewayMessage, m_terminalMessage}) {
        message->setWordWrap(true);
    }

    auto *gateway = new QGroupBox(tr("Gateway (back office)"), this);
    auto *gatewayForm = new QFormLayout(gateway);
    gatewayForm->addRow(tr("Gateway &address:"), m_gatewayUrl);
    gatewayForm->addRow(tr("&Device code:"), m_deviceCode);
    gatewayForm->addRow(tr("Register &name:"), m_registerName);
    auto *pairGateway = new QPushButton(tr("Pair with the &gateway"), gateway);
    gatewayForm->addRow(pairGateway);
    gatewayForm->addRow(m_gatewayMessage);

    auto *terminal = new QGroupBox(tr("Payment terminal"), this);
    auto *terminalForm = new QFormLayout(terminal);
    terminalForm->addRow(tr("&Terminal address:"), m_terminalUrl);
    terminalForm->addRow(tr("Pairing &code:"), m_terminalCode);
    auto *pairTerminal = new QPushButton(tr("Pair with the &terminal"), terminal);
    terminalForm->addRow(pairTerminal);
    terminalForm->addRow(m_terminalMessage);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(pairGateway, &QPushButton::clicked, this, &PairingDialog::pairGateway);
    connect(pairTerminal, &QPushButton::clicked, this, &PairingDialog::pairTerminal);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(gateway);
    layout->addWidget(terminal);
    layout->addWidget(buttons);
}

void PairingDialog::pairGateway()
{
    const QUrl url = QUrl::fromUserInput(m_gatewayUrl->text().trimmed());
    const QString code = m_deviceCode->text().trimmed();
    const QString name = m_registerName->text().trimmed();
    m_gatewayMessage->setText(tr("Pairing…"));
    m_engine.callAsync<Status>(
        this,
        [user = m_user, url, code, name](RegisterEngine &engine, std::function<void(Status)> reply) {
            engine.pairGateway(user, url, code, name, std::move(reply));
        },
        [this](const Status &paired) {
            m_gatewayMessage->setText(paired ? tr("Paired. Keys and offline limits are fetched.")
                                             : paired.error().message);
            if (paired) {
                m_deviceCode->clear();
            }
        });
}

void PairingDialog::pairTerminal()
{
    const QUrl url(m_terminalUrl->text().trimmed());
    const QString code = m_terminalCode->text().trimmed();
    m_terminalMessage->setText(tr("Pairing…"));
    m_engine.callAsync<Status>(
        this,
        [user = m_user, url, code](RegisterEngine &engine, std::function<void(Status)> reply) {
            engine.pairTerminal(user, url, code, std::move(reply));
        },
        [this](const Status &paired) {
            m_terminalMessage->setText(paired ? tr("Paired with the terminal.") : paired.error().message);
            if (paired) {
                m_terminalCode->clear();
            }
        });
}

} // namespace holdfast::ui
