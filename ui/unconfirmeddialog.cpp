#include "unconfirmeddialog.h"

#include "register/enginehost.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace holdfast::ui {

QString describePayment(const payments::PaymentRecord &payment)
{
    const QString sale = payment.orderId.isEmpty()
        ? UnconfirmedDialog::tr("no sale")
        : UnconfirmedDialog::tr("sale %1").arg(payment.orderId.left(8).toUpper());
    return UnconfirmedDialog::tr("%1 — %2 •••• %3, %4 — %5")
        .arg(sale, payment.brand, payment.last4, payment.amount.format(QLocale()),
             payments::displayName(payment.status));
}

UnconfirmedDialog::UnconfirmedDialog(EngineHost &engine, const sales::StaffMember &user,
                                     const QList<payments::PaymentRecord> &reattached,
                                     const QList<payments::PaymentRecord> &unconfirmed, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_user(user)
    , m_list(new QListWidget(this))
    , m_message(new QLabel(this))
    , m_keep(new QPushButton(tr("&Keep: the customer paid with it"), this))
    , m_void(new QPushButton(tr("&Void: do not charge (refund)"), this))
{
    setObjectName(u"unconfirmedDialog"_s);
    setWindowTitle(tr("Card payments from before the restart"));
    resize(760, 460);
    auto *layout = new QVBoxLayout(this);
    if (!reattached.isEmpty()) {
        QStringList lines;
        for (const auto &payment : reattached) {
            lines << u"• "_s + describePayment(payment);
        }
        auto *attached = new QLabel(
            tr("These card payments were taken just before the register stopped. They are now on their sales: "
               "do not charge these customers again.")
                + u"\n"_s + lines.join(u'\n'),
            this);
        attached->setObjectName(u"reattachedLabel"_s);
        attached->setWordWrap(true);
        layout->addWidget(attached);
    }
    const bool manager = sales::can(user.role, sales::Action::VoidPayment);
    auto *explain = new QLabel(
        unconfirmed.isEmpty()
            ? tr("No other card payment waits for a decision.")
            : tr("Nobody saw the outcome of these card payments, and they belong to no open sale here. A manager "
                 "keeps each one the customer really paid with, and voids the others.")
                + (manager ? QString() : u" "_s + tr("Ask a manager to sign in and decide.")),
        this);
    explain->setWordWrap(true);
    layout->addWidget(explain);
    m_list->setObjectName(u"unconfirmedList"_s);
    for (const auto &payment : unconfirmed) {
        auto *item = new QListWidgetItem(describePayment(payment), m_list);
        item->setData(Qt::UserRole, payment.localId);
    }
    m_list->setVisible(!unconfirmed.isEmpty());
    layout->addWidget(m_list, 1);
    if (unconfirmed.isEmpty()) {
        layout->addStretch(1); // the sentences stay together at the top
    }
    m_message->setObjectName(u"unconfirmedMessage"_s);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_keep->setObjectName(u"keepButton"_s);
    m_void->setObjectName(u"voidUnconfirmedButton"_s);
    for (QPushButton *button : {m_keep, m_void}) {
        button->setEnabled(manager && !unconfirmed.isEmpty());
        if (unconfirmed.isEmpty()) {
            button->hide(); // nothing to decide: only Close
        } else {
            buttons->addButton(button, QDialogButtonBox::ActionRole);
        }
    }
    connect(m_keep, &QPushButton::clicked, this, &UnconfirmedDialog::keepSelected);
    connect(m_void, &QPushButton::clicked, this, &UnconfirmedDialog::voidSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    if (m_list->count() > 0) {
        m_list->setCurrentRow(0);
    }
}

QString UnconfirmedDialog::selectedId()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item) {
        m_message->setText(tr("Select a payment first."));
        return {};
    }
    return item->data(Qt::UserRole).toString();
}

void UnconfirmedDialog::settled(const QString &localId, const QString &message)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toString() == localId) {
            delete m_list->takeItem(row);
            break;
        }
    }
    m_message->setText(message);
    const bool more = m_list->count() > 0;
    m_keep->setEnabled(more);
    m_void->setEnabled(more);
}

void UnconfirmedDialog::keepSelected()
{
    const QString localId = selectedId();
    if (localId.isEmpty()) {
        return;
    }
    m_engine.call(
        this, [user = m_user, localId](RegisterEngine &engine) { return engine.keepPayment(user, localId); },
        [this, localId](const Status &kept) {
            if (!kept) {
                return m_message->setText(kept.error().message);
            }
            settled(localId, tr("Kept."));
        });
}

void UnconfirmedDialog::voidSelected()
{
    const QString localId = selectedId();
    if (localId.isEmpty()
        || QMessageBox::warning(this, tr("Void this payment?"),
                                tr("The customer will not be charged, or will be refunded. This cannot be undone."),
                                QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes) {
        return;
    }
    m_engine.callAsync<Result<VoidResult>>(
        this,
        [user = m_user, localId](RegisterEngine &engine, std::function<void(Result<VoidResult>)> reply) {
            engine.voidPayment(user, localId, std::move(reply));
        },
        [this, localId](const Result<VoidResult> &voided) {
            if (!voided) {
                return m_message->setText(voided.error().message);
            }
            settled(localId,
                    voided.value() == VoidResult::Pending ? tr("Void pending: the gateway confirms it when it answers.")
                                                          : tr("Voided."));
        });
}

} // namespace holdfast::ui
