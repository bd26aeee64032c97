#include "registerstore.h"

#include "database.h"
#include "identifiers.h"
#include "platform/clock.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcRegisters, "holdfast.gateway.registerstore", QtInfoMsg)

namespace holdfast::gateway {

namespace {

Error codeInvalid()
{
    // One answer for wrong, used and expired codes: a guesser learns nothing.
    return {u"device_code_invalid"_s,
            RegisterStore::tr("This device code is not valid. Codes work once and expire; ask for a new one.")};
}

} // namespace

Result<QString> RegisterStore::createDeviceCode(const QString &locationId, qint64 ttlMs) const
{
    if (ttlMs <= 0 || ttlMs > maxCodeTtlMs) {
        return Error {u"ttl_invalid"_s, tr("A device code must be valid for more than zero and at most 30 days.")};
    }
    auto location = m_database.select(u"SELECT id FROM locations WHERE id = ?"_s, {locationId});
    if (!location) {
        return location.error();
    }
    if (location->isEmpty()) {
        return Error {u"location_not_found"_s, tr("There is no location with this id.")};
    }
    const QString code = ids::newDeviceCode();
    const qint64 now = m_clock.wallMs();
    auto inserted = m_database.execute(
        u"INSERT INTO device_codes (code_hash, location_id, created_at, expires_at) VALUES (?, ?, ?, ?)"_s,
        {ids::sha256Hex(code), locationId, now, now + ttlMs});
    if (!inserted) {
        return inserted.error();
    }
    qCInfo(lcRegisters).noquote() << "device code created for" << locationId << "valid for" << ttlMs / 1000 << "s";
    return code;
}

Result<NewPairing> RegisterStore::pair(const QString &typedCode, const QString &registerName) const
{
    const QString name = registerName.trimmed();
    if (name.isEmpty() || name.size() > 100) {
        return Error {u"register_name_invalid"_s, tr("A register name must be 1 to 100 characters.")};
    }
    const auto code = ids::normalizeDeviceCode(typedCode);
    if (!code) {
        return codeInvalid();
    }
    const QString codeHash = ids::sha256Hex(*code);
    const qint64 now = m_clock.wallMs();
    WriteTransaction transaction(m_database);
    if (!transaction.started()) {
        return transaction.started().error();
    }
    const QString registerId = ids::random(u"reg", 12);
    // The claim is this one conditional UPDATE: of two registers typing the same code at the
    // same instant, exactly one changes the row.
    auto claimed = m_database.execute(u"UPDATE device_codes SET used_at = ?, register_id = ?"
                                      " WHERE code_hash = ? AND used_at IS NULL AND expires_at > ?"_s,
                                      {now, registerId, codeHash, now});
    if (!claimed) {
        return claimed.error();
    }
    if (claimed.value() != 1) {
        qCInfo(lcRegisters) << "pairing refused: device code invalid, used or expired";
        return codeInvalid();
    }
    auto location = m_database.select(u"SELECT location_id FROM device_codes WHERE code_hash = ?"_s, {codeHash});
    if (!location) {
        return location.error();
    }
    NewPairing pairing {registerId, location->first()[0].toString(), ids::newToken()};
    auto inserted = m_database.execute(
        u"INSERT INTO registers (id, location_id, name, token_hash, paired_at) VALUES (?, ?, ?, ?, ?)"_s,
        {registerId, pairing.locationId, name, ids::sha256Hex(pairing.token), now});
    if (!inserted) {
        return inserted.error();
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    qCInfo(lcRegisters).noquote() << "register paired" << registerId << "location" << pairing.locationId;
    return pairing;
}

Result<Caller> RegisterStore::authenticate(QStringView token) const
{
    const Error unauthorized {u"unauthorized"_s, tr("The register's token is missing, unknown or revoked.")};
    // A token is 43 base64url characters; anything else cannot match and is not worth a query.
    if (token.size() != 43) {
        return unauthorized;
    }
    auto rows
        = m_database.select(u"SELECT id, location_id FROM registers WHERE token_hash = ? AND revoked_at IS NULL"_s,
                            {ids::sha256Hex(token)});
    if (!rows) {
        return rows.error();
    }
    if (rows->isEmpty()) {
        return unauthorized;
    }
    Caller caller {rows->first()[0].toString(), rows->first()[1].toString(), {}};
    auto registers = m_database.select(u"SELECT id FROM registers WHERE location_id = ?"_s, {caller.locationId});
    if (!registers) {
        return registers.error();
    }
    for (const QVariantList &row : registers.value()) {
        caller.locationRegisterIds.append(row[0].toString());
    }
    return caller;
}

Result<QList<RegisterInfo>> RegisterStore::list(const QString &locationId) const
{
    const QString sql = u"SELECT id, location_id, name, paired_at, revoked_at FROM registers"_s
        + (locationId.isEmpty() ? QString() : u" WHERE location_id = ?"_s) + u" ORDER BY paired_at, id"_s;
    auto rows = m_database.select(sql, locationId.isEmpty() ? QVariantList {} : QVariantList {locationId});
    if (!rows) {
        return rows.error();
    }
    QList<RegisterInfo> registers;
    for (const QVariantList &row : rows.value()) {
        RegisterInfo info {row[0].toString(), row[1].toString(), row[2].toString(), row[3].toLongLong(), {}};
        if (!row[4].isNull()) {
            info.revokedAt = row[4].toLongLong();
        }
        registers.append(info);
    }
    return registers;
}

Status RegisterStore::revoke(const QString &registerId) const
{
    auto known = m_database.select(u"SELECT revoked_at FROM registers WHERE id = ?"_s, {registerId});
    if (!known) {
        return known.error();
    }
    if (known->isEmpty()) {
        return Error {u"register_not_found"_s, tr("There is no register with this id.")};
    }
    // Revoking twice keeps the first time.
    auto revoked = m_database.execute(u"UPDATE registers SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"_s,
                                      {m_clock.wallMs(), registerId});
    if (!revoked) {
        return revoked.error();
    }
    qCInfo(lcRegisters).noquote() << "register revoked" << registerId;
    return {};
}

} // namespace holdfast::gateway
