#pragma once

#include "common/result.h"
#include "platform/clock.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace holdfast::gateway {
class Database;

/// Who is calling: the register a bearer token belongs to, and its location.
struct Caller
{
    QString registerId;
    QString locationId;
    /// Every register ever paired with that location, revoked ones included: a re-paired register
    /// uploads what it took under its earlier pairing (their sealed data names that register).
    QStringList locationRegisterIds;
};

/// What pairing hands a register. The token is shown once and stored only as its hash.
struct NewPairing
{
    QString registerId;
    QString locationId;
    QString token;
};

struct RegisterInfo
{
    QString id;
    QString locationId;
    QString name;
    qint64 pairedAt = 0;
    std::optional<qint64> revokedAt;
};

/// Registers, their one-time device codes and their bearer tokens. A store pairs a register by
/// typing a device code the operator created; no account login is ever needed.
class RegisterStore
{
    Q_DECLARE_TR_FUNCTIONS(RegisterStore)

public:
    static constexpr qint64 defaultCodeTtlMs = 24 * 60 * 60 * 1000;
    static constexpr qint64 maxCodeTtlMs = 30LL * 24 * 60 * 60 * 1000;

    RegisterStore(const Database &database, const Clock &clock) : m_database(database), m_clock(clock) { }

    /// A new one-time code for pairing a register to `locationId`, valid for `ttlMs`.
    Result<QString> createDeviceCode(const QString &locationId, qint64 ttlMs) const;
    /// Uses up a device code (atomically: one code pairs one register) and issues a token.
    /// A wrong, used or expired code fails alike with device_code_invalid.
    Result<NewPairing> pair(const QString &typedCode, const QString &registerName) const;
    /// The register a token belongs to; unknown or revoked tokens fail with unauthorized.
    Result<Caller> authenticate(QStringView token) const;

    /// Registers of one location, or of all when `locationId` is empty.
    Result<QList<RegisterInfo>> list(const QString &locationId = {}) const;
    /// Revokes a register's token at once; its queued payments can be uploaded again only
    /// after pairing anew. Fails with register_not_found.
    Status revoke(const QString &registerId) const;

private:
    const Database &m_database;
    const Clock &m_clock;
};

} // namespace holdfast::gateway
