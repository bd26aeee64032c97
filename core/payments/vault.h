#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

class QSqlQuery;
class QThread;

namespace holdfast::payments {

/// The register's durable store: one SQLite file (WAL, synchronous=FULL, secure_delete) holding
/// the payment queue, its event log, cached gateway settings and key schedules, pairings and
/// the trusted clock's state. One Vault is one connection, owned by the thread that opened it
/// (Qt Sql connections are per thread). Writers in other processes are serialised by SQLite.
class Vault
{
    Q_DECLARE_TR_FUNCTIONS(Vault)

public:
    /// The file name of the vault inside a data directory.
    static constexpr auto fileName = "vault.sqlite";
    /// The schema version this build writes; older vaults are migrated on open.
    static int schemaVersion();

    /// Opens (creating if needed) the vault in `dataDir`: applies pragmas and checks they took,
    /// migrates the schema in a transaction, and runs an integrity check. Refuses a vault
    /// written by a newer Holdfast, and a corrupt one.
    static Result<std::unique_ptr<Vault>> open(const QString &dataDir);
    ~Vault();
    Vault(const Vault &) = delete;
    Vault &operator=(const Vault &) = delete;

    QString path() const { return m_path; }
    QSqlDatabase database() const;

    /// Runs `work` inside BEGIN IMMEDIATE … COMMIT; rolls back if it fails. The commit is
    /// durable (fsynced) when this returns success.
    Status transaction(const std::function<Status()> &work);

    /// Runs a prepared statement; maps SQLite failures to errors a person understands
    /// ("vault_full" when the disk is full, "vault_write_failed", "vault_busy", …).
    Status exec(QSqlQuery &query) const;
    Status exec(const QString &sql) const;
    /// PRAGMA integrity_check: "ok" or the first problem it reports.
    Result<QString> integrityCheck() const;

private:
    Vault(QString path, QString connectionName);
    Status configure();
    Status migrate();
    Error toError(const class QSqlError &error) const;
    void assertThread() const;

    QString m_path;
    QString m_connectionName;
    QThread *m_thread = nullptr;
};

} // namespace holdfast::payments
