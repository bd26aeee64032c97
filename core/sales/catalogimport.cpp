#include "catalogimport.h"

#include "barcode.h"
#include "catalog.h"
#include "common/currency.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStringDecoder>
#include <QVariant>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCatalogImport, "holdfast.core.sales.catalogimport")

namespace holdfast::sales {

namespace {

const QStringList requiredColumns {u"sku"_s, u"name"_s, u"category"_s, u"price"_s, u"tax_class"_s};
const QStringList optionalColumns {u"barcodes"_s, u"active"_s};

/// One valid data line, ready to write.
struct Row
{
    int line = 0;
    QString sku;
    QString name;
    QString category;
    Money price;
    QString taxClassId;
    QStringList barcodes; ///< normalised
    QStringList barcodeTexts; ///< as written in the file, for messages
    bool active = true;
};

/// Finds the physical lines that are not valid UTF-8.
QList<ImportProblem> encodingProblems(QByteArrayView bytes)
{
    QList<ImportProblem> problems;
    int line = 1;
    qsizetype start = 0;
    while (start <= bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0) {
            end = bytes.size();
        }
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString decoded = decoder.decode(bytes.sliced(start, end - start));
        Q_UNUSED(decoded);
        if (decoder.hasError()) {
            problems.append(
                {line, u"encoding_invalid"_s,
                 CatalogImporter::tr("This line is not valid UTF-8 text. Save the file as \"CSV UTF-8\".")});
        }
        start = end + 1;
        ++line;
    }
    return problems;
}

std::optional<bool> parseActive(const QString &text)
{
    const QString word = text.trimmed().toLower();
    if (word.isEmpty() || word == u"yes"_s || word == u"y"_s || word == u"true"_s || word == u"1"_s) {
        return true;
    }
    if (word == u"no"_s || word == u"n"_s || word == u"false"_s || word == u"0"_s) {
        return false;
    }
    return std::nullopt;
}

} // namespace

Result<ImportOutcome> CatalogImporter::importFile(const QString &path, qint64 nowMs)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error {u"catalog_file_unreadable"_s, tr("Cannot read %1: %2").arg(path, file.errorString())};
    }
    if (file.size() > maxFileBytes) {
        return Error {u"catalog_file_too_large"_s,
                      tr("%1 is larger than %2 MiB; split it into several files.").arg(path).arg(maxFileBytes >> 20)};
    }
    return importCsv(file.readAll(), nowMs);
}

Result<ImportOutcome> CatalogImporter::importCsv(QByteArrayView csv, qint64 nowMs)
{
    QElapsedTimer timer;
    timer.start();
    ImportOutcome outcome;
    if (!currency::isKnown(m_currency)) {
        return Error {u"currency_unknown"_s, tr("The store's currency %1 is not an ISO 4217 code.").arg(m_currency)};
    }
    if (csv.size() > maxFileBytes) {
        return Error {u"catalog_file_too_large"_s,
                      tr("The file is larger than %1 MiB; split it into several files.").arg(maxFileBytes >> 20)};
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(csv);
    if (decoder.hasError()) {
        outcome.problems = encodingProblems(csv);
        return outcome;
    }
    const CsvParse parsed = CsvReader::parse(text);
    outcome.problems = parsed.problems;
    if (parsed.records.isEmpty()) {
        if (outcome.problems.isEmpty()) {
            outcome.problems.append(
                {1, u"file_empty"_s, tr("The file is empty; the first line must name the columns.")});
        }
        return outcome;
    }

    // The header: known columns, each once, the required ones present.
    const CsvRecord &header = parsed.records.first();
    if (!outcome.problems.isEmpty() && outcome.problems.first().line < header.line) {
        return outcome; // the first line itself is malformed: nothing names the columns
    }
    const qsizetype problemsBeforeHeader = outcome.problems.size();
    QHash<QString, qsizetype> column;
    for (qsizetype i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields[i].trimmed().toLower();
        if (!requiredColumns.contains(name) && !optionalColumns.contains(name)) {
            outcome.problems.append({header.line, u"column_unknown"_s,
                                     tr("The column \"%1\" is unknown; the columns are %2.")
                                         .arg(header.fields[i], (requiredColumns + optionalColumns).join(u", "_s))});
        } else if (column.contains(name)) {
            outcome.problems.append({header.line, u"column_duplicate"_s, tr("The column %1 appears twice.").arg(name)});
        }
        column.insert(name, i);
    }
    for (const QString &name : requiredColumns) {
        if (!column.contains(name)) {
            outcome.problems.append({header.line, u"column_missing"_s, tr("The column %1 is missing.").arg(name)});
        }
    }
    if (outcome.problems.size() > problemsBeforeHeader) {
        return outcome; // without a usable header no line can be read
    }

    auto classes = Catalog(m_db).taxClasses();
    if (!classes) {
        return classes.error();
    }
    QStringList classIds;
    for (const TaxClass &taxClass : classes.value()) {
        classIds.append(taxClass.id);
    }

    // Every line, each field checked; a line may have several problems.
    QList<Row> rows;
    QHash<QString, int> skuLine;
    QHash<QString, int> barcodeLine;
    const auto field = [&](const CsvRecord &record, const QString &name) {
        return column.contains(name) ? record.fields.value(column.value(name)).trimmed() : QString();
    };
    for (qsizetype r = 1; r < parsed.records.size(); ++r) {
        const CsvRecord &record = parsed.records[r];
        const auto problem = [&](const QString &code, const QString &message) {
            outcome.problems.append({record.line, code, message});
        };
        if (record.fields.size() != header.fields.size()) {
            problem(u"field_count"_s,
                    tr("This line has %1 fields but the header has %2; check for a missing or "
                       "extra comma, or a comma in a field that is not in quotes.")
                        .arg(record.fields.size())
                        .arg(header.fields.size()));
            continue;
        }
        const qsizetype before = outcome.problems.size();
        Row row;
        row.line = record.line;
        row.sku = field(record, u"sku"_s);
        row.name = field(record, u"name"_s);
        row.category = field(record, u"category"_s);
        for (const Status &check : {Catalog::checkSku(row.sku), Catalog::checkName(row.name)}) {
            if (!check) {
                problem(check.error().code, check.error().message);
            }
        }
        if (skuLine.contains(row.sku)) {
            problem(u"sku_duplicate"_s,
                    tr("The SKU %1 is already on line %2.").arg(row.sku).arg(skuLine.value(row.sku)));
        } else if (!row.sku.isEmpty()) {
            skuLine.insert(row.sku, record.line);
        }
        if (row.category.isEmpty()) {
            problem(u"category_missing"_s, tr("The category is empty."));
        }
        auto price = Money::parse(field(record, u"price"_s), m_currency);
        if (!price) {
            problem(u"price_invalid"_s,
                    tr("The price \"%1\" cannot be read: %2").arg(field(record, u"price"_s), price.error().message));
        } else if (price->isNegative()) {
            problem(u"price_invalid"_s, tr("The price cannot be negative."));
        } else {
            row.price = price.value();
        }
        row.taxClassId = field(record, u"tax_class"_s);
        if (!classIds.contains(row.taxClassId)) {
            problem(u"tax_class_unknown"_s,
                    tr("The tax class \"%1\" is unknown; use one of %2.").arg(row.taxClassId, classIds.join(u", "_s)));
        }
        static const QRegularExpression separators(u"[;\\s]+"_s);
        for (const QString &scanned : field(record, u"barcodes"_s).split(separators, Qt::SkipEmptyParts)) {
            auto code = barcode::normalize(scanned);
            if (!code) {
                problem(code.error().code, code.error().message);
            } else if (barcodeLine.contains(code.value())) {
                problem(u"barcode_duplicate"_s,
                        tr("The barcode %1 is already on line %2.").arg(scanned).arg(barcodeLine.value(code.value())));
            } else {
                barcodeLine.insert(code.value(), record.line);
                row.barcodes.append(code.value());
                row.barcodeTexts.append(scanned);
            }
        }
        const std::optional<bool> active = parseActive(field(record, u"active"_s));
        if (!active) {
            problem(u"active_invalid"_s,
                    tr("The active column says \"%1\"; write yes or no.").arg(field(record, u"active"_s)));
        }
        row.active = active.value_or(true);
        if (outcome.problems.size() == before) {
            rows.append(row);
        }
    }
    if (parsed.records.size() == 1 && outcome.problems.isEmpty()) {
        outcome.problems.append({header.line, u"file_empty"_s, tr("The file names its columns but has no products.")});
    }

    // Barcodes that stay with a product the file does not mention cannot move to another.
    QSqlQuery owners(m_db.database());
    owners.setForwardOnly(true);
    owners.prepare(u"SELECT b.code, p.sku FROM barcodes b JOIN products p ON p.id = b.product_id"_s);
    if (auto done = m_db.exec(owners); !done) {
        return done.error();
    }
    QHash<QString, QString> ownerSku;
    while (owners.next()) {
        ownerSku.insert(owners.value(0).toString(), owners.value(1).toString());
    }
    for (const Row &row : std::as_const(rows)) {
        for (qsizetype i = 0; i < row.barcodes.size(); ++i) {
            const QString owner = ownerSku.value(row.barcodes[i]);
            if (!owner.isEmpty() && owner != row.sku && !skuLine.contains(owner)) {
                outcome.problems.append(
                    {row.line, u"barcode_taken"_s,
                     tr("The barcode %1 belongs to the product with SKU %2, which this file does not change.")
                         .arg(row.barcodeTexts[i], owner)});
            }
        }
    }
    if (!outcome.problems.isEmpty()) {
        std::stable_sort(outcome.problems.begin(), outcome.problems.end(),
                         [](const ImportProblem &a, const ImportProblem &b) { return a.line < b.line; });
        qCInfo(lcCatalogImport) << "catalog import refused:" << outcome.problems.size() << "problems";
        return outcome;
    }

    // All lines are good: write them in one transaction, reusing prepared statements.
    Catalog catalog(m_db);
    const Status written = m_db.transaction([&]() -> Status {
        QHash<QString, qint64> existing;
        QSqlQuery query(m_db.database());
        query.setForwardOnly(true);
        query.prepare(u"SELECT sku, id FROM products"_s);
        if (auto done = m_db.exec(query); !done) {
            return done;
        }
        while (query.next()) {
            existing.insert(query.value(0).toString(), query.value(1).toLongLong());
        }
        auto categoriesBefore = catalog.categories();
        if (!categoriesBefore) {
            return categoriesBefore.error();
        }
        QHash<QString, qint64> categoryIds;
        QSqlQuery clearCodes(m_db.database());
        clearCodes.prepare(u"DELETE FROM barcodes WHERE product_id = ?"_s);
        // Barcodes of every product in the file go first, so that codes can move between them.
        for (const Row &row : std::as_const(rows)) {
            if (existing.contains(row.sku)) {
                clearCodes.bindValue(0, existing.value(row.sku));
                if (auto done = m_db.exec(clearCodes); !done) {
                    return done;
                }
            }
        }
        QSqlQuery update(m_db.database());
        update.prepare(u"UPDATE products SET name = ?, name_key = ?, category_id = ?, price_minor = ?, currency = ?, "
                       "tax_class_id = ?, active = ?, search_text = ?, updated_at = ? WHERE id = ?"_s);
        QSqlQuery insert(m_db.database());
        insert.prepare(u"INSERT INTO products (name, name_key, category_id, price_minor, currency, tax_class_id, "
                       "active, search_text, updated_at, sku) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        QSqlQuery addCode(m_db.database());
        addCode.prepare(u"INSERT INTO barcodes (code, product_id) VALUES (?, ?)"_s);
        for (const Row &row : std::as_const(rows)) {
            const QString key = Catalog::searchKey(row.category);
            if (!categoryIds.contains(key)) {
                auto id = catalog.ensureCategory(row.category);
                if (!id) {
                    return id.error();
                }
                categoryIds.insert(key, id.value());
            }
            const bool isUpdate = existing.contains(row.sku);
            QSqlQuery &write = isUpdate ? update : insert;
            const QVariantList values {row.name,
                                       Catalog::searchKey(row.name),
                                       categoryIds.value(key),
                                       row.price.minor(),
                                       row.price.currency(),
                                       row.taxClassId,
                                       row.active ? 1 : 0,
                                       Catalog::searchKey(QString(row.name + u' ' + row.sku)),
                                       nowMs,
                                       isUpdate ? QVariant(existing.value(row.sku)) : QVariant(row.sku)};
            for (int i = 0; i < values.size(); ++i) {
                write.bindValue(i, values[i]);
            }
            if (auto done = m_db.exec(write); !done) {
                return done;
            }
            const qint64 id = isUpdate ? existing.value(row.sku) : write.lastInsertId().toLongLong();
            ++(isUpdate ? outcome.updated : outcome.added);
            for (const QString &code : row.barcodes) {
                addCode.bindValue(0, code);
                addCode.bindValue(1, id);
                if (auto done = m_db.exec(addCode); !done) {
                    return done;
                }
            }
        }
        auto categoriesAfter = catalog.categories();
        if (!categoriesAfter) {
            return categoriesAfter.error();
        }
        outcome.categoriesAdded = int(categoriesAfter->size() - categoriesBefore->size());
        return {};
    });
    if (!written) {
        return written.error();
    }
    qCInfo(lcCatalogImport) << "catalog imported:" << outcome.added << "added," << outcome.updated << "updated in"
                            << timer.elapsed() << "ms";
    return outcome;
}

Result<bool> loadSampleCatalogIfEmpty(StoreDatabase &db, const QString &currency, qint64 nowMs)
{
    auto count = Catalog(db).productCount();
    if (!count) {
        return count.error();
    }
    if (count.value() > 0) {
        return false;
    }
    auto outcome = CatalogImporter(db, currency).importFile(QString::fromLatin1(sampleCatalogPath), nowMs);
    if (!outcome) {
        return outcome.error();
    }
    if (!outcome->applied()) {
        const ImportProblem &first = outcome->problems.first();
        return Error {u"sample_catalog_invalid"_s,
                      CatalogImporter::tr("The sample catalog cannot be loaded (line %1: %2)")
                          .arg(first.line)
                          .arg(first.message)};
    }
    return true;
}

} // namespace holdfast::sales
