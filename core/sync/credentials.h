#pragma once

#include "common/result.h"
#include "payments/vault.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace holdfast::sync {

/// One pairing of this register with a gateway location. Payments remember the pairing that
/// took them and upload with its token even after the register is paired elsewhere.
/// The token itself lives in the SecretStore under tokenKey().
struct Credential
{
    QString id; ///< local UUID of the pairing
    QString gatewayUrl;
    QString locationId;
    QString registerId;
    QString registerName;
    QByteArray signingKey; ///< the gateway's pinned Ed25519 public key, raw 32 bytes
    qint64 pairedAt = 0;
    std::optional<qint64> retiredAt; ///< set when a newer pairing replaced it

    QString tokenKey() const { return QStringLiteral("gateway-token/") + id; }
};

/// Pairings kept in the vault.
class CredentialStore
{
    Q_DECLARE_TR_FUNCTIONS(CredentialStore)

public:
    explicit CredentialStore(payments::Vault &vault) : m_vault(vault) { }

    /// Adds a pairing and retires the one it replaces (their payments keep their pairing).
    Status add(const Credential &credential);
    Result<Credential> find(const QString &id) const;
    /// The pairing new payments use; "not_paired" when there is none.
    Result<Credential> active() const;
    /// The pairing whose token uploads (and voids) payments taken under `credentialId`: the
    /// active pairing when it is of the same location (a re-paired register; the gateway
    /// accepts payments of any register of the caller's location), else that pairing itself.
    Result<Credential> uploaderOf(const QString &credentialId) const;
    Result<QList<Credential>> all() const;

private:
    payments::Vault &m_vault;
};

} // namespace holdfast::sync
