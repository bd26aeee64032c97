#pragma once

#include "csvreader.h"
#include "storedatabase.h"

#include <QByteArrayView>
#include <QCoreApplication>

namespace holdfast::sales {

/// What an import did, or why it did nothing: when `problems` is not empty, nothing changed.
struct ImportOutcome
{
    int added = 0; ///< new SKUs
    int updated = 0; ///< SKUs that were already in the catalog
    int categoriesAdded = 0;
    QList<ImportProblem> problems; ///< every bad line, in file order

    bool applied() const { return problems.isEmpty(); }
};

/// Imports a catalog CSV (format in docs/sales.md): a header row naming the columns sku, name,
/// category, price, tax_class and optionally barcodes and active, in any order; UTF-8; prices
/// as plain decimals ("4.99") in the store's currency. All or nothing, in one transaction:
/// every bad line is reported with its number and nothing is written. Re-importing updates
/// products by SKU (their barcodes are replaced by the file's); products absent from the file
/// are left as they are.
class CatalogImporter
{
    Q_DECLARE_TR_FUNCTIONS(CatalogImporter)

public:
    /// Larger files are refused before reading: a catalog of 100,000 items is ~10 MiB.
    static constexpr qint64 maxFileBytes = 32 * 1024 * 1024;

    CatalogImporter(StoreDatabase &db, QString currency) : m_db(db), m_currency(std::move(currency)) { }

    /// Imports CSV bytes. An Error only when the database fails; bad input is in `problems`.
    Result<ImportOutcome> importCsv(QByteArrayView csv, qint64 nowMs);
    /// Reads and imports a file ("catalog_file_unreadable", "catalog_file_too_large").
    Result<ImportOutcome> importFile(const QString &path, qint64 nowMs);

private:
    StoreDatabase &m_db;
    QString m_currency;
};

/// The resource path of the sample catalog (resources/sample-catalog.csv).
inline constexpr auto sampleCatalogPath = ":/holdfast/sample-catalog.csv";

/// First run: imports the sample catalog when the catalog has no product yet. Returns whether
/// it did. Prices are read in `currency`.
Result<bool> loadSampleCatalogIfEmpty(StoreDatabase &db, const QString &currency, qint64 nowMs);

} // namespace holdfast::sales
