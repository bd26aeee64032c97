#include "sqlitedatabase.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSqlite, "holdfast.core.sqlite")

namespace holdfast {

namespace {

// SQLite primary result codes (the low byte of the extended codes Qt reports).
constexpr int sqliteBusy = 5;
constexpr int sqliteLocked = 6;
constexpr int sqliteIoErr = 10;
constexpr int sqliteCorrupt = 11;
constexpr int sqliteFull = 13;
constexpr int sqliteCantOpen = 14;
constexpr int sqliteConstraint = 19;
constexpr int sqliteNotADb = 26;

} // namespace

SqliteDatabase::SqliteDatabase(Spec spec)
    : m_spec(std::move(spec))
    , m_connectionName(u"holdfast-"_s + m_spec.name + u'-' + QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_thread(QThread::currentThread())
{
}

SqliteDatabase::~SqliteDatabase()
{
    assertThread();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

void SqliteDatabase::assertThread() const
{
    Q_ASSERT_X(QThread::currentThread() == m_thread, "SqliteDatabase",
               "a database connection is used only by the thread that opened it");
}

QSqlDatabase SqliteDatabase::database() const
{
    assertThread();
    return QSqlDatabase::database(m_connectionName, false);
}

Status SqliteDatabase::openIn(const QString &dataDir)
{
    if (!QDir().mkpath(dataDir)) {
        return m_spec.describe(DatabaseFailure::Unavailable, dataDir);
    }
    m_path = QDir(dataDir).filePath(m_spec.fileName);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(m_path);
    // Wait for another process's write lock instead of failing at once (UI and holdfastctl).
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    if (!db.open()) {
        return m_spec.describe(DatabaseFailure::Unavailable, db.lastError().text());
    }
    // Payments, customer contacts and PIN hashes: the owner's only.
    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (auto configured = configure(); !configured) {
        return configured;
    }
    if (auto migrated = migrate(); !migrated) {
        return migrated;
    }
    auto integrity = integrityCheck();
    if (!integrity) {
        return integrity.error();
    }
    if (integrity.value() != u"ok"_s) {
        qCCritical(lcSqlite) << m_spec.name << "integrity check failed:" << integrity.value();
        return m_spec.describe(DatabaseFailure::Corrupt, integrity.value());
    }
    return {};
}

Status SqliteDatabase::configure()
{
    QSqlQuery query(database());
    if (!query.exec(u"PRAGMA journal_mode=WAL"_s) || !query.next()
        || query.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0) {
        // A file that is not a database fails here first: say that, not "no WAL".
        return query.lastError().isValid() ? Status(toError(query.lastError()))
                                           : Status(m_spec.describe(DatabaseFailure::NotDurable, {}));
    }
    QList<std::pair<QString, int>> checks {{u"synchronous"_s, 2}}; // FULL: every commit is fsynced
    checks += m_spec.checks;
    for (const auto &[pragma, expected] : std::as_const(checks)) {
        if (auto set = exec(u"PRAGMA %1=%2"_s.arg(pragma).arg(expected)); !set) {
            return set;
        }
        // Read it back: durability must not depend on a pragma silently ignored.
        if (!query.exec(u"PRAGMA "_s + pragma) || !query.next() || query.value(0).toInt() != expected) {
            return m_spec.describe(DatabaseFailure::NotDurable, pragma);
        }
    }
    return {};
}

Status SqliteDatabase::migrate()
{
    QSqlQuery query(database());
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next()) {
        return toError(query.lastError());
    }
    const int current = query.value(0).toInt();
    const int target = int(m_spec.migrations->size());
    if (current > target) {
        return m_spec.describe(DatabaseFailure::TooNew, QString::number(current));
    }
    for (int version = current; version < target; ++version) {
        const Status migrated = transaction([&]() -> Status {
            for (const QString &statement : m_spec.migrations->at(version)) {
                if (auto done = exec(statement); !done) {
                    return done;
                }
            }
            return exec(u"PRAGMA user_version=%1"_s.arg(version + 1));
        });
        if (!migrated) {
            qCCritical(lcSqlite) << m_spec.name << "migration to schema" << version + 1
                                 << "failed:" << migrated.error().message;
            return migrated;
        }
        qCInfo(lcSqlite) << m_spec.name << "schema migrated to version" << version + 1;
    }
    return {};
}

Result<QString> SqliteDatabase::integrityCheck() const
{
    QSqlQuery query(database());
    if (!query.exec(u"PRAGMA integrity_check"_s) || !query.next()) {
        return toError(query.lastError());
    }
    return query.value(0).toString();
}

Status SqliteDatabase::transaction(const std::function<Status()> &work)
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

Status SqliteDatabase::exec(QSqlQuery &query) const
{
    if (!query.exec()) {
        return toError(query.lastError());
    }
    return {};
}

Status SqliteDatabase::exec(const QString &sql) const
{
    QSqlQuery query(database());
    if (!query.exec(sql)) {
        return toError(query.lastError());
    }
    return {};
}

Error SqliteDatabase::toError(const QSqlError &error) const
{
    qCWarning(lcSqlite) << m_spec.name << "SQLite error" << error.nativeErrorCode() << error.text();
    switch (error.nativeErrorCode().toInt() & 0xff) {
    case sqliteFull:
        return m_spec.describe(DatabaseFailure::Full, {});
    case sqliteIoErr:
    case sqliteCantOpen:
        return m_spec.describe(DatabaseFailure::WriteFailed, {});
    case sqliteBusy:
    case sqliteLocked:
        return m_spec.describe(DatabaseFailure::Busy, {});
    case sqliteCorrupt:
    case sqliteNotADb:
        return m_spec.describe(DatabaseFailure::Corrupt, error.text());
    case sqliteConstraint:
        return m_spec.describe(DatabaseFailure::Constraint, {});
    default:
        return m_spec.describe(DatabaseFailure::Other, error.text());
    }
}

} // namespace holdfast
