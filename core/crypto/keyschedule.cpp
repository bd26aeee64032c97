#include "keyschedule.h"

#include "common/base64url.h"
#include "envelope.h"
#include "jws.h"
#include "x25519.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace holdfast::crypto {

namespace {

constexpr qsizetype maxKeys = 64;

Error malformed()
{
    return {u"schedule_malformed"_s, KeySchedule::tr("The key schedule from the gateway is malformed.")};
}

// Integral JSON number; toInteger() answers its default otherwise, so two defaults tell.
std::optional<qint64> integer(const QJsonValue &value)
{
    if (!value.isDouble() || value.toInteger(0) != value.toInteger(1)) {
        return std::nullopt;
    }
    return value.toInteger();
}

std::optional<ScheduleKey> keyFromJson(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    const auto notBefore = integer(object.value("notBefore"_L1));
    const auto notAfter = integer(object.value("notAfter"_L1));
    const QString kid = object.value("kid"_L1).toString();
    if (!value.isObject() || object.size() != 4 || !notBefore || !notAfter || !isValidKeyId(kid)
        || !object.value("pub"_L1).isString()) {
        return std::nullopt;
    }
    auto publicKey = base64url::decode(object.value("pub"_L1).toString());
    if (!publicKey || publicKey.value().size() != X25519KeyPair::keySize) {
        return std::nullopt;
    }
    return ScheduleKey {kid, publicKey.value(), *notBefore, *notAfter};
}

} // namespace

Result<KeySchedule> KeySchedule::create(QString issuer, qint64 issuedAt, QList<ScheduleKey> keys)
{
    if (issuer.isEmpty() || keys.isEmpty() || keys.size() > maxKeys) {
        return malformed();
    }
    std::sort(keys.begin(), keys.end(), [](const auto &a, const auto &b) { return a.notBefore < b.notBefore; });
    QSet<QString> kids;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const ScheduleKey &key = keys[i];
        const bool overlapsPrevious = i > 0 && key.notBefore < keys[i - 1].notAfter;
        if (key.notBefore >= key.notAfter || overlapsPrevious || kids.contains(key.kid)
            || key.publicKey.size() != X25519KeyPair::keySize || !isValidKeyId(key.kid)) {
            return malformed();
        }
        kids.insert(key.kid);
    }
    KeySchedule schedule;
    schedule.m_issuer = std::move(issuer);
    schedule.m_issuedAt = issuedAt;
    schedule.m_keys = std::move(keys);
    return schedule;
}

std::optional<ScheduleKey> KeySchedule::keyAt(qint64 timeMs) const
{
    const auto it = std::find_if(m_keys.begin(), m_keys.end(), [timeMs](const auto &k) { return k.covers(timeMs); });
    return it == m_keys.end() ? std::nullopt : std::optional(*it);
}

std::optional<ScheduleKey> KeySchedule::keyById(QStringView kid) const
{
    const auto it = std::find_if(m_keys.begin(), m_keys.end(), [kid](const auto &k) { return k.kid == kid; });
    return it == m_keys.end() ? std::nullopt : std::optional(*it);
}

QByteArray KeySchedule::toPayload() const
{
    QJsonArray keys;
    for (const ScheduleKey &key : m_keys) {
        keys.append(QJsonObject {{"kid"_L1, key.kid},
                                 {"pub"_L1, base64url::encodeToString(key.publicKey)},
                                 {"notBefore"_L1, key.notBefore},
                                 {"notAfter"_L1, key.notAfter}});
    }
    const QJsonObject payload {{"issuer"_L1, m_issuer}, {"issuedAt"_L1, m_issuedAt}, {"keys"_L1, keys}};
    return QJsonDocument(payload).toJson(QJsonDocument::Compact);
}

Result<KeySchedule> KeySchedule::fromPayload(QByteArrayView json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    const QJsonObject object = document.object();
    const auto issuedAt = integer(object.value("issuedAt"_L1));
    if (parseError.error != QJsonParseError::NoError || object.size() != 3 || !object.value("issuer"_L1).isString()
        || !issuedAt || !object.value("keys"_L1).isArray()) {
        return malformed();
    }
    QList<ScheduleKey> keys;
    const QJsonArray array = object.value("keys"_L1).toArray();
    for (const QJsonValue &value : array) {
        const auto key = keyFromJson(value);
        if (!key) {
            return malformed();
        }
        keys.append(*key);
    }
    return create(object.value("issuer"_L1).toString(), *issuedAt, std::move(keys));
}

Result<QString> KeySchedule::sign(const Ed25519KeyPair &signingKey) const
{
    return jws::sign(toPayload(), signingKey);
}

Status KeySchedule::checkUsableAt(qint64 nowMs, qint64 aheadMs) const
{
    if (m_issuedAt > nowMs + clockSkewMs || m_keys.first().notBefore > nowMs) {
        return Error {u"schedule_not_yet_valid"_s,
                      tr("The key schedule is not valid yet. Check the date and time of this register.")};
    }
    if (m_keys.last().notAfter <= nowMs) {
        return Error {u"schedule_expired"_s, tr("The key schedule has expired. Connect to the gateway to renew it.")};
    }
    // Walk forward key by key: every instant from now to now + aheadMs needs a key.
    for (qint64 t = nowMs; t < nowMs + aheadMs;) {
        const auto key = keyAt(t);
        if (!key) {
            return Error {u"schedule_missing_future_days"_s,
                          tr("The key schedule does not cover the coming days, so offline payments could not be "
                             "sealed.")};
        }
        t = key->notAfter;
    }
    return {};
}

Result<KeySchedule> KeySchedule::verify(QStringView jws, QByteArrayView pinnedSigningKey, qint64 nowMs, qint64 aheadMs)
{
    auto payload = jws::verify(jws, pinnedSigningKey);
    if (!payload) {
        if (payload.error().code == u"jws_malformed"_s) {
            return malformed();
        }
        return Error {u"schedule_signature_invalid"_s,
                      tr("The key schedule is not signed by the gateway this register was paired with.")};
    }
    auto schedule = fromPayload(payload.value());
    if (!schedule) {
        return schedule.error();
    }
    if (auto usable = schedule.value().checkUsableAt(nowMs, aheadMs); !usable) {
        return usable.error();
    }
    return schedule;
}

} // namespace holdfast::crypto
