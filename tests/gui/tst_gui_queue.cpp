// The manager's queue view over 100,000 payments: it opens at once with the count and the first
// page, loads further pages only as the view scrolls to them, and keeps void for managers.

#include "guifixture.h"
#include "paymentqueuemodel.h"
#include "queuedialog.h"
#include "reminderbanner.h"
#include "statustracker.h"
#include "vaultfixture.h"

#include <QElapsedTimer>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace holdfast;

namespace {

constexpr int paymentCount = 100'000;

/// `count` payments already at the gateway and awaiting its answer (UPLOADED: no sealed data
/// any more), written in one transaction; newest first at `nowMs`.
bool insertUploaded(payments::Vault &vault, const sync::Credential &credential, int count, qint64 nowMs)
{
    QSqlDatabase db = vault.database();
    if (!db.transaction()) {
        return false;
    }
    QSqlQuery query(db);
    query.prepare(uR"(WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
        INSERT INTO payments (local_id, location_id, register_id, credential_id, order_id, amount_minor,
            tip_minor, currency, created_at, entry_method, brand, last4, cashier, mode, kid, envelope, status,
            attempts, next_attempt_at, upload_deadline, uploaded_at, updated_at)
        SELECT printf('00000000-0000-4000-8000-%012d', i), ?, ?, ?, 'order-' || i, 100 + i % 5000, 0, 'CAD',
            ? - i * 1000, 'CHIP', 'VISA', '4242', 'alex', 'OFFLINE', 'k1', NULL, 'UPLOADED', 1, 0,
            ? - i * 1000 + 259200000, ?, ? FROM n)"_s);
    for (const QVariant &value : QVariantList {count, credential.locationId, credential.registerId, credential.id,
                                               nowMs, nowMs, nowMs, nowMs}) {
        query.addBindValue(value);
    }
    return query.exec() && db.commit();
}

} // namespace

class TestGuiQueue : public QObject
{
    Q_OBJECT

private slots:
    void queueView_100000Payments_opensAtOnceAndLoadsPagesAsItScrolls();
};

void TestGuiQueue::queueView_100000Payments_opensAtOnceAndLoadsPagesAsItScrolls()
{
    test::GuiFixture gui;
    QVERIFY(gui.startAsManager());
    const auto inserted = gui.engine().run([](RegisterEngine &engine) {
        auto credential = test::addTestCredential(engine.core().vault());
        return credential
            && insertUploaded(engine.core().vault(), credential.value(), paymentCount, engine.core().clock().now());
    });
    QVERIFY(inserted.value_or(false));
    QVERIFY(gui.refreshStatus());
    QCOMPARE(gui.window().tracker()->status().queue.outstandingCount(), paymentCount);
    QTRY_VERIFY(gui.window().banner()->isVisible());

    QElapsedTimer opening;
    opening.start();
    QApplication::setActiveWindow(&gui.window());
    QTest::keyClick(&gui.window(), Qt::Key_F9);
    auto *dialog = gui.waitForWindow<ui::QueueDialog>();
    QVERIFY(dialog);
    ui::PaymentQueueModel *model = dialog->model();
    QTRY_VERIFY_WITH_TIMEOUT(model->total() == paymentCount && model->rowCount() > 0, 10000);
    const qint64 openedMs = opening.elapsed();
    qInfo("queue view of %d payments: count and first page in %lld ms", paymentCount, openedMs);
    QCOMPARE(model->rowCount(), ui::PaymentQueueModel::pageSize); // lazily: one page, not 100,000 rows
    QVERIFY(model->index(0, ui::PaymentQueueModel::StatusColumn).data().toString().contains(u"Uploaded"_s));

    // Scrolling to the end asks for the next page, and only that.
    dialog->view()->scrollToBottom();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2 * ui::PaymentQueueModel::pageSize, 10000);
    QVERIFY(dialog->findChild<QPushButton *>(u"voidButton"_s)->isEnabled());
}

QTEST_MAIN(TestGuiQueue)
#include "tst_gui_queue.moc"
