#include "quickacktcpserver.h"

#include <QSslServer>
#include <QSslSocket>
#include <QTcpSocket>

#ifdef Q_OS_LINUX
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif

namespace holdfast::gateway {

namespace {

// Qt writes a response into the socket's buffer and sends it from the event loop; when another
// connection's request is already waiting, that one is handled first and the finished answer
// waits for it (a register with two upload batches in flight gets both answers late). So before
// a request is read, the answers already written on the server's other connections go out.
void sendOtherAnswers(const QAbstractSocket *reading)
{
    const QObject *server = reading->parent(); // the QTcpServer that accepted them all
    if (!server) {
        return;
    }
    const auto connections = server->findChildren<QAbstractSocket *>(Qt::FindDirectChildrenOnly);
    for (QAbstractSocket *connection : connections) {
        if (connection != reading && connection->bytesToWrite() > 0) {
            connection->flush();
        }
    }
}

void acknowledgeAtOnce(QAbstractSocket *socket)
{
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1); // answers go out whole, too
#ifdef Q_OS_LINUX
    const auto quickAck = [socket] {
        const int on = 1;
        setsockopt(int(socket->socketDescriptor()), IPPROTO_TCP, TCP_QUICKACK, &on, sizeof on);
    };
    quickAck();
    // Connected before QHttpServer's own reader, so it runs first on every arrival.
    QObject::connect(socket, &QAbstractSocket::readyRead, socket, quickAck);
#endif
    QObject::connect(socket, &QAbstractSocket::readyRead, socket, [socket] { sendOtherAnswers(socket); });
}

class QuickAckTcpServer final : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        acknowledgeAtOnce(socket);
        addPendingConnection(socket);
    }
};

} // namespace

QTcpServer *createQuickAckServer(const std::optional<QSslConfiguration> &tls, QObject *parent)
{
    if (!tls) {
        return new QuickAckTcpServer(parent);
    }
    auto *server = new QSslServer(parent);
    server->setSslConfiguration(*tls);
    QObject::connect(server, &QSslServer::startedEncryptionHandshake, server,
                     [](QSslSocket *socket) { acknowledgeAtOnce(socket); });
    return server;
}

} // namespace holdfast::gateway
