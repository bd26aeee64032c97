#include "sales/barcode.h"
#include "sales/catalog.h"
#include "sales/catalogimport.h"
#include "storefixture.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace holdfast;
using namespace holdfast::sales;

namespace {

constexpr qint64 t0 = 1795348800000;
const QByteArray header = "sku,name,category,price,tax_class,barcodes,active\n";
// Published, valid GTINs (the examples of their Wikipedia articles).
const QByteArray ean13 = "4006381333931";
const QByteArray upcA = "036000291452";
const QByteArray ean8 = "96385074";

QStringList codesOf(const QList<ImportProblem> &problems)
{
    QStringList codes;
    for (const ImportProblem &problem : problems) {
        codes << u"%1:%2"_s.arg(problem.line).arg(problem.code);
    }
    return codes;
}

QString describe(const QList<ImportProblem> &problems)
{
    QStringList lines;
    for (const ImportProblem &problem : problems) {
        lines << u"line %1 [%2] %3"_s.arg(problem.line).arg(problem.code, problem.message);
    }
    return lines.join(u'\n');
}

ProductQuery query(const QString &text, std::optional<qint64> categoryId = {}, bool includeInactive = false,
                   int offset = 0, int limit = 50)
{
    ProductQuery request;
    request.text = text;
    request.categoryId = categoryId;
    request.includeInactive = includeInactive;
    request.offset = offset;
    request.limit = limit;
    return request;
}

ImportOutcome import(StoreDatabase &db, const QByteArray &csv)
{
    auto outcome = CatalogImporter(db, u"CAD"_s).importCsv(csv, t0);
    if (!outcome) {
        qWarning("import failed: %s", qPrintable(outcome.error().message));
        return {};
    }
    return outcome.value();
}

} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT

private slots:
    void csv_parsesRecordsWithLineNumbers_data();
    void csv_parsesRecordsWithLineNumbers();
    void barcode_normalize_data();
    void barcode_normalize();
    void import_validFile_addsProductsCategoriesAndBarcodes();
    void import_badLine_isReportedAndNothingChanges_data();
    void import_badLine_isReportedAndNothingChanges();
    void import_everyBadLineIsReported();
    void import_badHeaderOrEncoding_isRefused_data();
    void import_badHeaderOrEncoding_isRefused();
    void reimport_updatesBySkuAndMovesBarcodes();
    void reimport_barcodeOfUntouchedProduct_isRefused();
    void lookupBarcode_scannerInput_findsProduct_data();
    void lookupBarcode_scannerInput_findsProduct();
    void search_substringCategoryAndPaging();
    void save_validatesAndUpserts();
    void sampleCatalog_loadsOnceOnFirstRun();
    void import_tenThousandRows_isIndexedAndTimed();
};

void TestCatalog::csv_parsesRecordsWithLineNumbers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("records"); // "line:field|field;…"
    QTest::addColumn<QString>("problems"); // "line:code,…"
    QTest::newRow("plain, LF") << u"a,b\nc,d\n"_s << u"1:a|b;2:c|d"_s << QString();
    QTest::newRow("CRLF, no final newline") << u"a,b\r\nc,d"_s << u"1:a|b;2:c|d"_s << QString();
    QTest::newRow("BOM and blank lines") << u"\uFEFFa\n\n  \nb\n"_s << u"1:a;4:b"_s << QString();
    QTest::newRow("quoted comma and quote") << u"\"x, \"\"y\"\"\",z\n"_s << u"1:x, \"y\"|z"_s << QString();
    QTest::newRow("quoted newline keeps line count")
        << u"\"two\nlines\",b\nc,d\n"_s << u"1:two\nlines|b;3:c|d"_s << QString();
    QTest::newRow("empty fields") << u",,\n"_s << u"1:||"_s << QString();
    QTest::newRow("quote inside bare field") << u"a,b\"c\nd,e\n"_s << u"2:d|e"_s << u"1:csv_quote"_s;
    QTest::newRow("text after closing quote") << u"a,\"b\"c,d\ne\n"_s << u"2:e"_s << u"1:csv_quote"_s;
    QTest::newRow("unterminated quote ends the file") << u"a\n\"b,c\nd\n"_s << u"1:a"_s << u"2:csv_quote"_s;
}

void TestCatalog::csv_parsesRecordsWithLineNumbers()
{
    QFETCH(QString, text);
    QFETCH(QString, records);
    QFETCH(QString, problems);
    const CsvParse parsed = CsvReader::parse(text);
    QStringList got;
    for (const CsvRecord &record : parsed.records) {
        got << u"%1:%2"_s.arg(record.line).arg(record.fields.join(u'|'));
    }
    QCOMPARE(got.join(u';'), records);
    QCOMPARE(codesOf(parsed.problems).join(u','), problems);
}

void TestCatalog::barcode_normalize_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // empty: invalid
    QTest::newRow("UPC-A") << QString::fromLatin1(upcA) << u"00036000291452"_s;
    QTest::newRow("same as EAN-13 with leading 0") << u"0036000291452"_s << u"00036000291452"_s;
    QTest::newRow("EAN-13 with scanner whitespace") << u" 4006381333931\r\n"_s << u"04006381333931"_s;
    QTest::newRow("EAN-8") << QString::fromLatin1(ean8) << u"00000096385074"_s;
    QTest::newRow("GTIN-14") << u"10036000291459"_s << u"10036000291459"_s;
    QTest::newRow("wrong check digit") << u"4006381333932"_s << QString();
    QTest::newRow("wrong length") << u"12345"_s << QString();
    QTest::newRow("letters") << u"40063813339a1"_s << QString();
    QTest::newRow("empty") << u"  "_s << QString();
}

void TestCatalog::barcode_normalize()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    auto code = barcode::normalize(input);
    if (expected.isEmpty()) {
        QVERIFY(!code.ok());
        QCOMPARE(code.error().code, u"barcode_invalid"_s);
        QVERIFY(!code.error().message.isEmpty());
    } else {
        QVERIFY2(code.ok(), qPrintable(code.ok() ? QString() : code.error().message));
        QCOMPARE(code.value(), expected);
    }
}

void TestCatalog::import_validFile_addsProductsCategoriesAndBarcodes()
{
    test::StoreFixture store;
    QVERIFY(store.isValid());
    // Columns in another order, upper case, no "active" column; a quoted name with a comma.
    const QByteArray csv = "Name,SKU,Price,Category,Tax_Class,Barcodes\n"
                           "\"Bagels, sesame (6)\",BAK-1,5.99,Bakery,zero-rated,"
        + ean13 + ";" + upcA + "\n" + "Café au lait,COF-1,4.5,Coffee,standard," + ean8 + "\n"
        + "Espresso,COF-2,3,coffee,standard,\n";
    const ImportOutcome outcome = import(store.db(), csv);
    QVERIFY2(outcome.applied(), qPrintable(describe(outcome.problems)));
    QCOMPARE(outcome.added, 3);
    QCOMPARE(outcome.updated, 0);
    QCOMPARE(outcome.categoriesAdded, 2); // "coffee" is the same category as "Coffee"

    Catalog catalog(store.db());
    const Product bagels = catalog.productBySku(u"BAK-1"_s).value();
    QCOMPARE(bagels.name, u"Bagels, sesame (6)"_s);
    QCOMPARE(bagels.price, Money::fromMinor(599, u"CAD").value());
    QCOMPARE(bagels.taxClassId, u"zero-rated"_s);
    QCOMPARE(bagels.categoryName, u"Bakery"_s);
    QCOMPARE(bagels.barcodes, (QStringList {u"00036000291452"_s, u"04006381333931"_s}));
    QVERIFY(bagels.active);
    QCOMPARE(catalog.productBySku(u"COF-1"_s)->name, u"Café au lait"_s); // UTF-8 kept
    QCOMPARE(catalog.productBySku(u"COF-1"_s)->price.minor(), 450);
    QCOMPARE(catalog.productBySku(u"COF-2"_s)->price.minor(), 300);
    QCOMPARE(catalog.productBySku(u"COF-2"_s)->categoryId, catalog.productBySku(u"COF-1"_s)->categoryId);
    const QList<Category> categories = catalog.categories().value();
    QCOMPARE(categories.size(), 2);
    QCOMPARE(categories.first().name, u"Bakery"_s);
}

void TestCatalog::import_badLine_isReportedAndNothingChanges_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("code");
    QTest::newRow("too few fields") << QByteArray("X1,Thing,Misc,1.00") << u"field_count"_s;
    QTest::newRow("too many fields") << QByteArray("X1,Thing,Misc,1.00,standard,,yes,extra") << u"field_count"_s;
    QTest::newRow("quote in bare field") << QByteArray("X1,Thi\"ng,Misc,1.00,standard,,yes") << u"csv_quote"_s;
    QTest::newRow("unterminated quote") << QByteArray("X1,\"Thing,Misc,1.00,standard,,yes") << u"csv_quote"_s;
    QTest::newRow("no SKU") << QByteArray(",Thing,Misc,1.00,standard,,yes") << u"sku_missing"_s;
    QTest::newRow("SKU with a space") << QByteArray("X 1,Thing,Misc,1.00,standard,,yes") << u"sku_invalid"_s;
    QTest::newRow("SKU twice") << QByteArray("G1,Thing,Misc,1.00,standard,,yes") << u"sku_duplicate"_s;
    QTest::newRow("no name") << QByteArray("X1,,Misc,1.00,standard,,yes") << u"name_missing"_s;
    QTest::newRow("no category") << QByteArray("X1,Thing,,1.00,standard,,yes") << u"category_missing"_s;
    QTest::newRow("price not a number") << QByteArray("X1,Thing,Misc,abc,standard,,yes") << u"price_invalid"_s;
    QTest::newRow("price too precise") << QByteArray("X1,Thing,Misc,1.999,standard,,yes") << u"price_invalid"_s;
    QTest::newRow("price negative") << QByteArray("X1,Thing,Misc,-1.00,standard,,yes") << u"price_invalid"_s;
    QTest::newRow("price with currency sign") << QByteArray("X1,Thing,Misc,$1.00,standard,,yes") << u"price_invalid"_s;
    QTest::newRow("unknown tax class") << QByteArray("X1,Thing,Misc,1.00,luxury,,yes") << u"tax_class_unknown"_s;
    QTest::newRow("barcode too short") << QByteArray("X1,Thing,Misc,1.00,standard,12345,yes") << u"barcode_invalid"_s;
    QTest::newRow("barcode check digit") << QByteArray("X1,Thing,Misc,1.00,standard,4006381333932,yes")
                                         << u"barcode_invalid"_s;
    QTest::newRow("barcode on line 2 too")
        << QByteArray("X1,Thing,Misc,1.00,standard,0036000291452,yes") << u"barcode_duplicate"_s;
    QTest::newRow("active is neither") << QByteArray("X1,Thing,Misc,1.00,standard,,maybe") << u"active_invalid"_s;
}

void TestCatalog::import_badLine_isReportedAndNothingChanges()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, code);
    test::StoreFixture store;
    QVERIFY(import(store.db(), header + "G0,Kept,Misc,9.99,standard,,yes\n").applied());

    const QByteArray csv = header + "G1,Good thing,Misc,2.00,standard," + upcA + ",yes\n" + line + "\n"
        + "G2,Another good thing,Other,3.00,zero-rated,,no\n";
    const ImportOutcome outcome = import(store.db(), csv);
    QVERIFY(!outcome.applied());
    QCOMPARE(codesOf(outcome.problems), QStringList {u"3:"_s + code});
    QVERIFY(!outcome.problems.first().message.isEmpty());
    // All or nothing: the good lines around it were not written either.
    Catalog catalog(store.db());
    QCOMPARE(catalog.productCount().value(), 1);
    QCOMPARE(catalog.productBySku(u"G1"_s).error().code, u"product_not_found"_s);
    QCOMPARE(catalog.categories()->size(), 1);
}

void TestCatalog::import_everyBadLineIsReported()
{
    test::StoreFixture store;
    const QByteArray csv = header + "A1,Fine,Misc,1.00,standard,,yes\n"
        + "A2,,Misc,x,standard,,yes\n" // two problems on one line
        + "A3,Fine too,Misc,1.00,standard,,yes\n" + "A1,Again,Misc,1.00,gold,,yes\n";
    const ImportOutcome outcome = import(store.db(), csv);
    QCOMPARE(codesOf(outcome.problems),
             (QStringList {u"3:name_missing"_s, u"3:price_invalid"_s, u"5:sku_duplicate"_s, u"5:tax_class_unknown"_s}));
    QVERIFY(outcome.problems.at(2).message.contains(u"line 2"_s));
    QCOMPARE(Catalog(store.db()).productCount().value(), 0);
}

void TestCatalog::import_badHeaderOrEncoding_isRefused_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("problems");
    QTest::newRow("empty file") << QByteArray() << u"1:file_empty"_s;
    QTest::newRow("header only") << header << u"1:file_empty"_s;
    QTest::newRow("unknown column") << QByteArray("sku,name,category,price,tax_class,colour\nA,B,C,1,standard,red\n")
                                    << u"1:column_unknown"_s;
    QTest::newRow("missing column") << QByteArray("sku,name,price,tax_class\nA,B,1,standard\n")
                                    << u"1:column_missing"_s;
    QTest::newRow("column twice") << QByteArray("sku,name,category,price,tax_class,sku\nA,B,C,1,standard,A\n")
                                  << u"1:column_duplicate"_s;
    QTest::newRow("Latin-1 bytes") << QByteArray(header
                                                 + "A1,Caf\xe9,Misc,1.00,standard,,yes\n"
                                                   "A2,Th\xe9,Misc,1.00,standard,,yes\n")
                                   << u"2:encoding_invalid,3:encoding_invalid"_s;
}

void TestCatalog::import_badHeaderOrEncoding_isRefused()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, problems);
    test::StoreFixture store;
    const ImportOutcome outcome = import(store.db(), csv);
    QCOMPARE(codesOf(outcome.problems).join(u','), problems);
    QCOMPARE(Catalog(store.db()).productCount().value(), 0);
}

void TestCatalog::reimport_updatesBySkuAndMovesBarcodes()
{
    test::StoreFixture store;
    QVERIFY(import(store.db(),
                   header + "S1,One,Misc,1.00,standard," + ean13 + ",yes\n" + "S2,Two,Misc,2.00,standard," + upcA
                       + ",yes\n" + "S3,Three,Misc,3.00,standard," + ean8 + ",yes\n")
                .applied());
    Catalog catalog(store.db());
    const qint64 oneId = catalog.productBySku(u"S1"_s)->id;

    // S2's barcode moves to S1; S2 keeps none; S3 is not in the file and stays as it was.
    const ImportOutcome outcome
        = import(store.db(),
                 header + "S1,One renamed,Other,1.25,zero-rated," + upcA + ",yes\n" + "S2,Two,Misc,2.00,standard,,no\n"
                     + "S4,Four,Misc,4.00,standard," + ean13 + ",yes\n");
    QVERIFY2(outcome.applied(), qPrintable(describe(outcome.problems)));
    QCOMPARE(outcome.updated, 2);
    QCOMPARE(outcome.added, 1);
    QCOMPARE(outcome.categoriesAdded, 1);
    const Product one = catalog.productBySku(u"S1"_s).value();
    QCOMPARE(one.id, oneId); // same product, so old orders and carts still point at it
    QCOMPARE(one.name, u"One renamed"_s);
    QCOMPARE(one.price.minor(), 125);
    QCOMPARE(one.categoryName, u"Other"_s);
    QCOMPARE(one.taxClassId, u"zero-rated"_s);
    QCOMPARE(catalog.lookupBarcode(QString::fromLatin1(upcA))->sku, u"S1"_s);
    QCOMPARE(catalog.lookupBarcode(QString::fromLatin1(ean13))->sku, u"S4"_s);
    QVERIFY(!catalog.productBySku(u"S2"_s)->active);
    QVERIFY(catalog.productBySku(u"S2"_s)->barcodes.isEmpty());
    QCOMPARE(catalog.productBySku(u"S3"_s)->price.minor(), 300);
    QCOMPARE(catalog.lookupBarcode(QString::fromLatin1(ean8))->sku, u"S3"_s);
    QCOMPARE(catalog.productCount().value(), 4);
}

void TestCatalog::reimport_barcodeOfUntouchedProduct_isRefused()
{
    test::StoreFixture store;
    QVERIFY(import(store.db(), header + "S1,One,Misc,1.00,standard," + ean13 + ",yes\n").applied());
    const ImportOutcome outcome = import(
        store.db(), header + "S5,Five,Misc,5.00,standard,,yes\n" + "S6,Six,Misc,6.00,standard," + ean13 + "\n");
    QCOMPARE(codesOf(outcome.problems), (QStringList {u"3:field_count"_s}));
    const ImportOutcome taken = import(
        store.db(), header + "S5,Five,Misc,5.00,standard,,yes\n" + "S6,Six,Misc,6.00,standard," + ean13 + ",yes\n");
    QCOMPARE(codesOf(taken.problems), (QStringList {u"3:barcode_taken"_s}));
    QVERIFY(taken.problems.first().message.contains(u"S1"_s));
    QCOMPARE(Catalog(store.db()).productCount().value(), 1);
}

void TestCatalog::lookupBarcode_scannerInput_findsProduct_data()
{
    QTest::addColumn<QString>("scanned");
    QTest::addColumn<QString>("result"); // a SKU, or an error code
    QTest::newRow("EAN-13 as typed") << QString::fromLatin1(ean13) << u"S1"_s;
    QTest::newRow("with the scanner's Enter") << QString::fromLatin1(ean13 + "\r\n") << u"S1"_s;
    QTest::newRow("UPC-A finds the EAN-13 form") << QString::fromLatin1(upcA) << u"S2"_s;
    QTest::newRow("EAN-13 form finds the UPC-A") << u"0036000291452"_s << u"S2"_s;
    QTest::newRow("inactive products are found") << QString::fromLatin1(ean8) << u"S3"_s;
    QTest::newRow("valid but unknown") << u"5901234123457"_s << u"barcode_unknown"_s;
    QTest::newRow("misread") << u"4006381333932"_s << u"barcode_invalid"_s;
}

void TestCatalog::lookupBarcode_scannerInput_findsProduct()
{
    QFETCH(QString, scanned);
    QFETCH(QString, result);
    test::StoreFixture store;
    QVERIFY(import(store.db(),
                   header + "S1,One,Misc,1.00,standard," + ean13 + ",yes\n" + "S2,Two,Misc,2.00,standard," + upcA
                       + ",yes\n" + "S3,Three,Misc,3.00,standard," + ean8 + ",no\n")
                .applied());
    auto found = Catalog(store.db()).lookupBarcode(scanned);
    QCOMPARE(found.ok() ? found->sku : found.error().code, result);
}

void TestCatalog::search_substringCategoryAndPaging()
{
    test::StoreFixture store;
    QVERIFY(import(store.db(),
                   header + "DES-CB,Crème brûlée,Desserts,6.00,standard,,yes\n"
                       + "COF-LAT,Latte,Coffee,4.75,standard,,yes\n" + "COF-OAT,Oat latte,Coffee,5.25,standard,,yes\n"
                       + "TEA-CHA,Chai latte,Coffee,4.95,standard,,yes\n"
                       + "PRO-LEM,Lemon,Produce,0.89,zero-rated,,yes\n"
                       + "COF-OLD,Old latte,Coffee,3.00,standard,,no\n")
                .applied());
    Catalog catalog(store.db());
    const auto names = [&](const ProductQuery &request) {
        auto page = catalog.search(request);
        QStringList list;
        if (page) {
            for (const Product &product : page->products) {
                list << product.name;
            }
            list << QString::number(page->total);
        }
        return list;
    };
    QCOMPARE(names(query(u"latte"_s)), (QStringList {u"Chai latte"_s, u"Latte"_s, u"Oat latte"_s, u"3"_s}));
    QCOMPARE(names(query(u"LATTE"_s)), names(query(u"latte"_s)));
    QCOMPARE(names(query(u"creme brulee"_s)), (QStringList {u"Crème brûlée"_s, u"1"_s}));
    QCOMPARE(names(query(u"des-cb"_s)), (QStringList {u"Crème brûlée"_s, u"1"_s}));
    QCOMPARE(names(query(u"lat oat"_s)), (QStringList {u"Oat latte"_s, u"1"_s}));
    QCOMPARE(names(query(u"em"_s)),
             (QStringList {u"Crème brûlée"_s, u"Lemon"_s, u"2"_s})); // short: no index, still right
    QCOMPARE(names(query(u"nothing like it"_s)), (QStringList {u"0"_s}));
    QCOMPARE(names(query(u"latte"_s, std::nullopt, true)).size(), 5);

    const qint64 coffee = catalog.productBySku(u"COF-LAT"_s)->categoryId;
    const qint64 produce = catalog.productBySku(u"PRO-LEM"_s)->categoryId;
    QCOMPARE(names(query(QString(), produce)), (QStringList {u"Lemon"_s, u"1"_s}));
    QCOMPARE(names(query(u"oat"_s, coffee)), (QStringList {u"Oat latte"_s, u"1"_s}));
    QCOMPARE(names(query(u"lemon"_s, coffee)), (QStringList {u"0"_s}));
    QCOMPARE(names(query(QString(), std::nullopt, false, 0, 2)),
             (QStringList {u"Chai latte"_s, u"Crème brûlée"_s, u"5"_s}));
    QCOMPARE(names(query(QString(), std::nullopt, false, 4, 2)), (QStringList {u"Oat latte"_s, u"5"_s}));
    QCOMPARE(catalog.search(query(QString(), std::nullopt, false, 0, 0)).error().code, u"query_invalid"_s);
    QCOMPARE(catalog.search(query(QString(), std::nullopt, false, -1, 10)).error().code, u"query_invalid"_s);
    QCOMPARE(names(query(u"\"quoted\" text"_s)), (QStringList {u"0"_s})); // FTS syntax is not injected
}

void TestCatalog::save_validatesAndUpserts()
{
    test::StoreFixture store;
    Catalog catalog(store.db());
    Product product {0,   u"NEW-1"_s, {QString::fromLatin1(upcA)},           u"New thing"_s,
                     0,   u"Misc"_s,  Money::fromMinor(199, u"CAD").value(), u"standard"_s,
                     true};
    auto saved = catalog.save(product, t0);
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
    QVERIFY(saved->id > 0);
    QCOMPARE(saved->barcodes, QStringList {u"00036000291452"_s});
    QCOMPARE(catalog.search(query(u"new thing"_s))->total, 1);

    product.name = u"Renamed item"_s;
    product.price = Money::fromMinor(249, u"CAD").value();
    auto updated = catalog.save(product, t0 + 1);
    QCOMPARE(updated->id, saved->id);
    QCOMPARE(updated->price.minor(), 249);
    QCOMPARE(catalog.search(query(u"thing"_s))->total, 0); // the search index followed the rename
    QCOMPARE(catalog.search(query(u"renamed"_s))->total, 1);

    const auto refused = [&](const Product &bad) {
        auto result = catalog.save(bad, t0 + 2);
        return result.ok() ? QString() : result.error().code;
    };
    Product bad = product;
    bad.sku = QString();
    QCOMPARE(refused(bad), u"sku_missing"_s);
    bad = product;
    bad.name = u"Two\nlines"_s;
    QCOMPARE(refused(bad), u"name_invalid"_s);
    bad = product;
    bad.price = Money::fromMinor(-1, u"CAD").value();
    QCOMPARE(refused(bad), u"price_invalid"_s);
    bad = product;
    bad.taxClassId = u"luxury"_s;
    QCOMPARE(refused(bad), u"tax_class_unknown"_s);
    bad = product;
    bad.sku = u"OTHER"_s;
    QCOMPARE(refused(bad), u"barcode_taken"_s);
    bad.barcodes = {QString::fromLatin1(ean13), u"0"_s + QString::fromLatin1(ean13)};
    QCOMPARE(refused(bad), u"barcode_duplicate"_s);
    QCOMPARE(catalog.productCount().value(), 1);
    QCOMPARE(catalog.product(saved->id)->name, u"Renamed item"_s);
}

void TestCatalog::sampleCatalog_loadsOnceOnFirstRun()
{
    QFile sample(QString::fromLatin1(sampleCatalogPath));
    QVERIFY2(sample.open(QIODevice::ReadOnly), "the sample catalog is embedded in holdfast_core");
    const int dataLines = int(sample.readAll().trimmed().count('\n')); // lines after the header

    test::StoreFixture store;
    auto loaded = loadSampleCatalogIfEmpty(store.db(), u"CAD"_s, t0);
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
    QVERIFY(loaded.value());
    Catalog catalog(store.db());
    QCOMPARE(catalog.productCount().value(), dataLines);
    QVERIFY(dataLines >= 24);
    const qsizetype categories = catalog.categories()->size();
    QVERIFY(categories >= 4 && categories <= 6);
    QSet<QString> classes;
    int withBarcode = 0;
    const ProductPage all = catalog.search(query(QString(), std::nullopt, true, 0, 500)).value();
    for (const Product &product : all.products) {
        classes.insert(product.taxClassId);
        withBarcode += product.barcodes.isEmpty() ? 0 : 1;
        QCOMPARE(catalog.lookupBarcode(product.barcodes.value(0))->id, product.id);
    }
    QCOMPARE(classes.size(), 2);
    QCOMPARE(withBarcode, dataLines);

    // Second run: the catalog is not empty, nothing is loaded again.
    QVERIFY(store.reopen());
    QCOMPARE(loadSampleCatalogIfEmpty(store.db(), u"CAD"_s, t0).value(), false);
    QCOMPARE(Catalog(store.db()).productCount().value(), dataLines);
}

void TestCatalog::import_tenThousandRows_isIndexedAndTimed()
{
    constexpr int rows = 10'000;
    QByteArray csv = header;
    for (int i = 0; i < rows; ++i) {
        const QString body = u"2%1"_s.arg(i, 11, 10, QLatin1Char('0'));
        const QString code = QString(body + barcode::checkDigit(body));
        csv += u"SKU-%1,Item %1 %2,Category %3,%4.%5,%6,%7,yes\n"_s.arg(i)
                   .arg(i % 7 == 0 ? u"organic"_s : u"plain"_s)
                   .arg(i % 12)
                   .arg(1 + i % 50)
                   .arg(i % 100, 2, 10, QLatin1Char('0'))
                   .arg(i % 3 == 0 ? u"zero-rated"_s : u"standard"_s, code)
                   .toUtf8();
    }
    test::StoreFixture store;
    QElapsedTimer timer;
    timer.start();
    const ImportOutcome first = import(store.db(), csv);
    const qint64 importMs = timer.elapsed();
    QVERIFY2(first.applied(), qPrintable(describe(first.problems.mid(0, 5))));
    QCOMPARE(first.added, rows);
    timer.restart();
    const ImportOutcome again = import(store.db(), csv);
    const qint64 reimportMs = timer.elapsed();
    QCOMPARE(again.updated, rows);

    Catalog catalog(store.db());
    timer.restart();
    auto page = catalog.search(query(u"organic"_s, std::nullopt, false, 0, 50));
    const qint64 searchNs = timer.nsecsElapsed();
    QCOMPARE(page->total, (rows + 6) / 7);
    QCOMPARE(page->products.size(), 50);
    timer.restart();
    auto deep = catalog.search(query(u"item 99"_s, std::nullopt, false, 100, 50));
    const qint64 deepNs = timer.nsecsElapsed();
    // Every word must occur: "item" in all names, "99" in the numbers that contain it.
    int containing99 = 0;
    for (int i = 0; i < rows; ++i) {
        containing99 += QString::number(i).contains(u"99"_s) ? 1 : 0;
    }
    QCOMPARE(deep->total, containing99);
    QCOMPARE(deep->products.size(), 50);
    timer.restart();
    const QString body = u"2%1"_s.arg(9876, 11, 10, QLatin1Char('0'));
    auto scanned = catalog.lookupBarcode(QString(body + barcode::checkDigit(body)));
    const qint64 lookupNs = timer.nsecsElapsed();
    QCOMPARE(scanned->sku, u"SKU-9876"_s);
    qInfo("10,000-row catalog: import %lld ms, re-import %lld ms, search %.2f ms, paged search %.2f ms, barcode "
          "lookup %.3f ms",
          importMs, reimportMs, double(searchNs) / 1e6, double(deepNs) / 1e6, double(lookupNs) / 1e6);
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
