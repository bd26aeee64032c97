#include "httpapi.h"

#include "crypto/ed25519.h"
#include "gateway.h"
#include "ingest/ingest.h"
#include "keys/keymanager.h"
#include "platform/clock.h"
#include "store/locationstore.h"
#include "store/registerstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcHttpApi, "holdfast.gateway.httpapi", QtInfoMsg)

namespace holdfast::gateway {

namespace {

enum class Route { Health, Pair, Keys, Settings, PaymentOne, PaymentBatch, PaymentStatus, PaymentVoid };

// cppcheck reads members used only through std::optional as unused.
struct RouteMatch
{
    // cppcheck-suppress unusedStructMember
    Route route;
    // cppcheck-suppress unusedStructMember
    QByteArray method;
    // cppcheck-suppress unusedStructMember
    QString localId; ///< of /v1/payments/{localId}/void
};

std::optional<RouteMatch> match(const QString &path)
{
    static const QHash<QString, RouteMatch> fixed {
        {u"/v1/health"_s, {Route::Health, "GET", {}}},
        {u"/v1/pair"_s, {Route::Pair, "POST", {}}},
        {u"/v1/keys"_s, {Route::Keys, "GET", {}}},
        {u"/v1/settings"_s, {Route::Settings, "GET", {}}},
        {u"/v1/payments"_s, {Route::PaymentOne, "POST", {}}},
        {u"/v1/payments/batch"_s, {Route::PaymentBatch, "POST", {}}},
        {u"/v1/payments/status"_s, {Route::PaymentStatus, "POST", {}}},
    };
    if (const auto it = fixed.constFind(path); it != fixed.cend()) {
        return it.value();
    }
    static const QRegularExpression voidPath(u"^/v1/payments/([^/]+)/void$"_s);
    if (const auto found = voidPath.match(path); found.hasMatch()) {
        return RouteMatch {Route::PaymentVoid, "POST", found.captured(1)};
    }
    return std::nullopt;
}

HttpResponse ok(const QJsonObject &body)
{
    return {200, body, {}, {}};
}

Error badRequest(const QString &detail)
{
    return {u"bad_request"_s, detail};
}

QString bearerToken(const QByteArray &header)
{
    // "Bearer <token>"; the scheme is case-insensitive (RFC 7235).
    const QByteArray trimmed = header.trimmed();
    if (trimmed.size() < 7 || trimmed.first(7).toLower() != "bearer ") {
        return {};
    }
    return QString::fromLatin1(trimmed.mid(7).trimmed());
}

} // namespace

int HttpApi::statusFor(const QString &code)
{
    static const QHash<QString, int> statuses {
        {u"bad_json"_s, 400},
        {u"bad_request"_s, 400},
        {u"batch_too_large"_s, 400},
        {u"too_many_local_ids"_s, 400},
        {u"payment_malformed"_s, 400},
        {u"envelope_malformed"_s, 400},
        {u"register_name_invalid"_s, 400},
        {u"unauthorized"_s, 401},
        {u"wrong_location"_s, 403},
        {u"device_code_invalid"_s, 403},
        {u"not_found"_s, 404},
        {u"method_not_allowed"_s, 405},
        {u"idempotency_conflict"_s, 409},
        {u"body_too_large"_s, 413},
        {u"unknown_kid"_s, 422},
        {u"key_destroyed"_s, 422},
        {u"aad_mismatch"_s, 422},
        {u"voided"_s, 422},
        {u"processor_unavailable"_s, 503},
        {u"storage_unavailable"_s, 503},
    };
    return statuses.value(code, 500);
}

HttpResponse HttpApi::error(const Error &error)
{
    const int status = statusFor(error.code);
    // A fault of the gateway itself is logged in full and answered without internals.
    if (status == 500) {
        qCWarning(lcHttpApi).noquote() << "internal error" << error.code << "-" << error.message;
    }
    const Error shown = status == 500
        ? Error {u"internal_error"_s, tr("The gateway failed to handle the request. Try again later.")}
        : error;
    HttpResponse response {
        status,
        QJsonObject {{"error"_L1, QJsonObject {{"code"_L1, shown.code}, {"detail"_L1, shown.message}}}},
        {},
        error.code};
    if (status == 401) {
        response.headers.append(qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Bearer")));
    }
    return response;
}

HttpResponse HttpApi::handle(const HttpRequest &request)
{
    if (request.body.size() > maxBodySize) {
        return error({u"body_too_large"_s, tr("The request body is larger than 1 MiB.")});
    }
    const auto route = match(request.path);
    if (!route) {
        return error({u"not_found"_s, tr("There is no such endpoint.")});
    }
    if (request.method != route->method) {
        HttpResponse response = error(
            {u"method_not_allowed"_s, tr("This endpoint takes %1 requests.").arg(QString::fromLatin1(route->method))});
        response.headers.append(qMakePair(QByteArray("Allow"), route->method));
        return response;
    }
    if (route->route == Route::Health) {
        return health();
    }

    QJsonObject body;
    if (route->method == "POST" && route->route != Route::PaymentVoid) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            return error({u"bad_json"_s, tr("The request body must be a JSON object.")});
        }
        body = document.object();
    }
    if (route->route == Route::Pair) {
        return pair(body);
    }

    auto caller = m_gateway.registers().authenticate(bearerToken(request.authorization));
    if (!caller) {
        return error(caller.error());
    }
    switch (route->route) {
    case Route::Keys:
        return keys();
    case Route::Settings:
        return settings(caller.value());
    case Route::PaymentOne:
        return paymentOne(caller.value(), body);
    case Route::PaymentBatch:
        return paymentBatch(caller.value(), body);
    case Route::PaymentStatus:
        return paymentStatus(caller.value(), body);
    case Route::PaymentVoid:
        return paymentVoid(caller.value(), route->localId);
    case Route::Health:
    case Route::Pair:
        break;
    }
    Q_UNREACHABLE();
}

HttpResponse HttpApi::health()
{
    // The answer proves the database answers too, so a load balancer drops a broken instance.
    if (auto alive = m_gateway.database().select(u"SELECT 1"_s); !alive) {
        return error({u"storage_unavailable"_s, tr("The gateway's database does not answer.")});
    }
    return ok({{"status"_L1, u"ok"_s}, {"serverTime"_L1, m_gateway.clock().wallMs()}});
}

HttpResponse HttpApi::pair(const QJsonObject &body)
{
    const QJsonValue code = body.value("deviceCode"_L1);
    const QJsonValue name = body.value("registerName"_L1);
    if (body.size() != 2 || !code.isString() || !name.isString()) {
        return error(badRequest(tr("Pairing needs exactly deviceCode and registerName, both strings.")));
    }
    auto pairing = m_gateway.registers().pair(code.toString(), name.toString());
    if (!pairing) {
        return error(pairing.error());
    }
    return ok({{"registerId"_L1, pairing->registerId},
               {"locationId"_L1, pairing->locationId},
               {"token"_L1, pairing->token},
               {"signingKey"_L1, crypto::jwk::fromEd25519PublicKey(m_gateway.signingKey().publicKey())},
               {"serverTime"_L1, m_gateway.clock().wallMs()}});
}

HttpResponse HttpApi::keys()
{
    auto jws = m_gateway.keys().signedSchedule(m_gateway.signingKey());
    if (!jws) {
        return error(jws.error());
    }
    return ok({{"jws"_L1, jws.value()}});
}

HttpResponse HttpApi::settings(const Caller &caller)
{
    auto settings = m_gateway.locations().settings(caller.locationId);
    if (!settings) {
        return error(settings.error());
    }
    settings->serverTime = m_gateway.clock().wallMs();
    return ok(settings->toJson());
}

HttpResponse HttpApi::paymentOne(const Caller &caller, const QJsonObject &body)
{
    auto result = m_gateway.ingest().submitOne(caller, body);
    if (!result) {
        return error(result.error());
    }
    return ok(result->toJson());
}

HttpResponse HttpApi::paymentBatch(const Caller &caller, const QJsonObject &body)
{
    const QJsonValue batchId = body.value("batchId"_L1);
    const QJsonValue payments = body.value("payments"_L1);
    if (body.size() != 2 || !batchId.isString() || batchId.toString().isEmpty() || batchId.toString().size() > 128
        || !payments.isArray() || payments.toArray().isEmpty()) {
        return error(badRequest(tr("A batch needs exactly a batchId (1 to 128 characters) and a non-empty "
                                   "payments array.")));
    }
    if (payments.toArray().size() > wire::maxBatchSize) {
        return error({u"batch_too_large"_s, tr("A batch holds at most %1 payments.").arg(wire::maxBatchSize)});
    }
    auto results = m_gateway.ingest().submitBatch(caller, payments.toArray());
    if (!results) {
        return error(results.error());
    }
    QJsonArray array;
    for (const auto &result : results.value()) {
        array.append(result.toJson());
    }
    return ok({{"results"_L1, array}});
}

HttpResponse HttpApi::paymentStatus(const Caller &caller, const QJsonObject &body)
{
    const QJsonValue value = body.value("localIds"_L1);
    if (body.size() != 1 || !value.isArray()) {
        return error(badRequest(tr("A status request needs exactly a localIds array.")));
    }
    const QJsonArray array = value.toArray();
    if (array.size() > Ingest::maxStatusIds) {
        return error({u"too_many_local_ids"_s, tr("Ask for at most %1 localIds at once.").arg(Ingest::maxStatusIds)});
    }
    QStringList ids;
    for (const QJsonValue &id : array) {
        if (!wire::isValidLocalId(id.toString())) {
            return error(badRequest(tr("Every localId must be a lower-case UUID.")));
        }
        ids.append(id.toString());
    }
    auto results = m_gateway.ingest().status(caller, ids);
    if (!results) {
        return error(results.error());
    }
    QJsonArray out;
    for (const auto &result : results.value()) {
        out.append(result.toJson());
    }
    return ok({{"results"_L1, out}});
}

HttpResponse HttpApi::paymentVoid(const Caller &caller, const QString &localId)
{
    if (!wire::isValidLocalId(localId)) {
        return error(badRequest(tr("The localId must be a lower-case UUID.")));
    }
    auto result = m_gateway.ingest().voidPayment(caller, localId);
    if (!result) {
        return error(result.error());
    }
    return ok(result->toJson());
}

} // namespace holdfast::gateway
