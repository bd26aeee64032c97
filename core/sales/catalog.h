#pragma once

#include "product.h"
#include "storedatabase.h"
#include "taxrules.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace holdfast::sales {

/// What the sale screen's grid and search box ask for.
struct ProductQuery
{
    QString text; ///< substring of the name or SKU, any case, accents ignored; empty: everything
    std::optional<qint64> categoryId; ///< only this category
    bool includeInactive = false;
    int offset = 0;
    int limit = 50; ///< 1 to 500
};

/// One page of results, sorted by name, and how many match in all.
struct ProductPage
{
    QList<Product> products;
    int total = 0;
};

/// The products and categories in store.sqlite. Search is indexed (an FTS5 trigram index on
/// the folded name and SKU) and paged, so 10,000 items stay instant; barcode lookup is a
/// primary-key read.
class Catalog
{
    Q_DECLARE_TR_FUNCTIONS(Catalog)

public:
    static constexpr int maxSkuLength = 64;
    static constexpr int maxNameLength = 200;

    explicit Catalog(StoreDatabase &db) : m_db(db) { }

    Result<QList<Category>> categories() const;
    Result<QList<TaxClass>> taxClasses() const;
    Result<int> productCount() const;
    Result<ProductPage> search(const ProductQuery &query) const;
    /// "product_not_found" when there is none.
    Result<Product> product(qint64 id) const;
    Result<Product> productBySku(const QString &sku) const;
    /// What a scanner typed (digits, maybe with spaces and the Enter stripped): the product
    /// carrying that barcode. "barcode_invalid" for a malformed code, "barcode_unknown" when no
    /// product has it. Inactive products are found too; the cart refuses to sell them.
    Result<Product> lookupBarcode(QStringView scanned) const;

    /// Adds or updates (by SKU) one product with its barcodes, category (by id, or by name,
    /// created if new) and tax class; validates every field first. Returns it as stored.
    Result<Product> save(const Product &product, qint64 nowMs);
    /// The category with this name (any case), created if there is none.
    Result<qint64> ensureCategory(const QString &name);

    /// The form names are compared and searched in: accents removed, case folded.
    static QString searchKey(QStringView text);
    /// Field checks shared with the CSV import; each error is a sentence about that field.
    static Status checkSku(const QString &sku);
    static Status checkName(const QString &name);

private:
    Result<QList<Product>> select(const QString &where, const QVariantList &values, const QString &tail) const;
    Result<QList<QString>> knownTaxClassIds() const;

    StoreDatabase &m_db;
};

} // namespace holdfast::sales
