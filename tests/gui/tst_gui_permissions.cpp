// What a cashier may not do, and what nobody may do silently: the offline toggle is shown to a
// cashier but refused (by core, whatever the screen sends); keyed entry is a manager's; and
// quitting or signing out with payments waiting asks first.

#include "cartpanel.h"
#include "catalogpanel.h"
#include "guifixture.h"
#include "offlinemodedialog.h"
#include "productgrid.h"
#include "salepage.h"
#include "statustracker.h"
#include "tenderdialog.h"

#include <QAction>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace holdfast;
using payments::ProcessingMode;

namespace {

/// Answers the next "payments waiting" question with `button`, keeping its text.
void answerLeaveWarning(QObject *context, QMessageBox::StandardButton button, QString *text)
{
    QTimer::singleShot(0, context, [button, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != u"leaveWarning"_s) {
            return;
        }
        *text = box->text() + u"\n"_s + box->informativeText();
        box->button(button)->click();
    });
}

QAction *menuAction(QMainWindow &window, const QString &text)
{
    for (QAction *action : window.menuBar()->findChildren<QAction *>()) {
        if (action->text().remove(u'&') == text) {
            return action;
        }
    }
    return nullptr;
}

} // namespace

class TestGuiPermissions : public QObject
{
    Q_OBJECT

private slots:
    void cashier_seesTheOfflineToggle_cannotChangeIt_norKeyCards();
    void quitAndSignOut_withQueuedPayments_askFirst();
};

void TestGuiPermissions::cashier_seesTheOfflineToggle_cannotChangeIt_norKeyCards()
{
    test::GuiFixture gui;
    QVERIFY(gui.startAsManager(true));
    gui.window().signOut();
    QVERIFY(gui.signIn(u"Casey"_s, QString::fromLatin1(test::EngineFixture::cashierPin)));
    QCOMPARE(gui.window().user()->role, sales::Role::Cashier);
    QVERIFY(!menuAction(gui.window(), u"Import catalog…"_s)->isEnabled());
    QVERIFY(!menuAction(gui.window(), u"Staff…"_s)->isEnabled());
    QVERIFY(menuAction(gui.window(), u"Card processing mode…"_s)->isEnabled());

    // The toggle opens for a cashier: the mode and limits show, the choices do not respond.
    QApplication::setActiveWindow(&gui.window());
    QTest::keyClick(&gui.window(), Qt::Key_M, Qt::ControlModifier);
    auto *dialog = gui.waitForWindow<ui::OfflineModeDialog>();
    QVERIFY(dialog);
    QVERIFY(!dialog->canChange());
    QVERIFY(dialog->errorText().contains(u"Only a manager can change the offline mode"_s));
    auto *force = dialog->findChild<QRadioButton *>(u"mode_OFFLINE_ONLY"_s);
    QVERIFY(!force->isEnabled());
    // On the circle, where a tap would select an enabled button (the widget is wider than that).
    QTest::mouseClick(force, Qt::LeftButton, {}, QPoint(force->height() / 2, force->height() / 2));
    QCOMPARE(dialog->selectedMode(), ProcessingMode::OnlineOnly);

    // Even if the screen were talked into sending it, core refuses and nothing changes.
    QSignalSpy refused(dialog, &ui::OfflineModeDialog::refused);
    dialog->selectMode(ProcessingMode::OfflineOnly);
    dialog->apply();
    QVERIFY(refused.wait(10000));
    QVERIFY2(refused.first().first().toString().contains(u"Only a manager"_s),
             qPrintable(refused.first().first().toString()));
    auto mode = gui.engine().run([](RegisterEngine &engine) { return engine.status().mode; });
    QCOMPARE(mode.value_or(ProcessingMode::OfflineOnly), ProcessingMode::OnlineOnly);
    QCOMPARE(dialog->selectedMode(), ProcessingMode::OnlineOnly);
    dialog->reject();

    // A cashier's tender dialog has no keyed entry.
    QApplication::setActiveWindow(&gui.window());
    ui::ProductGrid *grid = gui.window().salePage()->catalog()->grid();
    const QModelIndex tile = gui.firstTile();
    QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, grid->visualRect(tile).center());
    QTest::keyClick(grid, Qt::Key_F12);
    auto *tender = gui.waitForWindow<ui::TenderDialog>();
    QVERIFY(tender);
    QVERIFY(!tender->findChild<QPushButton *>(u"keyedButton"_s)->isVisible());
    QVERIFY(tender->findChild<QPushButton *>(u"cardButton"_s)->isVisible());
}

void TestGuiPermissions::quitAndSignOut_withQueuedPayments_askFirst()
{
    test::GuiFixture gui;
    QVERIFY(gui.startAsManager());
    QString error;
    QVERIFY2(gui.engine().startGateway(&error), qPrintable(error));
    QVERIFY(gui.engine().pairGateway(gui.manager()).ok());

    // Nothing waits: quitting does not ask. (Closing is refused here only if a question shows.)
    QString asked;
    QVERIFY(gui.refreshStatus());
    QCOMPARE(gui.window().tracker()->status().queue.totals(payments::PaymentStatus::Queued).count, 0);
    QVERIFY(gui.window().confirmLeaving(true));

    // One offline payment waiting: a manager keys a card in while the link is cut.
    QVERIFY(gui.engine()
                .run([m = gui.manager()](RegisterEngine &engine) {
                    return engine.setProcessingMode(m, ProcessingMode::OfflineOnly).ok();
                })
                .value_or(false));
    QVERIFY(gui.engine().proxy().cut());
    auto rules = gui.engine().run([](RegisterEngine &engine) { return engine.taxRules(); });
    auto page = gui.engine().run([](RegisterEngine &engine) { return engine.catalog().search({}); });
    sales::Cart cart(u"CAD"_s, rules->value());
    QVERIFY(cart.add(page->value().products.first()).ok());
    auto order
        = gui.engine().run([cart, m = gui.manager()](RegisterEngine &engine) { return engine.createOrder(cart, m); });
    CardTender tender;
    tender.orderId = order->value().id;
    tender.amount = order->value().total;
    tender.cashier = gui.manager();
    tender.keyedPan = std::make_shared<crypto::SecretBytes>(crypto::SecretBytes::copyOf("4242424242424242"));
    tender.keyedExpiry = std::make_shared<crypto::SecretBytes>(crypto::SecretBytes::copyOf("12/30"));
    auto charged = gui.engine().runAsync<Result<CardTenderResult>>(
        [tender](RegisterEngine &engine, std::function<void(Result<CardTenderResult>)> reply) {
            engine.chargeCard(tender, reply);
        });
    QVERIFY(charged && *charged);
    QCOMPARE(charged->value().outcome.result, ChargeResult::ApprovedOffline);
    QVERIFY(gui.refreshStatus());
    QTRY_COMPARE_WITH_TIMEOUT(gui.window().tracker()->status().queue.totals(payments::PaymentStatus::Queued).count, 1,
                              10000);

    // Quit: asked, and "No" keeps the register open.
    answerLeaveWarning(this, QMessageBox::No, &asked);
    QVERIFY(!gui.window().close());
    QVERIFY(gui.window().isVisible());
    QVERIFY2(asked.contains(u"1 card payment ("_s) && asked.contains(u"not reached the gateway"_s), qPrintable(asked));

    // Sign out: asked too; "No" keeps Morgan signed in, "Yes" signs out.
    asked.clear();
    answerLeaveWarning(this, QMessageBox::No, &asked);
    gui.window().signOut();
    QVERIFY(!asked.isEmpty());
    QVERIFY(gui.window().user());
    answerLeaveWarning(this, QMessageBox::Yes, &asked);
    gui.window().signOut();
    QVERIFY(!gui.window().user());

    // Quit, "Yes": the window closes; the payment stays safe in the vault.
    asked.clear();
    answerLeaveWarning(this, QMessageBox::Yes, &asked);
    QVERIFY(gui.window().close());
    QVERIFY(!asked.isEmpty());
}

QTEST_MAIN(TestGuiPermissions)
#include "tst_gui_permissions.moc"
