// The register killed while a card payment is in flight (DESIGN sections 8 and 10): the window
// runs in a child process (holdfast-register-child) against the real gateway (behind the fault
// proxy) and terminal simulator, and is killed with SIGKILL at a random instant after the card
// was presented. The register then starts again on the same data: the payment is on its sale
// (and the people signing in are told), or a manager is shown it to keep or void; charging the
// sale again never takes a second payment.

#include "guifixture.h"
#include "payments/paymentqueries.h"
#include "payments/paymentstore.h"
#include "randomseed.h"
#include "salepage.h"
#include "unconfirmeddialog.h"

#include <QDir>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace holdfast;

namespace {

constexpr int rounds = 6;

} // namespace

class TestGuiRestart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void killedWithCardInFlight_restart_onItsSaleOrShown_neverChargedTwice();
    void unconfirmedWithoutSale_shownToTheManager_keptOrVoided();

private:
    /// The register started again on the shared data, a manager signed in.
    std::unique_ptr<test::GuiFixture> restart();
    /// Runs the child until it started charging; the order it sells, or empty.
    QString startChild(QProcess &child);
    /// The payments of a sale, as the restarted engine's vault has them.
    QList<payments::PaymentRecord> paymentsOf(test::GuiFixture &gui, const QString &orderId);

    std::unique_ptr<test::EngineFixture> m_setup; ///< owns the gateway, proxy and terminal
    QString m_dataDir;
};

void TestGuiRestart::initTestCase()
{
    m_setup = std::make_unique<test::EngineFixture>();
    const auto opened = m_setup->open();
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
    const auto manager = m_setup->createManager();
    QVERIFY(manager);
    QString error;
    QVERIFY2(m_setup->startGateway(&error), qPrintable(error));
    QVERIFY(m_setup->pairGateway(manager.value()));
    const Status terminal = m_setup->startAndPairTerminal(manager.value());
    QVERIFY2(terminal, terminal ? "" : qPrintable(terminal.error().message));
    m_dataDir = m_setup->dataDir();
    m_setup->host().close(); // the data is the register's (the child's) now; no window talks to this engine
}

void TestGuiRestart::cleanupTestCase()
{
    m_setup.reset();
}

std::unique_ptr<test::GuiFixture> TestGuiRestart::restart()
{
    auto gui = std::make_unique<test::GuiFixture>();
    gui->engine().setDataDir(m_dataDir);
    if (!gui->open() || !gui->signIn(u"Morgan"_s, QString::fromLatin1(test::EngineFixture::managerPin))) {
        return nullptr;
    }
    return gui;
}

QString TestGuiRestart::startChild(QProcess &child)
{
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(test::programPath(u"holdfast-register-child"_s), {m_dataDir});
    QString order;
    QByteArray seen;
    const bool charging = QTest::qWaitFor(
        [&] {
            seen += child.readAllStandardOutput();
            return seen.contains("charging\n") || seen.contains("failed") || child.state() == QProcess::NotRunning;
        },
        90000);
    for (const QByteArray &line : seen.split('\n')) {
        if (line.startsWith("order ")) {
            order = QString::fromLatin1(line.mid(6));
        }
    }
    if (!charging || !seen.contains("charging\n")) {
        qWarning("child: %s", seen.constData());
        return {};
    }
    return order;
}

QList<payments::PaymentRecord> TestGuiRestart::paymentsOf(test::GuiFixture &gui, const QString &orderId)
{
    auto listed = gui.engine().run(
        [orderId](RegisterEngine &engine) { return payments::PaymentQueries(engine.core().vault()).ofOrder(orderId); });
    return listed && *listed ? listed->value() : QList<payments::PaymentRecord>();
}

void TestGuiRestart::killedWithCardInFlight_restart_onItsSaleOrShown_neverChargedTwice()
{
    QRandomGenerator random(test::randomSeed());
    test::TerminalProcess &terminal = m_setup->terminal();
    for (int round = 0; round < rounds; ++round) {
        QProcess child;
        const QString orderId = startChild(child);
        QVERIFY2(!orderId.isEmpty(), "the register child did not start charging");
        QVERIFY(QTest::qWaitFor([&] { return terminal.state() == u"WAITING_FOR_CARD"_s; }, 30000));
        // The gateway's answers are held (the online attempt times out after 3 s and shows
        // "outcome pending"), so that the kill lands anywhere from the card read to the result
        // screen, the online attempt in flight included.
        QVERIFY(m_setup->proxy().setProbabilities({{u"stall"_s, 1.0}}));
        QCOMPARE(terminal.present(u"approve"_s).status, 200);
        const int killAfterMs = int(random.bounded(4000u));
        QTest::qWait(killAfterMs); // the random instant itself
        child.kill();
        QVERIFY(child.waitForFinished(10000));
        QVERIFY(m_setup->proxy().setProbabilities({}));
        QVERIFY(m_setup->proxy().releaseStalls() >= 0);
        QVERIFY(QTest::qWaitFor([&] { return terminal.state() == u"IDLE"_s; }, 30000));

        auto gui = restart();
        QVERIFY(gui);
        const auto order
            = gui->engine().run([orderId](RegisterEngine &engine) { return engine.orders().find(orderId); });
        QVERIFY(order && *order);
        const QList<payments::PaymentRecord> taken = paymentsOf(*gui, orderId);
        QVERIFY(taken.size() <= 1);
        if (!taken.isEmpty() && taken.first().mayCharge()) {
            // On its sale, and said so to whoever signed in.
            const bool onSale
                = std::any_of((*order)->tenders.cbegin(), (*order)->tenders.cend(),
                              [&](const sales::Tender &t) { return t.paymentLocalId == taken.first().localId; });
            QVERIFY2(onSale, "a recorded payment is not on its open sale");
            QVERIFY(!taken.first().isUnconfirmed());
            const QString localId = taken.first().localId;
            const auto events = gui->engine().run([localId](RegisterEngine &engine) {
                return payments::PaymentStore(engine.core().vault()).events(localId);
            });
            QVERIFY(events && *events);
            const auto said = [&events](const QString &reason) {
                return std::any_of(events->value().cbegin(), events->value().cend(),
                                   [&reason](const payments::PaymentEvent &event) { return event.reason == reason; });
            };
            qInfo("round %d, killed %d ms after the card: payment %s, %s", round, killAfterMs,
                  qPrintable(payments::toWire(taken.first().status)),
                  said(u"put back on its sale after a restart"_s) ? "put on its sale at the restart"
                                                                  : "shown before the kill");
            if (said(u"put back on its sale after a restart"_s)) {
                // Nobody saw it before the kill: whoever signs in is told, so it is not charged again.
                auto *told = gui->waitForWindow<ui::UnconfirmedDialog>();
                QVERIFY(told);
                auto *label = told->findChild<QLabel *>(u"reattachedLabel"_s);
                QVERIFY(label && label->text().contains(taken.first().last4));
                const QString shots
                    = qEnvironmentVariable("HOLDFAST_SCREENSHOT_DIR", QDir::temp().filePath(u"screenshots"_s));
                QVERIFY(QDir().mkpath(shots));
                QVERIFY(told->grab().save(QDir(shots).filePath(u"payments-after-restart.png"_s)));
                told->reject();
            } else {
                QVERIFY2(said(u"result shown to the cashier"_s), "on its sale, but never shown nor told");
            }
        }
        if (taken.isEmpty()) {
            qInfo("round %d, killed %d ms after the card: nothing recorded", round, killAfterMs);
        }
        // The cashier takes the card again for the same sale: never a second payment.
        if ((*order)->state == sales::OrderState::Open && (*order)->remaining().minor() > 0) {
            CardTender tender;
            tender.orderId = orderId;
            tender.amount = (*order)->remaining();
            tender.cashier = gui->manager();
            QTimer::singleShot(0, [&terminal] {
                if (QTest::qWaitFor([&terminal] { return terminal.state() == u"WAITING_FOR_CARD"_s; }, 20000)) {
                    terminal.present(u"approve"_s);
                }
            });
            auto charged = gui->engine().runAsync<Result<CardTenderResult>>(
                [tender](RegisterEngine &engine, std::function<void(Result<CardTenderResult>)> reply) {
                    engine.chargeCard(tender, std::move(reply));
                },
                60000);
            QVERIFY(charged && *charged);
            QVERIFY2((*charged)->outcome.approved() || (*charged)->outcome.result == ChargeResult::Pending,
                     qPrintable((*charged)->outcome.message()));
        }
        // Everything settles at the gateway: the sale charged exactly once, and paid.
        QVERIFY(QTest::qWaitFor(
            [&] {
                const auto now = paymentsOf(*gui, orderId);
                return std::none_of(now.cbegin(), now.cend(), [](const payments::PaymentRecord &p) {
                    return p.status == payments::PaymentStatus::Queued || p.status == payments::PaymentStatus::Uploaded;
                });
            },
            60000));
        int charged = 0;
        for (const QJsonObject &row : m_setup->gateway().listPayments()) {
            const QString localId = row["localId"_L1].toString();
            const auto mine = paymentsOf(*gui, orderId);
            if (std::any_of(mine.cbegin(), mine.cend(), [&](const auto &p) { return p.localId == localId; })) {
                charged += row["charges"_L1].toInt();
            }
        }
        QCOMPARE(charged, 1);
        const auto paid
            = gui->engine().run([orderId](RegisterEngine &engine) { return engine.orders().find(orderId); });
        QCOMPARE((*paid)->state, sales::OrderState::Paid);
        gui.reset();
    }
}

void TestGuiRestart::unconfirmedWithoutSale_shownToTheManager_keptOrVoided()
{
    // Two payments taken by holdfastctl for sales this register does not know, whose outcome
    // was never shown (as a charge killed before printing leaves them).
    QStringList ids;
    for (const auto &reference : {u"PHONE-1"_s, u"PHONE-2"_s}) {
        const auto charged = test::runProgram(u"holdfastctl"_s,
                                              {u"--data"_s, m_dataDir, u"--json"_s, u"charge"_s, u"6.00"_s, u"--mode"_s,
                                               u"offline"_s, u"--keyed"_s, u"--reference"_s, reference},
                                              "4242424242424242 12/30\n");
        QVERIFY2(charged.exitCode == 0, qPrintable(test::describe(charged)));
        ids.append(QJsonDocument::fromJson(charged.out)["localId"_L1].toString());
    }
    {
        QSqlDatabase vault = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"unconfirm"_s);
        vault.setDatabaseName(m_dataDir + u"/vault.sqlite"_s);
        QVERIFY(vault.open());
        QSqlQuery query(vault);
        QVERIFY(query.exec(u"UPDATE payments SET outcome_shown_at = NULL WHERE order_id LIKE 'PHONE-%'"_s));
        vault.close();
    }
    QSqlDatabase::removeDatabase(u"unconfirm"_s);

    auto gui = restart();
    QVERIFY(gui);
    auto *dialog = gui->waitForWindow<ui::UnconfirmedDialog>();
    QVERIFY(dialog);
    QCOMPARE(dialog->list()->count(), 2);
    // For people to look at (the build tree's screenshots/ folder).
    const QString shots = qEnvironmentVariable("HOLDFAST_SCREENSHOT_DIR", QDir::temp().filePath(u"screenshots"_s));
    QVERIFY(QDir().mkpath(shots));
    QVERIFY(dialog->grab().save(QDir(shots).filePath(u"unconfirmed-payments.png"_s)));
    QTest::qWait(100);
    dialog->list()->setCurrentRow(0);
    const QString first = dialog->list()->currentItem()->data(Qt::UserRole).toString();
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"keepButton"_s), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([dialog] { return dialog->list()->count() == 1; }, 10000));
    dialog->list()->setCurrentRow(0);
    const QString second = dialog->list()->currentItem()->data(Qt::UserRole).toString();
    // The confirmation box is modal: answer it from a timer once it shows.
    QTimer answer;
    connect(&answer, &QTimer::timeout, [] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *box = qobject_cast<QMessageBox *>(widget); box && box->isVisible()) {
                box->button(QMessageBox::Yes)->click();
            }
        }
    });
    answer.start(50);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"voidUnconfirmedButton"_s), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([dialog] { return dialog->list()->count() == 0; }, 20000));
    const auto records = gui->engine().run([](RegisterEngine &engine) { return engine.unconfirmedPayments(); });
    QVERIFY(records && *records && (*records)->isEmpty());
    const auto find = [&gui](const QString &localId) {
        return gui->engine()
            .run([localId](RegisterEngine &engine) {
                return payments::PaymentStore(engine.core().vault()).find(localId);
            })
            ->value();
    };
    QVERIFY(find(first).outcomeShownAt.has_value());
    QVERIFY(find(first).mayCharge());
    const payments::PaymentRecord voided = find(second);
    QVERIFY(voided.status == payments::PaymentStatus::Voided || voided.isVoidPending());
    QVERIFY(ids.contains(first) && ids.contains(second));
}

QTEST_MAIN(TestGuiRestart)
#include "tst_gui_restart.moc"
