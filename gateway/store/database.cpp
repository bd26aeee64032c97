#include "database.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDatabase, "holdfast.gateway.database", QtInfoMsg)

namespace holdfast::gateway {

namespace {

constexpr auto sqliteFileName = "gateway.sqlite"_L1;

Error openFailed(const QString &detail)
{
    return {u"storage_unavailable"_s, Database::tr("The gateway's database cannot be opened: %1").arg(detail)};
}

} // namespace

Database::Database(Backend backend, QString connectionName)
    : m_backend(backend), m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    m_statements.clear(); // before the connection goes
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString Database::describe() const
{
    return m_description;
}

Error Database::storageError()
{
    return {u"storage_error"_s, tr("The gateway's database failed. The details are in the gateway's log.")};
}

Result<std::unique_ptr<Database>> Database::open(const StoreLocation &location)
{
    const QString name = u"holdfast-gateway-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (location.databaseUrl.isEmpty()) {
        if (location.dataDir.isEmpty()) {
            return openFailed(tr("no data directory was given (--data)."));
        }
        if (!QDir().mkpath(location.dataDir)) {
            return openFailed(tr("the folder %1 cannot be created.").arg(location.dataDir));
        }
        const QString path = QDir(location.dataDir).filePath(sqliteFileName);
        // Declared before the connection handle, so that the handle is gone when an early
        // return destroys the Database (which removes the connection).
        std::unique_ptr<Database> database(new Database(Backend::Sqlite, name));
        database->m_description = u"sqlite:"_s + path;
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
        if (!db.open()) {
            return openFailed(db.lastError().text());
        }
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        if (auto configured = database->configure(); !configured) {
            return configured.error();
        }
        if (auto migrated = database->migrate(); !migrated) {
            return migrated.error();
        }
        return database;
    }

    const QUrl url(location.databaseUrl, QUrl::StrictMode);
    const QString databaseName = url.path().mid(1);
    if (!url.isValid() || (url.scheme() != "postgresql"_L1 && url.scheme() != "postgres"_L1) || url.host().isEmpty()
        || databaseName.isEmpty() || databaseName.contains(u'/')) {
        return openFailed(tr("--database must look like postgresql://user@host:port/database."));
    }
    std::unique_ptr<Database> database(new Database(Backend::Postgres, name));
    QUrl shown = url;
    shown.setPassword({});
    shown.setQuery(QString());
    database->m_description = shown.toString();
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setUserName(url.userName());
    db.setPassword(url.password()); // empty: libpq falls back to PGPASSWORD or ~/.pgpass
    db.setDatabaseName(databaseName);
    QStringList options {u"connect_timeout=10"_s};
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        options.append(key + u'=' + value);
    }
    db.setConnectOptions(options.join(u';'));
    if (!db.open()) {
        return openFailed(db.lastError().text());
    }
    if (auto configured = database->configure(); !configured) {
        return configured.error();
    }
    if (auto migrated = database->migrate(); !migrated) {
        return migrated.error();
    }
    return database;
}

Status Database::configure()
{
    if (isPostgres()) {
        // Every instance and every CLI run compares times in UTC milliseconds; nothing here
        // depends on the session time zone, but keep logs and ad-hoc queries unambiguous.
        // Notices ("already exists, skipping") would go to stderr through libpq.
        for (const auto setting : {"SET TIME ZONE 'UTC'"_L1, "SET client_min_messages TO WARNING"_L1}) {
            if (auto set = execute(setting); !set) {
                return set.error();
            }
        }
        return {};
    }
    // WAL lets readers (CLI runs, status calls) proceed while one writer commits; FULL makes an
    // acknowledged upload survive a power cut; secure_delete overwrites a destroyed private key.
    auto mode = select(u"PRAGMA journal_mode=WAL"_s);
    if (!mode || mode->isEmpty() || mode->first().value(0).toString().toLower() != "wal"_L1) {
        return openFailed(tr("SQLite refused write-ahead logging (is the folder on a network share?)."));
    }
    for (const auto pragma : {"PRAGMA synchronous=FULL"_L1, "PRAGMA foreign_keys=ON"_L1, "PRAGMA secure_delete=ON"_L1,
                              "PRAGMA busy_timeout=10000"_L1}) {
        if (auto set = select(pragma); !set) {
            return set.error();
        }
    }
    return {};
}

QSqlQuery *Database::statement(QSqlQuery &local, const QString &sql, qsizetype valueCount) const
{
    // Statements without values run unprepared: PostgreSQL cannot PREPARE BEGIN, SET or COMMIT.
    if (valueCount == 0) {
        return &local;
    }
    // Prepared statements are kept for the connection's life: on PostgreSQL each new one costs
    // PREPARE and DEALLOCATE round trips. Long IN lists vary in length and are not kept.
    constexpr qsizetype maxCachedValues = 32;
    if (valueCount > maxCachedValues) {
        return local.prepare(sql) ? &local : nullptr;
    }
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto fresh = std::make_unique<QSqlQuery>(connection());
        fresh->setForwardOnly(true);
        if (!fresh->prepare(sql)) {
            qCWarning(lcDatabase).noquote() << "prepare failed:" << fresh->lastError().text() << "sql:" << sql;
            return nullptr;
        }
        it = m_statements.emplace(sql, std::move(fresh)).first;
    }
    return it->second.get();
}

QSqlQuery *Database::run(QSqlQuery &local, const QString &sql, const QVariantList &values) const
{
    QSqlQuery *query = statement(local, sql, values.size());
    if (!query) {
        return nullptr;
    }
    bool ran = false;
    if (values.isEmpty()) {
        ran = query->exec(sql);
    } else {
        for (qsizetype i = 0; i < values.size(); ++i) {
            query->bindValue(int(i), values[i]);
        }
        ran = query->exec();
    }
    if (!ran) {
        qCWarning(lcDatabase).noquote() << "statement failed:" << query->lastError().text() << "sql:" << sql;
        query->finish();
        return nullptr;
    }
    return query;
}

Result<Rows> Database::select(const QString &sql, const QVariantList &values) const
{
    QSqlQuery local(connection());
    local.setForwardOnly(true);
    QSqlQuery *query = run(local, sql, values);
    if (!query) {
        return storageError();
    }
    Rows rows;
    const int columns = query->record().count();
    while (query->next()) {
        QVariantList row;
        row.reserve(columns);
        for (int i = 0; i < columns; ++i) {
            row.append(query->value(i));
        }
        rows.append(std::move(row));
    }
    query->finish(); // a SQLite statement left open would keep its read snapshot
    return rows;
}

Result<int> Database::execute(const QString &sql, const QVariantList &values) const
{
    QSqlQuery local(connection());
    QSqlQuery *query = run(local, sql, values);
    if (!query) {
        return storageError();
    }
    const int affected = query->numRowsAffected();
    query->finish();
    return affected;
}

Status Database::begin() const
{
    Q_ASSERT(!m_inTransaction);
    auto begun = execute(isPostgres() ? u"BEGIN"_s : u"BEGIN IMMEDIATE"_s);
    if (!begun) {
        return begun.error();
    }
    m_inTransaction = true;
    return {};
}

Status Database::commit() const
{
    m_inTransaction = false;
    if (auto committed = execute(u"COMMIT"_s); !committed) {
        rollback();
        return committed.error();
    }
    return {};
}

void Database::rollback() const
{
    m_inTransaction = false;
    QSqlQuery query(connection());
    if (!query.exec(u"ROLLBACK"_s)) {
        qCDebug(lcDatabase).noquote() << "rollback:" << query.lastError().text();
    }
}

QString Database::skipLocked() const
{
    return isPostgres() ? u" FOR UPDATE SKIP LOCKED"_s : QString();
}

QString Database::forUpdate() const
{
    return isPostgres() ? u" FOR UPDATE"_s : QString();
}

} // namespace holdfast::gateway
