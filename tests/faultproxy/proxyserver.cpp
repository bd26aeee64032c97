#include "proxyserver.h"

#include "proxysession.h"
#include "tcpreset.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcServer, "holdfast.faultproxy.proxyserver", QtInfoMsg)

namespace holdfast::faultproxy {

Status TrickleSettings::validate() const
{
    const auto outOfRange = [](const char *name, int low, int high) {
        return Error {u"bad_trickle"_s,
                      QCoreApplication::translate("TrickleSettings", "The trickle %1 must be from %2 to %3.")
                          .arg(QLatin1StringView(name))
                          .arg(low)
                          .arg(high)};
    };
    if (bytes < 1 || bytes > 65536) {
        return outOfRange("bytes", 1, 65536);
    }
    if (gapMs < 0 || gapMs > 1000) {
        return outOfRange("gap (ms)", 0, 1000);
    }
    if (maxMs < 0 || maxMs > 60000) {
        return outOfRange("maximum duration (ms)", 0, 60000);
    }
    return {};
}

ProxyServer::ProxyServer(QHostAddress upstreamHost, quint16 upstreamPort, quint32 seed, QObject *parent)
    : QObject(parent), m_upstreamHost(std::move(upstreamHost)), m_upstreamPort(upstreamPort), m_plan(seed)
{
    m_counters.faults.insert(Fault::None, 0);
    for (const Fault fault : injectableFaults()) {
        m_counters.faults.insert(fault, 0);
    }
    connect(&m_server, &QTcpServer::newConnection, this, &ProxyServer::acceptConnections);
}

ProxyServer::~ProxyServer()
{
    // Sessions are children; stop them reporting back while the server is half destroyed.
    for (ProxySession *session : std::as_const(m_sessions)) {
        disconnect(session, nullptr, this, nullptr);
    }
}

bool ProxyServer::listen(const QHostAddress &address, quint16 port)
{
    return m_server.listen(address, port);
}

Status ProxyServer::setTrickle(const TrickleSettings &settings)
{
    if (Status valid = settings.validate(); !valid) {
        return valid;
    }
    m_trickle = settings;
    qCInfo(lcServer).noquote() << u"trickle: %1 bytes every %2 ms, at most %3 ms"_s.arg(settings.bytes)
                                      .arg(settings.gapMs)
                                      .arg(settings.maxMs);
    return {};
}

void ProxyServer::setCut(bool cut)
{
    if (cut == m_cut) {
        return;
    }
    m_cut = cut;
    if (!cut) {
        qCInfo(lcServer) << "restored: accepting connections again";
        return;
    }
    qCInfo(lcServer) << "cut: resetting" << m_sessions.size() << "open connections and refusing new ones";
    // A session that is reset reports back at once and leaves m_sessions; walk a copy.
    const QList<ProxySession *> sessions = m_sessions;
    for (ProxySession *session : sessions) {
        session->reset();
    }
}

int ProxyServer::releaseStalls()
{
    int released = 0;
    const QList<ProxySession *> sessions = m_sessions;
    for (ProxySession *session : sessions) {
        released += session->release() ? 1 : 0;
    }
    return released;
}

int ProxyServer::stalledCount() const
{
    int stalled = 0;
    for (const ProxySession *session : m_sessions) {
        stalled += session->isStalled() ? 1 : 0;
    }
    return stalled;
}

std::pair<qint64, Fault> ProxyServer::admitRequest(const HttpFrame &request)
{
    const qint64 number = ++m_counters.requests;
    const Fault fault = m_plan.next();
    ++m_counters.faults[fault];
    // The path only: a query string could one day carry something that is not ours to log.
    const qsizetype query = request.target.indexOf('?');
    const QByteArray path = query < 0 ? request.target : request.target.first(query);
    qCInfo(lcServer).noquote() << u"#%1 %2 %3 fault=%4"_s.arg(number).arg(QString::fromLatin1(request.method),
                                                                          QString::fromLatin1(path), faultName(fault));
    return {number, fault};
}

void ProxyServer::acceptConnections()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        if (m_cut) {
            ++m_counters.refused;
            qCInfo(lcServer) << "connection refused: the proxy is cut";
            resetConnection(client);
            client->deleteLater();
            continue;
        }
        ++m_counters.connections;
        auto *session = new ProxySession(client, this);
        connect(session, &ProxySession::finished, this, &ProxyServer::sessionFinished);
        m_sessions.append(session);
    }
}

void ProxyServer::sessionFinished(ProxySession *session)
{
    m_sessions.removeOne(session);
    session->deleteLater();
}

} // namespace holdfast::faultproxy
