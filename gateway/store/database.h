#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>
#include <unordered_map>

namespace holdfast::gateway {

/// Where a gateway keeps its data: SQLite in `dataDir` unless `databaseUrl`
/// (postgresql://user@host:port/db) names a PostgreSQL database. Key files stay in `dataDir`.
struct StoreLocation
{
    QString dataDir;
    QString databaseUrl;
};

/// Rows of a query, read completely so that no statement stays open (and holds a snapshot).
using Rows = QList<QVariantList>;

/// One connection to the gateway's database, owned by the thread that opened it (Qt Sql
/// connections must not cross threads). Hides the few places where SQLite and PostgreSQL
/// differ: write-transaction start, row locks, binary columns.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class Backend { Sqlite, Postgres };

    /// Opens (creating on first use) the database of `location` and migrates its schema.
    static Result<std::unique_ptr<Database>> open(const StoreLocation &location);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    Backend backend() const { return m_backend; }
    bool isPostgres() const { return m_backend == Backend::Postgres; }
    /// A description safe to log: backend and where, never a password.
    QString describe() const;

    /// Runs a statement that returns rows; values bind to its `?` placeholders in order.
    Result<Rows> select(const QString &sql, const QVariantList &values = {}) const;
    /// Runs a statement that changes rows; answers how many it changed.
    Result<int> execute(const QString &sql, const QVariantList &values = {}) const;

    /// Starts a write transaction. On SQLite it takes the write lock at once (BEGIN
    /// IMMEDIATE), so a read-then-write inside it can never be overtaken by another writer.
    Status begin() const;
    Status commit() const;
    void rollback() const;
    bool inTransaction() const { return m_inTransaction; }

    /// " FOR UPDATE SKIP LOCKED" (PostgreSQL; SQLite has one writer and needs none).
    QString skipLocked() const;
    /// " FOR UPDATE" (PostgreSQL), so that concurrent writers of one row queue up.
    QString forUpdate() const;

    /// The SQL error of a failed statement as an Error; its text is logged, not shown.
    static Error storageError();

private:
    Database(Backend backend, QString connectionName);
    Status configure();
    Status migrate();
    QSqlDatabase connection() const;
    QSqlQuery *statement(QSqlQuery &local, const QString &sql, qsizetype valueCount) const;
    /// Runs `sql` on a cached prepared statement (or `local`); null on failure, logged.
    QSqlQuery *run(QSqlQuery &local, const QString &sql, const QVariantList &values) const;

    Backend m_backend;
    QString m_connectionName;
    QString m_description;
    mutable bool m_inTransaction = false;
    mutable std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

/// A write transaction that rolls back unless committed.
class WriteTransaction
{
public:
    explicit WriteTransaction(const Database &database) : m_database(database), m_status(database.begin()) { }
    ~WriteTransaction()
    {
        if (m_status.ok() && !m_done) {
            m_database.rollback();
        }
    }
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    /// Whether BEGIN worked; check before using the transaction.
    const Status &started() const { return m_status; }
    Status commit()
    {
        m_done = true;
        return m_database.commit();
    }

private:
    const Database &m_database;
    Status m_status;
    bool m_done = false;
};

} // namespace holdfast::gateway
