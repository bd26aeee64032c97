#include "ed25519.h"

#include "common/base64url.h"
#include "opensslutil.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <openssl/err.h>

using namespace Qt::StringLiterals;

namespace holdfast::crypto {

using namespace detail;

Result<Ed25519KeyPair> Ed25519KeyPair::generate()
{
    auto key = generateKey(EVP_PKEY_ED25519);
    if (!key) {
        return key.error();
    }
    return Ed25519KeyPair(std::move(key).value());
}

Result<Ed25519KeyPair> Ed25519KeyPair::fromPrivateKey(QByteArrayView raw)
{
    auto key = keyFromPrivate(EVP_PKEY_ED25519, raw);
    if (!key) {
        return key.error();
    }
    return Ed25519KeyPair(std::move(key).value());
}

QByteArray Ed25519KeyPair::publicKey() const
{
    return rawPublic(m_key.get());
}

SecretBytes Ed25519KeyPair::privateKey() const
{
    return rawPrivate(m_key.get());
}

Result<QByteArray> Ed25519KeyPair::sign(QByteArrayView message) const
{
    MdCtxPtr ctx(EVP_MD_CTX_new());
    QByteArray signature(signatureSize, Qt::Uninitialized);
    size_t length = size_t(signature.size());
    // Ed25519 is one-shot: no digest, one EVP_DigestSign over the whole message.
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, m_key.get()) <= 0
        || EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length, bytes(message),
                          size_t(message.size()))
            <= 0) {
        return opensslFailure("Ed25519 sign");
    }
    return signature;
}

bool Ed25519KeyPair::verify(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature)
{
    auto key = rawPublicKey(EVP_PKEY_ED25519, publicKey);
    if (!key || signature.size() != signatureSize) {
        return false;
    }
    MdCtxPtr ctx(EVP_MD_CTX_new());
    const bool valid = ctx && EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.value().get()) > 0
        && EVP_DigestVerify(ctx.get(), bytes(signature), size_t(signature.size()), bytes(message),
                            size_t(message.size()))
            == 1;
    ERR_clear_error();
    return valid;
}

namespace jwk {

QJsonObject fromEd25519PublicKey(QByteArrayView publicKey)
{
    return QJsonObject {{"kty"_L1, "OKP"_L1}, {"crv"_L1, "Ed25519"_L1}, {"x"_L1, base64url::encodeToString(publicKey)}};
}

Result<QByteArray> toEd25519PublicKey(const QJsonObject &jwk)
{
    const Error invalid {u"jwk_invalid"_s,
                         QCoreApplication::translate("crypto", "The signing key is not an Ed25519 public key.")};
    if (jwk.value("kty"_L1) != "OKP"_L1 || jwk.value("crv"_L1) != "Ed25519"_L1 || jwk.contains("d"_L1)
        || !jwk.value("x"_L1).isString()) {
        return invalid;
    }
    auto raw = base64url::decode(jwk.value("x"_L1).toString());
    if (!raw || raw.value().size() != Ed25519KeyPair::keySize || !rawPublicKey(EVP_PKEY_ED25519, raw.value())) {
        return invalid;
    }
    return raw;
}

QString thumbprint(QByteArrayView ed25519PublicKey)
{
    // RFC 7638: the required members only, in lexicographic order, no whitespace.
    const QByteArray canonical
        = R"({"crv":"Ed25519","kty":"OKP","x":")" + base64url::encode(ed25519PublicKey) + R"("})";
    return base64url::encodeToString(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256));
}

} // namespace jwk

} // namespace holdfast::crypto
