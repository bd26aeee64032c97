// Sign-in: the first run makes a manager; PINs are checked (a wrong one is refused and says
// so); roles show; sign-out and the lock screen bring the sign-in screen back.

#include "firstrunpage.h"
#include "guifixture.h"
#include "pinpad.h"
#include "salepage.h"
#include "signinpage.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace holdfast;

class TestGuiSignIn : public QObject
{
    Q_OBJECT

private slots:
    void firstRun_createsManager_whoSignsInWithTheRightPinOnly();
    void cashier_signsIn_seesRoleAndCanSignOutAndLock();
};

void TestGuiSignIn::firstRun_createsManager_whoSignsInWithTheRightPinOnly()
{
    test::GuiFixture gui;
    QVERIFY(gui.open());
    QCOMPARE(gui.window().currentPage(), gui.window().firstRunPage());

    // PINs that differ are caught on the screen; nothing is created.
    auto *page = gui.window().firstRunPage();
    page->findChild<QLineEdit *>(u"storeNameEdit"_s)->setText(u"Corner Café"_s);
    page->findChild<QLineEdit *>(u"managerNameEdit"_s)->setText(u"Morgan"_s);
    QTest::keyClicks(page->findChild<QLineEdit *>(u"managerPinEdit"_s), u"2468"_s);
    QTest::keyClicks(page->findChild<QLineEdit *>(u"managerPinConfirmEdit"_s), u"2469"_s);
    QTest::mouseClick(page->findChild<QPushButton *>(u"createManagerButton"_s), Qt::LeftButton);
    QVERIFY(!page->findChild<QLabel *>(u"firstRunError"_s)->text().isEmpty());
    QCOMPARE(gui.window().currentPage(), page);
    QVERIFY(page->findChild<QLineEdit *>(u"managerPinEdit"_s)->text().isEmpty());

    QVERIFY(gui.createManagerThroughTheScreen());
    auto *list = gui.window().signInPage()->findChild<QListWidget *>(u"staffList"_s);
    QCOMPARE(list->count(), 1);
    QVERIFY(list->item(0)->text().contains(u"Morgan"_s));

    // A wrong PIN: refused, the field is empty again, still on the sign-in screen.
    QVERIFY(gui.signIn(u"Morgan"_s, u"1111"_s, true));
    QCOMPARE(gui.window().currentPage(), gui.window().signInPage());
    QVERIFY(gui.window().signInPage()->pinPad()->field()->text().isEmpty());
    QVERIFY(!gui.window().user());

    QVERIFY(gui.signIn(u"Morgan"_s, u"2468"_s));
    QVERIFY(gui.window().user());
    QCOMPARE(gui.window().user()->role, sales::Role::Manager);
    QVERIFY(gui.window().findChild<QLabel *>(u"userLabel"_s)->text().contains(u"Morgan"_s));
}

void TestGuiSignIn::cashier_signsIn_seesRoleAndCanSignOutAndLock()
{
    test::GuiFixture gui;
    QVERIFY(gui.startAsManager(true));
    gui.window().signOut(); // nothing queued: no question asked
    QCOMPARE(gui.window().currentPage(), gui.window().signInPage());
    QVERIFY(!gui.window().user());

    // The PIN pad's buttons work as well as the keyboard.
    auto *list = gui.window().signInPage()->findChild<QListWidget *>(u"staffList"_s);
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->text().startsWith(u"Casey"_s)) {
            list->setCurrentRow(row);
        }
    }
    for (const QChar digit : QString::fromLatin1(test::EngineFixture::cashierPin)) {
        gui.window().signInPage()->pinPad()->press(digit);
    }
    QTest::mouseClick(gui.window().signInPage()->findChild<QPushButton *>(u"signInButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(gui.window().currentPage(), static_cast<QWidget *>(gui.window().salePage()), 30000);
    QCOMPARE(gui.window().user()->role, sales::Role::Cashier);
    QVERIFY(gui.window().findChild<QLabel *>(u"userLabel"_s)->text().contains(u"Cashier"_s));

    // Ctrl+L locks: back to the PIN pad with Casey picked, the sale kept.
    QTest::keyClick(&gui.window(), Qt::Key_L, Qt::ControlModifier);
    QCOMPARE(gui.window().currentPage(), gui.window().signInPage());
    QVERIFY(!gui.window().user());
    QCOMPARE(gui.window().signInPage()->selectedStaffId(), gui.cashier().id);
    QVERIFY(gui.signIn(u"Casey"_s, QString::fromLatin1(test::EngineFixture::cashierPin)));
    QCOMPARE(gui.window().user()->id, gui.cashier().id);
}

QTEST_MAIN(TestGuiSignIn)
#include "tst_gui_signin.moc"
