// MainWindow: menus, shortcuts and the smaller manager tools.
#include "cartpanel.h"
#include "catalogpanel.h"
#include "mainwindow.h"
#include "register/enginehost.h"
#include "salepage.h"
#include "translations.h"
#include "uisettings.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QInputDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace holdfast::ui {

void MainWindow::createActions()
{
    const auto add = [this](QMenu *menu, const QString &text, const QKeySequence &shortcut, auto slot) {
        QAction *action = menu->addAction(text);
        if (!shortcut.isEmpty()) {
            action->setShortcut(shortcut);
        }
        connect(action, &QAction::triggered, this, slot);
        return action;
    };

    QMenu *sale = menuBar()->addMenu(tr("&Sale"));
    m_saleActions << add(sale, tr("&New sale"), QKeySequence::New, [this] { m_sale->newSale(); });
    m_saleActions << add(sale, tr("&Find a product"), QKeySequence::Find, [this] { m_sale->catalog()->focusSearch(); });
    m_saleActions << add(sale, tr("Next category"), QKeySequence(Qt::CTRL | Qt::Key_PageDown),
                         [this] { m_sale->catalog()->nextCategory(1); });
    m_saleActions << add(sale, tr("Previous category"), QKeySequence(Qt::CTRL | Qt::Key_PageUp),
                         [this] { m_sale->catalog()->nextCategory(-1); });
    sale->addSeparator();
    m_saleActions << add(sale, tr("One &more of the item"), QKeySequence(Qt::Key_Plus),
                         [this] { m_sale->cart()->changeQuantity(1); });
    m_saleActions << add(sale, tr("One &fewer of the item"), QKeySequence(Qt::Key_Minus),
                         [this] { m_sale->cart()->changeQuantity(-1); });
    m_saleActions << add(sale, tr("&Remove the item"), QKeySequence::Delete,
                         [this] { m_sale->cart()->removeSelected(); });
    m_saleActions << add(sale, tr("&Item discount…"), QKeySequence(Qt::Key_F4),
                         [this] { m_sale->cart()->discountSelected(); });
    m_saleActions << add(sale, tr("&Sale discount…"), QKeySequence(Qt::SHIFT | Qt::Key_F4),
                         [this] { m_sale->cart()->discountOrder(); });
    sale->addSeparator();
    QAction *pay = add(sale, tr("&Pay"), QKeySequence(Qt::Key_F12), [this] { m_sale->pay(); });
    pay->setShortcuts({QKeySequence(Qt::Key_F12), QKeySequence(Qt::CTRL | Qt::Key_Return)});
    m_saleActions << pay;
    m_saleActions << add(sale, tr("Last &receipt"), QKeySequence(Qt::CTRL | Qt::Key_R),
                         [this] { m_sale->showLastReceipt(); });

    QMenu *registerMenu = menuBar()->addMenu(tr("&Register"));
    m_signedInActions << add(registerMenu, tr("Card processing &mode…"), QKeySequence(Qt::CTRL | Qt::Key_M),
                             &MainWindow::showOfflineMode);
    m_signedInActions << add(registerMenu, tr("Outstanding &payments…"), QKeySequence(Qt::Key_F9),
                             &MainWindow::showQueue);
    m_signedInActions << add(registerMenu, tr("&End of shift…"), QKeySequence(Qt::CTRL | Qt::Key_E),
                             &MainWindow::showShiftReport);
    registerMenu->addSeparator();
    m_managerActions << add(registerMenu, tr("&Import catalog…"), QKeySequence(Qt::CTRL | Qt::Key_I),
                            &MainWindow::importCatalog);
    m_managerActions << add(registerMenu, tr("S&taff…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
                            &MainWindow::showStaff);
    m_managerActions << add(registerMenu, tr("Pair &devices…"), QKeySequence(), &MainWindow::showPairing);
    registerMenu->addSeparator();
    m_signedInActions << add(registerMenu, tr("&Lock"), QKeySequence(Qt::CTRL | Qt::Key_L), &MainWindow::lock);
    m_signedInActions << add(registerMenu, tr("Sign &out"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
                             &MainWindow::signOut);
    add(registerMenu, tr("&Quit"), QKeySequence::Quit, &QWidget::close);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    add(help, tr("&Language…"), QKeySequence(), &MainWindow::showLanguage);
    add(help, tr("&About Holdfast"), QKeySequence(), &MainWindow::showAbout);
    updateActions();
}

void MainWindow::updateActions()
{
    const bool selling = m_user && m_pages->currentWidget() == m_sale;
    for (QAction *action : std::as_const(m_saleActions)) {
        action->setEnabled(selling);
    }
    for (QAction *action : std::as_const(m_signedInActions)) {
        action->setEnabled(m_user.has_value());
    }
    for (QAction *action : std::as_const(m_managerActions)) {
        action->setEnabled(isManager());
        action->setToolTip(isManager() ? QString() : tr("Managers only"));
    }
}

void MainWindow::importCatalog()
{
    if (!isManager()) {
        return;
    }
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a catalog"), QString(),
                                                      tr("Catalog files (*.csv);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    statusBar()->showMessage(tr("Importing the catalog…"));
    m_engine.call(
        this, [user = *m_user, path](RegisterEngine &engine) { return engine.importCatalog(user, path); },
        [this](const Result<sales::ImportOutcome> &outcome) {
            statusBar()->clearMessage();
            if (!outcome) {
                QMessageBox::warning(this, tr("Catalog not imported"), outcome.error().message);
                return;
            }
            if (!outcome->applied()) {
                QStringList lines;
                for (const sales::ImportProblem &problem : outcome->problems.mid(0, 15)) {
                    lines << tr("Line %1: %2").arg(problem.line).arg(problem.message);
                }
                if (outcome->problems.size() > 15) {
                    lines << tr("… and %n more.", nullptr, int(outcome->problems.size() - 15));
                }
                QMessageBox::warning(
                    this, tr("Catalog not imported"),
                    tr("Nothing was changed. Fix these lines and import again:\n\n%1").arg(lines.join(u'\n')));
                return;
            }
            statusBar()->showMessage(tr("Catalog imported: %1 new, %2 updated, %3 new categories.")
                                         .arg(outcome->added)
                                         .arg(outcome->updated)
                                         .arg(outcome->categoriesAdded),
                                     10000);
            reloadCatalog();
        });
}

void MainWindow::reloadCatalog()
{
    m_engine.call(
        this, [](RegisterEngine &engine) { return engine.catalog().categories(); },
        [this](const Result<QList<sales::Category>> &categories) {
            if (categories) {
                m_sale->catalog()->setCategories(categories.value());
            }
        });
}

void MainWindow::showLanguage()
{
    UiSettings settings = UiSettings::load();
    QStringList names {tr("The system's language")};
    const QStringList languages = availableLanguages();
    for (const QString &language : languages) {
        const QLocale locale(language);
        names << QStringLiteral("%1 (%2)").arg(locale.nativeLanguageName(), locale.nativeTerritoryName());
    }
    const int current = settings.language.isEmpty() ? 0 : int(languages.indexOf(settings.language)) + 1;
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Language"), tr("Language of the register:"), names,
                                                 std::max(0, current), false, &ok);
    if (!ok) {
        return;
    }
    const qsizetype index = names.indexOf(chosen);
    settings.language = index <= 0 ? QString() : languages.at(index - 1);
    settings.save();
    QMessageBox::information(this, tr("Language"), tr("The register uses the new language from its next start."));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Holdfast"),
                       tr("<h3>Holdfast %1</h3><p>A point of sale that keeps taking card payments while the "
                          "internet is down: card data is sealed at once, kept in a crash-safe queue, and sent "
                          "when the connection returns.</p>")
                           .arg(QStringLiteral(HOLDFAST_VERSION)));
}

} // namespace holdfast::ui
