#include "opensslutil.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <openssl/err.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcOpenssl, "holdfast.core.crypto.openssl")

namespace holdfast::crypto::detail {

Error opensslFailure(const char *what)
{
    while (const unsigned long code = ERR_get_error()) {
        char text[256];
        ERR_error_string_n(code, text, sizeof text);
        qCWarning(lcOpenssl, "%s: %s", what, text);
    }
    return {u"crypto_failure"_s,
            QCoreApplication::translate("crypto", "A cryptographic operation failed unexpectedly.")};
}

namespace {

Error invalidKey()
{
    return {u"key_invalid"_s, QCoreApplication::translate("crypto", "The key is not a valid 32-byte key.")};
}

} // namespace

Result<PkeyPtr> rawPublicKey(int type, QByteArrayView raw)
{
    if (raw.size() != 32) {
        return invalidKey();
    }
    PkeyPtr key(EVP_PKEY_new_raw_public_key(type, nullptr, bytes(raw), size_t(raw.size())));
    if (!key) {
        ERR_clear_error();
        return invalidKey();
    }
    return key;
}

Result<PkeyPtr> rawPrivateKey(int type, QByteArrayView raw)
{
    if (raw.size() != 32) {
        return invalidKey();
    }
    PkeyPtr key(EVP_PKEY_new_raw_private_key(type, nullptr, bytes(raw), size_t(raw.size())));
    if (!key) {
        ERR_clear_error();
        return invalidKey();
    }
    return key;
}

Result<std::shared_ptr<EVP_PKEY>> generateKey(int type)
{
    PkeyCtxPtr ctx(EVP_PKEY_CTX_new_id(type, nullptr));
    EVP_PKEY *key = nullptr;
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) <= 0 || EVP_PKEY_keygen(ctx.get(), &key) <= 0) {
        return opensslFailure("key generation");
    }
    return std::shared_ptr<EVP_PKEY>(key, EVP_PKEY_free);
}

Result<std::shared_ptr<EVP_PKEY>> keyFromPrivate(int type, QByteArrayView raw)
{
    auto key = rawPrivateKey(type, raw);
    if (!key) {
        return key.error();
    }
    return std::shared_ptr<EVP_PKEY>(key.value().release(), EVP_PKEY_free);
}

QByteArray rawPublic(EVP_PKEY *key)
{
    QByteArray raw(32, Qt::Uninitialized);
    size_t length = size_t(raw.size());
    const int ok = EVP_PKEY_get_raw_public_key(key, reinterpret_cast<unsigned char *>(raw.data()), &length);
    Q_ASSERT(ok == 1 && length == 32);
    Q_UNUSED(ok)
    return raw;
}

SecretBytes rawPrivate(EVP_PKEY *key)
{
    SecretBytes raw(32);
    size_t length = size_t(raw.size());
    const int ok = EVP_PKEY_get_raw_private_key(key, raw.data(), &length);
    Q_ASSERT(ok == 1 && length == 32);
    Q_UNUSED(ok)
    return raw;
}

} // namespace holdfast::crypto::detail
