#include "x25519.h"

#include "opensslutil.h"

#include <QCoreApplication>

#include <openssl/err.h>

using namespace Qt::StringLiterals;

namespace holdfast::crypto {

using namespace detail;

Result<X25519KeyPair> X25519KeyPair::generate()
{
    auto key = generateKey(EVP_PKEY_X25519);
    if (!key) {
        return key.error();
    }
    return X25519KeyPair(std::move(key).value());
}

Result<X25519KeyPair> X25519KeyPair::fromPrivateKey(QByteArrayView raw)
{
    auto key = keyFromPrivate(EVP_PKEY_X25519, raw);
    if (!key) {
        return key.error();
    }
    return X25519KeyPair(std::move(key).value());
}

QByteArray X25519KeyPair::publicKey() const
{
    return rawPublic(m_key.get());
}

SecretBytes X25519KeyPair::privateKey() const
{
    return rawPrivate(m_key.get());
}

Result<SecretBytes> X25519KeyPair::diffieHellman(QByteArrayView peerPublicKey) const
{
    auto peer = rawPublicKey(EVP_PKEY_X25519, peerPublicKey);
    if (!peer) {
        return peer.error();
    }
    PkeyCtxPtr ctx(EVP_PKEY_CTX_new(m_key.get(), nullptr));
    SecretBytes shared(32);
    size_t length = size_t(shared.size());
    if (!ctx || EVP_PKEY_derive_init(ctx.get()) <= 0 || EVP_PKEY_derive_set_peer(ctx.get(), peer.value().get()) <= 0
        || EVP_PKEY_derive(ctx.get(), shared.data(), &length) <= 0 || length != 32) {
        // OpenSSL refuses a low-order peer key here (the all-zero shared secret).
        ERR_clear_error();
        return Error {u"key_invalid"_s, QCoreApplication::translate("crypto", "The public key cannot be used.")};
    }
    return shared;
}

} // namespace holdfast::crypto
