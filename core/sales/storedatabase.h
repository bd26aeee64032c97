#pragma once

#include "platform/sqlitedatabase.h"

#include <QCoreApplication>

#include <memory>

namespace holdfast::sales {

/// The register's sales data: `store.sqlite`, next to the payment vault in the data folder.
/// It holds the catalog, tax rules, orders and their tenders, shifts and staff, with the same
/// discipline as the vault (SqliteDatabase): a paid order must survive a power cut as its card
/// payment does. Error codes: store_unavailable, store_too_new, store_corrupt, store_full,
/// store_write_failed, store_busy, store_constraint, store_error.
class StoreDatabase final : public SqliteDatabase
{
    Q_DECLARE_TR_FUNCTIONS(StoreDatabase)

public:
    static constexpr auto fileName = "store.sqlite";
    /// The schema version this build writes; older files are migrated on open.
    static int schemaVersion();

    /// Opens (creating if needed) store.sqlite in `dataDir`. Refuses a newer or damaged file.
    static Result<std::unique_ptr<StoreDatabase>> open(const QString &dataDir);

private:
    StoreDatabase();
    static Error describe(DatabaseFailure failure, const QString &detail);
};

} // namespace holdfast::sales
