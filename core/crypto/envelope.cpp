#include "envelope.h"

#include "common/base64url.h"
#include "hpke.h"

#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace holdfast::crypto {

bool isValidKeyId(QStringView kid)
{
    return !kid.isEmpty() && kid.size() <= 64 && std::all_of(kid.begin(), kid.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'.'
            || c == u'_' || c == u'-';
    });
}

QJsonObject Envelope::toJson() const
{
    return QJsonObject {
        {"kid"_L1, kid}, {"enc"_L1, base64url::encodeToString(enc)}, {"ct"_L1, base64url::encodeToString(ct)}};
}

Result<Envelope> Envelope::fromJson(const QJsonValue &value)
{
    const Error malformed {u"envelope_malformed"_s,
                           tr("The sealed card data is malformed: it needs exactly kid, enc and ct.")};
    if (!value.isObject()) {
        return malformed;
    }
    const QJsonObject object = value.toObject();
    const QJsonValue kid = object.value("kid"_L1);
    const QJsonValue enc = object.value("enc"_L1);
    const QJsonValue ct = object.value("ct"_L1);
    if (object.size() != 3 || !kid.isString() || !enc.isString() || !ct.isString() || !isValidKeyId(kid.toString())) {
        return malformed;
    }
    auto encBytes = base64url::decode(enc.toString());
    auto ctBytes = base64url::decode(ct.toString());
    if (!encBytes || encBytes.value().size() != hpke::encSize || !ctBytes || ctBytes.value().size() <= hpke::tagSize
        || ctBytes.value().size() > maxCiphertextSize) {
        return malformed;
    }
    return Envelope {kid.toString(), std::move(encBytes).value(), std::move(ctBytes).value()};
}

Result<QByteArray> buildAad(const PaymentBinding &binding)
{
    const QStringList fields {binding.localId, binding.locationId, binding.registerId, binding.currency, binding.kid};
    for (const QString &field : fields) {
        if (field.isEmpty() || field.contains(u'|')) {
            return Error {u"aad_field_invalid"_s,
                          QCoreApplication::translate("Envelope", "A payment field is empty or contains '|'.")};
        }
    }
    return u"holdfast-v1|%1|%2|%3|%4|%5|%6|%7"_s
        .arg(binding.localId, binding.locationId, binding.registerId, QString::number(binding.amountMinor),
             binding.currency, QString::number(binding.createdAtMs), binding.kid)
        .toUtf8();
}

} // namespace holdfast::crypto
