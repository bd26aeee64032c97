#pragma once

#include "common/money.h"

#include <QStringList>

namespace holdfast::sales {

/// A catalog category ("Bakery", "Coffee").
struct Category
{
    qint64 id = 0;
    QString name;

    bool operator==(const Category &) const = default;
};

/// An item for sale, as the catalog keeps it.
struct Product
{
    qint64 id = 0; ///< stable across re-imports (they update by SKU)
    QString sku; ///< the store's own code, unique
    QStringList barcodes; ///< normalised GTIN-14 codes (see barcode.h), any number
    QString name;
    qint64 categoryId = 0;
    QString categoryName;
    Money price; ///< unit price: before tax (tax-exclusive locations) or including it (VAT)
    QString taxClassId;
    bool active = true; ///< inactive items stay for history but cannot be sold

    bool operator==(const Product &) const = default;
};

} // namespace holdfast::sales
