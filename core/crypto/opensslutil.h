#pragma once

// Internal to core/crypto: owning pointers for OpenSSL objects and the error every failed
// OpenSSL call maps to. Not part of core's API.

#include "common/result.h"
#include "secretbytes.h"

#include <QByteArrayView>

#include <openssl/evp.h>
#include <openssl/kdf.h>

#include <memory>

namespace holdfast::crypto::detail {

struct PkeyDeleter
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
struct PkeyCtxDeleter
{
    void operator()(EVP_PKEY_CTX *ctx) const { EVP_PKEY_CTX_free(ctx); }
};
struct CipherCtxDeleter
{
    void operator()(EVP_CIPHER_CTX *ctx) const { EVP_CIPHER_CTX_free(ctx); }
};
struct MdCtxDeleter
{
    void operator()(EVP_MD_CTX *ctx) const { EVP_MD_CTX_free(ctx); }
};
struct KdfCtxDeleter
{
    void operator()(EVP_KDF_CTX *ctx) const { EVP_KDF_CTX_free(ctx); }
};

using PkeyPtr = std::unique_ptr<EVP_PKEY, PkeyDeleter>;
using PkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, PkeyCtxDeleter>;
using CipherCtxPtr = std::unique_ptr<EVP_CIPHER_CTX, CipherCtxDeleter>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, MdCtxDeleter>;
using KdfCtxPtr = std::unique_ptr<EVP_KDF_CTX, KdfCtxDeleter>;

/// The error for an OpenSSL call that failed for a reason the caller cannot fix. The
/// OpenSSL error queue is logged (it never holds key material) and cleared.
Error opensslFailure(const char *what);

inline const unsigned char *bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char *>(view.data());
}

/// A raw 32-byte key of `type` (EVP_PKEY_X25519 or EVP_PKEY_ED25519) as an EVP_PKEY.
Result<PkeyPtr> rawPublicKey(int type, QByteArrayView raw);
Result<PkeyPtr> rawPrivateKey(int type, QByteArrayView raw);

/// Shared ownership of keys held by the key-pair classes.
Result<std::shared_ptr<EVP_PKEY>> generateKey(int type);
Result<std::shared_ptr<EVP_PKEY>> keyFromPrivate(int type, QByteArrayView raw);
QByteArray rawPublic(EVP_PKEY *key);
SecretBytes rawPrivate(EVP_PKEY *key);

} // namespace holdfast::crypto::detail
