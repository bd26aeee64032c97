// holdfast-register-child: the register's window (MainWindow on a real engine, offscreen) on a
// given data folder, driven as a cashier would: sign in, ring up one item, pay by card on the
// terminal. It prints "order <id>" and then "charging" once the card tender started, and
// "finished" if it ever ends; tst_gui_restart kills it at a random instant in between.
//
//   holdfast-register-child DATADIR

#include "catalogpanel.h"
#include "guifixture.h"
#include "productgrid.h"
#include "salepage.h"
#include "tenderdialog.h"

#include <QApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace holdfast;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc != 2) {
        out << "usage: holdfast-register-child DATADIR" << Qt::endl;
        return 2;
    }
    test::GuiFixture gui;
    gui.engine().setDataDir(QString::fromLocal8Bit(argv[1]));
    if (!gui.open() || !gui.signIn(u"Morgan"_s, QString::fromLatin1(test::EngineFixture::managerPin))) {
        out << "failed to start" << Qt::endl;
        return 3;
    }
    QApplication::setActiveWindow(&gui.window());
    const QModelIndex tile = gui.firstTile();
    ui::ProductGrid *grid = gui.window().salePage()->catalog()->grid();
    QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, grid->visualRect(tile).center());
    QTest::keyClick(grid, Qt::Key_F12);
    auto *tender = gui.waitForWindow<ui::TenderDialog>();
    if (!tender) {
        out << "failed to open the tender" << Qt::endl;
        return 3;
    }
    out << "order " << tender->order().id << Qt::endl;
    QObject::connect(tender, &ui::TenderDialog::chargeFinished, &app, [&out] { out << "finished" << Qt::endl; });
    QTest::keyClick(tender, Qt::Key_F5);
    out << (tender->isCharging() ? "charging" : "failed to charge") << Qt::endl;
    return QApplication::exec();
}
