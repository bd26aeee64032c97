#include "schema.h"

using namespace Qt::StringLiterals;

namespace holdfast::payments::schema {

const QList<QStringList> &migrations()
{
    static const QList<QStringList> list {
        // 1: the first schema.
        {
            uR"(CREATE TABLE credentials (
                id TEXT PRIMARY KEY,
                gateway_url TEXT NOT NULL,
                location_id TEXT NOT NULL,
                register_id TEXT NOT NULL,
                register_name TEXT NOT NULL,
                signing_key TEXT NOT NULL,
                paired_at INTEGER NOT NULL,
                retired_at INTEGER))"_s,
            uR"(CREATE TABLE payments (
                local_id TEXT PRIMARY KEY,
                location_id TEXT NOT NULL,
                register_id TEXT NOT NULL,
                credential_id TEXT NOT NULL REFERENCES credentials(id),
                order_id TEXT NOT NULL,
                amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
                tip_minor INTEGER NOT NULL CHECK (tip_minor >= 0),
                currency TEXT NOT NULL,
                created_at INTEGER NOT NULL,
                entry_method TEXT NOT NULL,
                brand TEXT NOT NULL,
                last4 TEXT NOT NULL,
                cashier TEXT NOT NULL,
                mode TEXT NOT NULL,
                kid TEXT NOT NULL,
                envelope TEXT,
                status TEXT NOT NULL,
                attempts INTEGER NOT NULL DEFAULT 0,
                next_attempt_at INTEGER NOT NULL DEFAULT 0,
                last_error_code TEXT,
                last_error TEXT,
                server_payment_id TEXT,
                upload_deadline INTEGER NOT NULL,
                uploaded_at INTEGER,
                updated_at INTEGER NOT NULL,
                CHECK (envelope IS NULL OR status = 'QUEUED')))"_s,
            u"CREATE INDEX payments_by_status ON payments(status, location_id, upload_deadline)"_s,
            u"CREATE INDEX payments_by_credential ON payments(status, credential_id, upload_deadline)"_s,
            u"CREATE INDEX payments_by_time ON payments(created_at)"_s,
            uR"(CREATE TABLE payment_events (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                local_id TEXT NOT NULL REFERENCES payments(local_id) ON DELETE CASCADE,
                at INTEGER NOT NULL,
                actor TEXT NOT NULL,
                from_status TEXT,
                to_status TEXT NOT NULL,
                reason TEXT NOT NULL))"_s,
            u"CREATE INDEX payment_events_by_payment ON payment_events(local_id, id)"_s,
            uR"(CREATE TABLE settings_cache (
                location_id TEXT PRIMARY KEY,
                json TEXT NOT NULL,
                fetched_at INTEGER NOT NULL))"_s,
            uR"(CREATE TABLE schedule_cache (
                credential_id TEXT PRIMARY KEY REFERENCES credentials(id),
                jws TEXT NOT NULL,
                fetched_at INTEGER NOT NULL))"_s,
            uR"(CREATE TABLE clock_state (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                high_water_ms INTEGER NOT NULL,
                anchor_server_ms INTEGER,
                anchor_monotonic_ms INTEGER,
                anchor_boot_id TEXT,
                last_wall_ms INTEGER NOT NULL,
                last_monotonic_ms INTEGER NOT NULL,
                last_boot_id TEXT NOT NULL))"_s,
            uR"(CREATE TABLE clock_events (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                at INTEGER NOT NULL,
                kind TEXT NOT NULL,
                delta_ms INTEGER NOT NULL))"_s,
            uR"(CREATE TABLE register_settings (
                key TEXT PRIMARY KEY,
                value TEXT NOT NULL))"_s,
        },
        // 2: charge exactly once (DESIGN section 3): the sent mark, the moment the outcome was
        // shown, the void intent that waits for the gateway, and per-payment claims that keep a
        // void and an upload of one payment apart across processes.
        {
            u"ALTER TABLE payments ADD COLUMN sent_at INTEGER"_s,
            u"ALTER TABLE payments ADD COLUMN outcome_shown_at INTEGER"_s,
            u"ALTER TABLE payments ADD COLUMN void_requested_at INTEGER"_s,
            // What an earlier Holdfast may have sent; and it showed every outcome it recorded.
            u"UPDATE payments SET sent_at = updated_at "
            "WHERE status <> 'QUEUED' OR attempts > 0 OR mode = 'ONLINE'"_s,
            u"UPDATE payments SET outcome_shown_at = created_at"_s,
            u"CREATE INDEX payments_by_order ON payments(order_id, created_at)"_s,
            uR"(CREATE TABLE payment_claims (
                local_id TEXT PRIMARY KEY REFERENCES payments(local_id) ON DELETE CASCADE,
                purpose TEXT NOT NULL,
                owner_pid INTEGER NOT NULL,
                owner_boot TEXT NOT NULL,
                owner_token TEXT NOT NULL,
                claimed_monotonic INTEGER NOT NULL))"_s,
        },
    };
    return list;
}

} // namespace holdfast::payments::schema
