#include "mainwindow.h"

#include "cartpanel.h"
#include "catalogpanel.h"
#include "firstrunpage.h"
#include "offlinemodedialog.h"
#include "pairingdialog.h"
#include "queuedialog.h"
#include "register/enginehost.h"
#include "reminderbanner.h"
#include "remindernotifier.h"
#include "salepage.h"
#include "shiftreportdialog.h"
#include "signinpage.h"
#include "staffdialog.h"
#include "statusindicators.h"
#include "statustracker.h"
#include "unconfirmeddialog.h"

#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace holdfast::ui {

MainWindow::MainWindow(EngineHost &engine, const Options &options, QWidget *parent)
    : QMainWindow(parent)
    , m_engine(engine)
    , m_options(options)
    , m_tracker(new StatusTracker(this))
    , m_notifier(new ReminderNotifier(*m_tracker, this))
    , m_banner(new ReminderBanner(*m_tracker, this))
    , m_pages(new QStackedWidget(this))
    , m_loading(new QLabel(tr("Opening the register…"), this))
    , m_firstRun(new FirstRunPage(this))
    , m_signIn(new SignInPage(this))
    , m_sale(new SalePage(engine, *m_tracker, this))
    , m_userLabel(new QLabel(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Holdfast register"));
    setMinimumSize(1024, 700);
    m_loading->setAlignment(Qt::AlignCenter);
    m_pages->addWidget(m_loading);
    m_pages->addWidget(m_firstRun);
    m_pages->addWidget(m_signIn);
    m_pages->addWidget(m_sale);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    statusBar()->addPermanentWidget(new LinkIndicator(LinkIndicator::Link::Gateway, *m_tracker, this));
    statusBar()->addPermanentWidget(new LinkIndicator(LinkIndicator::Link::Terminal, *m_tracker, this));
    auto *mode = new ModeIndicator(*m_tracker, this);
    statusBar()->addPermanentWidget(mode);
    if (m_options.outageControl.isValid()) {
        statusBar()->addPermanentWidget(new OutageSwitch(m_options.outageControl, this));
    }
    m_userLabel->setObjectName(u"userLabel"_s);
    m_userLabel->setContentsMargins(8, 0, 8, 0);
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->setSizeGripEnabled(false);

    connect(&m_engine, &EngineHost::statusChanged, m_tracker, &StatusTracker::update);
    connect(m_banner, &ReminderBanner::showPaymentsRequested, this, &MainWindow::showQueue);
    connect(mode, &QToolButton::clicked, this, &MainWindow::showOfflineMode);
    connect(m_signIn, &SignInPage::signInRequested, this, &MainWindow::onSignIn);
    connect(m_firstRun, &FirstRunPage::createRequested, this, &MainWindow::onFirstRun);

    // The engine publishes on every change; this also keeps the time of last contact fresh.
    connect(&m_statusPoll, &QTimer::timeout, &m_engine, &EngineHost::requestStatus);
    createActions();
    // Idle lock: any key or click restarts the wait.
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        if (m_user && !QApplication::activeModalWidget()) {
            lock();
        } else {
            m_idle.start();
        }
    });
    m_idle.setInterval(m_options.idleLockMs > 0 ? m_options.idleLockMs
                                                : std::max(0, m_options.idleLockMinutes) * 60 * 1000);
    if (m_idle.interval() > 0) {
        qApp->installEventFilter(this);
    }
    showPage(m_loading);
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(this);
}

void MainWindow::openEngine(const EngineOptions &options)
{
    showPage(m_loading);
    m_engine.open(options, this, [this](const Result<StartupInfo> &info) {
        if (!info) {
            m_loading->setText(tr("The register cannot open its data:\n%1").arg(info.error().message));
            emit openFailed(info.error().message);
            return;
        }
        start(info.value());
    });
}

void MainWindow::start(const StartupInfo &info)
{
    m_startup = info;
    m_tracker->update(info.status);
    m_signIn->setStaff(info.staff);
    m_sale->start(info);
    showPage(info.needsFirstManager ? static_cast<QWidget *>(m_firstRun) : m_signIn);
    m_statusPoll.start(15000);
    emit ready();
}

void MainWindow::reload()
{
    m_engine.call(
        this, [](RegisterEngine &engine) { return engine.startup(); },
        [this](const Result<StartupInfo> &info) {
            if (info) {
                start(info.value());
            }
        });
}

QWidget *MainWindow::currentPage() const
{
    return m_pages->currentWidget();
}

void MainWindow::showPage(QWidget *page)
{
    m_pages->setCurrentWidget(page);
    updateActions();
    page->setFocus();
    if (page == m_sale) {
        m_sale->catalog()->focusSearch();
    }
}

bool MainWindow::isManager() const
{
    return m_user && sales::can(m_user->role, sales::Action::ChangeOfflineMode);
}

void MainWindow::onFirstRun(const FirstRunAnswers &answers)
{
    m_firstRun->setBusy(true);
    m_engine.call(
        this,
        [answers](RegisterEngine &engine) {
            auto manager = engine.createFirstManager(answers.managerName, std::move(*answers.pin), answers.storeName,
                                                     answers.taxPreset, answers.currency);
            return manager ? Result<StartupInfo>(engine.startup()) : Result<StartupInfo>(manager.error());
        },
        [this](const Result<StartupInfo> &info) {
            m_firstRun->setBusy(false);
            if (!info) {
                return m_firstRun->setError(info.error().message);
            }
            start(info.value());
        });
}

void MainWindow::onSignIn(const QString &staffId, std::shared_ptr<crypto::SecretBytes> pin)
{
    m_signIn->setBusy(true);
    m_engine.call(
        this, [staffId, pin](RegisterEngine &engine) { return engine.signIn(staffId, std::move(*pin)); },
        [this](const Result<sales::StaffMember> &member) {
            m_signIn->setBusy(false);
            if (!member) {
                return m_signIn->setError(member.error().message);
            }
            m_user = member.value();
            m_lockedBy.clear();
            m_signIn->setLocked({});
            m_sale->setUser(member.value());
            m_userLabel->setText(tr("%1 (%2)").arg(member->name, sales::displayName(member->role)));
            showPage(m_sale);
            if (m_idle.interval() > 0) {
                m_idle.start();
            }
            emit signedIn(member.value());
            showUnconfirmed();
        });
}

bool MainWindow::confirmLeaving(bool quitting)
{
    const payments::StatusTotals queued = m_tracker->status().queue.totals(payments::PaymentStatus::Queued);
    if (queued.count == 0) {
        return true;
    }
    const QString amount = Money::fromMinor(queued.amountMinor, m_tracker->status().queue.currency)
                               .value_or(Money::zero(m_tracker->status().currency))
                               .format(QLocale());
    QMessageBox box(QMessageBox::Warning, quitting ? tr("Quit with payments waiting?") : tr("Sign out?"),
                    tr("%n card payment(s) (%1) have not reached the gateway yet.", nullptr, queued.count).arg(amount),
                    QMessageBox::Yes | QMessageBox::No, this);
    box.setObjectName(u"leaveWarning"_s);
    box.setInformativeText(
        quitting ? tr("While Holdfast is closed they are sent only if the holdfastctl sync service runs. Their "
                      "deadline does not wait. Quit anyway?")
                 : tr("They keep uploading while the register runs; the next person to sign in sees the reminder. "
                      "Sign out anyway?"));
    box.setDefaultButton(QMessageBox::No);
    return box.exec() == QMessageBox::Yes;
}

void MainWindow::signOut()
{
    if (!m_user || !confirmLeaving(false)) {
        return;
    }
    m_user.reset();
    m_lockedBy.clear();
    m_userLabel->clear();
    m_idle.stop();
    m_signIn->setLocked({});
    showPage(m_signIn);
    emit signedOut();
}

void MainWindow::lock()
{
    if (!m_user) {
        return;
    }
    // The sale in progress stays; whoever signs in next continues it.
    m_lockedBy = m_user->name;
    const QString id = m_user->id;
    m_user.reset();
    m_userLabel->setText(tr("Locked"));
    m_idle.stop();
    m_signIn->setLocked(m_lockedBy);
    m_signIn->select(id);
    showPage(m_signIn);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_quitConfirmed && !confirmLeaving(true)) {
        event->ignore();
        return;
    }
    m_quitConfirmed = true;
    event->accept();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::Wheel:
        if (m_user) {
            m_idle.start();
        }
        break;
    default:
        break;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::openDialog(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    emit dialogOpened(dialog);
    dialog->open();
}

void MainWindow::showOfflineMode()
{
    if (!m_user) {
        return;
    }
    auto *dialog = new OfflineModeDialog(m_engine, *m_tracker, *m_user, this);
    openDialog(dialog);
}

void MainWindow::showUnconfirmed()
{
    if (!m_user) {
        return;
    }
    m_engine.call(
        this, [](RegisterEngine &engine) { return engine.unconfirmedPayments(); },
        [this](const Result<QList<payments::PaymentRecord>> &unconfirmed) {
            const QList<payments::PaymentRecord> open = unconfirmed.value_or(QList<payments::PaymentRecord>());
            if (!m_user || (open.isEmpty() && m_startup.reattached.isEmpty())) {
                return;
            }
            // Those put back on their sales are told once; the others until a manager decides.
            openDialog(new UnconfirmedDialog(m_engine, *m_user, m_startup.reattached, open, this));
            m_startup.reattached.clear();
        });
}

void MainWindow::showQueue()
{
    if (!m_user) {
        return statusBar()->showMessage(tr("Sign in to see the payments."), 5000);
    }
    openDialog(new QueueDialog(m_engine, *m_tracker, *m_user, this));
}

void MainWindow::showShiftReport()
{
    if (!m_user) {
        return;
    }
    m_engine.call(
        this, [](RegisterEngine &engine) { return engine.shiftReport(); },
        [this](const Result<sales::ShiftReport> &report) {
            if (!report || !m_user) {
                return statusBar()->showMessage(report ? QString() : report.error().message, 8000);
            }
            auto *dialog = new ShiftReportDialog(m_engine, *m_user, report.value(), this);
            connect(dialog, &ShiftReportDialog::shiftEnded, this, [this] {
                statusBar()->showMessage(tr("The shift is closed. The next sign-in opens a new one."), 8000);
                m_user.reset(); // a closed shift signs everyone out, without asking again
                m_userLabel->clear();
                m_idle.stop();
                showPage(m_signIn);
                emit signedOut();
            });
            openDialog(dialog);
        });
}

void MainWindow::showStaff()
{
    if (!isManager()) {
        return;
    }
    auto *dialog = new StaffDialog(m_engine, *m_user, this);
    connect(dialog, &StaffDialog::staffChanged, this, &MainWindow::reloadStaff);
    openDialog(dialog);
}

void MainWindow::showPairing()
{
    if (isManager()) {
        openDialog(new PairingDialog(m_engine, *m_user, this));
    }
}

void MainWindow::reloadStaff()
{
    m_engine.call(
        this, [](RegisterEngine &engine) { return engine.staffList(); },
        [this](const Result<QList<sales::StaffMember>> &staff) {
            if (staff) {
                m_signIn->setStaff(staff.value());
            }
        });
}

} // namespace holdfast::ui
