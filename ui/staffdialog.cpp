#include "staffdialog.h"

#include "register/enginehost.h"
#include "sales/pinhash.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace holdfast::ui {

StaffDialog::StaffDialog(EngineHost &engine, const sales::StaffMember &user, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_user(user)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_pin(new QLineEdit(this))
    , m_confirm(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    setObjectName(u"staffDialog"_s);
    setWindowTitle(tr("Staff"));
    resize(620, 480);
    m_list->setObjectName(u"staffDialogList"_s);
    m_role->addItem(sales::displayName(sales::Role::Cashier), int(sales::Role::Cashier));
    m_role->addItem(sales::displayName(sales::Role::Manager), int(sales::Role::Manager));
    for (QLineEdit *pin : {m_pin, m_confirm}) {
        pin->setEchoMode(QLineEdit::Password);
        pin->setMaxLength(8);
        pin->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[0-9]{0,8}"_s), pin));
        pin->setContextMenuPolicy(Qt::NoContextMenu);
    }
    m_name->setObjectName(u"newStaffNameEdit"_s);
    m_pin->setObjectName(u"newStaffPinEdit"_s);
    m_confirm->setObjectName(u"newStaffPinConfirmEdit"_s);
    m_message->setObjectName(u"staffMessage"_s);
    m_message->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&PIN (4–8 digits):"), m_pin);
    form->addRow(tr("PIN &again:"), m_confirm);
    auto *add = new QPushButton(tr("&Add"), this);
    add->setObjectName(u"addStaffButton"_s);
    auto *reset = new QPushButton(tr("Set a new PIN for the selected person"), this);
    auto *actions = new QHBoxLayout;
    actions->addWidget(add);
    actions->addWidget(reset);
    auto *box = new QGroupBox(tr("Add someone, or set a new PIN"), this);
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->addLayout(form);
    boxLayout->addLayout(actions);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, &StaffDialog::addMember);
    connect(reset, &QPushButton::clicked, this, &StaffDialog::resetPin);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(box);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    reload();
    m_name->setFocus();
}

void StaffDialog::reload()
{
    m_engine.call(
        this, [](RegisterEngine &engine) { return engine.staffList(); },
        [this](const Result<QList<sales::StaffMember>> &staff) {
            m_list->clear();
            if (!staff) {
                m_message->setText(staff.error().message);
                return;
            }
            for (const sales::StaffMember &member : staff.value()) {
                auto *item
                    = new QListWidgetItem(tr("%1 — %2").arg(member.name, sales::displayName(member.role)), m_list);
                item->setData(Qt::UserRole, member.id);
            }
        });
}

std::shared_ptr<crypto::SecretBytes> StaffDialog::takePin()
{
    if (m_pin->text() != m_confirm->text()) {
        m_confirm->clear();
        m_message->setText(tr("The two PINs differ. Type the PIN again."));
        return nullptr;
    }
    QString typed = m_pin->text();
    m_pin->clear();
    m_confirm->clear();
    return std::make_shared<crypto::SecretBytes>(sales::PinHasher::take(typed));
}

void StaffDialog::addMember()
{
    auto pin = takePin();
    if (!pin) {
        return;
    }
    const QString name = m_name->text().trimmed();
    const auto role = sales::Role(m_role->currentData().toInt());
    m_engine.call(
        this,
        [user = m_user, name, role, pin](RegisterEngine &engine) {
            return engine.addStaff(user, name, role, std::move(*pin));
        },
        [this](const Result<sales::StaffMember> &added) {
            if (!added) {
                m_message->setText(added.error().message);
                return;
            }
            m_message->setText(tr("%1 can now sign in.").arg(added->name));
            m_name->clear();
            reload();
            emit staffChanged();
        });
}

void StaffDialog::resetPin()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item) {
        m_message->setText(tr("Select the person first."));
        return;
    }
    auto pin = takePin();
    if (!pin) {
        return;
    }
    const QString staffId = item->data(Qt::UserRole).toString();
    m_engine.call(
        this,
        [user = m_user, staffId, pin](RegisterEngine &engine) {
            return engine.resetPin(user, staffId, std::move(*pin));
        },
        [this](const Status &done) {
            m_message->setText(done ? tr("The new PIN works from now on.") : done.error().message);
        });
}

} // namespace holdfast::ui
