#include "proxysession.h"

#include "proxyserver.h"
#include "tcpreset.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTcpSocket>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSession, "holdfast.faultproxy.proxysession", QtInfoMsg)

namespace holdfast::faultproxy {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return "Bad Request";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Error";
    }
}

// An answer the proxy makes up itself, shaped like the gateway's errors (DESIGN section 6).
QByteArray localResponse(int status, const QString &code, const QString &detail)
{
    const QByteArray body
        = QJsonDocument(QJsonObject {{u"error"_s, QJsonObject {{u"code"_s, code}, {u"detail"_s, detail}}}})
              .toJson(QJsonDocument::Compact);
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status)
        + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\nConnection: close\r\n\r\n" + body;
}

} // namespace

ProxySession::ProxySession(QTcpSocket *client, ProxyServer *server)
    : QObject(server), m_server(server), m_client(client)
{
    m_client->setParent(this);
    // Small writes (a trickle) must leave as separate segments, not wait for the peer's ACK.
    m_client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(m_client, &QTcpSocket::readyRead, this, &ProxySession::readClient);
    connect(m_client, &QTcpSocket::disconnected, this, &ProxySession::clientGone);
    connect(&m_trickleTimer, &QTimer::timeout, this, &ProxySession::trickleNext);
    if (m_client->bytesAvailable() > 0) {
        readClient();
    }
}

ProxySession::~ProxySession() = default;

void ProxySession::reset()
{
    if (m_phase == Phase::Forwarding || m_phase == Phase::Trickling) {
        qCInfo(lcSession).noquote() << u"#%1 cut while in flight"_s.arg(m_request);
    }
    resetClient();
}

bool ProxySession::release()
{
    if (!isStalled()) {
        return false;
    }
    m_released = true;
    qCInfo(lcSession).noquote() << u"#%1 stall released"_s.arg(m_request);
    handleResponse();
    return true;
}

bool ProxySession::isStalled() const
{
    return m_phase == Phase::Forwarding && m_fault == Fault::Stall && !m_released;
}

void ProxySession::readClient()
{
    const QByteArray data = m_client->readAll();
    if (m_phase == Phase::Closing || m_phase == Phase::Done) {
        return;
    }
    if (m_raw) {
        if (m_upstream != nullptr) {
            m_upstream->write(data);
        }
        return;
    }
    m_fromClient += data;
    nextRequest();
}

void ProxySession::nextRequest()
{
    if (m_phase != Phase::Idle || m_fromClient.isEmpty()) {
        return;
    }
    const HttpFrame frame = scanRequest(m_fromClient);
    if (frame.state == HttpFrame::State::Invalid) {
        qCWarning(lcSession).noquote() << u"unparsable request (%1): answering 400"_s.arg(frame.error);
        writeToClient(localResponse(400, u"bad_request"_s, u"The fault proxy could not parse the request."_s));
        closeClient();
        return;
    }
    if (!frame.isComplete()) {
        return;
    }
    const QByteArray request = m_fromClient.first(frame.totalLength);
    m_fromClient.remove(0, frame.totalLength);
    std::tie(m_request, m_fault) = m_server->admitRequest(frame);
    m_method = frame.method;
    m_closeAfterRequest = frame.connectionClose;
    m_released = false;
    m_heldLogged = false;
    m_relayed = 0;

    switch (m_fault) {
    case Fault::ResetBefore:
        resetClient();
        return;
    case Fault::Http500:
    case Fault::Http503:
        answerInjected(m_fault == Fault::Http500 ? 500 : 503);
        return;
    default:
        forward(request);
        return;
    }
}

void ProxySession::forward(const QByteArray &request)
{
    m_phase = Phase::Forwarding;
    if (m_upstream == nullptr) {
        m_pendingUpstream = request;
        connectUpstream();
        return;
    }
    m_upstream->write(request);
    m_server->countForwarded();
}

void ProxySession::connectUpstream()
{
    m_upstream = new QTcpSocket(this);
    connect(m_upstream, &QTcpSocket::connected, this, &ProxySession::upstreamConnected);
    connect(m_upstream, &QTcpSocket::readyRead, this, &ProxySession::readUpstream);
    connect(m_upstream, &QTcpSocket::disconnected, this, &ProxySession::upstreamGone);
    connect(m_upstream, &QTcpSocket::errorOccurred, this, &ProxySession::upstreamError);
    m_upstream->connectToHost(m_server->upstreamHost(), m_server->upstreamPort());
}

void ProxySession::upstreamConnected()
{
    m_upstreamConnected = true;
    m_upstream->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    if (!m_pendingUpstream.isEmpty()) {
        m_upstream->write(m_pendingUpstream);
        m_pendingUpstream.clear();
        m_server->countForwarded();
    }
}

void ProxySession::upstreamError(QAbstractSocket::SocketError error)
{
    if (!m_upstreamConnected) {
        // The upstream is down: the client sees what it would see without the proxy, a refusal.
        m_server->countUpstreamError();
        qCInfo(lcSession).noquote() << u"#%1 upstream unreachable (%2): resetting the client"_s.arg(m_request).arg(
            m_upstream->errorString());
        resetClient();
        return;
    }
    if (error != QAbstractSocket::RemoteHostClosedError && m_upstream->state() == QAbstractSocket::UnconnectedState) {
        upstreamGone(); // not every error is followed by disconnected()
    }
}

void ProxySession::readUpstream()
{
    const QByteArray data = m_upstream->readAll();
    if (m_raw) {
        writeToClient(data);
        return;
    }
    m_fromUpstream += data;
    if (m_phase == Phase::Forwarding) {
        handleResponse();
    }
}

void ProxySession::upstreamGone()
{
    if (m_upstreamClosed || m_finished) {
        return;
    }
    m_upstreamClosed = true;
    if (m_upstream->bytesAvailable() > 0) {
        const QByteArray rest = m_upstream->readAll();
        if (m_raw) {
            writeToClient(rest);
        } else {
            m_fromUpstream += rest;
        }
    }
    if (m_raw || m_phase == Phase::Idle) {
        closeClient(); // mirror the upstream ending a kept-alive connection
    } else if (m_phase == Phase::Forwarding) {
        handleResponse();
    }
    // While trickling, the close follows the last piece.
}

void ProxySession::handleResponse()
{
    while (m_phase == Phase::Forwarding) {
        const HttpFrame frame = scanResponse(m_fromUpstream, m_method);
        if (frame.state == HttpFrame::State::Invalid) {
            qCWarning(lcSession).noquote()
                << u"#%1 unparsable response (%2): passing bytes through untouched"_s.arg(m_request).arg(frame.error);
            m_raw = true;
            m_phase = Phase::Idle;
            writeToClient(m_fromUpstream.sliced(m_relayed));
            m_fromUpstream.clear();
            if (m_upstreamClosed) {
                closeClient();
            }
            return;
        }
        qsizetype length = frame.isComplete() ? frame.totalLength : -1;
        if (length < 0 && m_upstreamClosed) {
            if (!frame.untilClose) {
                upstreamEndedEarly();
                return;
            }
            length = m_fromUpstream.size(); // its body ended with the connection
        }
        if (frame.isComplete() && frame.isInterim()) {
            if (isStalled()) {
                return;
            }
            // "100 Continue" and the like go on as they are (part of it may have been streamed already).
            const qsizetype unsent = std::max<qsizetype>(0, length - m_relayed);
            writeToClient(m_fromUpstream.sliced(length - unsent, unsent));
            m_fromUpstream.remove(0, length);
            m_relayed = std::max<qsizetype>(0, m_relayed - length);
            continue;
        }
        const bool closeAfter = frame.connectionClose || frame.untilClose;
        switch (m_fault) {
        case Fault::Stall:
            if (!m_released) {
                if (length >= 0 && !m_heldLogged) {
                    m_heldLogged = true;
                    qCInfo(lcSession).noquote() << u"#%1 holding a %2-byte response"_s.arg(m_request).arg(length);
                }
                return;
            }
            [[fallthrough]];
        case Fault::None:
            // Stream as it arrives, so chunked or slow answers pass through untouched.
            writeToClient(m_fromUpstream.sliced(m_relayed, (length < 0 ? m_fromUpstream.size() : length) - m_relayed));
            m_relayed = length < 0 ? m_fromUpstream.size() : length;
            if (length >= 0) {
                completeResponse(length, closeAfter);
            }
            return;
        case Fault::Trickle:
            if (length >= 0) {
                startTrickle(length, closeAfter);
            }
            return;
        case Fault::ResetAfter:
            if (length >= 0) {
                qCInfo(lcSession).noquote()
                    << u"#%1 upstream answered %2 bytes: resetting the client instead"_s.arg(m_request).arg(length);
                resetClient();
            }
            return;
        case Fault::Truncate:
            if (length >= 0) {
                truncate(frame, length);
            }
            return;
        case Fault::ResetBefore:
        case Fault::Http500:
        case Fault::Http503:
            Q_UNREACHABLE();
            return;
        }
    }
}

void ProxySession::upstreamEndedEarly()
{
    qCInfo(lcSession).noquote() << u"#%1 upstream closed after %2 bytes of its response"_s.arg(m_request).arg(
        m_fromUpstream.size());
    if (m_fault == Fault::ResetAfter) {
        resetClient();
    } else if (!isStalled()) {
        // Whatever the fault, the client gets what the upstream gave, then the same close.
        writeToClient(m_fromUpstream.sliced(m_relayed));
        closeClient();
    }
}

void ProxySession::completeResponse(qsizetype length, bool closeAfter)
{
    m_fromUpstream.remove(0, length);
    m_relayed = 0;
    m_phase = Phase::Idle;
    if (closeAfter || m_closeAfterRequest || m_upstreamClosed) {
        closeClient();
    } else {
        nextRequest(); // a pipelined request may already be waiting
    }
}

void ProxySession::startTrickle(qsizetype length, bool closeAfter)
{
    const TrickleSettings pace = m_server->trickle();
    // Bounded: with at most maxMs / gapMs gaps, large responses go out in larger pieces.
    const qsizetype maxPieces = pace.gapMs > 0 ? std::max(1, pace.maxMs / pace.gapMs + 1) : 1;
    m_trickle = m_fromUpstream.first(length);
    m_fromUpstream.remove(0, length);
    m_trickleOffset = 0;
    m_piece = std::max<qsizetype>(pace.bytes, (length + maxPieces - 1) / maxPieces);
    m_pieces = 0;
    m_closeAfterTrickle = closeAfter;
    m_phase = Phase::Trickling;
    m_trickleTimer.start(pace.gapMs);
    trickleNext();
}

void ProxySession::trickleNext()
{
    const qsizetype size = std::min(m_piece, m_trickle.size() - m_trickleOffset);
    writeToClient(m_trickle.sliced(m_trickleOffset, size));
    m_client->flush();
    m_trickleOffset += size;
    ++m_pieces;
    if (m_trickleOffset < m_trickle.size()) {
        return;
    }
    m_trickleTimer.stop();
    qCInfo(lcSession).noquote()
        << u"#%1 trickled %2 bytes in %3 pieces"_s.arg(m_request).arg(m_trickle.size()).arg(m_pieces);
    m_trickle.clear();
    m_phase = Phase::Idle;
    if (m_closeAfterTrickle || m_closeAfterRequest || m_upstreamClosed) {
        closeClient();
    } else {
        nextRequest();
    }
}

void ProxySession::truncate(const HttpFrame &response, qsizetype length)
{
    // Half the body; without a body, half the headers, so the client always gets less than whole.
    const qsizetype body = length - response.headerLength;
    const qsizetype kept = body > 0 ? response.headerLength + body / 2 : response.headerLength / 2;
    qCInfo(lcSession).noquote() << u"#%1 truncated the response to %2 of %3 bytes"_s.arg(m_request).arg(kept).arg(
        length);
    writeToClient(m_fromUpstream.first(kept));
    closeClient();
}

void ProxySession::answerInjected(int status)
{
    writeToClient(
        localResponse(status, u"injected_fault"_s,
                      u"HTTP %1 injected by holdfast-faultproxy; the request was not forwarded."_s.arg(status)));
    closeClient();
}

void ProxySession::writeToClient(const QByteArray &data)
{
    if (!data.isEmpty() && m_client->state() == QAbstractSocket::ConnectedState) {
        m_client->write(data);
    }
}

void ProxySession::closeClient()
{
    if (m_phase == Phase::Closing || m_phase == Phase::Done) {
        return;
    }
    m_phase = Phase::Closing;
    if (m_upstream != nullptr) {
        disconnect(m_upstream, nullptr, this, nullptr);
        m_upstream->abort();
    }
    // An orderly close after the pending output is written; disconnected() then ends the session.
    m_client->disconnectFromHost();
    if (m_client->state() == QAbstractSocket::UnconnectedState) {
        finish();
    }
}

void ProxySession::resetClient()
{
    m_phase = Phase::Done;
    resetConnection(m_client);
    finish();
}

void ProxySession::clientGone()
{
    if (isStalled()) {
        qCInfo(lcSession).noquote() << u"#%1 client gave up on the stalled request"_s.arg(m_request);
    } else if (m_phase == Phase::Forwarding || m_phase == Phase::Trickling) {
        qCInfo(lcSession).noquote() << u"#%1 client left before the response was complete"_s.arg(m_request);
    }
    finish();
}

void ProxySession::finish()
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_phase = Phase::Done;
    m_trickleTimer.stop();
    disconnect(m_client, nullptr, this, nullptr);
    if (m_upstream != nullptr) {
        disconnect(m_upstream, nullptr, this, nullptr);
        m_upstream->abort();
    }
    if (m_client->state() != QAbstractSocket::UnconnectedState) {
        m_client->abort();
    }
    emit finished(this);
}

} // namespace holdfast::faultproxy
