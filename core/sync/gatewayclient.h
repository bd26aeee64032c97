#pragma once

#include "common/result.h"
#include "wire/payment.h"
#include "wire/settings.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace holdfast::sync {

/// Error codes of failed calls that say whether the gateway may have acted on the request:
/// what a payment may do next depends on it.
namespace callerror {
/// The request never reached the gateway (refused, no route, unknown host): safe to void.
inline constexpr auto unreachable = "gateway_unreachable";
/// It may have arrived: timeout, connection reset, truncated answer. Only the gateway knows.
inline constexpr auto noAnswer = "gateway_no_answer";
/// The gateway (or its proxy) failed with a 5xx: it may or may not have acted.
inline constexpr auto serverError = "gateway_error";
/// Whether the gateway may have received and acted on the request.
bool mayHaveArrived(const Error &error);
/// Whether trying again later can help (network trouble and 5xx, not a refusal).
bool isTransient(const Error &error);
/// Whether something answered over HTTP (the gateway, or a proxy in front of it).
bool gotAnswer(const Error &error);
} // namespace callerror

struct PairingAnswer
{
    QString registerId;
    QString locationId;
    QByteArray token;
    QByteArray signingKey; ///< raw Ed25519 public key from the JWK
    qint64 serverTime = 0;
};

struct Health
{
    qint64 serverTime = 0;
    qint64 latencyMs = 0;
};

/// The gateway's HTTP API (DESIGN section 6) over QNetworkAccessManager. Every call is
/// asynchronous and bounded by a transfer timeout; callbacks run in this object's thread and
/// never after it is destroyed. A failure is an Error whose code is the gateway's own
/// ("unauthorized", "idempotency_conflict", …) or one of callerror's.
class GatewayClient : public QObject
{
    Q_OBJECT

public:
    explicit GatewayClient(QUrl baseUrl, QObject *parent = nullptr);
    ~GatewayClient() override;

    QUrl baseUrl() const { return m_baseUrl; }
    void setToken(const QByteArray &token) { m_token = token; }
    /// Bound on each call from sending to the last byte of the answer.
    void setTimeout(int ms) { m_timeoutMs = ms; }
    int timeout() const { return m_timeoutMs; }

    /// GET /v1/health, bounded by `timeoutMs` (a probe must not keep a cashier waiting).
    void health(std::function<void(Result<Health>)> done, int timeoutMs = 3000);
    void pair(const QString &deviceCode, const QString &registerName, std::function<void(Result<PairingAnswer>)> done);
    /// The key schedule's JWS.
    void keys(std::function<void(Result<QString>)> done);
    void settings(std::function<void(Result<wire::OfflineSettings>)> done);
    /// One payment; the gateway answers once it is authorised.
    void postPayment(const wire::Payment &payment, std::function<void(Result<wire::PaymentResult>)> done);
    void postBatch(const QString &batchId, const QList<wire::Payment> &payments,
                   std::function<void(Result<QList<wire::PaymentResult>>)> done);
    void status(const QStringList &localIds, std::function<void(Result<QList<wire::PaymentResult>>)> done);
    void voidPayment(const QString &localId, std::function<void(Result<wire::PaymentResult>)> done);

    /// HTTP requests sent so far (the drain benchmark counts them).
    qint64 requestCount() const { return m_requests; }

private:
    void send(const QByteArray &verb, const QString &path, const QJsonObject &body, bool authorised,
              std::function<void(Result<QJsonObject>)> done, std::optional<int> timeoutMs = std::nullopt);

    QUrl m_baseUrl;
    QByteArray m_token;
    int m_timeoutMs = 15000;
    QNetworkAccessManager *m_network;
    qint64 m_requests = 0;
};

} // namespace holdfast::sync
