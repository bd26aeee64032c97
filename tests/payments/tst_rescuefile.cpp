#include "panscanner.h"
#include "payments/paymentqueries.h"
#include "payments/paymentstore.h"
#include "payments/rescuefile.h"
#include "qtestprinters.h"
#include "vaultfixture.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace holdfast;
using namespace holdfast::payments;

namespace {

constexpr qint64 t0 = 1795348800000;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

int queuedCount(Vault &vault)
{
    return PaymentQueries(vault).count({QString(), PaymentStatus::Queued, 0, 0}).value();
}

} // namespace

class TestRescueFile : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void exportThenImport_movesSealedPaymentsOnly();
    void import_twice_isIdempotent();
    void import_corrupt_changesNothing_data();
    void import_corrupt_changesNothing();
    void import_otherLocation_isRefused();
    void import_conflictingPayment_changesNothing();

private:
    std::unique_ptr<test::VaultFixture> m_source;
    std::unique_ptr<test::VaultFixture> m_target;
    QString m_file;
    QStringList m_queuedIds;
};

void TestRescueFile::init()
{
    m_source = std::make_unique<test::VaultFixture>();
    m_target = std::make_unique<test::VaultFixture>();
    m_file = m_source->dataDir() + u"/rescue.json"_s;
    m_queuedIds.clear();
    PaymentStore store(m_source->vault());
    for (int i = 0; i < 5; ++i) {
        const PaymentRecord p = m_source->makePayment(1000 + i, t0 + i);
        QVERIFY(store.record(p, u"cashier:alex"_s, t0).ok());
        m_queuedIds.append(p.localId);
    }
    // One already uploaded: it has no envelope left and is not exported.
    QVERIFY(
        store.transition({{m_queuedIds.takeLast(), PaymentStatus::Uploaded, u"uploader"_s, u"ack"_s, {}, {}}}, t0 + 10)
            .ok());
    QCOMPARE(RescueFile(m_source->vault()).exportTo(m_file, t0 + 20).value(), 4);
}

void TestRescueFile::exportThenImport_movesSealedPaymentsOnly()
{
    const QByteArray file = readAll(m_file);
    QCOMPARE(test::findPans(file), QStringList());
    QCOMPARE(test::findCardFragments(file), QStringList());
    QVERIFY(QFile(m_file).permissions().testFlag(QFileDevice::ReadOwner));
    QVERIFY(!QFile(m_file).permissions().testFlag(QFileDevice::ReadOther));

    RescueFile target(m_target->vault());
    const auto summary = target.importFrom(m_file, m_target->credential().id, u"loc_test"_s, t0 + 30);
    QVERIFY2(summary.ok(), qPrintable(summary ? QString() : summary.error().message));
    QCOMPARE(summary->imported, 4);
    QCOMPARE(summary->alreadyPresent, 0);
    PaymentStore store(m_target->vault());
    for (const QString &id : std::as_const(m_queuedIds)) {
        const PaymentRecord imported = store.find(id).value();
        const PaymentRecord original = PaymentStore(m_source->vault()).find(id).value();
        QCOMPARE(imported.status, PaymentStatus::Queued);
        QCOMPARE(imported.credentialId, m_target->credential().id);
        QCOMPARE(imported.envelope, original.envelope);
        QCOMPARE(imported.amount, original.amount);
        QCOMPARE(imported.createdAt, original.createdAt);
        QCOMPARE(imported.uploadDeadline, original.uploadDeadline);
        QCOMPARE(store.events(id)->first().reason, u"imported from a rescue file"_s);
    }
}

void TestRescueFile::import_twice_isIdempotent()
{
    RescueFile target(m_target->vault());
    QCOMPARE(target.importFrom(m_file, m_target->credential().id, u"loc_test"_s, t0)->imported, 4);
    const auto again = target.importFrom(m_file, m_target->credential().id, u"loc_test"_s, t0);
    QCOMPARE(again->imported, 0);
    QCOMPARE(again->alreadyPresent, 4);
    QCOMPARE(queuedCount(m_target->vault()), 4);
    // Importing into the vault it came from changes nothing either.
    const auto home = RescueFile(m_source->vault()).importFrom(m_file, m_source->credential().id, u"loc_test"_s, t0);
    QCOMPARE(home->alreadyPresent, 4);
}

void TestRescueFile::import_corrupt_changesNothing_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("code");
    QTest::newRow("one flipped amount") << u"amount"_s << u"rescue_corrupt"_s;
    QTest::newRow("truncated") << u"truncate"_s << u"rescue_foreign"_s;
    QTest::newRow("not json") << u"text"_s << u"rescue_foreign"_s;
    QTest::newRow("other format") << u"format"_s << u"rescue_foreign"_s;
    QTest::newRow("future version") << u"version"_s << u"rescue_version"_s;
    QTest::newRow("missing file") << u"missing"_s << u"rescue_unreadable"_s;
}

void TestRescueFile::import_corrupt_changesNothing()
{
    QFETCH(QString, damage);
    QFETCH(QString, code);
    QByteArray bytes = readAll(m_file);
    if (damage == u"amount"_s) {
        bytes.replace("\"amount\": 1001", "\"amount\": 1011");
    } else if (damage == u"truncate"_s) {
        bytes.chop(bytes.size() / 2);
    } else if (damage == u"text"_s) {
        bytes = "localId,amount\n1,2\n";
    } else if (damage == u"format"_s) {
        bytes.replace("holdfast-rescue", "something-else");
    } else if (damage == u"version"_s) {
        bytes.replace("\"version\": 1", "\"version\": 2");
    }
    const QString path = m_target->dataDir() + u"/damaged.json"_s;
    if (damage != u"missing"_s) {
        writeAll(path, bytes);
    }
    const auto summary = RescueFile(m_target->vault()).importFrom(path, m_target->credential().id, u"loc_test"_s, t0);
    QVERIFY(!summary.ok());
    QCOMPARE(summary.error().code, code);
    QVERIFY(!summary.error().message.isEmpty());
    QCOMPARE(queuedCount(m_target->vault()), 0);
}

void TestRescueFile::import_otherLocation_isRefused()
{
    const auto summary
        = RescueFile(m_target->vault()).importFrom(m_file, m_target->credential().id, u"loc_elsewhere"_s, t0);
    QCOMPARE(summary.error().code, u"rescue_foreign_location"_s);
    QCOMPARE(queuedCount(m_target->vault()), 0);
}

void TestRescueFile::import_conflictingPayment_changesNothing()
{
    // The target already has one of the ids, with different content.
    PaymentRecord clash = m_target->makePayment(999, t0);
    clash.localId = m_queuedIds.at(2);
    QVERIFY(PaymentStore(m_target->vault()).record(clash, u"cashier:alex"_s, t0).ok());
    const auto summary = RescueFile(m_target->vault()).importFrom(m_file, m_target->credential().id, u"loc_test"_s, t0);
    QCOMPARE(summary.error().code, u"rescue_conflict"_s);
    QCOMPARE(queuedCount(m_target->vault()), 1);
}

QTEST_GUILESS_MAIN(TestRescueFile)
#include "tst_rescuefile.moc"
