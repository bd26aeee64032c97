#pragma once

#include "common/result.h"
#include "crypto/secretbytes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

namespace holdfast::gateway {

/// The key-encrypting key (KEK): 32 bytes that wrap every private key the gateway stores, with
/// AES-256-GCM and the key's name as associated data. It is never in the database, so a copy of
/// the database alone opens no card data. It comes from $HOLDFAST_GATEWAY_KEK (base64url) or
/// from the file `kek` (mode 0600) in the data directory, created on first use.
class KeyEncryptionKey
{
    Q_DECLARE_TR_FUNCTIONS(KeyEncryptionKey)

public:
    static constexpr qsizetype keySize = 32;
    static constexpr qsizetype nonceSize = 12;
    static constexpr qsizetype tagSize = 16;
    static constexpr const char *environmentVariable = "HOLDFAST_GATEWAY_KEK";
    static constexpr const char *fileName = "kek";

    /// From the environment, else from `dataDir`/kek (creating it when it does not exist).
    static Result<KeyEncryptionKey> load(const QString &dataDir);
    /// A KEK from raw bytes (32), for tests and benchmarks.
    static Result<KeyEncryptionKey> fromBytes(QByteArrayView raw);

    /// nonce (12) || ciphertext || tag (16); `aad` names what is sealed (a kid, "signing key").
    Result<QByteArray> seal(QByteArrayView plaintext, QByteArrayView aad) const;
    /// Fails with kek_mismatch when this KEK did not seal `sealed` under `aad`.
    Result<crypto::SecretBytes> open(QByteArrayView sealed, QByteArrayView aad) const;

private:
    explicit KeyEncryptionKey(std::shared_ptr<const crypto::SecretBytes> key) : m_key(std::move(key)) { }
    static Result<KeyEncryptionKey> decode(QByteArray text, const QString &origin);

    std::shared_ptr<const crypto::SecretBytes> m_key;
};

} // namespace holdfast::gateway
