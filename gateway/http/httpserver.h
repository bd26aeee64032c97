#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QHttpServer>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>

#include <optional>

namespace holdfast::gateway {

class HttpApi;

/// Carries HttpApi over Qt's QHttpServer, plain or TLS, and writes one access-log line per
/// request (method, path, status, size, time; never a token or a body).
///
/// QHttpServer 6.4 reads a whole request into memory before any handler runs and has no body,
/// rate or keep-alive limits: the 1 MiB check here protects the API, not the memory. Production
/// sits behind nginx (packaging/nginx), which stops large bodies and floods first.
class HttpServer : public QObject
{
    Q_OBJECT

public:
    explicit HttpServer(HttpApi &api, QObject *parent = nullptr);

    /// Serves TLS with the PEM certificate chain and private key (RSA or EC) in these files.
    Status useTls(const QString &certificatePath, const QString &keyPath);
    /// Starts listening; answers the URL it listens on (port 0 picks a free port).
    Result<QUrl> listen(const QHostAddress &address, quint16 port);

private:
    void serve(const QHttpServerRequest &request, QHttpServerResponder &&responder);

    HttpApi &m_api;
    QHttpServer m_server;
    std::optional<QSslConfiguration> m_tls;
};

} // namespace holdfast::gateway
