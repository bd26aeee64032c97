#include "payments/paymentqueries.h"
#include "payments/paymentstore.h"
#include "payments/policycache.h"
#include "payments/vault.h"
#include "qtestprinters.h"
#include "vaultfixture.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace holdfast;
using namespace holdfast::payments;

namespace {

constexpr qint64 t0 = 1795348800000;
constexpr qint64 hour = 3600 * 1000;

QVariant pragma(const Vault &vault, const QString &name)
{
    QSqlQuery query(vault.database());
    return query.exec(u"PRAGMA "_s + name) && query.next() ? query.value(0) : QVariant();
}

} // namespace

class TestVault : public QObject
{
    Q_OBJECT

private slots:
    void open_setsDurabilityPragmas();
    void open_newerSchema_isRefusedUntouched();
    void open_garbageFile_isRefused();
    void open_unwritableFolder_isRefused();
    void summary_countsOnlyTheLocation_andOthersStay();
    void list_isPagedNewestFirst();
    void uploadCandidates_nearestDeadlineFirst_andRespectBackoff();
    void policyCache_roundTripsAndDefaults();
};

void TestVault::open_setsDurabilityPragmas()
{
    test::VaultFixture fixture;
    QVERIFY(fixture.isValid());
    QCOMPARE(pragma(fixture.vault(), u"journal_mode"_s).toString(), u"wal"_s);
    QCOMPARE(pragma(fixture.vault(), u"synchronous"_s).toInt(), 2); // FULL
    QCOMPARE(pragma(fixture.vault(), u"secure_delete"_s).toInt(), 1);
    QCOMPARE(pragma(fixture.vault(), u"foreign_keys"_s).toInt(), 1);
    QCOMPARE(pragma(fixture.vault(), u"user_version"_s).toInt(), Vault::schemaVersion());
    QVERIFY(QFile(fixture.vault().path()).permissions().testFlag(QFileDevice::ReadOwner));
    QVERIFY(!QFile(fixture.vault().path()).permissions().testFlag(QFileDevice::ReadOther));
    QVERIFY(fixture.reopen()); // reopening an existing vault migrates nothing and succeeds
}

void TestVault::open_newerSchema_isRefusedUntouched()
{
    QTemporaryDir dir;
    {
        auto vault = Vault::open(dir.path());
        QVERIFY(vault.ok());
        QVERIFY(vault.value()->exec(u"PRAGMA user_version=99"_s).ok());
    }
    auto vault = Vault::open(dir.path());
    QVERIFY(!vault.ok());
    QCOMPARE(vault.error().code, u"vault_too_new"_s);
    QVERIFY(QFile::exists(dir.filePath(u"vault.sqlite"_s)));
}

void TestVault::open_garbageFile_isRefused()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(u"vault.sqlite"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();
    auto vault = Vault::open(dir.path());
    QVERIFY(!vault.ok());
    QVERIFY2(vault.error().code == u"vault_corrupt"_s || vault.error().code == u"vault_unavailable"_s,
             qPrintable(vault.error().code));
    QCOMPARE(QFile(dir.filePath(u"vault.sqlite"_s)).size(), 8192); // left for support to recover
}

void TestVault::open_unwritableFolder_isRefused()
{
    auto vault = Vault::open(u"/proc/holdfast-cannot-exist"_s);
    QVERIFY(!vault.ok());
    QCOMPARE(vault.error().code, u"vault_unavailable"_s);
}

void TestVault::summary_countsOnlyTheLocation_andOthersStay()
{
    test::VaultFixture fixture;
    PaymentStore store(fixture.vault());
    // A second pairing for another location: the register was re-paired.
    sync::Credential other = fixture.credential();
    other.id = u"pairing-2"_s;
    other.locationId = u"loc_other"_s;
    other.pairedAt = 2;
    QVERIFY(sync::CredentialStore(fixture.vault()).add(other).ok());
    QCOMPARE(sync::CredentialStore(fixture.vault()).active()->id, u"pairing-2"_s);

    const PaymentRecord a = fixture.makePayment(1000, t0);
    const PaymentRecord b = fixture.makePayment(2500, t0 + hour);
    PaymentRecord elsewhere = test::sealedPayment(other, fixture.dailyKey().publicKey(), 700, t0);
    elsewhere.locationId = u"loc_other"_s;
    for (const PaymentRecord *p : std::initializer_list<const PaymentRecord *> {&a, &b, &elsewhere}) {
        QVERIFY(store.record(*p, u"cashier:alex"_s, t0).ok());
    }
    QVERIFY(
        store.transition({{b.localId, PaymentStatus::Uploaded, u"uploader"_s, u"ack"_s, {}, {}}}, t0 + 2 * hour).ok());

    const QueueSummary summary = PaymentQueries(fixture.vault()).summary(u"loc_test"_s).value();
    QCOMPARE(summary.totals(PaymentStatus::Queued), (StatusTotals {1, 1000}));
    QCOMPARE(summary.totals(PaymentStatus::Uploaded), (StatusTotals {1, 2500}));
    QCOMPARE(summary.totals(PaymentStatus::Processed), (StatusTotals {0, 0}));
    QCOMPARE(summary.outstandingCount(), 2);
    QCOMPARE(summary.nearestDeadline, std::optional(a.uploadDeadline));
    QCOMPARE(summary.oldestQueuedAt, std::optional(t0));
    QCOMPARE(summary.currency, u"CAD"_s);

    // The other location's payment is not shown here but stays queued under its own pairing.
    const QueueSummary theirs = PaymentQueries(fixture.vault()).summary(u"loc_other"_s).value();
    QCOMPARE(theirs.totals(PaymentStatus::Queued), (StatusTotals {1, 700}));
    QCOMPARE(PaymentQueries(fixture.vault()).credentialsWithWork()->size(), 2);
    const auto work = PaymentQueries(fixture.vault()).uploadCandidates({fixture.credential().id}, t0, 100).value();
    QCOMPARE(work.size(), 1);
    QCOMPARE(work.first().localId, a.localId);
}

void TestVault::list_isPagedNewestFirst()
{
    test::VaultFixture fixture;
    PaymentStore store(fixture.vault());
    QStringList ids;
    for (int i = 0; i < 25; ++i) {
        const PaymentRecord p = fixture.makePayment(100 + i, t0 + i);
        QVERIFY(store.record(p, u"cashier:alex"_s, t0).ok());
        ids.prepend(p.localId);
    }
    PaymentQueries queries(fixture.vault());
    PaymentFilter filter {u"loc_test"_s, PaymentStatus::Queued, 10, 10};
    const QList<PaymentRecord> page = queries.list(filter).value();
    QCOMPARE(page.size(), 10);
    QCOMPARE(page.first().localId, ids.at(10));
    QCOMPARE(page.last().localId, ids.at(19));
    QCOMPARE(queries.count(filter).value(), 25);
    QCOMPARE(queries.count({u"loc_test"_s, PaymentStatus::Processed, 0, 10}).value(), 0);
    QCOMPARE(queries.count({}).value(), 25);
}

void TestVault::uploadCandidates_nearestDeadlineFirst_andRespectBackoff()
{
    test::VaultFixture fixture;
    PaymentStore store(fixture.vault());
    const PaymentRecord late = fixture.makePayment(100, t0 + 2 * hour);
    const PaymentRecord early = fixture.makePayment(100, t0);
    const PaymentRecord middle = fixture.makePayment(100, t0 + hour);
    for (const auto *p : {&late, &early, &middle}) {
        QVERIFY(store.record(*p, u"cashier:alex"_s, t0).ok());
    }
    PaymentQueries queries(fixture.vault());
    const QString pairing = fixture.credential().id;
    QList<PaymentRecord> due = queries.uploadCandidates({pairing}, t0, 10).value();
    QCOMPARE(due.size(), 3);
    QCOMPARE(due[0].localId, early.localId);
    QCOMPARE(due[1].localId, middle.localId);
    QCOMPARE(due[2].localId, late.localId);
    // Those in flight are left out; the limit counts the others.
    due = queries.uploadCandidates({pairing}, t0, 1, {early.localId, u"not-a-payment"_s}).value();
    QCOMPARE(due.size(), 1);
    QCOMPARE(due[0].localId, middle.localId);

    const Error timeout {u"network_timeout"_s, u"No answer."_s};
    QVERIFY(store.noteAttemptFailed({early.localId}, timeout, t0 + 30000, t0).ok());
    due = queries.uploadCandidates({pairing}, t0 + 29999, 10).value();
    QCOMPARE(due.size(), 2);
    QCOMPARE(queries.nextAttemptAt().value(), std::optional<qint64>(0));
    const PaymentRecord noted = store.find(early.localId).value();
    QCOMPARE(noted.attempts, 1);
    QCOMPARE(noted.lastError->code, u"network_timeout"_s);
    QCOMPARE(queries.uploadCandidates({pairing}, t0 + 30000, 10)->size(), 3);
    QVERIFY(store.makeDueNow({early.localId}, t0 + 1).ok());
    QCOMPARE(queries.uploadCandidates({pairing}, t0, 10)->size(), 3);
}

void TestVault::policyCache_roundTripsAndDefaults()
{
    test::VaultFixture fixture;
    PolicyCache cache(fixture.vault());
    QCOMPARE(cache.settings(u"loc_test"_s).error().code, u"settings_missing"_s);
    QCOMPARE(cache.defaultMode(), ProcessingMode::OnlineOnly);
    wire::OfflineSettings settings = wire::OfflineSettings::defaults(u"loc_test"_s, u"Test"_s, u"CAD"_s);
    settings.maxCount = 7;
    settings.serverTime = t0;
    QVERIFY(cache.storeSettings(settings, t0).ok());
    settings.serverTime = 0;
    QCOMPARE(cache.settings(u"loc_test"_s).value(), settings);
    QVERIFY(cache.setDefaultMode(ProcessingMode::AutoDetect).ok());
    QVERIFY(fixture.reopen());
    QCOMPARE(PolicyCache(fixture.vault()).defaultMode(), ProcessingMode::AutoDetect);

    // A cached schedule is verified again on every load.
    const auto signer = crypto::Ed25519KeyPair::generate().value();
    const crypto::ScheduleKey key {u"k1"_s, QByteArray(32, 'k'), t0 - hour, t0 + 23 * hour};
    const QString jws = crypto::KeySchedule::create(u"gw"_s, t0, {key})->sign(signer).value();
    PolicyCache reopened(fixture.vault());
    QVERIFY(reopened.storeSchedule(fixture.credential().id, jws, t0).ok());
    QCOMPARE(reopened.schedule(fixture.credential().id, signer.publicKey(), t0)->keyAt(t0)->kid, u"k1"_s);
    const auto impostor = crypto::Ed25519KeyPair::generate().value();
    QCOMPARE(reopened.schedule(fixture.credential().id, impostor.publicKey(), t0).error().code,
             u"schedule_signature_invalid"_s);
    QCOMPARE(reopened.schedule(fixture.credential().id, signer.publicKey(), t0 + 24 * hour).error().code,
             u"schedule_expired"_s);
}

QTEST_GUILESS_MAIN(TestVault)
#include "tst_vault.moc"
