#include "storefixture.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace holdfast;
using namespace holdfast::sales;

namespace {

QVariant pragma(const StoreDatabase &db, const QString &name)
{
    QSqlQuery query(db.database());
    return query.exec(u"PRAGMA "_s + name) && query.next() ? query.value(0) : QVariant();
}

int count(const StoreDatabase &db, const QString &table)
{
    QSqlQuery query(db.database());
    return query.exec(u"SELECT count(*) FROM "_s + table) && query.next() ? query.value(0).toInt() : -1;
}

} // namespace

class TestStoreDatabase : public QObject
{
    Q_OBJECT

private slots:
    void open_setsDurabilityPragmasAndSchema();
    void open_newerSchema_isRefusedUntouched();
    void open_garbageFile_isRefused();
    void open_unwritableFolder_isRefused();
    void transaction_failure_rollsBackEverythingNested();
};

void TestStoreDatabase::open_setsDurabilityPragmasAndSchema()
{
    test::StoreFixture store;
    QVERIFY(store.isValid());
    QCOMPARE(QFileInfo(store.db().path()).fileName(), u"store.sqlite"_s);
    QCOMPARE(pragma(store.db(), u"journal_mode"_s).toString(), u"wal"_s);
    QCOMPARE(pragma(store.db(), u"synchronous"_s).toInt(), 2); // FULL
    QCOMPARE(pragma(store.db(), u"foreign_keys"_s).toInt(), 1);
    QCOMPARE(pragma(store.db(), u"user_version"_s).toInt(), StoreDatabase::schemaVersion());
    QCOMPARE(count(store.db(), u"tax_classes"_s), 3);
    QVERIFY(!QFile(store.db().path()).permissions().testFlag(QFileDevice::ReadOther));
    QCOMPARE(store.db().integrityCheck().value(), u"ok"_s);
    QVERIFY(store.reopen()); // an existing, current file migrates nothing
    QCOMPARE(count(store.db(), u"tax_classes"_s), 3);
}

void TestStoreDatabase::open_newerSchema_isRefusedUntouched()
{
    test::StoreFixture store;
    QVERIFY(store.db().exec(u"PRAGMA user_version=99"_s).ok());
    const QString dir = store.dataDir();
    auto reopened = StoreDatabase::open(dir);
    QVERIFY(!reopened.ok());
    QCOMPARE(reopened.error().code, u"store_too_new"_s);
    QVERIFY(QFile::exists(dir + u"/store.sqlite"_s));
}

void TestStoreDatabase::open_garbageFile_isRefused()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(u"store.sqlite"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();
    auto db = StoreDatabase::open(dir.path());
    QVERIFY(!db.ok());
    QVERIFY2(db.error().code == u"store_corrupt"_s, qPrintable(db.error().code));
    QCOMPARE(QFile(dir.filePath(u"store.sqlite"_s)).size(), 8192); // left for support
}

void TestStoreDatabase::open_unwritableFolder_isRefused()
{
    auto db = StoreDatabase::open(u"/proc/holdfast-cannot-exist"_s);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, u"store_unavailable"_s);
}

void TestStoreDatabase::transaction_failure_rollsBackEverythingNested()
{
    test::StoreFixture store;
    StoreDatabase &db = store.db();
    const Status failed = db.transaction([&]() -> Status {
        if (auto done = db.exec(u"INSERT INTO store_settings (key, value) VALUES ('a', '1')"_s); !done) {
            return done;
        }
        return db.transaction([&]() -> Status {
            if (auto done = db.exec(u"INSERT INTO store_settings (key, value) VALUES ('b', '2')"_s); !done) {
                return done;
            }
            return db.exec(u"INSERT INTO store_settings (key, value) VALUES ('a', '3')"_s); // duplicate key
        });
    });
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().code, u"store_constraint"_s);
    QCOMPARE(count(db, u"store_settings"_s), 0);
    // And the connection is usable afterwards.
    QVERIFY(
        db.transaction([&] { return db.exec(u"INSERT INTO store_settings (key, value) VALUES ('c', '4')"_s); }).ok());
    QCOMPARE(count(db, u"store_settings"_s), 1);
}

QTEST_GUILESS_MAIN(TestStoreDatabase)
#include "tst_storedatabase.moc"
