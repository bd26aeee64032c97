#include "catalog.h"

#include "barcode.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCatalog, "holdfast.core.sales.catalog")

namespace holdfast::sales {

namespace {

const QString productColumns = uR"(p.id, p.sku, p.name, p.category_id, c.name, p.price_minor, p.currency,
    p.tax_class_id, p.active, (SELECT group_concat(b.code, ' ') FROM barcodes b WHERE b.product_id = p.id))"_s;

Error notFound()
{
    return {u"product_not_found"_s, Catalog::tr("There is no such product in the catalog.")};
}

Result<Product> productFromQuery(const QSqlQuery &query)
{
    auto price = Money::fromMinor(query.value(5).toLongLong(), query.value(6).toString());
    if (!price) {
        return price.error();
    }
    QStringList barcodes = query.value(9).toString().split(u' ', Qt::SkipEmptyParts);
    barcodes.sort();
    return Product {query.value(0).toLongLong(), query.value(1).toString(), barcodes,      query.value(2).toString(),
                    query.value(3).toLongLong(), query.value(4).toString(), price.value(), query.value(7).toString(),
                    query.value(8).toBool()};
}

} // namespace

QString Catalog::searchKey(QStringView text)
{
    // Decompose, drop the combining marks, fold case: "Crème Brûlée" and "creme brulee" match.
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString key;
    key.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing) {
            key += c;
        }
    }
    return key.toCaseFolded().simplified();
}

Status Catalog::checkSku(const QString &sku)
{
    if (sku.trimmed().isEmpty()) {
        return Error {u"sku_missing"_s, tr("The SKU is empty.")};
    }
    if (sku.size() > maxSkuLength) {
        return Error {u"sku_invalid"_s, tr("The SKU is longer than %1 characters.").arg(maxSkuLength)};
    }
    if (sku.trimmed() != sku || std::any_of(sku.cbegin(), sku.cend(), [](QChar c) { return c.isSpace(); })) {
        return Error {u"sku_invalid"_s, tr("The SKU \"%1\" contains spaces.").arg(sku)};
    }
    return {};
}

Status Catalog::checkName(const QString &name)
{
    if (name.trimmed().isEmpty()) {
        return Error {u"name_missing"_s, tr("The product name is empty.")};
    }
    if (name.size() > maxNameLength) {
        return Error {u"name_invalid"_s, tr("The product name is longer than %1 characters.").arg(maxNameLength)};
    }
    if (std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.category() == QChar::Other_Control; })) {
        return Error {u"name_invalid"_s, tr("The product name contains control characters such as line breaks.")};
    }
    return {};
}

Result<QList<Product>> Catalog::select(const QString &where, const QVariantList &values, const QString &tail) const
{
    QSqlQuery query(m_db.database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s + productColumns + u" FROM products p JOIN categories c ON c.id = p.category_id"_s
                  + (where.isEmpty() ? QString() : u" WHERE "_s + where) + u" "_s + tail);
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
    if (auto done = m_db.exec(query); !done) {
        return done.error();
    }
    QList<Product> products;
    while (query.next()) {
        auto product = productFromQuery(query);
        if (!product) {
            return product.error();
        }
        products.append(product.value());
    }
    return products;
}

Result<QList<Category>> Catalog::categories() const
{
    QSqlQuery query(m_db.database());
    query.prepare(u"SELECT id, name FROM categories ORDER BY name_key"_s);
    if (auto done = m_db.exec(query); !done) {
        return done.error();
    }
    QList<Category> list;
    while (query.next()) {
        list.append({query.value(0).toLongLong(), query.value(1).toString()});
    }
    return list;
}

Result<QList<TaxClass>> Catalog::taxClasses() const
{
    QSqlQuery query(m_db.database());
    query.prepare(u"SELECT id, name FROM tax_classes ORDER BY id"_s);
    if (auto done = m_db.exec(query); !done) {
        return done.error();
    }
    QList<TaxClass> list;
    while (query.next()) {
        list.append({query.value(0).toString(), query.value(1).toString()});
    }
    return list;
}

Result<QList<QString>> Catalog::knownTaxClassIds() const
{
    auto classes = taxClasses();
    if (!classes) {
        return classes.error();
    }
    QList<QString> ids;
    for (const TaxClass &taxClass : classes.value()) {
        ids.append(taxClass.id);
    }
    return ids;
}

Result<int> Catalog::productCount() const
{
    QSqlQuery query(m_db.database());
    query.prepare(u"SELECT count(*) FROM products"_s);
    if (auto done = m_db.exec(query); !done) {
        return done.error();
    }
    return query.next() ? query.value(0).toInt() : 0;
}

Result<ProductPage> Catalog::search(const ProductQuery &request) const
{
    if (request.limit < 1 || request.limit > 500 || request.offset < 0) {
        return Error {u"query_invalid"_s, tr("Ask for 1 to 500 products from a position of 0 or more.")};
    }
    QStringList conditions;
    QVariantList values;
    if (!request.includeInactive) {
        conditions << u"p.active = 1"_s;
    }
    if (request.categoryId) {
        conditions << u"p.category_id = ?"_s;
        values << *request.categoryId;
    }
    // Each word must occur somewhere. The trigram index answers words of three characters or
    // more; shorter ones (rare: "2%", "xl") are checked on the rows left, or by a scan.
    QStringList phrases;
    const QStringList words = searchKey(request.text).split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (word.size() >= 3) {
            phrases << u'"' + QString(word).replace(u'"', u"\"\""_s) + u'"';
        } else {
            conditions << u"instr(p.search_text, ?) > 0"_s;
            values << word;
        }
    }
    if (!phrases.isEmpty()) {
        conditions << u"p.id IN (SELECT rowid FROM products_search WHERE products_search MATCH ?)"_s;
        values << phrases.join(u' ');
    }
    const QString where = conditions.join(u" AND "_s);

    QSqlQuery count(m_db.database());
    count.prepare(u"SELECT count(*) FROM products p"_s + (where.isEmpty() ? QString() : u" WHERE "_s + where));
    for (const QVariant &value : values) {
        count.addBindValue(value);
    }
    if (auto done = m_db.exec(count); !done) {
        return done.error();
    }
    ProductPage page;
    page.total = count.next() ? count.value(0).toInt() : 0;
    auto products = select(where, values + QVariantList {request.limit, request.offset},
                           u"ORDER BY p.name_key, p.id LIMIT ? OFFSET ?"_s);
    if (!products) {
        return products.error();
    }
    page.products = products.value();
    return page;
}

Result<Product> Catalog::product(qint64 id) const
{
    auto found = select(u"p.id = ?"_s, {id}, {});
    if (!found) {
        return found.error();
    }
    return found->isEmpty() ? Result<Product>(notFound()) : found->first();
}

Result<Product> Catalog::productBySku(const QString &sku) const
{
    auto found = select(u"p.sku = ?"_s, {sku}, {});
    if (!found) {
        return found.error();
    }
    return found->isEmpty() ? Result<Product>(notFound()) : found->first();
}

Result<Product> Catalog::lookupBarcode(QStringView scanned) const
{
    auto code = barcode::normalize(scanned);
    if (!code) {
        return code.error();
    }
    auto found = select(u"p.id = (SELECT product_id FROM barcodes WHERE code = ?)"_s, {code.value()}, {});
    if (!found) {
        return found.error();
    }
    if (found->isEmpty()) {
        return Error {u"barcode_unknown"_s,
                      tr("No product has the barcode %1. Check the item, or find it by name.").arg(scanned.trimmed())};
    }
    return found->first();
}

Result<qint64> Catalog::ensureCategory(const QString &name)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty() || trimmed.size() > maxNameLength) {
        return Error {u"category_invalid"_s, tr("A category needs a name of 1 to %1 characters.").arg(maxNameLength)};
    }
    QSqlQuery query(m_db.database());
    query.prepare(u"SELECT id FROM categories WHERE name_key = ?"_s);
    query.addBindValue(searchKey(trimmed));
    if (auto done = m_db.exec(query); !done) {
        return done.error();
    }
    if (query.next()) {
        return query.value(0).toLongLong();
    }
    query.prepare(u"INSERT INTO categories (name, name_key) VALUES (?, ?)"_s);
    query.addBindValue(trimmed);
    query.addBindValue(searchKey(trimmed));
    if (auto done = m_db.exec(query); !done) {
        return done.error();
    }
    return query.lastInsertId().toLongLong();
}

Result<Product> Catalog::save(const Product &input, qint64 nowMs)
{
    for (const Status &check : {checkSku(input.sku), checkName(input.name)}) {
        if (!check) {
            return check.error();
        }
    }
    if (!input.price.isValid() || input.price.isNegative()) {
        return Error {u"price_invalid"_s, tr("The price must be zero or more.")};
    }
    auto classes = knownTaxClassIds();
    if (!classes) {
        return classes.error();
    }
    if (!classes->contains(input.taxClassId)) {
        return Error {u"tax_class_unknown"_s, tr("There is no tax class \"%1\".").arg(input.taxClassId)};
    }
    QStringList codes;
    for (const QString &scanned : input.barcodes) {
        auto code = barcode::normalize(scanned);
        if (!code) {
            return code.error();
        }
        if (codes.contains(code.value())) {
            return Error {u"barcode_duplicate"_s, tr("The barcode %1 is listed twice.").arg(scanned)};
        }
        codes.append(code.value());
    }

    qint64 id = 0;
    const Status saved = m_db.transaction([&]() -> Status {
        qint64 categoryId = input.categoryId;
        if (categoryId == 0) {
            auto ensured = ensureCategory(input.categoryName);
            if (!ensured) {
                return ensured.error();
            }
            categoryId = ensured.value();
        }
        QSqlQuery query(m_db.database());
        query.prepare(u"SELECT id FROM products WHERE sku = ?"_s);
        query.addBindValue(input.sku);
        if (auto done = m_db.exec(query); !done) {
            return done;
        }
        id = query.next() ? query.value(0).toLongLong() : 0;
        for (const QString &code : codes) {
            query.prepare(u"SELECT p.sku FROM barcodes b JOIN products p ON p.id = b.product_id "
                          "WHERE b.code = ? AND b.product_id != ?"_s);
            query.addBindValue(code);
            query.addBindValue(id);
            if (auto done = m_db.exec(query); !done) {
                return done;
            }
            if (query.next()) {
                return Error {u"barcode_taken"_s,
                              tr("The barcode %1 already belongs to the product with SKU %2.")
                                  .arg(code, query.value(0).toString())};
            }
        }
        const QVariantList values {input.name,
                                   searchKey(input.name),
                                   categoryId,
                                   input.price.minor(),
                                   input.price.currency(),
                                   input.taxClassId,
                                   input.active ? 1 : 0,
                                   searchKey(QString(input.name + u' ' + input.sku)),
                                   nowMs,
                                   input.sku};
        query.prepare(id != 0 ? u"UPDATE products SET name = ?, name_key = ?, category_id = ?, price_minor = ?, "
                                "currency = ?, tax_class_id = ?, active = ?, search_text = ?, updated_at = ? "
                                "WHERE sku = ?"_s
                              : u"INSERT INTO products (name, name_key, category_id, price_minor, currency, "
                                "tax_class_id, active, search_text, updated_at, sku) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        for (const QVariant &value : values) {
            query.addBindValue(value);
        }
        if (auto done = m_db.exec(query); !done) {
            return done;
        }
        if (id == 0) {
            id = query.lastInsertId().toLongLong();
        }
        query.prepare(u"DELETE FROM barcodes WHERE product_id = ?"_s);
        query.addBindValue(id);
        if (auto done = m_db.exec(query); !done) {
            return done;
        }
        for (const QString &code : codes) {
            query.prepare(u"INSERT INTO barcodes (code, product_id) VALUES (?, ?)"_s);
            query.addBindValue(code);
            query.addBindValue(id);
            if (auto done = m_db.exec(query); !done) {
                return done;
            }
        }
        return {};
    });
    if (!saved) {
        return saved.error();
    }
    qCDebug(lcCatalog) << "saved product" << id << input.sku;
    return product(id);
}

} // namespace holdfast::sales
