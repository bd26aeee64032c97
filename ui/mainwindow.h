#pragma once

#include "register/registerengine.h"

#include <QMainWindow>
#include <QTimer>
#include <QUrl>

#include <optional>

class QAction;
class QLabel;
class QStackedWidget;

namespace holdfast {
class EngineHost;
}

namespace holdfast::ui {

class FirstRunPage;
class ReminderBanner;
class ReminderNotifier;
class SalePage;
class SignInPage;
class StatusTracker;
struct FirstRunAnswers;

/// The register's window: the reminder banner above every screen, the screens (first run,
/// sign-in, sale), menus whose shortcuts reach every action, and a status bar with the gateway
/// and terminal links, the card processing mode and, for demos, the outage switch. It talks to
/// the engine only through EngineHost and decides nothing a rule should decide.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    struct Options
    {
        QUrl outageControl; ///< the fault proxy's control URL: shows "Simulate internet outage"
        int idleLockMinutes = 5; ///< 0: never lock
        /// When above 0, the idle lock's wait in milliseconds instead of idleLockMinutes (tests
        /// use it so they need not wait minutes); 0 in the program.
        int idleLockMs = 0;
    };

    MainWindow(EngineHost &engine, const Options &options, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens the engine (in its thread) and shows the first screen when it is ready.
    void openEngine(const EngineOptions &options);

    const std::optional<sales::StaffMember> &user() const { return m_user; }
    QWidget *currentPage() const;
    SalePage *salePage() const { return m_sale; }
    SignInPage *signInPage() const { return m_signIn; }
    FirstRunPage *firstRunPage() const { return m_firstRun; }
    ReminderBanner *banner() const { return m_banner; }
    StatusTracker *tracker() const { return m_tracker; }
    ReminderNotifier *notifier() const { return m_notifier; }
    /// Asks before leaving (quit, sign out) while payments wait to upload; true to go ahead.
    bool confirmLeaving(bool quitting);

public slots:
    /// Reads staff, catalog and settings from the engine again and shows the first screen.
    void reload();
    void signOut();
    void lock();
    void showOfflineMode();
    void showQueue();
    /// Card payments from before a restart: those put back on their sales, and the unconfirmed
    /// ones a manager keeps or voids (shown after each sign-in while any is left).
    void showUnconfirmed();
    void showShiftReport();
    void importCatalog();
    void showStaff();
    void showPairing();
    void showLanguage();
    void showAbout();

signals:
    void ready();
    void openFailed(const QString &message);
    void signedIn(const holdfast::sales::StaffMember &user);
    void signedOut();
    /// A dialog this window opened (tests reach it through this).
    void dialogOpened(QDialog *dialog);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void start(const StartupInfo &info);
    void createActions();
    void updateActions();
    void showPage(QWidget *page);
    void onSignIn(const QString &staffId, std::shared_ptr<crypto::SecretBytes> pin);
    void onFirstRun(const FirstRunAnswers &answers);
    void reloadStaff();
    void reloadCatalog();
    void openDialog(QDialog *dialog);
    bool isManager() const;

    EngineHost &m_engine;
    Options m_options;
    StatusTracker *m_tracker;
    ReminderNotifier *m_notifier;
    ReminderBanner *m_banner;
    QStackedWidget *m_pages;
    QLabel *m_loading;
    FirstRunPage *m_firstRun;
    SignInPage *m_signIn;
    SalePage *m_sale;
    QLabel *m_userLabel;
    QTimer m_idle; ///< the idle lock; its interval is 0 when the register never locks by itself
    QTimer m_statusPoll;
    std::optional<sales::StaffMember> m_user;
    QString m_lockedBy; ///< the screen is locked while this person was signed in
    StartupInfo m_startup;
    bool m_quitConfirmed = false;

    QList<QAction *> m_saleActions; ///< only while someone sells
    QList<QAction *> m_managerActions; ///< only for managers
    QList<QAction *> m_signedInActions;
};

} // namespace holdfast::ui
