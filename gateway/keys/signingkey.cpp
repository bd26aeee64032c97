#include "signingkey.h"

#include "common/base64url.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QLoggingCategory>
#include <QSaveFile>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSigningKey, "holdfast.gateway.signingkey", QtInfoMsg)

namespace holdfast::gateway::signingkey {

namespace {

constexpr QByteArrayView aad = "holdfast-gateway signing key v1";

QString tr(const char *text)
{
    return QCoreApplication::translate("SigningKey", text);
}

Result<crypto::Ed25519KeyPair> read(const QString &path, const KeyEncryptionKey &kek)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error {u"signing_key_unavailable"_s, tr("%1 cannot be read: %2").arg(path, file.errorString())};
    }
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    auto sealed = base64url::decode(object.value("sealed"_L1).toString());
    auto publicKey = base64url::decode(object.value("publicKey"_L1).toString());
    if (object.value("version"_L1).toInt() != 1 || !sealed || !publicKey) {
        return Error {u"signing_key_malformed"_s, tr("%1 is not a Holdfast signing key file.").arg(path)};
    }
    auto seed = kek.open(sealed.value(), aad);
    if (!seed) {
        return seed.error();
    }
    auto pair = crypto::Ed25519KeyPair::fromPrivateKey(seed->view());
    if (!pair || pair->publicKey() != publicKey.value()) {
        return Error {u"signing_key_malformed"_s, tr("%1 holds a damaged signing key.").arg(path)};
    }
    return pair;
}

} // namespace

Result<crypto::Ed25519KeyPair> loadOrCreate(const QString &dataDir, const KeyEncryptionKey &kek)
{
    const QString path = QDir(dataDir).filePath(QString::fromLatin1(fileName));
    QLockFile lock(QDir(dataDir).filePath(u".signing-key.lock"_s));
    if (!lock.tryLock(30000)) {
        return Error {u"signing_key_unavailable"_s,
                      tr("The data directory %1 is locked by another process.").arg(dataDir)};
    }
    if (QFile::exists(path)) {
        return read(path, kek);
    }
    auto pair = crypto::Ed25519KeyPair::generate();
    if (!pair) {
        return pair.error();
    }
    const crypto::SecretBytes seed = pair->privateKey();
    auto sealed = kek.seal(seed.view(), aad);
    if (!sealed) {
        return sealed.error();
    }
    const QJsonObject object {{"version"_L1, 1},
                              {"publicKey"_L1, base64url::encodeToString(pair->publicKey())},
                              {"sealed"_L1, base64url::encodeToString(sealed.value())}};
    QSaveFile out(path);
    const QByteArray json = QJsonDocument(object).toJson();
    if (!out.open(QIODevice::WriteOnly) || !out.setPermissions(QFile::ReadOwner | QFile::WriteOwner)
        || out.write(json) != json.size() || !out.commit()) {
        return Error {u"signing_key_unavailable"_s, tr("%1 cannot be written: %2").arg(path, out.errorString())};
    }
    qCInfo(lcSigningKey).noquote() << "created a new schedule signing key, thumbprint"
                                   << crypto::jwk::thumbprint(pair->publicKey());
    return pair;
}

} // namespace holdfast::gateway::signingkey
