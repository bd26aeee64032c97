#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QTcpServer>

namespace holdfast::faultproxy {

class ProxyServer;

/// The proxy's control channel: a tiny HTTP/1.1 JSON API on its own port (see README.md),
/// one request per connection. Bad input gets 400 and changes nothing.
class ControlServer : public QObject
{
    Q_OBJECT

public:
    /// A control answer: HTTP status and JSON body.
    struct Reply
    {
        int status = 200;
        QJsonObject body;
    };

    explicit ControlServer(ProxyServer *proxy, QObject *parent = nullptr);

    bool listen(const QHostAddress &address, quint16 port = 0);
    quint16 port() const { return m_server.serverPort(); }
    QString errorString() const { return m_server.errorString(); }

    /// Answers one control request (method, path without query, raw body).
    Reply handle(const QByteArray &method, const QByteArray &path, const QByteArray &body);

private:
    void acceptConnections();
    QJsonObject state() const;
    Reply setProbabilities(const QJsonObject &request);
    Reply force(const QJsonObject &request);
    Reply setTrickle(const QJsonObject &request);

    ProxyServer *m_proxy;
    QTcpServer m_server;
};

} // namespace holdfast::faultproxy
