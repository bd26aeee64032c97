#pragma once

#include "faultplan.h"
#include "httpscan.h"

#include <QAbstractSocket>
#include <QByteArray>
#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace holdfast::faultproxy {

class ProxyServer;

/// One client connection and its own upstream connection. Requests are handled one at a
/// time (later ones wait in the buffer), and each gets the fault the server chose for it.
class ProxySession : public QObject
{
    Q_OBJECT

public:
    /// Takes ownership of `client`; the server is the parent and outlives the session.
    ProxySession(QTcpSocket *client, ProxyServer *server);
    ~ProxySession() override;

    /// Resets the client connection at once (the proxy was cut).
    void reset();
    /// Lets a stalled response go on to the client; false when none is held.
    bool release();
    /// Whether this session withholds a response right now.
    bool isStalled() const;

signals:
    /// The session is over and may be deleted.
    void finished(holdfast::faultproxy::ProxySession *session);

private:
    enum class Phase {
        Idle, ///< waiting for (the rest of) a request
        Forwarding, ///< a request went upstream; its response is awaited, relayed or held
        Trickling, ///< a complete response is going out in small pieces
        Closing, ///< the client connection is being closed after a last write
        Done,
    };

    void readClient();
    void nextRequest();
    void forward(const QByteArray &request);
    void connectUpstream();
    void upstreamConnected();
    void readUpstream();
    void upstreamError(QAbstractSocket::SocketError error);
    void upstreamGone();
    void handleResponse();
    void upstreamEndedEarly();
    void completeResponse(qsizetype length, bool closeAfter);
    void startTrickle(qsizetype length, bool closeAfter);
    void trickleNext();
    void truncate(const HttpFrame &response, qsizetype length);
    void answerInjected(int status);
    void writeToClient(const QByteArray &data);
    void closeClient();
    void resetClient();
    void clientGone();
    void finish();

    ProxyServer *m_server;
    QTcpSocket *m_client;
    QTcpSocket *m_upstream = nullptr;
    QByteArray m_fromClient;
    QByteArray m_fromUpstream;
    QByteArray m_pendingUpstream; ///< a request waiting for the upstream connection to open
    Phase m_phase = Phase::Idle;
    bool m_upstreamConnected = false;
    bool m_upstreamClosed = false;
    bool m_raw = false; ///< unparsable traffic: bytes pass both ways untouched until a close
    bool m_finished = false;

    // The request in flight.
    qint64 m_request = 0;
    Fault m_fault = Fault::None;
    QByteArray m_method;
    bool m_closeAfterRequest = false;
    bool m_released = false;
    bool m_heldLogged = false;
    qsizetype m_relayed = 0; ///< bytes of the current response already passed on

    // A trickle in progress.
    QTimer m_trickleTimer;
    QByteArray m_trickle;
    qsizetype m_trickleOffset = 0;
    qsizetype m_piece = 0;
    int m_pieces = 0;
    bool m_closeAfterTrickle = false;
};

} // namespace holdfast::faultproxy
