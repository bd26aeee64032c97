// A cashier's and a manager's shift at the register, through the window: the idle lock (and
// the activity that keeps it away), a sale split between a keyed card and cash, the manager's
// offline toggle, the end-of-shift report with its offline exposure and warnings, and the
// receipt of an offline card payment saved as PDF. Each checks what the screen shows and what
// core recorded.

#include "cartpanel.h"
#include "catalogpanel.h"
#include "guifixture.h"
#include "keyedcarddialog.h"
#include "moneytext.h"
#include "offlinemodedialog.h"
#include "payments/paymentstore.h"
#include "payments/policycache.h"
#include "productgrid.h"
#include "qtestprinters.h"
#include "receiptdialog.h"
#include "salepage.h"
#include "sales/shiftstore.h"
#include "sales/tendering.h"
#include "shiftreportdialog.h"
#include "signinpage.h"
#include "statusindicators.h"
#include "statustracker.h"
#include "tenderdialog.h"

#include <QAction>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>

#include <functional>

using namespace Qt::StringLiterals;
using namespace holdfast;
using payments::ProcessingMode;

namespace {

constexpr int idleLockMs = 2000;

/// Calls `work` with the first visible top-level widget of type T (a modal dialog opened by a
/// call that does not return until it closes), polling from the event loop for at most 10 s.
/// The poll ends with `scope`, so `work` never runs after the caller has returned.
template<typename T>
void whenShown(QObject *scope, std::function<void(T *)> work)
{
    auto *poll = new QTimer(scope);
    QElapsedTimer waited;
    waited.start();
    QObject::connect(poll, &QTimer::timeout, scope, [poll, waited, work = std::move(work)] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *found = qobject_cast<T *>(widget); found && found->isVisible()) {
                poll->stop();
                work(found);
                return;
            }
        }
        if (waited.elapsed() > 10000) {
            poll->stop();
        }
    });
    poll->start(20);
}

/// Where a tap selects a radio button: on its circle (the widget is wider than its label).
QPoint onTheButton(const QRadioButton *radio)
{
    return {radio->height() / 2, radio->height() / 2};
}

/// The money as the screens write it (QTextDocument's plain text has spaces for no-break ones).
QString shown(const Money &amount)
{
    return amount.format(QLocale()).replace(QChar::Nbsp, u' ');
}

QStringList lines(const QString &text)
{
    QStringList out;
    for (const QString &line : text.split(u'\n')) {
        if (!line.trimmed().isEmpty()) {
            out << line.trimmed().replace(QChar::Nbsp, u' ');
        }
    }
    return out;
}

/// The value the report view shows next to `label` (the cell after it).
QString reportValue(const QStringList &report, const QString &label)
{
    const qsizetype at = report.indexOf(label);
    return at >= 0 && at + 1 < report.size() ? report.at(at + 1) : QString();
}

} // namespace

class TestGuiShift : public QObject
{
    Q_OBJECT

private slots:
    void idleLock_afterInactivity_needsThePinAgain_activityKeepsItUnlocked();
    void splitTender_keyedCardThenCash_changeOnTheCashPart_saleEndsPaid();
    void endOfShift_totalsByTender_offlineExposure_warnsWhenUnprocessed();
    void offlineToggle_managerChangesTheMode_coreAndStatusBarFollow();
    void receiptOfOfflineCard_pendingWithItsReference_savedAsPdf();

private:
    /// Manager signed in, the register paired with a gateway (through the proxy); the gateway
    /// shows healthy in the status bar.
    static bool startPaired(test::GuiFixture &gui);
    /// Taps the first tile (once more for each extra) and presses F12: the tender dialog.
    static ui::TenderDialog *startSale(test::GuiFixture &gui, int tiles = 1);
    /// F6 with the card keyed in by the manager; waits for the outcome.
    static bool payByKeyedCard(ui::TenderDialog *tender, const QString &pan);
    /// F7, `cash` typed and Enter; waits for core's answer.
    static bool payCash(ui::TenderDialog *tender, const Money &cash);
    /// Done; waits for the sale screen to be ready for the next customer.
    static bool finishSale(test::GuiFixture &gui, ui::TenderDialog *tender);
    static bool setMode(test::GuiFixture &gui, ProcessingMode mode);
};

bool TestGuiShift::startPaired(test::GuiFixture &gui)
{
    QString error;
    if (!gui.startAsManager() || !gui.engine().startGateway(&error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    if (const Status paired = gui.engine().pairGateway(gui.manager()); !paired) {
        qWarning("%s", qPrintable(paired.error().message));
        return false;
    }
    return QTest::qWaitFor(
        [&gui] {
            return gui.window().findChild<ui::LinkIndicator *>(u"gatewayIndicator"_s)->health()
                == ui::LinkIndicator::Health::Good;
        },
        15000);
}

ui::TenderDialog *TestGuiShift::startSale(test::GuiFixture &gui, int tiles)
{
    QApplication::setActiveWindow(&gui.window());
    const QModelIndex tile = gui.firstTile();
    if (!tile.isValid()) {
        return nullptr;
    }
    ui::ProductGrid *grid = gui.window().salePage()->catalog()->grid();
    for (int i = 0; i < tiles; ++i) {
        QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, grid->visualRect(tile).center());
    }
    QTest::keyClick(grid, Qt::Key_F12);
    return gui.waitForWindow<ui::TenderDialog>();
}

bool TestGuiShift::payByKeyedCard(ui::TenderDialog *tender, const QString &pan)
{
    QSignalSpy finished(tender, &ui::TenderDialog::chargeFinished);
    bool keyed = false;
    QObject scope;
    whenShown<ui::KeyedCardDialog>(&scope, [&keyed, pan](ui::KeyedCardDialog *dialog) {
        QTest::keyClicks(dialog->panField(), pan);
        QTest::keyClicks(dialog->expiryField(), u"12/30"_s);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"chargeKeyedButton"_s), Qt::LeftButton);
        keyed = true;
    });
    QTest::keyClick(tender, Qt::Key_F6); // returns once the keyed card dialog has closed
    return keyed && (finished.wait(20000) || !finished.isEmpty());
}

bool TestGuiShift::payCash(ui::TenderDialog *tender, const Money &cash)
{
    QSignalSpy updated(tender, &ui::TenderDialog::orderUpdated);
    // Offscreen, a closed dialog (the keyed card) does not hand activation back by itself.
    QApplication::setActiveWindow(tender);
    QTest::keyClick(tender, Qt::Key_F7);
    if (!QTest::qWaitFor([tender] { return tender->cashField()->hasFocus(); }, 5000)) {
        return false;
    }
    QTest::keyClicks(tender->cashField(), ui::editableAmount(cash));
    QTest::keyClick(tender->cashField(), Qt::Key_Return);
    return updated.wait(10000) || !updated.isEmpty();
}

bool TestGuiShift::finishSale(test::GuiFixture &gui, ui::TenderDialog *tender)
{
    QTest::mouseClick(tender->findChild<QPushButton *>(u"doneButton"_s), Qt::LeftButton);
    // The next sale can start once the dialog is gone (it deletes itself on close).
    return QTest::qWaitFor(
        [&gui] {
            return gui.window().salePage()->cart()->cart().isEmpty() && !gui.window().salePage()->tenderDialog();
        },
        10000);
}

bool TestGuiShift::setMode(test::GuiFixture &gui, ProcessingMode mode)
{
    const auto set = gui.engine().run(
        [m = gui.manager(), mode](RegisterEngine &engine) { return engine.setProcessingMode(m, mode).ok(); });
    return set.value_or(false)
        && QTest::qWaitFor([&gui, mode] { return gui.window().tracker()->status().mode == mode; }, 10000);
}

void TestGuiShift::idleLock_afterInactivity_needsThePinAgain_activityKeepsItUnlocked()
{
    ui::MainWindow::Options options;
    options.idleLockMs = idleLockMs;
    test::GuiFixture gui(options);
    QVERIFY(gui.startAsManager());
    ui::MainWindow &window = gui.window();
    const qint64 signedInBy = QDateTime::currentMSecsSinceEpoch();

    // A sale is started: one item in the cart.
    QApplication::setActiveWindow(&window);
    ui::ProductGrid *grid = window.salePage()->catalog()->grid();
    const QModelIndex tile = gui.firstTile();
    QVERIFY(tile.isValid());
    QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, grid->visualRect(tile).center());
    QCOMPARE(window.salePage()->cart()->cart().lines().size(), 1);
    grid->setFocus();

    // The cashier keeps working (arrow keys on the catalog every 400 ms) for more than twice
    // the idle time: the register never locks meanwhile.
    constexpr int presses = 12;
    int pressed = 0;
    bool lockedMeanwhile = false;
    QElapsedTimer activity;
    QElapsedTimer sinceLastKey;
    activity.start();
    QTimer cashier;
    connect(&cashier, &QTimer::timeout, this, [&] {
        lockedMeanwhile = lockedMeanwhile || window.currentPage() != window.salePage() || !window.user();
        QTest::keyClick(grid, pressed % 2 == 0 ? Qt::Key_Right : Qt::Key_Left);
        sinceLastKey.start();
        if (++pressed == presses) {
            cashier.stop();
        }
    });
    cashier.start(idleLockMs / 5);
    QVERIFY(QTest::qWaitFor([&] { return pressed == presses || lockedMeanwhile; }, 30000));
    QVERIFY2(!lockedMeanwhile, "the register locked while the cashier was working");
    QVERIFY2(activity.elapsed() > 2 * idleLockMs, qPrintable(QString::number(activity.elapsed())));
    QCOMPARE(window.currentPage(), static_cast<QWidget *>(window.salePage()));
    QVERIFY(window.user());

    // Then nothing: the lock screen, not before the idle time has passed.
    QTRY_COMPARE_WITH_TIMEOUT(window.currentPage(), static_cast<QWidget *>(window.signInPage()), 5 * idleLockMs);
    QVERIFY2(sinceLastKey.elapsed() >= idleLockMs * 9 / 10, qPrintable(QString::number(sinceLastKey.elapsed())));
    QVERIFY(!window.user());
    QCOMPARE(window.findChild<QLabel *>(u"userLabel"_s)->text(), u"Locked"_s);
    const QString prompt = window.signInPage()->findChild<QLabel *>(u"pinPrompt"_s)->text();
    QVERIFY2(prompt.contains(u"locked while Morgan was away"_s), qPrintable(prompt));
    QCOMPARE(window.signInPage()->selectedStaffId(), gui.manager().id);
    // Nothing of the sale screen answers while locked.
    QAction *pay = nullptr;
    for (QAction *action : window.menuBar()->findChildren<QAction *>()) {
        if (action->text().remove(u'&') == u"Pay"_s) {
            pay = action;
        }
    }
    QVERIFY(pay && !pay->isEnabled());
    QTest::keyClick(&window, Qt::Key_F12);
    QVERIFY(!window.salePage()->tenderDialog());

    // Locking is not signing out: the shift opened at sign-in is still open in core.
    const auto shift = gui.engine().run([](RegisterEngine &engine) { return engine.shiftReport(); });
    QVERIFY(shift && *shift);

    // The PIN again: a wrong one is refused by core and the screen stays locked.
    QVERIFY(gui.signIn(u"Morgan"_s, u"1111"_s, true));
    QCOMPARE(window.currentPage(), static_cast<QWidget *>(window.signInPage()));
    QVERIFY(!window.user());
    QVERIFY(gui.signIn(u"Morgan"_s, QString::fromLatin1(test::EngineFixture::managerPin)));
    QCOMPARE(window.user()->id, gui.manager().id);
    QVERIFY(window.findChild<QLabel *>(u"userLabel"_s)->text().contains(u"Morgan"_s));

    // The sale waited: it is paid now, in the shift that was open before the lock.
    QCOMPARE(window.salePage()->cart()->cart().lines().size(), 1);
    QApplication::setActiveWindow(&window);
    QTest::keyClick(grid, Qt::Key_F12);
    auto *tender = gui.waitForWindow<ui::TenderDialog>();
    QVERIFY(tender);
    QVERIFY(payCash(tender, tender->order().total));
    QCOMPARE(tender->order().state, sales::OrderState::Paid);
    const QString orderId = tender->order().id;
    QVERIFY(finishSale(gui, tender));
    const auto stored = gui.engine().run([orderId](RegisterEngine &engine) { return engine.orders().find(orderId); });
    QVERIFY(stored && *stored);
    QCOMPARE(stored->value().cashierId, gui.manager().id);
    QVERIFY(!stored->value().shiftId.isEmpty());
    const QString shiftId = stored->value().shiftId;
    const auto opened = gui.engine().run(
        [shiftId](RegisterEngine &engine) { return sales::ShiftStore(engine.store()).find(shiftId); });
    QVERIFY(opened && *opened);
    QVERIFY(opened->value().isOpen());
    QCOMPARE(opened->value().openedBy, gui.manager().id);
    QVERIFY2(opened->value().openedAt <= signedInBy, "the sign-in after the lock opened a new shift");
}

void TestGuiShift::splitTender_keyedCardThenCash_changeOnTheCashPart_saleEndsPaid()
{
    test::GuiFixture gui;
    QVERIFY(startPaired(gui));
    ui::TenderDialog *tender = startSale(gui, 3);
    QVERIFY(tender);
    const Money total = tender->order().total;
    QCOMPARE(tender->amountField()->text(), ui::editableAmount(total));

    // Part of it on a card: the manager lowers "Amount to pay now" and keys the card in.
    const Money cardPart = Money::fromMinor(total.minor() / 2, total.currency()).value();
    QVERIFY(cardPart.minor() > 0);
    tender->amountField()->setFocus();
    QTest::keyClick(tender->amountField(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(tender->amountField(), ui::editableAmount(cardPart));
    QVERIFY(payByKeyedCard(tender, u"4242 4242 4242 4242"_s));
    const QString outcome = tender->outcomeLabel()->text();
    QVERIFY2(outcome.contains(u"Approved."_s) && outcome.contains(u"4242"_s), qPrintable(outcome));
    QCOMPARE(tender->order().state, sales::OrderState::Open);
    QCOMPARE(tender->order().tenders.size(), 1);
    QCOMPARE(tender->order().tenders[0].kind, sales::TenderKind::Card);
    QCOMPARE(tender->order().tenders[0].amount, cardPart);
    const Money rest = total.minus(cardPart).value();
    QCOMPARE(tender->order().remaining(), rest);
    const QString due = tender->findChild<QLabel *>(u"dueLabel"_s)->text();
    QVERIFY2(due.contains(rest.format(QLocale())), qPrintable(due));
    QCOMPARE(tender->amountField()->text(), ui::editableAmount(rest));
    QVERIFY(!tender->findChild<QPushButton *>(u"doneButton"_s)->isEnabled());

    // The rest in cash: a banknote above it, and the change due on the cash part only.
    const qint64 note = 1000; // $10
    const Money handed = Money::fromMinor((rest.minor() / note + 1) * note, total.currency()).value();
    QVERIFY(payCash(tender, handed));
    const Money change = handed.minus(sales::Tendering::roundCash(rest, sales::CashRounding::Nickel)).value();
    QVERIFY(!change.isZero());
    QVERIFY2(tender->changeLabel()->text().contains(change.format(QLocale())),
             qPrintable(tender->changeLabel()->text() + u" vs "_s + change.format(QLocale())));
    QCOMPARE(tender->order().state, sales::OrderState::Paid);
    QVERIFY(tender->findChild<QLabel *>(u"dueLabel"_s)->text().contains(u"Paid in full"_s));
    QVERIFY(tender->findChild<QPushButton *>(u"doneButton"_s)->isEnabled());
    const QString orderId = tender->order().id;
    const QString localId = tender->order().tenders[0].paymentLocalId;
    QVERIFY(finishSale(gui, tender));

    // Core: one paid order with both tenders; the card in the vault, processed, for its part.
    const auto stored = gui.engine().run([orderId](RegisterEngine &engine) { return engine.orders().find(orderId); });
    QVERIFY(stored && *stored);
    const sales::Order &order = stored->value();
    QCOMPARE(order.state, sales::OrderState::Paid);
    QCOMPARE(order.tenders.size(), 2);
    QCOMPARE(order.tenders[0].kind, sales::TenderKind::Card);
    QCOMPARE(order.tenders[0].amount, cardPart);
    QCOMPARE(order.tenders[0].status, sales::CardStatus::Approved);
    QVERIFY(!order.tenders[0].offline);
    QCOMPARE(order.tenders[0].last4, u"4242"_s);
    QCOMPARE(order.tenders[1].kind, sales::TenderKind::Cash);
    QCOMPARE(order.tenders[1].amount, rest);
    QCOMPARE(order.tenders[1].tendered, handed);
    QCOMPARE(order.tenders[1].change, change);
    QCOMPARE(order.change(), change);
    QCOMPARE(order.paid(), total);
    QVERIFY(order.remaining().isZero());
    const auto payment = gui.engine().run(
        [localId](RegisterEngine &engine) { return payments::PaymentStore(engine.core().vault()).find(localId); });
    QVERIFY(payment && *payment);
    QCOMPARE(payment->value().amount, cardPart);
    QCOMPARE(payment->value().orderId, orderId);
    QCOMPARE(payment->value().status, payments::PaymentStatus::Processed);
    QCOMPARE(payment->value().entryMethod, crypto::EntryMethod::Keyed);
    const auto atGateway = gui.engine().gateway().listPayments(gui.engine().locationId());
    QCOMPARE(atGateway.size(), 1);
    QCOMPARE(atGateway[0].value("localId"_L1).toString(), localId);
    QCOMPARE(atGateway[0].value("amount"_L1).toObject().value("amount"_L1).toInteger(), cardPart.minor());
    QCOMPARE(atGateway[0].value("charges"_L1).toInt(), 1);
}

void TestGuiShift::endOfShift_totalsByTender_offlineExposure_warnsWhenUnprocessed()
{
    test::GuiFixture gui;
    QVERIFY(startPaired(gui));
    ui::MainWindow &window = gui.window();
    const auto openReport = [&]() -> ui::ShiftReportDialog * {
        QApplication::setActiveWindow(&window);
        QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier);
        return gui.waitForWindow<ui::ShiftReportDialog>();
    };

    // A cash sale and a card sale online.
    ui::TenderDialog *tender = startSale(gui);
    QVERIFY(tender);
    const Money cashSale = tender->order().total;
    QVERIFY(payCash(tender, cashSale));
    QCOMPARE(tender->order().state, sales::OrderState::Paid);
    QVERIFY(finishSale(gui, tender));
    tender = startSale(gui, 2);
    QVERIFY(tender);
    const Money onlineSale = tender->order().total;
    QVERIFY(payByKeyedCard(tender, u"4242424242424242"_s));
    QCOMPARE(tender->order().state, sales::OrderState::Paid);
    QVERIFY(finishSale(gui, tender));

    // Everything settled: the report has no warning.
    ui::ShiftReportDialog *report = openReport();
    QVERIFY(report);
    QVERIFY2(report->warningText().isEmpty(), qPrintable(report->warningText()));
    QStringList figures = lines(report->findChild<QTextBrowser *>(u"shiftReportView"_s)->toPlainText());
    QCOMPARE(reportValue(figures, u"Paid sales"_s), u"2"_s);
    QCOMPARE(reportValue(figures, u"Offline payments waiting to upload"_s), shown(Money::zero(u"CAD"_s)) + u" (0)"_s);
    QCOMPARE(reportValue(figures, u"Nearest upload deadline"_s), u"none"_s);
    QPointer<ui::ShiftReportDialog> closing(report);
    QTest::keyClick(report, Qt::Key_Escape);
    QTRY_VERIFY(!closing || !closing->isVisible());

    // The gateway stops; in "Allow offline (auto)" the next card is approved offline.
    QVERIFY(setMode(gui, ProcessingMode::AutoDetect));
    gui.engine().gateway().stop();
    auto *gateway = window.findChild<ui::LinkIndicator *>(u"gatewayIndicator"_s);
    QTRY_COMPARE_WITH_TIMEOUT(gateway->health(), ui::LinkIndicator::Health::Bad, 15000);
    tender = startSale(gui, 3);
    QVERIFY(tender);
    const Money offlineSale = tender->order().total;
    QVERIFY(payByKeyedCard(tender, u"4242424242424242"_s));
    QVERIFY2(tender->outcomeLabel()->text().contains(u"Approved offline"_s),
             qPrintable(tender->outcomeLabel()->text()));
    QCOMPARE(tender->order().state, sales::OrderState::Paid);
    QVERIFY(finishSale(gui, tender));

    // Core's figures for this shift.
    const auto built = gui.engine().run([](RegisterEngine &engine) { return engine.shiftReport(); });
    QVERIFY(built && *built);
    const sales::ShiftReport &core = built->value();
    QCOMPARE(core.paidOrders, 3);
    QCOMPARE(core.cash, (sales::TenderTotal {1, cashSale}));
    QCOMPARE(core.cardOnline, (sales::TenderTotal {1, onlineSale}));
    QCOMPARE(core.cardOffline, (sales::TenderTotal {1, offlineSale}));
    QCOMPARE(core.cardPending, (sales::TenderTotal {1, offlineSale}));
    QCOMPARE(core.exposure.queuedCount, 1);
    QCOMPARE(core.exposure.queuedAmount, offlineSale);
    QVERIFY(core.exposure.nearestDeadline.has_value());
    QStringList codes;
    for (const sales::ShiftWarning &warning : core.warnings) {
        codes << warning.code;
    }
    QCOMPARE(codes, (QStringList {u"offline_queued"_s, u"card_pending"_s}));

    // What the manager reads: totals by tender, the exposure, and the warning.
    report = openReport();
    QVERIFY(report);
    figures = lines(report->findChild<QTextBrowser *>(u"shiftReportView"_s)->toPlainText());
    QCOMPARE(reportValue(figures, u"Paid sales"_s), u"3"_s);
    QCOMPARE(reportValue(figures, u"Sales"_s), shown(cashSale.plus(onlineSale).value().plus(offlineSale).value()));
    QCOMPARE(reportValue(figures, u"Cash"_s), shown(cashSale) + u" (1)"_s);
    QCOMPARE(reportValue(figures, u"Cards, online"_s), shown(onlineSale) + u" (1)"_s);
    QCOMPARE(reportValue(figures, u"Cards, offline"_s), shown(offlineSale) + u" (1)"_s);
    QCOMPARE(reportValue(figures, u"of which still pending"_s), shown(offlineSale) + u" (1)"_s);
    QCOMPARE(reportValue(figures, u"Offline payments waiting to upload"_s), shown(offlineSale) + u" (1)"_s);
    const QString deadline = reportValue(figures, u"Nearest upload deadline"_s);
    QCOMPARE(deadline,
             QLocale()
                 .toString(QDateTime::fromMSecsSinceEpoch(*core.exposure.nearestDeadline), QLocale::ShortFormat)
                 .replace(QChar::Nbsp, u' '));
    const QString warning = report->warningText();
    QVERIFY2(warning.startsWith(u"Not everything is settled:"_s), qPrintable(warning));
    QVERIFY2(warning.contains(u"1 offline card payment totalling "_s + offlineSale.format()
                              + u" is not uploaded yet. The first must upload within 71 h"_s),
             qPrintable(warning));
    QVERIFY2(warning.contains(u"1 card payment of this shift, totalling "_s + offlineSale.format()
                              + u", has no final answer yet."_s),
             qPrintable(warning));
    QVERIFY(report->findChild<QLabel *>(u"shiftWarning"_s)->isVisible());
    QVERIFY(report->findChild<QPushButton *>(u"endShiftButton"_s)->isEnabled());
}

void TestGuiShift::offlineToggle_managerChangesTheMode_coreAndStatusBarFollow()
{
    test::GuiFixture gui;
    QVERIFY(startPaired(gui));
    ui::MainWindow &window = gui.window();
    auto *indicator = window.findChild<QToolButton *>(u"modeIndicator"_s);
    QVERIFY(indicator);
    QCOMPARE(indicator->text(), u"Cards: Online only"_s);
    const auto coreMode = [&gui] {
        return gui.engine()
            .run([](RegisterEngine &engine) {
                return std::pair(payments::PolicyCache(engine.core().vault()).defaultMode(), engine.status().mode);
            })
            .value_or(std::pair(ProcessingMode::OnlineOnly, ProcessingMode::OfflineOnly));
    };
    QCOMPARE(coreMode(), std::pair(ProcessingMode::OnlineOnly, ProcessingMode::OnlineOnly));

    struct Step
    {
        ProcessingMode mode;
        QString shown;
        bool throughTheStatusBar;
    };
    const QList<Step> steps {
        {ProcessingMode::AutoDetect, u"Allow offline (auto)"_s, false},
        {ProcessingMode::OfflineOnly, u"Force offline"_s, true},
        {ProcessingMode::OnlineOnly, u"Online only"_s, false},
    };
    ProcessingMode before = ProcessingMode::OnlineOnly;
    for (const Step &step : steps) {
        // Ctrl+M, or a click on the mode in the status bar.
        QApplication::setActiveWindow(&window);
        if (step.throughTheStatusBar) {
            QTest::mouseClick(indicator, Qt::LeftButton);
        } else {
            QTest::keyClick(&window, Qt::Key_M, Qt::ControlModifier);
        }
        auto *dialog = gui.waitForWindow<ui::OfflineModeDialog>();
        QVERIFY(dialog);
        QVERIFY(dialog->canChange());
        QVERIFY(dialog->findChild<QRadioButton *>(u"mode_"_s + payments::toWire(before))->isChecked());
        QVERIFY2(dialog->findChild<QLabel *>(u"limitsLabel"_s)->text().contains(u"per payment"_s),
                 qPrintable(dialog->findChild<QLabel *>(u"limitsLabel"_s)->text()));
        auto *radio = dialog->findChild<QRadioButton *>(u"mode_"_s + payments::toWire(step.mode));
        QVERIFY(radio && radio->isEnabled());
        QCOMPARE(radio->text(), step.shown);

        // First the manager changes their mind: Esc keeps the mode as it was.
        QTest::mouseClick(radio, Qt::LeftButton, {}, onTheButton(radio));
        QCOMPARE(dialog->selectedMode(), step.mode);
        QPointer<ui::OfflineModeDialog> cancelled(dialog);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!cancelled || !cancelled->isVisible());
        QCOMPARE(coreMode(), std::pair(before, before));
        QCOMPARE(indicator->text(), u"Cards: "_s + payments::displayName(before));

        // Then for real: the choice and OK.
        QApplication::setActiveWindow(&window);
        QTest::keyClick(&window, Qt::Key_M, Qt::ControlModifier);
        dialog = gui.waitForWindow<ui::OfflineModeDialog>();
        QVERIFY(dialog);
        radio = dialog->findChild<QRadioButton *>(u"mode_"_s + payments::toWire(step.mode));
        QTest::mouseClick(radio, Qt::LeftButton, {}, onTheButton(radio));
        QCOMPARE(dialog->selectedMode(), step.mode);
        QSignalSpy applied(dialog, &ui::OfflineModeDialog::applied);
        QPointer<ui::OfflineModeDialog> applying(dialog);
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(applied.wait(10000) || !applied.isEmpty());
        QCOMPARE(applied.first().first().value<ProcessingMode>(), step.mode);
        QTRY_VERIFY(!applying || !applying->isVisible());
        QCOMPARE(coreMode(), std::pair(step.mode, step.mode));
        QTRY_COMPARE_WITH_TIMEOUT(indicator->text(), u"Cards: "_s + step.shown, 10000);
        QCOMPARE(window.tracker()->status().mode, step.mode);
        before = step.mode;
    }

    // The mode a sale is paid under follows too.
    QVERIFY(setMode(gui, ProcessingMode::OfflineOnly));
    ui::TenderDialog *tender = startSale(gui);
    QVERIFY(tender);
    const QString label = tender->findChild<QLabel *>(u"tenderModeLabel"_s)->text();
    QVERIFY2(label.contains(u"Force offline"_s) && label.contains(u"approved offline and sent later"_s),
             qPrintable(label));
}

void TestGuiShift::receiptOfOfflineCard_pendingWithItsReference_savedAsPdf()
{
    test::GuiFixture gui;
    QVERIFY(startPaired(gui));
    // Offline allowed, then the gateway stops: the card stays queued on the register.
    QVERIFY(setMode(gui, ProcessingMode::AutoDetect));
    gui.engine().gateway().stop();
    auto *gateway = gui.window().findChild<ui::LinkIndicator *>(u"gatewayIndicator"_s);
    QTRY_COMPARE_WITH_TIMEOUT(gateway->health(), ui::LinkIndicator::Health::Bad, 15000);

    ui::TenderDialog *tender = startSale(gui, 2);
    QVERIFY(tender);
    QVERIFY(payByKeyedCard(tender, u"4242424242424242"_s));
    QVERIFY2(tender->outcomeLabel()->text().contains(u"Approved offline"_s),
             qPrintable(tender->outcomeLabel()->text()));
    const QString localId = tender->order().tenders.value(0).paymentLocalId;
    QVERIFY(!localId.isEmpty());
    const QString reference = tender->order().id.left(8).toUpper();
    QVERIFY(finishSale(gui, tender));
    const auto payment = gui.engine().run(
        [localId](RegisterEngine &engine) { return payments::PaymentStore(engine.core().vault()).find(localId); });
    QVERIFY(payment && *payment);
    QCOMPARE(payment->value().status, payments::PaymentStatus::Queued);
    QCOMPARE(payment->value().mode, wire::PaymentMode::Offline);

    // Ctrl+R: the receipt says it is pending and carries the payment's local reference.
    QApplication::setActiveWindow(&gui.window());
    QTest::keyClick(&gui.window(), Qt::Key_R, Qt::ControlModifier);
    auto *receipt = gui.waitForWindow<ui::ReceiptDialog>();
    QVERIFY(receipt);
    const QString text = receipt->plainText();
    QVERIFY2(text.contains(u"Approved offline — pending"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Ref: "_s + localId), qPrintable(text));
    QVERIFY(receipt->windowTitle().contains(reference));

    // Save as PDF…: the file dialog suggests receipt-<sale>.pdf; the manager picks a folder.
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(u"offline-receipt.pdf"_s);
    QString suggested;
    bool saved = false;
    QObject scope;
    whenShown<QFileDialog>(&scope, [&suggested, &saved, path](QFileDialog *dialog) {
        suggested = dialog->selectedFiles().value(0);
        auto *name = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s);
        name->setText(path);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
        saved = true;
    });
    QTest::mouseClick(receipt->findChild<QPushButton *>(u"pdfButton"_s), Qt::LeftButton);
    QVERIFY(saved);
    QVERIFY2(suggested.endsWith(u"receipt-"_s + reference + u".pdf"_s), qPrintable(suggested));
    QFile pdf(path);
    QVERIFY2(pdf.open(QIODevice::ReadOnly), qPrintable(path));
    const QByteArray bytes = pdf.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(bytes.trimmed().endsWith("%%EOF"));
    QVERIFY2(bytes.size() > 2000, qPrintable(QString::number(bytes.size())));
    QVERIFY(bytes.contains("/Type /Page") || bytes.contains("/Type/Page"));

    // Nothing reached the gateway: the payment waits on the register, as the receipt says.
    QVERIFY(gui.engine().gateway().listPayments(gui.engine().locationId()).isEmpty());
    QVERIFY(gui.refreshStatus());
    QCOMPARE(gui.window().tracker()->status().queue.totals(payments::PaymentStatus::Queued).count, 1);
}

QTEST_MAIN(TestGuiShift)
#include "tst_gui_shift.moc"
