#include "guifixture.h"

#include "catalogpanel.h"
#include "firstrunpage.h"
#include "pinpad.h"
#include "productgrid.h"
#include "salepage.h"
#include "signinpage.h"
#include "statustracker.h"
#include "translations.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

namespace holdfast::test {

namespace {

ui::MainWindow::Options withoutIdleLock(const QUrl &outageControl)
{
    ui::MainWindow::Options options;
    options.idleLockMinutes = 0;
    options.outageControl = outageControl;
    return options;
}

} // namespace

GuiFixture::GuiFixture(const Clock *clock, const QUrl &outageControl, const QLocale &locale)
    : GuiFixture(withoutIdleLock(outageControl), clock, locale)
{
}

GuiFixture::GuiFixture(const ui::MainWindow::Options &options, const Clock *clock, const QLocale &locale)
    : m_engine(clock)
{
    // As the program does at start (English has its own file: the plural forms).
    ui::installTranslations(locale);
    m_window = std::make_unique<ui::MainWindow>(m_engine.host(), options);
    m_window->resize(1280, 800);
}

GuiFixture::~GuiFixture()
{
    m_window.reset(); // before the engine it talks to
}

bool GuiFixture::open()
{
    QSignalSpy ready(m_window.get(), &ui::MainWindow::ready);
    m_window->openEngine(m_engine.options());
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get())) {
        return false;
    }
    QApplication::setActiveWindow(m_window.get());
    return ready.wait(30000) || !ready.isEmpty();
}

bool GuiFixture::createManagerThroughTheScreen()
{
    ui::FirstRunPage *page = m_window->firstRunPage();
    if (m_window->currentPage() != page) {
        return false;
    }
    page->findChild<QLineEdit *>(u"storeNameEdit"_s)->setText(u"Corner Café"_s);
    page->findChild<QLineEdit *>(u"managerNameEdit"_s)->setText(u"Morgan"_s);
    QTest::keyClicks(page->findChild<QLineEdit *>(u"managerPinEdit"_s), QString::fromLatin1(EngineFixture::managerPin));
    QTest::keyClicks(page->findChild<QLineEdit *>(u"managerPinConfirmEdit"_s),
                     QString::fromLatin1(EngineFixture::managerPin));
    QTest::mouseClick(page->findChild<QPushButton *>(u"createManagerButton"_s), Qt::LeftButton);
    return QTest::qWaitFor([this] { return m_window->currentPage() == m_window->signInPage(); }, 30000);
}

bool GuiFixture::signIn(const QString &name, const QString &pin, bool expectFailure)
{
    ui::SignInPage *page = m_window->signInPage();
    auto *list = page->findChild<QListWidget *>(u"staffList"_s);
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->text().startsWith(name)) {
            list->setCurrentRow(row);
        }
    }
    QLineEdit *field = page->pinPad()->field();
    QTest::keyClicks(field, pin);
    auto *error = page->findChild<QLabel *>(u"pinError"_s);
    error->clear();
    QTest::keyClick(field, Qt::Key_Return);
    if (expectFailure) {
        return QTest::qWaitFor([error] { return !error->text().isEmpty(); }, 30000);
    }
    return QTest::qWaitFor([this] { return m_window->currentPage() == m_window->salePage(); }, 30000);
}

bool GuiFixture::startAsManager(bool withCashier)
{
    if (!open()) {
        return false;
    }
    auto manager = m_engine.createManager();
    if (!manager) {
        qWarning("%s", qPrintable(manager.error().message));
        return false;
    }
    m_manager = manager.value();
    if (withCashier) {
        auto cashier = m_engine.addCashier(m_manager);
        if (!cashier) {
            return false;
        }
        m_cashier = cashier.value();
    }
    // The window reads the new staff and settings as after a first run.
    QSignalSpy ready(m_window.get(), &ui::MainWindow::ready);
    m_window->reload();
    if (!ready.wait(30000) || m_window->currentPage() != m_window->signInPage()) {
        return false;
    }
    return signIn(u"Morgan"_s, QString::fromLatin1(EngineFixture::managerPin));
}

bool GuiFixture::refreshStatus()
{
    QSignalSpy changed(m_window->tracker(), &ui::StatusTracker::changed);
    m_engine.host().requestStatus();
    return changed.wait(10000) || !changed.isEmpty();
}

QModelIndex GuiFixture::firstTile()
{
    ui::CatalogPanel *catalog = m_window->salePage()->catalog();
    if (!QTest::qWaitFor([catalog] { return catalog->grid()->model()->rowCount() > 0; }, 10000)) {
        return {};
    }
    return catalog->grid()->model()->index(0, 0);
}

} // namespace holdfast::test
