#include "jws.h"

#include "common/base64url.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace holdfast::crypto::jws {

namespace {

Error malformed()
{
    return {u"jws_malformed"_s, QCoreApplication::translate("jws", "The signed document is malformed.")};
}

} // namespace

Result<QString> sign(QByteArrayView payload, const Ed25519KeyPair &key)
{
    const QByteArray signingInput = base64url::encode(R"({"alg":"EdDSA"})") + '.' + base64url::encode(payload);
    auto signature = key.sign(signingInput);
    if (!signature) {
        return signature.error();
    }
    return QString::fromLatin1(signingInput + '.' + base64url::encode(signature.value()));
}

Result<QByteArray> verify(QStringView compact, QByteArrayView publicKey)
{
    const QList<QStringView> parts = compact.split(u'.');
    if (parts.size() != 3) {
        return malformed();
    }
    auto header = base64url::decode(parts[0]);
    auto payload = base64url::decode(parts[1]);
    auto signature = base64url::decode(parts[2]);
    if (!header || !payload || !signature) {
        return malformed();
    }
    QJsonParseError parseError;
    const QJsonDocument headerJson = QJsonDocument::fromJson(header.value(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !headerJson.isObject()) {
        return malformed();
    }
    const QJsonObject fields = headerJson.object();
    if (fields.value("alg"_L1) != "EdDSA"_L1 || fields.contains("crit"_L1)) {
        return Error {
            u"jws_unsupported"_s,
            QCoreApplication::translate("jws", "The document is not signed with EdDSA as Holdfast requires.")};
    }
    const QByteArray signingInput = parts[0].toLatin1() + '.' + parts[1].toLatin1();
    if (!Ed25519KeyPair::verify(publicKey, signingInput, signature.value())) {
        return Error {u"jws_signature_invalid"_s,
                      QCoreApplication::translate("jws", "The signature does not match the trusted signing key.")};
    }
    return payload;
}

} // namespace holdfast::crypto::jws
