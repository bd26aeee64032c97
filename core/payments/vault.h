#pragma once

#include "platform/sqlitedatabase.h"

#include <QCoreApplication>

#include <memory>

namespace holdfast::payments {

/// The register's durable store: `vault.sqlite` (WAL, synchronous=FULL, secure_delete) holding
/// the payment queue, its event log, cached gateway settings and key schedules, pairings and the
/// trusted clock's state. See SqliteDatabase for the discipline; secure_delete is the vault's
/// own addition: erased ciphertext is overwritten, not left in free pages.
class Vault final : public SqliteDatabase
{
    Q_DECLARE_TR_FUNCTIONS(Vault)

public:
    static constexpr auto fileName = "vault.sqlite";
    /// The schema version this build writes; older vaults are migrated on open.
    static int schemaVersion();

    /// Opens (creating if needed) the vault in `dataDir`. Refuses one written by a newer
    /// Holdfast, and a damaged one (left untouched for recovery).
    static Result<std::unique_ptr<Vault>> open(const QString &dataDir);

private:
    Vault();
    static Error describe(DatabaseFailure failure, const QString &detail);
};

} // namespace holdfast::payments
