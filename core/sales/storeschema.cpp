#include "storeschema.h"

using namespace Qt::StringLiterals;

namespace holdfast::sales::storeschema {

const QList<QStringList> &migrations()
{
    static const QList<QStringList> list {
        // 1: the first schema.
        {
            uR"(CREATE TABLE store_settings (
                key TEXT PRIMARY KEY,
                value TEXT NOT NULL))"_s,
            uR"(CREATE TABLE tax_classes (
                id TEXT PRIMARY KEY,
                name TEXT NOT NULL))"_s,
            uR"(INSERT INTO tax_classes (id, name) VALUES
                ('standard', 'Standard'), ('zero-rated', 'Zero-rated'), ('prepared-food', 'Prepared food'))"_s,
            uR"(CREATE TABLE tax_rules (
                location_id TEXT PRIMARY KEY,
                json TEXT NOT NULL,
                updated_at INTEGER NOT NULL))"_s,
            uR"(CREATE TABLE categories (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL,
                name_key TEXT NOT NULL UNIQUE))"_s,
            // search_text is the case-folded "name sku" that the trigram index below covers;
            // name_key the case-folded name results are sorted by.
            uR"(CREATE TABLE products (
                id INTEGER PRIMARY KEY,
                sku TEXT NOT NULL UNIQUE,
                name TEXT NOT NULL,
                name_key TEXT NOT NULL,
                category_id INTEGER NOT NULL REFERENCES categories(id),
                price_minor INTEGER NOT NULL CHECK (price_minor >= 0),
                currency TEXT NOT NULL,
                tax_class_id TEXT NOT NULL REFERENCES tax_classes(id),
                active INTEGER NOT NULL DEFAULT 1,
                search_text TEXT NOT NULL,
                updated_at INTEGER NOT NULL))"_s,
            u"CREATE INDEX products_by_name ON products(active, name_key, id)"_s,
            u"CREATE INDEX products_by_category ON products(category_id, active, name_key, id)"_s,
            uR"(CREATE TABLE barcodes (
                code TEXT PRIMARY KEY,
                product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE))"_s,
            u"CREATE INDEX barcodes_by_product ON barcodes(product_id)"_s,
            // Substring search over 10,000 items without a scan: an external-content FTS5
            // table with the trigram tokenizer (SQLite 3.34+), kept in step by triggers.
            uR"(CREATE VIRTUAL TABLE products_search USING fts5(
                search_text, content='products', content_rowid='id', tokenize='trigram'))"_s,
            uR"(CREATE TRIGGER products_search_insert AFTER INSERT ON products BEGIN
                INSERT INTO products_search(rowid, search_text) VALUES (new.id, new.search_text);
            END)"_s,
            uR"(CREATE TRIGGER products_search_delete AFTER DELETE ON products BEGIN
                INSERT INTO products_search(products_search, rowid, search_text)
                    VALUES ('delete', old.id, old.search_text);
            END)"_s,
            uR"(CREATE TRIGGER products_search_update AFTER UPDATE OF search_text ON products BEGIN
                INSERT INTO products_search(products_search, rowid, search_text)
                    VALUES ('delete', old.id, old.search_text);
                INSERT INTO products_search(rowid, search_text) VALUES (new.id, new.search_text);
            END)"_s,
            uR"(CREATE TABLE shifts (
                id TEXT PRIMARY KEY,
                register_id TEXT NOT NULL,
                opened_by TEXT NOT NULL,
                opened_at INTEGER NOT NULL,
                closed_by TEXT,
                closed_at INTEGER))"_s,
            u"CREATE UNIQUE INDEX shifts_one_open ON shifts(register_id) WHERE closed_at IS NULL"_s,
            uR"(CREATE TABLE orders (
                id TEXT PRIMARY KEY,
                location_id TEXT NOT NULL,
                register_id TEXT NOT NULL,
                shift_id TEXT REFERENCES shifts(id),
                cashier_id TEXT NOT NULL,
                cashier_name TEXT NOT NULL,
                state TEXT NOT NULL CHECK (state IN ('OPEN', 'PAID', 'VOIDED')),
                created_at INTEGER NOT NULL,
                closed_at INTEGER,
                currency TEXT NOT NULL,
                tax_mode TEXT NOT NULL,
                subtotal_minor INTEGER NOT NULL,
                discount_minor INTEGER NOT NULL,
                tax_minor INTEGER NOT NULL,
                total_minor INTEGER NOT NULL CHECK (total_minor >= 0),
                contact_kind TEXT,
                contact TEXT,
                void_reason TEXT,
                updated_at INTEGER NOT NULL))"_s,
            u"CREATE INDEX orders_by_shift ON orders(shift_id, created_at)"_s,
            u"CREATE INDEX orders_by_time ON orders(created_at)"_s,
            uR"(CREATE TABLE order_lines (
                order_id TEXT NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                product_id INTEGER NOT NULL,
                sku TEXT NOT NULL,
                name TEXT NOT NULL,
                quantity INTEGER NOT NULL CHECK (quantity > 0),
                unit_price_minor INTEGER NOT NULL,
                extended_minor INTEGER NOT NULL,
                line_discount_minor INTEGER NOT NULL,
                order_discount_minor INTEGER NOT NULL,
                net_minor INTEGER NOT NULL,
                tax_class_id TEXT NOT NULL,
                PRIMARY KEY (order_id, position)))"_s,
            uR"(CREATE TABLE order_taxes (
                order_id TEXT NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                name TEXT NOT NULL,
                rate_ppm INTEGER NOT NULL,
                base_minor INTEGER NOT NULL,
                amount_minor INTEGER NOT NULL,
                PRIMARY KEY (order_id, position)))"_s,
            uR"(CREATE TABLE tenders (
                order_id TEXT NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                kind TEXT NOT NULL CHECK (kind IN ('CASH', 'CARD')),
                amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
                tendered_minor INTEGER NOT NULL,
                change_minor INTEGER NOT NULL CHECK (change_minor >= 0),
                rounding_minor INTEGER NOT NULL DEFAULT 0,
                payment_local_id TEXT UNIQUE,
                brand TEXT,
                last4 TEXT,
                offline INTEGER NOT NULL DEFAULT 0,
                status TEXT,
                status_detail TEXT,
                at INTEGER NOT NULL,
                updated_at INTEGER NOT NULL,
                PRIMARY KEY (order_id, position),
                CHECK ((kind = 'CARD') = (payment_local_id IS NOT NULL AND status IS NOT NULL))))"_s,
            uR"(CREATE TABLE staff (
                id TEXT PRIMARY KEY,
                name TEXT NOT NULL,
                role TEXT NOT NULL CHECK (role IN ('CASHIER', 'MANAGER')),
                pin_salt BLOB NOT NULL,
                pin_hash BLOB NOT NULL,
                pin_kdf TEXT NOT NULL,
                active INTEGER NOT NULL DEFAULT 1,
                failed_attempts INTEGER NOT NULL DEFAULT 0,
                last_failed_at INTEGER,
                created_at INTEGER NOT NULL,
                updated_at INTEGER NOT NULL))"_s,
        },
    };
    return list;
}

} // namespace holdfast::sales::storeschema
