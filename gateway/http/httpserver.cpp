#include "httpserver.h"

#include "httpapi.h"
#include "quickacktcpserver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcHttpServer, "holdfast.gateway.httpserver", QtInfoMsg)

namespace holdfast::gateway {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

QByteArray header(const QHttpServerRequest &request, QByteArrayView name)
{
    const auto headers = request.headers();
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

} // namespace

HttpServer::HttpServer(HttpApi &api, QObject *parent) : QObject(parent), m_api(api)
{
    // No QHttpServer routes: every request reaches serve(), so that HttpApi alone decides
    // 404 and 405 and every answer has the same JSON error form.
    m_server.setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        serve(request, std::move(responder));
    });
}

Status HttpServer::useTls(const QString &certificatePath, const QString &keyPath)
{
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certificatePath, QSsl::Pem);
    if (chain.isEmpty()) {
        return Error {u"tls_certificate_invalid"_s,
                      tr("No PEM certificate could be read from %1.").arg(certificatePath)};
    }
    QFile keyFile(keyPath);
    if (!keyFile.open(QIODevice::ReadOnly)) {
        return Error {u"tls_key_invalid"_s, tr("%1 cannot be read: %2").arg(keyPath, keyFile.errorString())};
    }
    const QByteArray pem = keyFile.readAll();
    QSslKey key(pem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull()) {
        key = QSslKey(pem, QSsl::Ec, QSsl::Pem);
    }
    if (key.isNull()) {
        return Error {u"tls_key_invalid"_s,
                      tr("No unencrypted PEM RSA or EC private key could be read from %1.").arg(keyPath)};
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    m_tls = configuration;
    return {};
}

Result<QUrl> HttpServer::listen(const QHostAddress &address, quint16 port)
{
    QTcpServer *server = createQuickAckServer(m_tls, this);
    const quint16 bound = server->listen(address, port) ? server->serverPort() : 0;
    if (bound == 0) {
        delete server;
        return Error {u"listen_failed"_s,
                      tr("Cannot listen on %1 port %2 (in use, or not allowed).").arg(address.toString()).arg(port)};
    }
    m_server.bind(server);
    QUrl url;
    url.setScheme(m_tls ? u"https"_s : u"http"_s);
    url.setHost(address.toString());
    url.setPort(bound);
    return url;
}

void HttpServer::serve(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    QElapsedTimer timer;
    timer.start();
    const HttpRequest apiRequest {methodName(request.method()), request.url().path(), header(request, "Authorization"),
                                  request.body()};
    const HttpResponse response = m_api.handle(apiRequest);
    const QByteArray body = QJsonDocument(response.body).toJson(QJsonDocument::Compact);

    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    responder.writeHeader("Content-Type", "application/json");
    responder.writeHeader("Content-Length", QByteArray::number(body.size()));
    responder.writeHeader("Cache-Control", "no-store");
    for (const auto &[name, value] : response.headers) {
        responder.writeHeader(name, value);
    }
    responder.writeBody(body);

    // Logged by path only: the query string and headers may carry what does not belong in logs.
    qCInfo(lcHttpServer).noquote().nospace()
        << apiRequest.method << ' ' << apiRequest.path << " status=" << response.status
        << (response.errorCode.isEmpty() ? QString() : u" error="_s + response.errorCode)
        << " bytes=" << apiRequest.body.size() << " ms=" << timer.elapsed()
        << " from=" << request.remoteAddress().toString();
}

} // namespace holdfast::gateway
