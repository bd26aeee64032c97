#pragma once

#include "common/result.h"
#include "secretbytes.h"

#include <QByteArray>
#include <QJsonObject>

#include <memory>

typedef struct evp_pkey_st EVP_PKEY;

namespace holdfast::crypto {

/// An Ed25519 signing key pair (RFC 8032): the gateway's key that signs daily key schedules.
class Ed25519KeyPair
{
public:
    static constexpr qsizetype keySize = 32;
    static constexpr qsizetype signatureSize = 64;

    static Result<Ed25519KeyPair> generate();
    /// The key pair of a raw 32-byte private key (the RFC 8032 seed).
    static Result<Ed25519KeyPair> fromPrivateKey(QByteArrayView raw);

    QByteArray publicKey() const; ///< raw 32 bytes
    SecretBytes privateKey() const; ///< raw 32 bytes

    Result<QByteArray> sign(QByteArrayView message) const;

    /// Whether `signature` is a valid Ed25519 signature of `message` under the raw `publicKey`.
    static bool verify(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature);

private:
    explicit Ed25519KeyPair(std::shared_ptr<EVP_PKEY> key) : m_key(std::move(key)) { }
    std::shared_ptr<EVP_PKEY> m_key;
};

/// JSON Web Keys (RFC 7517) for Ed25519 public keys: {"kty":"OKP","crv":"Ed25519","x":…}
/// as RFC 8037 defines them. The gateway hands its signing key to registers in this form.
namespace jwk {

QJsonObject fromEd25519PublicKey(QByteArrayView publicKey);
/// The raw public key of a JWK, refusing anything but a public OKP Ed25519 key.
Result<QByteArray> toEd25519PublicKey(const QJsonObject &jwk);
/// RFC 7638 thumbprint (base64url SHA-256): a short fingerprint to show and compare.
QString thumbprint(QByteArrayView ed25519PublicKey);

} // namespace jwk

} // namespace holdfast::crypto
