#include "queuedialog.h"

#include "paymentqueuemodel.h"
#include "register/enginehost.h"
#include "statustracker.h"
#include "timetext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace holdfast::ui {

using payments::PaymentStatus;

namespace {

constexpr int outstandingChoice = -1;
constexpr int everythingChoice = -2;
constexpr int unconfirmedChoice = -3;

} // namespace

QString describeVoid(const Result<VoidResult> &voided)
{
    if (!voided) {
        return voided.error().message;
    }
    switch (voided.value()) {
    case VoidResult::Voided:
        return QueueDialog::tr("The payment was voided.");
    case VoidResult::Pending:
        return QueueDialog::tr("Void pending: the payment may have reached the gateway, which cancels or refunds it "
                               "as soon as it answers. It shows as void pending until then.");
    case VoidResult::NotCharged:
        return QueueDialog::tr("The bank had declined this payment: nothing was charged, nothing to void.");
    }
    Q_UNREACHABLE();
}

QueueDialog::QueueDialog(EngineHost &engine, StatusTracker &tracker, const sales::StaffMember &user, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_tracker(tracker)
    , m_user(user)
    , m_model(new PaymentQueueModel(engine, this))
    , m_filter(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_view(new QTableView(this))
    , m_void(new QPushButton(tr("&Void selected…"), this))
{
    setObjectName(u"queueDialog"_s);
    setWindowTitle(tr("Card payments on this register"));
    resize(1000, 600);

    m_filter->setObjectName(u"queueFilter"_s);
    m_filter->addItem(tr("Outstanding (not settled yet)"), outstandingChoice);
    for (PaymentStatus status : payments::allPaymentStatuses()) {
        m_filter->addItem(payments::displayName(status), int(status));
    }
    m_filter->addItem(tr("Unconfirmed (outcome never shown)"), unconfirmedChoice);
    m_filter->addItem(tr("All payments"), everythingChoice);
    m_summary->setObjectName(u"queueSummary"_s);
    m_summary->setWordWrap(true);

    m_view->setObjectName(u"queueView"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(36);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(PaymentQueueModel::TakenColumn, 150);
    m_view->setColumnWidth(PaymentQueueModel::CardColumn, 130);
    m_view->setColumnWidth(PaymentQueueModel::StatusColumn, 180);
    m_view->setColumnWidth(PaymentQueueModel::TimeLeftColumn, 140);
    m_view->setColumnWidth(PaymentQueueModel::ReferenceColumn, 280);

    auto *top = new QHBoxLayout;
    auto *show = new QLabel(tr("&Show:"), this);
    show->setBuddy(m_filter);
    top->addWidget(show);
    top->addWidget(m_filter);
    top->addWidget(m_summary, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *refresh = buttons->addButton(tr("&Refresh (F5)"), QDialogButtonBox::ActionRole);
    refresh->setShortcut(QKeySequence(Qt::Key_F5));
    QPushButton *all = buttons->addButton(tr("&Upload all now"), QDialogButtonBox::ActionRole);
    all->setObjectName(u"uploadAllButton"_s);
    QPushButton *chosen = buttons->addButton(tr("Upload &selected"), QDialogButtonBox::ActionRole);
    chosen->setObjectName(u"uploadSelectedButton"_s);
    auto *keep = buttons->addButton(tr("&Keep unconfirmed"), QDialogButtonBox::ActionRole);
    keep->setObjectName(u"keepButton"_s);
    keep->setEnabled(sales::can(user.role, sales::Action::VoidPayment));
    connect(keep, &QPushButton::clicked, this, &QueueDialog::keepSelected);
    buttons->addButton(m_void, QDialogButtonBox::ActionRole);
    m_void->setObjectName(u"voidButton"_s);
    m_void->setEnabled(sales::can(user.role, sales::Action::VoidPayment));
    if (!m_void->isEnabled()) {
        m_void->setToolTip(tr("Only a manager can void a card payment."));
    }
    connect(refresh, &QPushButton::clicked, this, &QueueDialog::refresh);
    connect(all, &QPushButton::clicked, this, &QueueDialog::uploadAll);
    connect(chosen, &QPushButton::clicked, this, &QueueDialog::uploadSelected);
    connect(m_void, &QPushButton::clicked, this, &QueueDialog::voidSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);

    connect(m_filter, &QComboBox::currentIndexChanged, this, &QueueDialog::applyFilter);
    connect(m_model, &PaymentQueueModel::loaded, this, &QueueDialog::updateSummary);
    connect(m_model, &PaymentQueueModel::failed, m_summary, &QLabel::setText);
    connect(&m_tracker, &StatusTracker::tick, this, [this] { m_model->setNow(m_tracker.trustedNowMs()); });
    m_model->setNow(m_tracker.trustedNowMs());
    applyFilter();
    m_view->setFocus();
}

void QueueDialog::applyFilter()
{
    payments::PaymentFilter filter;
    filter.locationId = m_tracker.status().queue.locationId;
    const int choice = m_filter->currentData().toInt();
    if (choice == outstandingChoice) {
        filter.outstandingOnly = true;
    } else if (choice == unconfirmedChoice) {
        filter.unconfirmedOnly = true;
    } else if (choice != everythingChoice) {
        filter.status = PaymentStatus(choice);
    }
    m_model->setFilter(filter);
}

void QueueDialog::refresh()
{
    m_model->reload();
}

void QueueDialog::updateSummary()
{
    const RegisterStatus &status = m_tracker.status();
    const auto queued = status.queue.totals(PaymentStatus::Queued);
    const QString amount = Money::fromMinor(queued.amountMinor, status.queue.currency)
                               .value_or(Money::zero(status.currency))
                               .format(QLocale());
    QString text = tr("%n payment(s) listed.", nullptr, std::max(0, m_model->total()));
    text += u" "_s + tr("%n waiting to upload (%1).", nullptr, queued.count).arg(amount);
    if (status.queue.nearestDeadline) {
        const qint64 left = *status.queue.nearestDeadline - m_tracker.trustedNowMs();
        text += u" "_s
            + (left > 0 ? tr("Nearest deadline in %1.").arg(durationText(left)) : tr("A deadline has passed."));
    }
    if (status.queue.unconfirmed > 0) {
        text += u" "_s
            + tr("%n unconfirmed: nobody saw the outcome; a manager keeps or voids each.", nullptr,
                 status.queue.unconfirmed);
    }
    if (status.queue.voidPending > 0) {
        text += u" "_s + tr("%n void(s) waiting for the gateway.", nullptr, status.queue.voidPending);
    }
    m_summary->setText(text);
}

void QueueDialog::keepSelected()
{
    const QStringList ids = selectedIds();
    const payments::PaymentRecord *payment
        = ids.size() == 1 ? m_model->record(m_view->selectionModel()->selectedRows().first().row()) : nullptr;
    if (!payment || !payment->isUnconfirmed()) {
        m_summary->setText(tr("Select one unconfirmed payment to keep."));
        return;
    }
    m_engine.call(
        this,
        [user = m_user, localId = ids.first()](RegisterEngine &engine) { return engine.keepPayment(user, localId); },
        [this](const Status &kept) {
            m_summary->setText(kept ? tr("The payment is kept.") : kept.error().message);
            refresh();
        });
}

QStringList QueueDialog::selectedIds() const
{
    QStringList ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        if (const payments::PaymentRecord *payment = m_model->record(index.row())) {
            ids << payment->localId;
        }
    }
    return ids;
}

void QueueDialog::uploadAll()
{
    m_engine.post([](RegisterEngine &engine) { engine.uploadNow(); });
    m_summary->setText(tr("Uploading every waiting payment now…"));
}

void QueueDialog::uploadSelected()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty()) {
        m_summary->setText(tr("Select the payments to upload first."));
        return;
    }
    m_engine.post([ids](RegisterEngine &engine) { engine.uploadNow(ids); });
    m_summary->setText(tr("Uploading %n payment(s) now…", nullptr, int(ids.size())));
}

void QueueDialog::voidSelected()
{
    const QStringList ids = selectedIds();
    if (ids.size() != 1) {
        m_summary->setText(tr("Select one payment to void."));
        return;
    }
    const payments::PaymentRecord *payment = m_model->record(m_view->selectionModel()->selectedRows().first().row());
    if (QMessageBox::warning(this, tr("Void this payment?"),
                             tr("Void %1 on %2 •••• %3? The customer will not be charged (or will be refunded). "
                                "This cannot be undone.")
                                 .arg(payment->amount.format(QLocale()), payment->brand, payment->last4),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes) {
        return;
    }
    const QString localId = ids.first();
    m_engine.callAsync<Result<VoidResult>>(
        this,
        [user = m_user, localId](RegisterEngine &engine, std::function<void(Result<VoidResult>)> reply) {
            engine.voidPayment(user, localId, std::move(reply));
        },
        [this](const Result<VoidResult> &voided) {
            m_summary->setText(describeVoid(voided));
            refresh();
        });
}

} // namespace holdfast::ui
