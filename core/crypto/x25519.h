#pragma once

#include "common/result.h"
#include "secretbytes.h"

#include <QByteArray>

#include <memory>

typedef struct evp_pkey_st EVP_PKEY;

namespace holdfast::crypto {

/// An X25519 key pair (RFC 7748): the processor's daily sealing keys and HPKE's ephemeral keys.
class X25519KeyPair
{
public:
    static constexpr qsizetype keySize = 32;

    static Result<X25519KeyPair> generate();
    /// The key pair of a raw 32-byte private key.
    static Result<X25519KeyPair> fromPrivateKey(QByteArrayView raw);

    QByteArray publicKey() const; ///< raw 32 bytes
    SecretBytes privateKey() const; ///< raw 32 bytes

    /// X25519(own private key, peer public key). Fails on an invalid or low-order peer key
    /// (an all-zero result), as RFC 9180 section 7.1.4 requires.
    Result<SecretBytes> diffieHellman(QByteArrayView peerPublicKey) const;

private:
    explicit X25519KeyPair(std::shared_ptr<EVP_PKEY> key) : m_key(std::move(key)) { }
    std::shared_ptr<EVP_PKEY> m_key;
};

} // namespace holdfast::crypto
