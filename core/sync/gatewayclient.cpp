#include "gatewayclient.h"

#include "crypto/ed25519.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcGatewayClient, "holdfast.core.gatewayclient")

namespace holdfast::sync {

namespace callerror {

bool mayHaveArrived(const Error &error)
{
    return error.code != QLatin1String(unreachable);
}

bool isTransient(const Error &error)
{
    return error.code == QLatin1String(unreachable) || error.code == QLatin1String(noAnswer)
        || error.code == QLatin1String(serverError);
}

bool gotAnswer(const Error &error)
{
    return error.code != QLatin1String(unreachable) && error.code != QLatin1String(noAnswer);
}

} // namespace callerror

namespace {

Error malformedAnswer()
{
    return {u"gateway_answer_malformed"_s,
            QCoreApplication::translate("GatewayClient", "The gateway sent an answer Holdfast does not understand.")};
}

// The error of a finished reply, or nothing when it succeeded (2xx).
std::optional<Error> errorOf(QNetworkReply *reply, const QByteArray &body)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        switch (reply->error()) {
        case QNetworkReply::ConnectionRefusedError:
        case QNetworkReply::HostNotFoundError:
        case QNetworkReply::TemporaryNetworkFailureError:
        case QNetworkReply::NetworkSessionFailedError:
            return Error {QString::fromLatin1(callerror::unreachable),
                          QCoreApplication::translate("GatewayClient", "The gateway cannot be reached (%1).")
                              .arg(reply->errorString())};
        default:
            return Error {QString::fromLatin1(callerror::noAnswer),
                          QCoreApplication::translate("GatewayClient", "The gateway did not answer in time (%1).")
                              .arg(reply->errorString())};
        }
    }
    if (status >= 200 && status < 300) {
        if (reply->error() != QNetworkReply::NoError) { // e.g. the body was cut short
            return Error {QString::fromLatin1(callerror::noAnswer),
                          QCoreApplication::translate("GatewayClient", "The gateway's answer was cut short.")};
        }
        return std::nullopt;
    }
    const QJsonObject error = QJsonDocument::fromJson(body).object().value("error"_L1).toObject();
    QString code = error.value("code"_L1).toString();
    QString detail = error.value("detail"_L1).toString();
    if (status >= 500) {
        // What a 5xx says is not the gateway's final word on the request.
        return Error {QString::fromLatin1(callerror::serverError),
                      QCoreApplication::translate("GatewayClient", "The gateway failed (HTTP %1).").arg(status)};
    }
    if (code.isEmpty()) { // a proxy in front answered, not the gateway
        code = status == 413 ? u"body_too_large"_s : status == 401 ? u"unauthorized"_s : u"gateway_refused"_s;
        detail = QCoreApplication::translate("GatewayClient", "The gateway refused the request (HTTP %1).").arg(status);
    }
    return Error {code, detail};
}

} // namespace

GatewayClient::GatewayClient(QUrl baseUrl, QObject *parent)
    : QObject(parent), m_baseUrl(std::move(baseUrl)), m_network(new QNetworkAccessManager(this))
{
}

GatewayClient::~GatewayClient() = default;

void GatewayClient::send(const QByteArray &verb, const QString &path, const QJsonObject &body, bool authorised,
                         std::function<void(Result<QJsonObject>)> done, std::optional<int> timeoutMs)
{
    QUrl url = m_baseUrl;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + path);
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs.value_or(m_timeoutMs));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    if (authorised) {
        request.setRawHeader("Authorization", "Bearer " + m_token);
    }
    const QByteArray payload = verb == "GET" ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    QNetworkReply *reply = m_network->sendCustomRequest(request, verb, payload);
    ++m_requests;
    connect(reply, &QNetworkReply::finished, this, [reply, verb, path, done = std::move(done)] {
        reply->deleteLater();
        const QByteArray answer = reply->readAll();
        if (const auto error = errorOf(reply, answer)) {
            qCInfo(lcGatewayClient) << verb << path << "failed:" << error->code;
            done(*error);
            return;
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(answer, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            done(malformedAnswer());
            return;
        }
        done(document.object());
    });
}

void GatewayClient::health(std::function<void(Result<Health>)> done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    send(
        "GET", u"/v1/health"_s, {}, false,
        [timer, done = std::move(done)](Result<QJsonObject> answer) {
            if (!answer) {
                return done(answer.error());
            }
            const QJsonValue serverTime = answer->value("serverTime"_L1);
            if (answer->value("status"_L1) != "ok"_L1 || !serverTime.isDouble()) {
                return done(malformedAnswer());
            }
            done(Health {serverTime.toInteger(), timer.elapsed()});
        },
        timeoutMs);
}

void GatewayClient::pair(const QString &deviceCode, const QString &registerName,
                         std::function<void(Result<PairingAnswer>)> done)
{
    const QJsonObject body {{"deviceCode"_L1, deviceCode}, {"registerName"_L1, registerName}};
    send("POST", u"/v1/pair"_s, body, false, [done = std::move(done)](Result<QJsonObject> answer) {
        if (!answer) {
            return done(answer.error());
        }
        PairingAnswer pairing;
        pairing.registerId = answer->value("registerId"_L1).toString();
        pairing.locationId = answer->value("locationId"_L1).toString();
        pairing.token = answer->value("token"_L1).toString().toLatin1();
        pairing.serverTime = answer->value("serverTime"_L1).toInteger();
        auto key = crypto::jwk::toEd25519PublicKey(answer->value("signingKey"_L1).toObject());
        if (!key || !wire::isValidIdentifier(pairing.registerId) || !wire::isValidIdentifier(pairing.locationId)
            || pairing.token.isEmpty() || pairing.serverTime <= 0) {
            return done(malformedAnswer());
        }
        pairing.signingKey = key.value();
        done(pairing);
    });
}

void GatewayClient::keys(std::function<void(Result<QString>)> done)
{
    send("GET", u"/v1/keys"_s, {}, true, [done = std::move(done)](Result<QJsonObject> answer) {
        if (!answer) {
            return done(answer.error());
        }
        const QJsonValue jws = answer->value("jws"_L1);
        if (!jws.isString()) {
            return done(malformedAnswer());
        }
        done(jws.toString());
    });
}

void GatewayClient::settings(std::function<void(Result<wire::OfflineSettings>)> done)
{
    send("GET", u"/v1/settings"_s, {}, true, [done = std::move(done)](Result<QJsonObject> answer) {
        if (!answer) {
            return done(answer.error());
        }
        done(wire::OfflineSettings::fromJson(answer.value()));
    });
}

void GatewayClient::postPayment(const wire::Payment &payment, std::function<void(Result<wire::PaymentResult>)> done)
{
    send("POST", u"/v1/payments"_s, payment.toJson(), true, [done = std::move(done)](Result<QJsonObject> answer) {
        if (!answer) {
            return done(answer.error());
        }
        done(wire::PaymentResult::fromJson(answer.value()));
    });
}

namespace {

Result<QList<wire::PaymentResult>> resultsOf(const Result<QJsonObject> &answer)
{
    if (!answer) {
        return answer.error();
    }
    const QJsonValue results = answer->value("results"_L1);
    if (!results.isArray()) {
        return malformedAnswer();
    }
    QList<wire::PaymentResult> list;
    const QJsonArray array = results.toArray();
    for (const QJsonValue &value : array) {
        auto result = wire::PaymentResult::fromJson(value);
        if (!result) {
            return result.error();
        }
        list.append(result.value());
    }
    return list;
}

} // namespace

void GatewayClient::postBatch(const QString &batchId, const QList<wire::Payment> &payments,
                              std::function<void(Result<QList<wire::PaymentResult>>)> done)
{
    QJsonArray array;
    for (const wire::Payment &payment : payments) {
        array.append(payment.toJson());
    }
    const QJsonObject body {{"batchId"_L1, batchId}, {"payments"_L1, array}};
    send("POST", u"/v1/payments/batch"_s, body, true,
         [done = std::move(done)](Result<QJsonObject> answer) { done(resultsOf(answer)); });
}

void GatewayClient::status(const QStringList &localIds, std::function<void(Result<QList<wire::PaymentResult>>)> done)
{
    const QJsonObject body {{"localIds"_L1, QJsonArray::fromStringList(localIds)}};
    send("POST", u"/v1/payments/status"_s, body, true,
         [done = std::move(done)](Result<QJsonObject> answer) { done(resultsOf(answer)); });
}

void GatewayClient::voidPayment(const QString &localId, std::function<void(Result<wire::PaymentResult>)> done)
{
    send("POST", u"/v1/payments/%1/void"_s.arg(localId), QJsonObject {}, true,
         [done = std::move(done)](Result<QJsonObject> answer) {
             if (!answer) {
                 return done(answer.error());
             }
             done(wire::PaymentResult::fromJson(answer.value()));
         });
}

} // namespace holdfast::sync
