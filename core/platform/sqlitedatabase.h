#pragma once

#include "common/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <utility>

class QSqlError;
class QSqlQuery;
class QThread;

namespace holdfast {

/// What went wrong with one of the register's SQLite files; each store puts it in its own words.
enum class DatabaseFailure {
    Unavailable, ///< the folder or file cannot be created or opened
    NotDurable, ///< WAL or a required pragma did not take effect
    TooNew, ///< written by a newer Holdfast (detail: its schema version)
    Corrupt, ///< damaged (detail: what the integrity check says)
    Full, ///< the disk is full
    WriteFailed, ///< the disk refused a write
    Busy, ///< another program holds the write lock too long
    Constraint, ///< a change would break the schema's rules
    Other, ///< anything else (detail: SQLite's words)
};

/// One SQLite file of the register, opened the way payments need it: WAL and synchronous=FULL
/// (a commit survives a power cut), the pragmas its store asks for (checked after setting them),
/// migrations through PRAGMA user_version (one transaction each, rolled back on failure; a file
/// from a newer Holdfast is refused), an integrity check at every open, and SQLite failures as
/// errors a person can act on. One object is one connection, used only by the thread that
/// opened it (Qt Sql connections are per thread); other processes' writers are waited for.
class SqliteDatabase
{
public:
    struct Spec
    {
        QString fileName; ///< inside the data folder, e.g. "vault.sqlite"
        QString name; ///< in connection names and log lines, e.g. "vault"
        const QList<QStringList> *migrations; ///< (*migrations)[i] takes the schema from i to i + 1
        QList<std::pair<QString, int>> checks; ///< pragmas set, then read back: {"secure_delete", 1}
        /// The store's own sentence (and stable code) for a failure.
        std::function<Error(DatabaseFailure, const QString &detail)> describe;
    };

    virtual ~SqliteDatabase();
    SqliteDatabase(const SqliteDatabase &) = delete;
    SqliteDatabase &operator=(const SqliteDatabase &) = delete;

    QString path() const { return m_path; }
    QSqlDatabase database() const;

    /// Runs `work` inside BEGIN IMMEDIATE … COMMIT; rolls back if it fails. A call inside
    /// another joins the outer transaction. Durable (fsynced) when the outermost call succeeds.
    Status transaction(const std::function<Status()> &work);

    /// Runs a statement; SQLite failures become the store's errors.
    Status exec(QSqlQuery &query) const;
    Status exec(const QString &sql) const;
    /// PRAGMA integrity_check: "ok" or the first problem it reports.
    Result<QString> integrityCheck() const;

protected:
    explicit SqliteDatabase(Spec spec);
    /// Opens (creating if needed) the file in `dataDir` and brings it to the current schema.
    Status openIn(const QString &dataDir);

private:
    Status configure();
    Status migrate();
    Error toError(const QSqlError &error) const;
    void assertThread() const;

    Spec m_spec;
    QString m_path;
    QString m_connectionName;
    QThread *m_thread = nullptr;
    int m_depth = 0;
};

} // namespace holdfast
