#include "storedatabase.h"

#include "storeschema.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcStoreDb, "holdfast.core.sales.storedatabase")

namespace holdfast::sales {

namespace {

// SQLite primary result codes (the low byte of an extended code), as Qt reports them.
constexpr int sqliteBusy = 5;
constexpr int sqliteLocked = 6;
constexpr int sqliteIoErr = 10;
constexpr int sqliteCorrupt = 11;
constexpr int sqliteFull = 13;
constexpr int sqliteCantOpen = 14;
constexpr int sqliteConstraint = 19;
constexpr int sqliteNotADb = 26;

} // namespace

int StoreDatabase::schemaVersion()
{
    return int(storeschema::migrations().size());
}

StoreDatabase::StoreDatabase(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)), m_thread(QThread::currentThread())
{
}

StoreDatabase::~StoreDatabase()
{
    assertThread();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

void StoreDatabase::assertThread() const
{
    Q_ASSERT_X(QThread::currentThread() == m_thread, "StoreDatabase", "a connection is used only by its own thread");
}

QSqlDatabase StoreDatabase::database() const
{
    assertThread();
    return QSqlDatabase::database(m_connectionName, false);
}

Result<std::unique_ptr<StoreDatabase>> StoreDatabase::open(const QString &dataDir)
{
    if (!QDir().mkpath(dataDir)) {
        return Error {u"store_unavailable"_s, tr("Cannot create the data folder %1.").arg(dataDir)};
    }
    const QString path = QDir(dataDir).filePath(QString::fromLatin1(fileName));
    const QString connection = u"holdfast-store-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
    db.setDatabaseName(path);
    // The UI and holdfastctl may both have the file open; wait for the other's write lock.
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    std::unique_ptr<StoreDatabase> store(new StoreDatabase(path, connection));
    if (!db.open()) {
        return Error {u"store_unavailable"_s,
                      tr("Cannot open the sales database at %1: %2").arg(path, db.lastError().text())};
    }
    // Orders carry customer contacts and staff PIN hashes: owner-only, like the vault.
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (auto configured = store->configure(); !configured) {
        return configured.error();
    }
    if (auto migrated = store->migrate(); !migrated) {
        return migrated.error();
    }
    auto integrity = store->integrityCheck();
    if (!integrity) {
        return integrity.error();
    }
    if (integrity.value() != u"ok"_s) {
        qCCritical(lcStoreDb) << "integrity check failed:" << integrity.value();
        return Error {
            u"store_corrupt"_s,
            tr("The sales database is damaged (%1). Do not delete it: contact support.").arg(integrity.value())};
    }
    return store;
}

Status StoreDatabase::configure()
{
    // A paid order must survive a power cut, as its card payment does in the vault.
    QSqlQuery query(database());
    if (!query.exec(u"PRAGMA journal_mode=WAL"_s) || !query.next()
        || query.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0) {
        // A garbage file fails here first; say so rather than blame the file system.
        if (query.lastError().isValid()) {
            return toError(query.lastError());
        }
        return Error {u"store_unavailable"_s, tr("The sales database cannot use write-ahead logging here.")};
    }
    for (const QString &pragma : {u"PRAGMA synchronous=FULL"_s, u"PRAGMA foreign_keys=ON"_s}) {
        if (auto done = exec(pragma); !done) {
            return done;
        }
    }
    if (!query.exec(u"PRAGMA synchronous"_s) || !query.next() || query.value(0).toInt() != 2
        || !query.exec(u"PRAGMA foreign_keys"_s) || !query.next() || query.value(0).toInt() != 1) {
        return Error {u"store_unavailable"_s, tr("The sales database could not be made durable.")};
    }
    return {};
}

Status StoreDatabase::migrate()
{
    QSqlQuery query(database());
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next()) {
        return toError(query.lastError());
    }
    const int current = query.value(0).toInt();
    if (current > schemaVersion()) {
        return Error {u"store_too_new"_s,
                      tr("The sales database was written by a newer version of Holdfast (schema %1). Install that "
                         "version again; nothing was changed.")
                          .arg(current)};
    }
    for (int version = current; version < schemaVersion(); ++version) {
        const Status migrated = transaction([&]() -> Status {
            for (const QString &statement : storeschema::migrations().at(version)) {
                if (auto done = exec(statement); !done) {
                    return done;
                }
            }
            return exec(u"PRAGMA user_version=%1"_s.arg(version + 1));
        });
        if (!migrated) {
            qCCritical(lcStoreDb) << "migration to schema" << version + 1 << "failed:" << migrated.error().message;
            return migrated;
        }
        qCInfo(lcStoreDb) << "store schema migrated to version" << version + 1;
    }
    return {};
}

Result<QString> StoreDatabase::integrityCheck() const
{
    QSqlQuery query(database());
    if (!query.exec(u"PRAGMA integrity_check"_s) || !query.next()) {
        return toError(query.lastError());
    }
    return query.value(0).toString();
}

Status StoreDatabase::transaction(const std::function<Status()> &work)
{
    if (m_depth > 0) {
        // Joined to the outer transaction, which commits or rolls back everything.
        ++m_depth;
        Status result = work();
        --m_depth;
        return result;
    }
    if (auto begun = exec(u"BEGIN IMMEDIATE"_s); !begun) {
        return begun;
    }
    ++m_depth;
    Status result = work();
    --m_depth;
    if (result) {
        result = exec(u"COMMIT"_s);
    }
    if (!result) {
        QSqlQuery rollback(database());
        rollback.exec(u"ROLLBACK"_s); // may fail if SQLite already rolled back; nothing to add then
    }
    return result;
}

Status StoreDatabase::exec(QSqlQuery &query) const
{
    if (!query.exec()) {
        return toError(query.lastError());
    }
    return {};
}

Status StoreDatabase::exec(const QString &sql) const
{
    QSqlQuery query(database());
    if (!query.exec(sql)) {
        return toError(query.lastError());
    }
    return {};
}

Error StoreDatabase::toError(const QSqlError &error) const
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    qCWarning(lcStoreDb) << "SQLite error" << error.nativeErrorCode() << error.text();
    switch (code) {
    case sqliteFull:
        return {u"store_full"_s, tr("The register's disk is full, so nothing was saved. Free some space.")};
    case sqliteIoErr:
    case sqliteCantOpen:
        return {u"store_write_failed"_s, tr("The register could not write to its disk, so nothing was saved.")};
    case sqliteBusy:
    case sqliteLocked:
        return {u"store_busy"_s, tr("The sales database is busy in another program. Try again.")};
    case sqliteCorrupt:
    case sqliteNotADb:
        return {u"store_corrupt"_s, tr("The sales database is damaged. Contact support; do not delete it.")};
    case sqliteConstraint:
        return {u"store_constraint"_s, tr("The sales database refused a change that would break its rules.")};
    default:
        return {u"store_error"_s, tr("The sales database failed: %1").arg(error.text())};
    }
}

} // namespace holdfast::sales
