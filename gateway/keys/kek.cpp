#include "kek.h"

#include "common/base64url.h"

#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QLoggingCategory>
#include <QSaveFile>

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <memory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcKek, "holdfast.gateway.kek", QtInfoMsg)

namespace holdfast::gateway {

namespace {

struct CipherCtxDeleter
{
    void operator()(EVP_CIPHER_CTX *ctx) const { EVP_CIPHER_CTX_free(ctx); }
};
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CipherCtxDeleter>;

const unsigned char *bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char *>(view.data());
}

Error cryptoFailure()
{
    return {u"crypto_failure"_s, KeyEncryptionKey::tr("The gateway could not use its key-encrypting key.")};
}

Error mismatch()
{
    return {u"kek_mismatch"_s,
            KeyEncryptionKey::tr("A stored key does not open with this key-encrypting key. Use the same KEK (the "
                                 "'kek' file or $HOLDFAST_GATEWAY_KEK) as the instance that created the store.")};
}

constexpr QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner;

} // namespace

Result<KeyEncryptionKey> KeyEncryptionKey::fromBytes(QByteArrayView raw)
{
    if (raw.size() != keySize) {
        return Error {u"kek_invalid"_s, tr("The key-encrypting key must be 32 bytes.")};
    }
    return KeyEncryptionKey(std::make_shared<const crypto::SecretBytes>(crypto::SecretBytes::copyOf(raw)));
}

Result<KeyEncryptionKey> KeyEncryptionKey::decode(QByteArray text, const QString &origin)
{
    auto raw = base64url::decode(QByteArrayView(text).trimmed());
    crypto::wipe(text);
    if (!raw || raw->size() != keySize) {
        return Error {
            u"kek_invalid"_s,
            tr("The key-encrypting key in %1 must be 32 bytes written in base64url (43 characters).").arg(origin)};
    }
    auto kek = fromBytes(raw.value());
    crypto::wipe(raw.value());
    return kek;
}

Result<KeyEncryptionKey> KeyEncryptionKey::load(const QString &dataDir)
{
    if (qEnvironmentVariableIsSet(environmentVariable)) {
        return decode(qgetenv(environmentVariable), QString::fromLatin1(environmentVariable));
    }
    const QString path = QDir(dataDir).filePath(QString::fromLatin1(fileName));
    // Instances started together on one data directory must not each create a different KEK.
    QLockFile lock(QDir(dataDir).filePath(u".kek.lock"_s));
    if (!lock.tryLock(30000)) {
        return Error {u"kek_unavailable"_s, tr("The data directory %1 is locked by another process.").arg(dataDir)};
    }
    QFile file(path);
    if (file.exists()) {
        if ((file.permissions() & ~(ownerOnly | QFile::ReadUser | QFile::WriteUser)) != 0) {
            return Error {u"kek_permissions"_s,
                          tr("%1 can be read by other users. Restrict it with: chmod 600 %1").arg(path)};
        }
        if (!file.open(QIODevice::ReadOnly)) {
            return Error {u"kek_unavailable"_s, tr("%1 cannot be read: %2").arg(path, file.errorString())};
        }
        return decode(file.readAll(), path);
    }

    crypto::SecretBytes raw(keySize);
    if (RAND_bytes(raw.data(), int(raw.size())) != 1) {
        return cryptoFailure();
    }
    QByteArray text = base64url::encode(raw.view()) + '\n';
    QSaveFile out(path);
    // Owner-only before the secret is written, so not even the temporary file is readable.
    const bool written = out.open(QIODevice::WriteOnly) && out.setPermissions(ownerOnly)
        && out.write(text) == text.size() && out.commit();
    crypto::wipe(text);
    if (!written) {
        return Error {u"kek_unavailable"_s, tr("%1 cannot be written: %2").arg(path, out.errorString())};
    }
    qCInfo(lcKek).noquote() << "created a new key-encrypting key in" << path;
    return fromBytes(raw.view());
}

Result<QByteArray> KeyEncryptionKey::seal(QByteArrayView plaintext, QByteArrayView aad) const
{
    QByteArray out(nonceSize + plaintext.size() + tagSize, Qt::Uninitialized);
    auto *nonce = reinterpret_cast<unsigned char *>(out.data());
    if (RAND_bytes(nonce, int(nonceSize)) != 1) {
        return cryptoFailure();
    }
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    int length = 0;
    auto *ciphertext = nonce + nonceSize;
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, m_key->data(), nonce) != 1
        || EVP_EncryptUpdate(ctx.get(), nullptr, &length, bytes(aad), int(aad.size())) != 1
        || EVP_EncryptUpdate(ctx.get(), ciphertext, &length, bytes(plaintext), int(plaintext.size())) != 1
        || EVP_EncryptFinal_ex(ctx.get(), ciphertext + length, &length) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, int(tagSize), ciphertext + plaintext.size()) != 1) {
        return cryptoFailure();
    }
    return out;
}

Result<crypto::SecretBytes> KeyEncryptionKey::open(QByteArrayView sealed, QByteArrayView aad) const
{
    if (sealed.size() < nonceSize + tagSize) {
        return mismatch();
    }
    const qsizetype size = sealed.size() - nonceSize - tagSize;
    const auto *nonce = bytes(sealed);
    const auto *ciphertext = nonce + nonceSize;
    QByteArray tag = sealed.sliced(nonceSize + size).toByteArray();
    crypto::SecretBytes plaintext(size);
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    int length = 0;
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, m_key->data(), nonce) != 1
        || EVP_DecryptUpdate(ctx.get(), nullptr, &length, bytes(aad), int(aad.size())) != 1
        || EVP_DecryptUpdate(ctx.get(), plaintext.data(), &length, ciphertext, int(size)) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, int(tagSize), tag.data()) != 1) {
        return cryptoFailure();
    }
    if (EVP_DecryptFinal_ex(ctx.get(), plaintext.data() + length, &length) != 1) {
        plaintext.clear();
        return mismatch();
    }
    return plaintext;
}

} // namespace holdfast::gateway
