#include "hpke.h"

#include "opensslutil.h"

#include <QCoreApplication>

#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/params.h>

using namespace Qt::StringLiterals;

namespace holdfast::crypto::hpke {

using namespace detail;

namespace {

constexpr qsizetype hashSize = 32; // Nh, SHA-256
constexpr qsizetype keySize = 16; // Nk, AES-128
constexpr qsizetype nonceSize = 12; // Nn
constexpr char modeBase = 0x00;

QByteArray i2osp(quint64 value, qsizetype length)
{
    QByteArray out(length, '\0');
    for (qsizetype i = length - 1; i >= 0 && value != 0; --i) {
        out[i] = char(value & 0xff);
        value >>= 8;
    }
    return out;
}

const QByteArray &kemSuiteId()
{
    static const QByteArray id = "KEM" + i2osp(kemId, 2);
    return id;
}

const QByteArray &hpkeSuiteId()
{
    static const QByteArray id = "HPKE" + i2osp(kemId, 2) + i2osp(kdfId, 2) + i2osp(aeadId, 2);
    return id;
}

// OpenSSL 3 looks an algorithm up on every implicit use (EVP_aes_128_gcm() in an init call),
// which costs more than sealing a card itself; fetch it once and keep it for the process.
const EVP_CIPHER *aes128Gcm()
{
    static EVP_CIPHER *const cipher = EVP_CIPHER_fetch(nullptr, "AES-128-GCM", nullptr);
    return cipher;
}

Error openFailed()
{
    return {u"seal_open_failed"_s,
            QCoreApplication::translate("hpke",
                                        "The sealed data cannot be opened: it was altered or sealed for "
                                        "another key.")};
}

// HKDF-SHA256 in one of OpenSSL's single-step modes (RFC 5869 Extract or Expand).
Result<SecretBytes> hkdf(int mode, QByteArrayView key, QByteArrayView salt, QByteArrayView info, qsizetype length)
{
    static EVP_KDF *const kdf = EVP_KDF_fetch(nullptr, OSSL_KDF_NAME_HKDF, nullptr); // fetched once, thread-safe
    KdfCtxPtr ctx(kdf ? EVP_KDF_CTX_new(kdf) : nullptr);
    if (!ctx) {
        return opensslFailure("HKDF context");
    }
    char digest[] = "SHA256";
    OSSL_PARAM params[6];
    OSSL_PARAM *p = params;
    *p++ = OSSL_PARAM_construct_int(OSSL_KDF_PARAM_MODE, &mode);
    *p++ = OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0);
    *p++ = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, const_cast<char *>(key.data()), size_t(key.size()));
    if (!salt.isEmpty()) { // an absent salt is HashLen zero bytes, as RFC 5869 says
        *p++ = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, const_cast<char *>(salt.data()),
                                                 size_t(salt.size()));
    }
    if (!info.isEmpty()) {
        *p++ = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, const_cast<char *>(info.data()),
                                                 size_t(info.size()));
    }
    *p = OSSL_PARAM_construct_end();
    SecretBytes out(length);
    if (EVP_KDF_derive(ctx.get(), out.data(), size_t(length), params) <= 0) {
        return opensslFailure("HKDF");
    }
    return out;
}

// RFC 9180 section 4: LabeledExtract and LabeledExpand.
Result<SecretBytes> labeledExtract(QByteArrayView suiteId, QByteArrayView salt, QByteArrayView label,
                                   QByteArrayView ikm)
{
    SecretBytes labeledIkm;
    labeledIkm.append("HPKE-v1");
    labeledIkm.append(suiteId);
    labeledIkm.append(label);
    labeledIkm.append(ikm);
    return hkdf(EVP_KDF_HKDF_MODE_EXTRACT_ONLY, labeledIkm.view(), salt, {}, hashSize);
}

Result<SecretBytes> labeledExpand(QByteArrayView suiteId, QByteArrayView prk, QByteArrayView label, QByteArrayView info,
                                  qsizetype length)
{
    const QByteArray labeledInfo = i2osp(quint64(length), 2) + "HPKE-v1" + suiteId + label + info;
    return hkdf(EVP_KDF_HKDF_MODE_EXPAND_ONLY, prk, {}, labeledInfo, length);
}

// DHKEM ExtractAndExpand (RFC 9180 section 4.1).
Result<SecretBytes> extractAndExpand(const SecretBytes &dh, QByteArrayView kemContext)
{
    auto prk = labeledExtract(kemSuiteId(), {}, "eae_prk", dh.view());
    if (!prk) {
        return prk.error();
    }
    return labeledExpand(kemSuiteId(), prk.value().view(), "shared_secret", kemContext, hashSize);
}

} // namespace

Result<X25519KeyPair> deriveKeyPair(QByteArrayView ikm)
{
    auto prk = labeledExtract(kemSuiteId(), {}, "dkp_prk", ikm);
    if (!prk) {
        return prk.error();
    }
    auto secretKey = labeledExpand(kemSuiteId(), prk.value().view(), "sk", {}, X25519KeyPair::keySize);
    if (!secretKey) {
        return secretKey.error();
    }
    return X25519KeyPair::fromPrivateKey(secretKey.value().view());
}

Result<Context> Context::fromSharedSecret(const SecretBytes &sharedSecret, QByteArrayView info)
{
    // KeySchedule for mode_base: no PSK, so psk and psk_id are empty.
    auto pskIdHash = labeledExtract(hpkeSuiteId(), {}, "psk_id_hash", {});
    auto infoHash = labeledExtract(hpkeSuiteId(), {}, "info_hash", info);
    auto secret = labeledExtract(hpkeSuiteId(), sharedSecret.view(), "secret", {});
    if (!pskIdHash || !infoHash || !secret) {
        return opensslFailure("HPKE key schedule");
    }
    QByteArray keyScheduleContext(1, modeBase);
    keyScheduleContext += pskIdHash.value().view();
    keyScheduleContext += infoHash.value().view();

    auto key = labeledExpand(hpkeSuiteId(), secret.value().view(), "key", keyScheduleContext, keySize);
    auto baseNonce = labeledExpand(hpkeSuiteId(), secret.value().view(), "base_nonce", keyScheduleContext, nonceSize);
    auto exporter = labeledExpand(hpkeSuiteId(), secret.value().view(), "exp", keyScheduleContext, hashSize);
    if (!key || !baseNonce || !exporter) {
        return opensslFailure("HPKE key schedule");
    }
    Context context;
    context.m_key = std::move(key).value();
    context.m_baseNonce = std::move(baseNonce).value();
    context.m_exporterSecret = std::move(exporter).value();
    return context;
}

Result<Encapsulation> encapsulate(QByteArrayView recipientPublicKey)
{
    auto ephemeral = X25519KeyPair::generate();
    if (!ephemeral) {
        return ephemeral.error();
    }
    return encapsulate(recipientPublicKey, ephemeral.value());
}

Result<Encapsulation> encapsulate(QByteArrayView recipientPublicKey, const X25519KeyPair &ephemeral)
{
    auto dh = ephemeral.diffieHellman(recipientPublicKey);
    if (!dh) {
        return dh.error();
    }
    const QByteArray enc = ephemeral.publicKey();
    auto sharedSecret = extractAndExpand(dh.value(), QByteArray(enc + recipientPublicKey));
    if (!sharedSecret) {
        return sharedSecret.error();
    }
    return Encapsulation {recipientPublicKey.toByteArray(), enc, std::move(sharedSecret).value()};
}

Result<Context::SenderSetup> Context::setupBaseSender(QByteArrayView recipientPublicKey, QByteArrayView info)
{
    auto encapsulation = encapsulate(recipientPublicKey);
    if (!encapsulation) {
        return encapsulation.error();
    }
    return setupBaseSender(std::move(encapsulation).value(), info);
}

Result<Context::SenderSetup> Context::setupBaseSender(QByteArrayView recipientPublicKey, QByteArrayView info,
                                                      const X25519KeyPair &ephemeral)
{
    auto encapsulation = encapsulate(recipientPublicKey, ephemeral);
    if (!encapsulation) {
        return encapsulation.error();
    }
    return setupBaseSender(std::move(encapsulation).value(), info);
}

Result<Context::SenderSetup> Context::setupBaseSender(Encapsulation encapsulation, QByteArrayView info)
{
    auto context = fromSharedSecret(encapsulation.sharedSecret, info);
    if (!context) {
        return context.error();
    }
    return SenderSetup {encapsulation.enc, std::move(context).value()};
}

Result<Context> Context::setupBaseRecipient(QByteArrayView enc, const X25519KeyPair &recipient, QByteArrayView info)
{
    auto dh = recipient.diffieHellman(enc);
    if (!dh) {
        return openFailed(); // a malformed enc is indistinguishable from tampering to the caller
    }
    auto sharedSecret = extractAndExpand(dh.value(), QByteArray(enc.toByteArray() + recipient.publicKey()));
    if (!sharedSecret) {
        return sharedSecret.error();
    }
    return fromSharedSecret(sharedSecret.value(), info);
}

Result<QByteArray> Context::nextNonce()
{
    if (m_sequence == std::numeric_limits<quint64>::max()) {
        return Error {u"hpke_sequence_overflow"_s,
                      QCoreApplication::translate("hpke", "Too many messages were sealed with one context.")};
    }
    QByteArray nonce = i2osp(m_sequence++, nonceSize);
    for (qsizetype i = 0; i < nonceSize; ++i) {
        nonce[i] = char(nonce[i] ^ char(m_baseNonce.data()[i]));
    }
    return nonce;
}

Result<QByteArray> Context::seal(QByteArrayView aad, QByteArrayView plaintext)
{
    auto nonce = nextNonce();
    if (!nonce) {
        return nonce.error();
    }
    CipherCtxPtr ctx(EVP_CIPHER_CTX_new());
    QByteArray ciphertext(plaintext.size() + tagSize, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(ciphertext.data());
    int length = 0;
    int finalLength = 0;
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), aes128Gcm(), nullptr, m_key.data(), bytes(nonce.value())) <= 0
        || EVP_EncryptUpdate(ctx.get(), nullptr, &length, bytes(aad), int(aad.size())) <= 0
        || EVP_EncryptUpdate(ctx.get(), out, &length, bytes(plaintext), int(plaintext.size())) <= 0
        || EVP_EncryptFinal_ex(ctx.get(), out + length, &finalLength) <= 0
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, int(tagSize), out + plaintext.size()) <= 0) {
        return opensslFailure("AES-GCM seal");
    }
    Q_ASSERT(length + finalLength == plaintext.size());
    return ciphertext;
}

Result<SecretBytes> Context::open(QByteArrayView aad, QByteArrayView ciphertext)
{
    if (ciphertext.size() < tagSize) {
        return openFailed();
    }
    auto nonce = nextNonce();
    if (!nonce) {
        return nonce.error();
    }
    const qsizetype plainSize = ciphertext.size() - tagSize;
    QByteArray tag = ciphertext.last(tagSize).toByteArray();
    CipherCtxPtr ctx(EVP_CIPHER_CTX_new());
    SecretBytes plaintext(plainSize);
    int length = 0;
    int finalLength = 0;
    const bool ok = ctx && EVP_DecryptInit_ex(ctx.get(), aes128Gcm(), nullptr, m_key.data(), bytes(nonce.value())) > 0
        && EVP_DecryptUpdate(ctx.get(), nullptr, &length, bytes(aad), int(aad.size())) > 0
        && EVP_DecryptUpdate(ctx.get(), plaintext.data(), &length, bytes(ciphertext), int(plainSize)) > 0
        && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, int(tagSize), tag.data()) > 0
        && EVP_DecryptFinal_ex(ctx.get(), plaintext.data() + length, &finalLength) > 0;
    ERR_clear_error();
    if (!ok) {
        plaintext.clear(); // wipes whatever was decrypted before the tag check failed
        return openFailed();
    }
    return plaintext;
}

Result<SecretBytes> Context::exportSecret(QByteArrayView exporterContext, qsizetype length) const
{
    if (length <= 0 || length > 255 * hashSize) {
        return Error {u"hpke_export_length"_s,
                      QCoreApplication::translate("hpke", "The requested secret length is not possible.")};
    }
    return labeledExpand(hpkeSuiteId(), m_exporterSecret.view(), "sec", exporterContext, length);
}

namespace {

Result<Sealed> sealWith(Result<Context::SenderSetup> sender, QByteArrayView aad, QByteArrayView plaintext)
{
    if (!sender) {
        return sender.error();
    }
    auto ciphertext = sender.value().context.seal(aad, plaintext);
    if (!ciphertext) {
        return ciphertext.error();
    }
    return Sealed {sender.value().enc, std::move(ciphertext).value()};
}

} // namespace

Result<Sealed> seal(QByteArrayView recipientPublicKey, QByteArrayView info, QByteArrayView aad,
                    QByteArrayView plaintext)
{
    return sealWith(Context::setupBaseSender(recipientPublicKey, info), aad, plaintext);
}

Result<Sealed> seal(Encapsulation encapsulation, QByteArrayView info, QByteArrayView aad, QByteArrayView plaintext)
{
    return sealWith(Context::setupBaseSender(std::move(encapsulation), info), aad, plaintext);
}

Result<SecretBytes> open(const X25519KeyPair &recipient, QByteArrayView enc, QByteArrayView info, QByteArrayView aad,
                         QByteArrayView ciphertext)
{
    if (enc.size() != encSize) {
        return openFailed();
    }
    auto context = Context::setupBaseRecipient(enc, recipient, info);
    if (!context) {
        return context.error();
    }
    return context.value().open(aad, ciphertext);
}

} // namespace holdfast::crypto::hpke
