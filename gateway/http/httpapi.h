#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace holdfast::gateway {

class Gateway;
struct Caller;

/// One HTTP request as the API sees it, whatever server carried it.
struct HttpRequest
{
    QByteArray method; ///< "GET", "POST", …
    QString path;
    QByteArray authorization; ///< the Authorization header, if any
    QByteArray body;
};

/// One HTTP answer: a status and a JSON object (every answer of the API is one).
struct HttpResponse
{
    int status = 200;
    QJsonObject body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString errorCode; ///< for the access log, when the answer is an error
};

/// The gateway's HTTP API of DESIGN section 6, independent of the server that carries it:
/// routing (404, 405), the 1 MiB body limit (413), JSON parsing (400 bad_json), bearer
/// authentication (401) and the mapping of errors to statuses. Errors always have the form
/// {"error":{"code":"…","detail":"…"}}.
class HttpApi
{
    Q_DECLARE_TR_FUNCTIONS(HttpApi)

public:
    static constexpr qsizetype maxBodySize = 1024 * 1024;

    explicit HttpApi(Gateway &gateway) : m_gateway(gateway) { }

    HttpResponse handle(const HttpRequest &request);

    /// The HTTP status of an error code (500 for anything not the caller's fault).
    static int statusFor(const QString &code);
    static HttpResponse error(const Error &error);

private:
    HttpResponse health();
    HttpResponse pair(const QJsonObject &body);
    HttpResponse keys();
    HttpResponse settings(const Caller &caller);
    HttpResponse paymentOne(const Caller &caller, const QJsonObject &body);
    HttpResponse paymentBatch(const Caller &caller, const QJsonObject &body);
    HttpResponse paymentStatus(const Caller &caller, const QJsonObject &body);
    HttpResponse paymentVoid(const Caller &caller, const QString &localId);

    Gateway &m_gateway;
};

} // namespace holdfast::gateway
