#include "signinpage.h"

#include "pinpad.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace holdfast::ui {

SignInPage::SignInPage(QWidget *parent)
    : QWidget(parent), m_heading(new QLabel(this)), m_staff(new QListWidget(this)), m_pad(new PinPad(this))
{
    setObjectName(u"signInPage"_s);
    QFont heading = m_heading->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.6);
    heading.setBold(true);
    m_heading->setFont(heading);
    m_heading->setText(tr("Who is at the register?"));

    m_staff->setObjectName(u"staffList"_s);
    m_staff->setAccessibleName(tr("Staff"));
    QFont names = m_staff->font();
    names.setPointSizeF(names.pointSizeF() * 1.3);
    m_staff->setFont(names);
    m_staff->setSpacing(4);
    m_staff->setMinimumWidth(300);
    m_staff->installEventFilter(this);
    connect(m_staff, &QListWidget::currentRowChanged, this, &SignInPage::updatePrompt);
    connect(m_staff, &QListWidget::itemActivated, this, [this] { m_pad->field()->setFocus(); });
    connect(m_staff, &QListWidget::itemClicked, this, [this] { m_pad->field()->setFocus(); });
    connect(m_pad, &PinPad::submitted, this, &SignInPage::submit);

    auto *left = new QVBoxLayout;
    left->setSpacing(8);
    left->addWidget(m_heading);
    auto *hint = new QLabel(tr("Pick your name (arrow keys), then type your PIN."), this);
    hint->setWordWrap(true);
    for (QLabel *label : {m_heading, hint}) {
        label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    }
    left->addWidget(hint);
    left->addWidget(m_staff, 1);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(48, 32, 48, 32);
    layout->setSpacing(48);
    layout->addLayout(left, 1);
    layout->addWidget(m_pad);
    setTabOrder(m_staff, m_pad->field());
}

void SignInPage::setStaff(const QList<sales::StaffMember> &staff)
{
    const QString selected = selectedStaffId();
    m_staff->clear();
    for (const sales::StaffMember &member : staff) {
        auto *item = new QListWidgetItem(tr("%1 — %2").arg(member.name, sales::displayName(member.role)), m_staff);
        item->setData(Qt::UserRole, member.id);
        item->setSizeHint(QSize(0, 56));
    }
    select(selected);
    if (m_staff->currentRow() < 0 && m_staff->count() > 0) {
        m_staff->setCurrentRow(0);
    }
}

void SignInPage::select(const QString &staffId)
{
    for (int row = 0; row < m_staff->count(); ++row) {
        if (m_staff->item(row)->data(Qt::UserRole).toString() == staffId) {
            m_staff->setCurrentRow(row);
            m_pad->field()->setFocus();
            return;
        }
    }
}

QString SignInPage::selectedStaffId() const
{
    const QListWidgetItem *item = m_staff->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void SignInPage::setLocked(const QString &name)
{
    m_lockedName = name;
    m_heading->setText(name.isEmpty() ? tr("Who is at the register?") : tr("Locked"));
    m_pad->setError({});
    m_pad->clear();
    updatePrompt();
}

void SignInPage::setError(const QString &error)
{
    m_pad->setError(error);
}

void SignInPage::setBusy(bool busy)
{
    m_pad->setBusy(busy);
    m_staff->setEnabled(!busy);
    if (!busy) {
        m_pad->field()->setFocus();
    }
}

void SignInPage::updatePrompt()
{
    const QListWidgetItem *item = m_staff->currentItem();
    const QString name = item ? item->text().section(u" — "_s, 0, 0) : QString();
    if (!m_lockedName.isEmpty()) {
        m_pad->setPrompt(tr("The register locked while %1 was away. Type a PIN to continue.").arg(m_lockedName));
    } else {
        m_pad->setPrompt(name.isEmpty() ? tr("Pick your name") : tr("PIN for %1").arg(name));
    }
}

void SignInPage::submit()
{
    const QString staffId = selectedStaffId();
    if (staffId.isEmpty()) {
        m_pad->setError(tr("Pick your name first."));
        return;
    }
    if (m_pad->field()->text().isEmpty()) {
        m_pad->setError(tr("Type your PIN."));
        return;
    }
    auto pin = std::make_shared<crypto::SecretBytes>(m_pad->takePin());
    m_pad->setError({});
    emit signInRequested(staffId, pin);
}

bool SignInPage::eventFilter(QObject *watched, QEvent *event)
{
    // Digits typed while a name is highlighted go to the PIN, not to the list's type-ahead.
    if (watched == m_staff && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->text().size() == 1 && key->text().at(0).isDigit()) {
            m_pad->press(key->text().at(0));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SignInPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_pad->field()->setFocus();
}

} // namespace holdfast::ui
