#include "database.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcMigrations, "holdfast.gateway.migrations", QtInfoMsg)

namespace holdfast::gateway {

namespace {

// One entry per schema version, applied in order inside one transaction each. Never edit a
// released entry: add a new one. %BLOB% becomes BLOB (SQLite) or BYTEA (PostgreSQL).
const QList<QStringList> &migrations()
{
    static const QList<QStringList> all {
        // 1: the first schema.
        {
            u"CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
            u"CREATE TABLE locations (id TEXT PRIMARY KEY, name TEXT NOT NULL, currency TEXT NOT NULL,"
            " settings TEXT NOT NULL, created_at BIGINT NOT NULL)"_s,
            // Device codes and tokens are stored only as SHA-256: a copy of the database does
            // not let anyone pair a register or call the API.
            u"CREATE TABLE device_codes (code_hash TEXT PRIMARY KEY,"
            " location_id TEXT NOT NULL REFERENCES locations(id), created_at BIGINT NOT NULL,"
            " expires_at BIGINT NOT NULL, used_at BIGINT, register_id TEXT)"_s,
            u"CREATE TABLE registers (id TEXT PRIMARY KEY, location_id TEXT NOT NULL REFERENCES locations(id),"
            " name TEXT NOT NULL, token_hash TEXT NOT NULL UNIQUE, paired_at BIGINT NOT NULL, revoked_at BIGINT)"_s,
            // private_key is AES-256-GCM under the key-encrypting key, which is never in here.
            u"CREATE TABLE sealing_keys (kid TEXT PRIMARY KEY, public_key %BLOB% NOT NULL, private_key %BLOB%,"
            " not_before BIGINT NOT NULL, not_after BIGINT NOT NULL, created_at BIGINT NOT NULL,"
            " retired_at BIGINT, destroyed_at BIGINT)"_s,
            // One current key per day, so that two instances generating the same day agree.
            u"CREATE UNIQUE INDEX sealing_keys_one_per_day ON sealing_keys (not_before) WHERE retired_at IS NULL"_s,
            // A payment row is its idempotency claim: local_id is the primary key. A tombstone
            // (voided before it was ever seen) has no content hash and no payment fields.
            u"CREATE TABLE payments (local_id TEXT PRIMARY KEY, location_id TEXT NOT NULL,"
            " register_id TEXT NOT NULL, uploaded_by TEXT NOT NULL, content_sha256 TEXT,"
            " amount_minor BIGINT, currency TEXT, created_at BIGINT, entry_method TEXT, brand TEXT,"
            " last4 TEXT, mode TEXT, kid TEXT, envelope TEXT, received_at BIGINT NOT NULL,"
            " status TEXT NOT NULL, payment_id TEXT, error_code TEXT, error_detail TEXT, processed_at BIGINT)"_s,
            u"CREATE INDEX payments_by_status ON payments (status, received_at)"_s,
            u"CREATE INDEX payments_by_location ON payments (location_id, received_at)"_s,
            // The built-in sandbox processor's own record of charges and refunds.
            u"CREATE TABLE sandbox_ledger (id TEXT PRIMARY KEY, local_id TEXT NOT NULL, kind TEXT NOT NULL,"
            " payment_id TEXT NOT NULL, amount_minor BIGINT NOT NULL, currency TEXT NOT NULL, at BIGINT NOT NULL)"_s,
            u"CREATE INDEX sandbox_ledger_by_payment ON sandbox_ledger (local_id)"_s,
        },
    };
    return all;
}

} // namespace

Status Database::migrate()
{
    WriteTransaction transaction(*this);
    if (!transaction.started()) {
        return transaction.started().error();
    }
    if (isPostgres()) {
        // Instances starting together on one database migrate one after the other.
        if (auto locked = select(u"SELECT pg_advisory_xact_lock(4841525)"_s); !locked) {
            return locked.error();
        }
    }
    if (auto created = execute(u"CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"_s); !created) {
        return created.error();
    }
    auto current = select(u"SELECT version FROM schema_version"_s);
    if (!current) {
        return current.error();
    }
    const int from = current->isEmpty() ? 0 : current->first().value(0).toInt();
    const int latest = int(migrations().size());
    if (from > latest) {
        return Error {u"storage_too_new"_s,
                      tr("The database was written by a newer holdfast-gateway (schema %1; this one knows %2).")
                          .arg(from)
                          .arg(latest)};
    }
    for (int version = from + 1; version <= latest; ++version) {
        for (QString statement : migrations().at(version - 1)) {
            statement.replace("%BLOB%"_L1, isPostgres() ? "BYTEA"_L1 : "BLOB"_L1);
            if (auto applied = execute(statement); !applied) {
                return applied.error();
            }
        }
        qCInfo(lcMigrations) << "schema migrated to version" << version;
    }
    if (from != latest) {
        auto written = from == 0 ? execute(u"INSERT INTO schema_version (version) VALUES (?)"_s, {latest})
                                 : execute(u"UPDATE schema_version SET version = ?"_s, {latest});
        if (!written) {
            return written.error();
        }
    }
    return transaction.commit();
}

} // namespace holdfast::gateway
