// Screenshots of the register for people to look at (not compared pixel by pixel): the sale
// screen online, offline with the banner, the tender dialog and the receipt. They are written
// to $HOLDFAST_SCREENSHOT_DIR (the build tree's screenshots/ folder).

#include "catalogpanel.h"
#include "guifixture.h"
#include "productgrid.h"
#include "receiptdialog.h"
#include "reminderbanner.h"
#include "salepage.h"
#include "signinpage.h"
#include "statusindicators.h"
#include "statustracker.h"
#include "tenderdialog.h"
#include "translations.h"

#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace holdfast;

class TestGuiScreenshots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void screens_onlineOfflineTenderReceipt();
    void screens_frenchCanada();

private:
    void save(QWidget *widget, const QString &name);
    void addTile(test::GuiFixture &gui, int row);

    QDir m_dir;
};

void TestGuiScreenshots::initTestCase()
{
    const QString dir = qEnvironmentVariable("HOLDFAST_SCREENSHOT_DIR", QDir::temp().filePath(u"screenshots"_s));
    QVERIFY(QDir().mkpath(dir));
    m_dir = QDir(dir);
}

void TestGuiScreenshots::save(QWidget *widget, const QString &name)
{
    QTest::qWait(50); // let pending layouts and paints run
    const QPixmap shot = widget->grab();
    QVERIFY(!shot.isNull());
    const QString path = m_dir.filePath(name + u".png"_s);
    QVERIFY2(shot.save(path), qPrintable(path));
    qInfo("screenshot: %s", qPrintable(path));
}

void TestGuiScreenshots::addTile(test::GuiFixture &gui, int row)
{
    ui::ProductGrid *grid = gui.window().salePage()->catalog()->grid();
    const QModelIndex index = grid->model()->index(row, 0);
    QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, grid->visualRect(index).center());
}

void TestGuiScreenshots::screens_onlineOfflineTenderReceipt()
{
    test::GuiFixture gui;
    QVERIFY(gui.open());
    QVERIFY(gui.createManagerThroughTheScreen());
    save(&gui.window(), u"signin"_s);
    QVERIFY(gui.signIn(u"Morgan"_s, QString::fromLatin1(test::EngineFixture::managerPin)));
    QString error;
    QVERIFY2(gui.engine().startGateway(&error), qPrintable(error));
    QVERIFY(gui.engine().pairGateway(gui.manager().id.isEmpty() ? *gui.window().user() : gui.manager()).ok());
    QVERIFY(gui.engine().startAndPairTerminal(*gui.window().user(), {u"--present"_s, u"approve"_s}).ok());
    auto *gateway = gui.window().findChild<ui::LinkIndicator *>(u"gatewayIndicator"_s);
    QTRY_COMPARE_WITH_TIMEOUT(gateway->health(), ui::LinkIndicator::Health::Good, 15000);

    // The sale screen, online, with a few items.
    QVERIFY(gui.firstTile().isValid());
    addTile(gui, 0);
    addTile(gui, 3);
    addTile(gui, 3);
    addTile(gui, 5);
    save(&gui.window(), u"sale-online"_s);

    // Offline: mode auto, link cut, one card approved offline; the banner is up.
    QVERIFY(gui.engine()
                .run([m = *gui.window().user()](RegisterEngine &engine) {
                    return engine.setProcessingMode(m, payments::ProcessingMode::AutoDetect).ok();
                })
                .value_or(false));
    QVERIFY(gui.engine().proxy().cut());
    QTRY_COMPARE_WITH_TIMEOUT(gateway->health(), ui::LinkIndicator::Health::Bad, 15000);
    QApplication::setActiveWindow(&gui.window());
    QTest::keyClick(gui.window().salePage()->catalog()->grid(), Qt::Key_F12);
    auto *tender = gui.waitForWindow<ui::TenderDialog>();
    QVERIFY(tender);
    tender->showCash();
    QTest::keyClicks(tender->cashField(), u"5"_s);
    save(tender, u"tender-dialog"_s);
    tender->cashField()->clear();
    QSignalSpy charged(tender, &ui::TenderDialog::chargeFinished);
    tender->payByTerminal(); // the terminal was started with a card waiting to be tapped
    QVERIFY(charged.wait(20000));
    save(tender, u"tender-approved-offline"_s);
    QSignalSpy receiptOpened(gui.window().salePage(), &ui::SalePage::receiptOpened);
    emit tender->receiptRequested(tender->order().id);
    QVERIFY(receiptOpened.wait(10000));
    auto *receipt = receiptOpened.first().first().value<ui::ReceiptDialog *>();
    QVERIFY(receipt);
    QTRY_VERIFY(receipt->isVisible());
    save(receipt, u"receipt"_s);
    QVERIFY(receipt->saveAsPdf(m_dir.filePath(u"receipt.pdf"_s), true));
    QFile pdf(m_dir.filePath(u"receipt.pdf"_s));
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
    receipt->close();
    tender->accept();

    QVERIFY(gui.refreshStatus());
    QTRY_VERIFY_WITH_TIMEOUT(gui.window().banner()->isVisible(), 10000);
    addTile(gui, 1);
    addTile(gui, 2);
    save(&gui.window(), u"sale-offline-banner"_s);
}

void TestGuiScreenshots::screens_frenchCanada()
{
    // Longer French words must fit the same buttons and labels.
    test::GuiFixture gui(nullptr, QUrl(u"http://127.0.0.1:9"_s), QLocale(u"fr_CA"_s));
    QVERIFY(gui.open());
    QVERIFY(gui.createManagerThroughTheScreen());
    QVERIFY(gui.signIn(u"Morgan"_s, QString::fromLatin1(test::EngineFixture::managerPin)));
    QVERIFY(gui.firstTile().isValid());
    addTile(gui, 0);
    addTile(gui, 7);
    save(&gui.window(), u"sale-fr_CA"_s);
    QApplication::setActiveWindow(&gui.window());
    QTest::keyClick(gui.window().salePage()->catalog()->grid(), Qt::Key_F12);
    auto *tender = gui.waitForWindow<ui::TenderDialog>();
    QVERIFY(tender);
    tender->showCash();
    save(tender, u"tender-fr_CA"_s);
    tender->cancelSale();
    ui::installTranslations(QLocale(u"en_CA"_s));
}

QTEST_MAIN(TestGuiScreenshots)
#include "tst_gui_screenshots.moc"
