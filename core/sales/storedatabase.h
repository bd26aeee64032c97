#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

class QSqlError;
class QSqlQuery;
class QThread;

namespace holdfast::sales {

/// The register's sales data: one SQLite file, `store.sqlite`, next to the payment vault in the
/// data directory. It holds the catalog, tax rules, orders and their tenders, shifts and staff.
/// Same discipline as the vault: WAL, synchronous=FULL (a paid order must survive a power cut),
/// migrations via PRAGMA user_version in a transaction, an integrity check at open, errors as
/// values with stable codes. One StoreDatabase is one connection, used only by the thread that
/// opened it (Qt Sql connections are per thread).
class StoreDatabase
{
    Q_DECLARE_TR_FUNCTIONS(StoreDatabase)

public:
    /// The file name inside a data directory.
    static constexpr auto fileName = "store.sqlite";
    /// The schema version this build writes; older files are migrated on open.
    static int schemaVersion();

    /// Opens (creating if needed) store.sqlite in `dataDir`: applies and checks the pragmas,
    /// migrates in a transaction, runs an integrity check. Refuses a newer or corrupt file.
    static Result<std::unique_ptr<StoreDatabase>> open(const QString &dataDir);
    ~StoreDatabase();
    StoreDatabase(const StoreDatabase &) = delete;
    StoreDatabase &operator=(const StoreDatabase &) = delete;

    QString path() const { return m_path; }
    QSqlDatabase database() const;

    /// Runs `work` inside BEGIN IMMEDIATE … COMMIT and rolls back if it fails. Nested calls
    /// join the outer transaction. Durable (fsynced) when the outermost call returns success.
    Status transaction(const std::function<Status()> &work);

    /// Runs a prepared statement; maps SQLite failures to stable codes ("store_full",
    /// "store_write_failed", "store_busy", "store_constraint", "store_corrupt", "store_error").
    Status exec(QSqlQuery &query) const;
    Status exec(const QString &sql) const;
    /// PRAGMA integrity_check: "ok" or the first problem it reports.
    Result<QString> integrityCheck() const;

private:
    StoreDatabase(QString path, QString connectionName);
    Status configure();
    Status migrate();
    Error toError(const QSqlError &error) const;
    void assertThread() const;

    QString m_path;
    QString m_connectionName;
    QThread *m_thread = nullptr;
    int m_depth = 0;
};

} // namespace holdfast::sales
