#pragma once

#include "common/result.h"
#include "terminalidentity.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerResponder>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>

#include <map>
#include <memory>
#include <vector>

namespace holdfast::simulator {

class Pairing;
class TerminalDevice;

/// The terminal's HTTPS API (docs/terminals.md) on QHttpServer: pairing, bearer-secret checks,
/// strict request parsing, and payment requests held open until their sale ends.
class TerminalServer : public QObject
{
    Q_OBJECT

public:
    TerminalServer(TerminalIdentity identity, Pairing *pairing, TerminalDevice *device, QObject *parent = nullptr);
    ~TerminalServer() override;

    /// Starts listening with TLS; answers the port (the chosen one when `port` is 0).
    Result<quint16> listen(const QHostAddress &address, quint16 port);

private:
    /// A response that is answered later: the payment waiting for its sale, or the control call
    /// waiting for the card it presented to be read. QHttpServer 6.4 lets a handler keep its
    /// QHttpServerResponder; the socket is watched because QHttpServer deletes it on disconnect.
    struct Held
    {
        std::unique_ptr<QHttpServerResponder> responder;
        QPointer<QTcpSocket> socket;
        QString card; ///< for a control call: the card it presented
        bool isAlive() const { return socket && socket->state() == QAbstractSocket::ConnectedState; }
    };

    void setupRoutes();
    bool authorize(const QHttpServerRequest &request, QHttpServerResponder &responder);

    void pair(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void status(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void payment(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void abort(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void sale(const QString &saleId, const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void present(const QHttpServerRequest &request, QHttpServerResponder &&responder);

    void answerWaiters(const QString &saleId);
    void answerPresenters(const QString &saleId);
    void failHeld(const QString &saleId, const Error &error);
    static Held hold(QHttpServerResponder &&responder, const QString &card = QString());

    TerminalIdentity m_identity;
    Pairing *m_pairing;
    TerminalDevice *m_device;
    QHttpServer m_server;
    std::map<QString, std::vector<Held>> m_waiters; // payment requests by saleId
    std::map<QString, std::vector<Held>> m_presenters; // control calls by the saleId their card went to
};

} // namespace holdfast::simulator
