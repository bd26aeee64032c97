// Card sales through the window, against a real gateway (behind the fault proxy) and a real
// terminal simulator: online, with the card presented on the terminal; and with the gateway
// down, where the sale is approved offline, the banner appears and escalates as the clock moves
// on, and the receipt says the payment is pending with its local reference.

#include "cartpanel.h"
#include "catalogpanel.h"
#include "guifixture.h"
#include "keyedcarddialog.h"
#include "offlinemodedialog.h"
#include "payments/paymentstore.h"
#include "payments/policycache.h"
#include "productgrid.h"
#include "receiptdialog.h"
#include "reminderbanner.h"
#include "remindernotifier.h"
#include "salepage.h"
#include "sharedclock.h"
#include "shiftreportdialog.h"
#include "signinpage.h"
#include "statusindicators.h"
#include "statustracker.h"
#include "tenderdialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace holdfast;
using payments::ReminderLevel;

namespace {

constexpr qint64 hourMs = 60LL * 60 * 1000;

} // namespace

class TestGuiCardSale : public QObject
{
    Q_OBJECT

private slots:
    void cardOnline_presentedOnTheTerminal_approved();
    void cardWithGatewayDown_approvedOffline_bannerEscalates_receiptPending();
    void terminalCancelled_saleStaysOpen_thenKeyedCardPays_fieldsWiped();
    void outageSwitch_offlineSaleProcessedOnceTheLinkIsBack();

private:
    /// Manager signed in, register paired with the gateway (through the proxy) and a terminal.
    static bool setUp(test::GuiFixture &gui);
    /// One tile in the cart, F12, and the tender dialog.
    static ui::TenderDialog *startSale(test::GuiFixture &gui);
    /// Card on the terminal: waits for the terminal to ask for the card, presents `card`, and
    /// waits for the dialog to show the outcome.
    static bool payByTerminal(test::GuiFixture &gui, ui::TenderDialog *tender, const QString &card);
};

bool TestGuiCardSale::setUp(test::GuiFixture &gui)
{
    QString error;
    if (!gui.startAsManager() || !gui.engine().startGateway(&error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    const Status paired = gui.engine().pairGateway(gui.manager());
    const Status pairedTerminal = paired ? gui.engine().startAndPairTerminal(gui.manager()) : paired;
    if (!pairedTerminal) {
        qWarning("%s", qPrintable(pairedTerminal.error().message));
        return false;
    }
    // Both links show healthy in the status bar before the first customer.
    return QTest::qWaitFor(
        [&gui] {
            auto *gateway = gui.window().findChild<ui::LinkIndicator *>(u"gatewayIndicator"_s);
            auto *terminal = gui.window().findChild<ui::LinkIndicator *>(u"terminalIndicator"_s);
            return gateway->health() == ui::LinkIndicator::Health::Good
                && terminal->health() == ui::LinkIndicator::Health::Good;
        },
        15000);
}

ui::TenderDialog *TestGuiCardSale::startSale(test::GuiFixture &gui)
{
    QApplication::setActiveWindow(&gui.window());
    const QModelIndex tile = gui.firstTile();
    ui::ProductGrid *grid = gui.window().salePage()->catalog()->grid();
    QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, grid->visualRect(tile).center());
    QTest::keyClick(grid, Qt::Key_F12);
    return gui.waitForWindow<ui::TenderDialog>();
}

bool TestGuiCardSale::payByTerminal(test::GuiFixture &gui, ui::TenderDialog *tender, const QString &card)
{
    QSignalSpy finished(tender, &ui::TenderDialog::chargeFinished);
    QTest::keyClick(tender, Qt::Key_F5);
    if (!tender->isCharging()) {
        return false;
    }
    auto *progress = tender->findChild<QLabel *>(u"cardProgressLabel"_s);
    if (!progress->isVisible() || !progress->text().contains(u"terminal"_s)) {
        return false;
    }
    if (!QTest::qWaitFor([&gui] { return gui.engine().terminal().state() == u"WAITING_FOR_CARD"_s; }, 15000)) {
        return false;
    }
    if (gui.engine().terminal().present(card).status != 200) {
        return false;
    }
    return finished.wait(20000) || !finished.isEmpty();
}

void TestGuiCardSale::cardOnline_presentedOnTheTerminal_approved()
{
    test::GuiFixture gui;
    QVERIFY(setUp(gui));
    ui::TenderDialog *tender = startSale(gui);
    QVERIFY(tender);
    QVERIFY(tender->findChild<QLabel *>(u"tenderModeLabel"_s)->text().contains(u"Online only"_s));

    QVERIFY(payByTerminal(gui, tender, u"approve"_s));
    const QString outcome = tender->outcomeLabel()->text();
    QVERIFY2(outcome.contains(u"Approved."_s) && outcome.contains(u"4242"_s), qPrintable(outcome));
    QCOMPARE(tender->order().state, sales::OrderState::Paid);
    QCOMPARE(tender->order().tenders.size(), 1);
    QCOMPARE(tender->order().tenders[0].status, sales::CardStatus::Approved);
    QVERIFY(!tender->order().tenders[0].offline);

    const auto atGateway = gui.engine().gateway().listPayments(gui.engine().locationId());
    QCOMPARE(atGateway.size(), 1);
    QCOMPARE(atGateway[0].value("localId"_L1).toString(), tender->order().tenders[0].paymentLocalId);
    QCOMPARE(atGateway[0].value("status"_L1).toString(), u"PROCESSED"_s);
    QTest::mouseClick(tender->findChild<QPushButton *>(u"doneButton"_s), Qt::LeftButton);
    QTRY_VERIFY(gui.window().salePage()->cart()->cart().isEmpty());
    QVERIFY(gui.refreshStatus());
    QTRY_VERIFY(!gui.window().banner()->isVisible());
}

void TestGuiCardSale::cardWithGatewayDown_approvedOffline_bannerEscalates_receiptPending()
{
    test::ShiftableClock clock;
    test::GuiFixture gui(&clock);
    QVERIFY(setUp(gui));

    // The manager allows offline payments through the toggle (Ctrl+M).
    QApplication::setActiveWindow(&gui.window());
    QTest::keyClick(&gui.window(), Qt::Key_M, Qt::ControlModifier);
    auto *modes = gui.waitForWindow<ui::OfflineModeDialog>();
    QVERIFY(modes);
    QVERIFY(modes->findChild<QLabel *>(u"limitsLabel"_s)->text().contains(u"per payment"_s));
    modes->findChild<QRadioButton *>(u"mode_AUTO_DETECT"_s)->click();
    modes->apply();
    QTRY_COMPARE_WITH_TIMEOUT(gui.window().tracker()->status().mode, payments::ProcessingMode::AutoDetect, 10000);

    // The internet goes: the gateway indicator turns red.
    QVERIFY(gui.engine().proxy().cut());
    auto *gateway = gui.window().findChild<ui::LinkIndicator *>(u"gatewayIndicator"_s);
    QTRY_COMPARE_WITH_TIMEOUT(gateway->health(), ui::LinkIndicator::Health::Bad, 15000);
    QVERIFY(!gui.window().banner()->isVisible());

    ui::TenderDialog *tender = startSale(gui);
    QVERIFY(tender);
    QVERIFY(tender->findChild<QLabel *>(u"tenderModeLabel"_s)->text().contains(u"approved offline"_s));
    QVERIFY(payByTerminal(gui, tender, u"approve"_s));
    const QString outcome = tender->outcomeLabel()->text();
    QVERIFY2(outcome.contains(u"Approved offline — will be sent when the connection returns"_s), qPrintable(outcome));
    QCOMPARE(tender->order().state, sales::OrderState::Paid);
    const QString localId = tender->order().tenders.value(0).paymentLocalId;
    QVERIFY(!localId.isEmpty());

    // A phone number for the follow-up, should the bank decline it later.
    auto *contact = tender->findChild<QLineEdit *>(u"contactEdit"_s);
    QVERIFY(contact->isVisible());
    QTest::keyClicks(contact, u"514 555 0199"_s);
    QTest::keyClick(contact, Qt::Key_Return);
    const QString orderId = tender->order().id;
    QTRY_VERIFY_WITH_TIMEOUT(tender->order().contact.has_value(), 10000);
    auto stored = gui.engine().run([orderId](RegisterEngine &engine) { return engine.orders().find(orderId); });
    QCOMPARE(stored->value().contact->value, u"5145550199"_s);
    QTest::mouseClick(tender->findChild<QPushButton *>(u"doneButton"_s), Qt::LeftButton);

    // The banner: offline with one payment waiting, and a live time left.
    ui::ReminderBanner *banner = gui.window().banner();
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
    QCOMPARE(banner->level(), ReminderLevel::Warning);
    QVERIFY2(banner->text().contains(u"1 payment"_s), qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(u"1 payment ("_s), qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(u"71 hours"_s) || banner->text().contains(u"72 hours"_s),
             qPrintable(banner->text()));

    // Hours pass with the link still down: urgent (under 12 h left), then critical.
    QSignalSpy notified(gui.window().notifier(), &ui::ReminderNotifier::notified);
    clock.advance(61 * hourMs);
    QVERIFY(gui.refreshStatus());
    QTRY_COMPARE_WITH_TIMEOUT(banner->level(), ReminderLevel::Urgent, 10000);
    QVERIFY2(banner->text().contains(u"must upload within"_s), qPrintable(banner->text()));
    QTRY_VERIFY_WITH_TIMEOUT(!notified.isEmpty(), 5000);
    QVERIFY(notified.last().at(0).toString().contains(u"Reconnect soon"_s));
    clock.advance(12 * hourMs);
    QVERIFY(gui.refreshStatus());
    QTRY_COMPARE_WITH_TIMEOUT(banner->level(), ReminderLevel::Critical, 10000);
    QVERIFY(banner->text().contains(u"deadline passed"_s, Qt::CaseInsensitive));
    QTRY_VERIFY(notified.size() >= 2);

    // The receipt: approved offline, pending, with the local reference.
    QApplication::setActiveWindow(&gui.window());
    QTest::keyClick(&gui.window(), Qt::Key_R, Qt::ControlModifier);
    auto *receipt = gui.waitForWindow<ui::ReceiptDialog>();
    QVERIFY(receipt);
    QVERIFY2(receipt->plainText().contains(u"Approved offline — pending"_s), qPrintable(receipt->plainText()));
    QVERIFY(receipt->plainText().contains(u"Ref: "_s + localId));
    receipt->close();

    // End of shift: the offline exposure and a warning that not everything is settled.
    QApplication::setActiveWindow(&gui.window());
    QTest::keyClick(&gui.window(), Qt::Key_E, Qt::ControlModifier);
    auto *report = gui.waitForWindow<ui::ShiftReportDialog>();
    QVERIFY(report);
    QVERIFY2(report->warningText().contains(u"1 offline card payment"_s), qPrintable(report->warningText()));
    QVERIFY(report->warningText().contains(u"deadline"_s));
    const QString figures = report->findChild<QTextBrowser *>(u"shiftReportView"_s)->toPlainText();
    QVERIFY2(figures.contains(u"Offline payments waiting to upload"_s), qPrintable(figures));
    // A manager ends it anyway, after confirming; everyone is signed out.
    QTimer::singleShot(0, this, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            box->button(QMessageBox::Yes)->click();
        }
    });
    QTest::mouseClick(report->findChild<QPushButton *>(u"endShiftButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(gui.window().currentPage(), static_cast<QWidget *>(gui.window().signInPage()), 10000);
    QVERIFY(!gui.window().user());
}

void TestGuiCardSale::terminalCancelled_saleStaysOpen_thenKeyedCardPays_fieldsWiped()
{
    test::GuiFixture gui;
    QVERIFY(setUp(gui));
    ui::TenderDialog *tender = startSale(gui);
    QVERIFY(tender);

    // The customer changes their mind at the terminal: Cancel, and the sale stays open.
    QSignalSpy finished(tender, &ui::TenderDialog::chargeFinished);
    QTest::keyClick(tender, Qt::Key_F5);
    QVERIFY(QTest::qWaitFor([&gui] { return gui.engine().terminal().state() == u"WAITING_FOR_CARD"_s; }, 15000));
    QTest::mouseClick(tender->findChild<QPushButton *>(u"cancelCardButton"_s), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QVERIFY2(tender->outcomeLabel()->text().contains(u"cancelled"_s), qPrintable(tender->outcomeLabel()->text()));
    QCOMPARE(tender->order().state, sales::OrderState::Open);
    QVERIFY(tender->order().tenders.isEmpty());

    // The manager keys the card in; both fields are empty the moment it is charged.
    bool wiped = false;
    QTimer::singleShot(0, this, [&wiped] {
        auto *keyed = qobject_cast<ui::KeyedCardDialog *>(QApplication::activeModalWidget());
        if (!keyed) {
            return;
        }
        QTest::keyClicks(keyed->panField(), u"4242 4242 4242 4242"_s);
        QTest::keyClicks(keyed->expiryField(), u"12/30"_s);
        QTest::mouseClick(keyed->findChild<QPushButton *>(u"chargeKeyedButton"_s), Qt::LeftButton);
        wiped = keyed->panField()->text().isEmpty() && keyed->expiryField()->text().isEmpty()
            && !keyed->panField()->isUndoAvailable();
    });
    QTest::keyClick(tender, Qt::Key_F6);
    QVERIFY(wiped);
    QVERIFY(finished.wait(20000));
    QVERIFY2(tender->outcomeLabel()->text().contains(u"Approved."_s), qPrintable(tender->outcomeLabel()->text()));
    QCOMPARE(tender->order().state, sales::OrderState::Paid);
    QCOMPARE(tender->order().tenders.size(), 1);
    QCOMPARE(tender->order().tenders[0].last4, u"4242"_s);
    // No field anywhere still holds the card number.
    for (QWidget *window : QApplication::topLevelWidgets()) {
        for (QLineEdit *field : window->findChildren<QLineEdit *>()) {
            QVERIFY(!field->text().remove(u' ').contains(u"4242424242424242"_s));
        }
    }
    const QString localId = tender->order().tenders[0].paymentLocalId;
    const auto stored = gui.engine().run(
        [localId](RegisterEngine &engine) { return payments::PaymentStore(engine.core().vault()).find(localId); });
    QVERIFY(stored && *stored);
    QCOMPARE(stored->value().entryMethod, crypto::EntryMethod::Keyed);
    QCOMPARE(stored->value().status, payments::PaymentStatus::Processed);
}

void TestGuiCardSale::outageSwitch_offlineSaleProcessedOnceTheLinkIsBack()
{
    // The README demo in one go: the outage switch cuts the register's link (through the fault
    // proxy's control channel), a card sale in auto mode is approved offline, and once the
    // switch is off again the payment uploads and the order's card tender turns approved.
    test::GuiFixture gui;
    QVERIFY(setUp(gui));
    const auto autoMode = gui.engine().run([](RegisterEngine &engine) {
        return payments::PolicyCache(engine.core().vault()).setDefaultMode(payments::ProcessingMode::AutoDetect);
    });
    QVERIFY(autoMode && autoMode->ok());
    ui::OutageSwitch outage(gui.engine().proxy().controlUrl());
    QSignalSpy confirmed(&outage, &ui::OutageSwitch::confirmed);
    outage.click();
    QVERIFY(confirmed.wait(10000));
    QVERIFY(confirmed.last().at(0).toBool());
    QVERIFY(outage.isCut());
    QVERIFY(gui.engine().proxy().counters()->cut);

    ui::TenderDialog *tender = startSale(gui);
    QVERIFY(tender);
    QVERIFY(payByTerminal(gui, tender, u"approve"_s));
    QVERIFY2(tender->outcomeLabel()->text().contains(u"Approved offline"_s),
             qPrintable(tender->outcomeLabel()->text()));
    QCOMPARE(tender->order().tenders.value(0).status, sales::CardStatus::Pending);
    const QString orderId = tender->order().id;
    QTest::mouseClick(tender->findChild<QPushButton *>(u"doneButton"_s), Qt::LeftButton);

    outage.click(); // the internet is back
    QVERIFY(confirmed.wait(10000));
    QVERIFY(!outage.isCut());
    QVERIFY(!gui.engine().proxy().counters()->cut);
    QTRY_VERIFY_WITH_TIMEOUT(gui.engine()
                                     .run([orderId](RegisterEngine &engine) { return engine.orders().find(orderId); })
                                     ->value()
                                     .tenders.value(0)
                                     .status
                                 == sales::CardStatus::Approved,
                             30000);
    const auto atGateway = gui.engine().gateway().listPayments(gui.engine().locationId());
    QCOMPARE(atGateway.size(), 1);
    QCOMPARE(atGateway[0].value("status"_L1).toString(), u"PROCESSED"_s);
    QCOMPARE(atGateway[0].value("charges"_L1).toInt(), 1);
}

QTEST_MAIN(TestGuiCardSale)
#include "tst_gui_cardsale.moc"
