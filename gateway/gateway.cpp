#include "gateway.h"

#include "common/base64url.h"
#include "ingest/authorizer.h"
#include "ingest/ingest.h"
#include "ingest/sandboxprocessor.h"
#include "keys/kek.h"
#include "keys/keymanager.h"
#include "keys/signingkey.h"
#include "platform/clock.h"
#include "store/locationstore.h"
#include "store/paymentstore.h"
#include "store/registerstore.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcGateway, "holdfast.gateway.gateway", QtInfoMsg)

namespace holdfast::gateway {

namespace {

constexpr QByteArrayView kekCheckAad = "holdfast-gateway kek check";

// Writes `value` under `name` unless the database already holds one; answers what it holds.
Result<QString> firstValue(const Database &database, const QString &name, const QString &value)
{
    auto inserted = database.execute(u"INSERT INTO meta (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING"_s,
                                     {name, value});
    if (!inserted) {
        return inserted.error();
    }
    auto rows = database.select(u"SELECT value FROM meta WHERE name = ?"_s, {name});
    if (!rows) {
        return rows.error();
    }
    return rows->first()[0].toString();
}

} // namespace

Gateway::Gateway(const Clock &clock, std::unique_ptr<Database> database, crypto::Ed25519KeyPair signingKey)
    : m_clock(clock), m_database(std::move(database)), m_signingKey(std::move(signingKey))
{
}

Gateway::~Gateway() = default;

Status Gateway::checkKeysMatchDatabase(const Database &database, const KeyEncryptionKey &kek,
                                       const crypto::Ed25519KeyPair &signingKey)
{
    auto sealedCheck = kek.seal("holdfast", kekCheckAad);
    if (!sealedCheck) {
        return sealedCheck.error();
    }
    auto check = firstValue(database, u"kek_check"_s, base64url::encodeToString(sealedCheck.value()));
    if (!check) {
        return check.error();
    }
    auto stored = base64url::decode(check.value());
    if (!stored || !kek.open(stored.value(), kekCheckAad)) {
        return Error {u"kek_mismatch"_s,
                      tr("This key-encrypting key is not the one the database was created with. Every instance "
                         "sharing a database needs the same KEK (the 'kek' file or $HOLDFAST_GATEWAY_KEK).")};
    }
    const QString publicKey = base64url::encodeToString(signingKey.publicKey());
    auto pinned = firstValue(database, u"signing_public_key"_s, publicKey);
    if (!pinned) {
        return pinned.error();
    }
    if (pinned.value() != publicKey) {
        return Error {u"signing_key_mismatch"_s,
                      tr("This data directory's signing key is not the one the database's registers are pinned to. "
                         "Copy the 'signing-key' and 'kek' files from the first instance's data directory.")};
    }
    return {};
}

Result<std::unique_ptr<Gateway>> Gateway::open(const StoreLocation &location, const Clock &clock,
                                               std::unique_ptr<Processor> processor)
{
    if (location.dataDir.isEmpty()) {
        return Error {u"data_dir_missing"_s, tr("Every command needs --data DIR (where keys and SQLite live).")};
    }
    const bool existed = QDir(location.dataDir).exists();
    if (!QDir().mkpath(location.dataDir)) {
        return Error {u"data_dir_unavailable"_s, tr("The folder %1 cannot be created.").arg(location.dataDir)};
    }
    if (!existed) {
        QFile::setPermissions(location.dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    auto kek = KeyEncryptionKey::load(location.dataDir);
    if (!kek) {
        return kek.error();
    }
    auto database = Database::open(location);
    if (!database) {
        return database.error();
    }
    auto signingKey = signingkey::loadOrCreate(location.dataDir, kek.value());
    if (!signingKey) {
        return signingKey.error();
    }
    if (auto matches = checkKeysMatchDatabase(*database.value(), kek.value(), signingKey.value()); !matches) {
        return matches.error();
    }

    std::unique_ptr<Gateway> gateway(new Gateway(clock, std::move(database).value(), std::move(signingKey).value()));
    const Database &db = *gateway->m_database;
    gateway->m_locations = std::make_unique<LocationStore>(db, clock);
    gateway->m_registers = std::make_unique<RegisterStore>(db, clock);
    gateway->m_payments = std::make_unique<PaymentStore>(db);
    gateway->m_keys = std::make_unique<KeyManager>(db, kek.value(), clock);
    gateway->m_processor = processor ? std::move(processor) : std::make_unique<SandboxProcessor>(db, clock);
    gateway->m_authorizer = std::make_unique<Authorizer>(db, *gateway->m_payments, *gateway->m_locations,
                                                         *gateway->m_keys, *gateway->m_processor, clock);
    gateway->m_ingest = std::make_unique<Ingest>(db, *gateway->m_payments, *gateway->m_keys, *gateway->m_authorizer,
                                                 *gateway->m_processor, clock);
    qCDebug(lcGateway).noquote() << "opened" << db.describe();
    return gateway;
}

Result<QStringList> Gateway::destroyExpiredKeys() const
{
    auto longest = m_locations->longestUploadDeadlineMs();
    if (!longest) {
        return longest.error();
    }
    return m_keys->destroyExpired(longest.value());
}

Status Gateway::maintain() const
{
    if (auto ensured = m_keys->ensureSchedule(); !ensured) {
        return ensured;
    }
    if (auto destroyed = destroyExpiredKeys(); !destroyed) {
        return destroyed.error();
    }
    return {};
}

} // namespace holdfast::gateway
