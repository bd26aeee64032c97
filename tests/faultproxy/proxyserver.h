#pragma once

#include "faultplan.h"
#include "httpscan.h"

#include <QHostAddress>
#include <QList>
#include <QMap>
#include <QObject>
#include <QTcpServer>

#include <utility>

namespace holdfast::faultproxy {

class ProxySession;

/// How a trickled response is paced: pieces of `bytes` with `gapMs` between them, but the
/// pieces grow so that the whole response takes about `maxMs` at most.
struct TrickleSettings
{
    int bytes = 8;
    int gapMs = 20;
    int maxMs = 2000;

    /// Whether the values are within the proxy's bounds; an error names the first that is not.
    Status validate() const;
};

/// What the proxy has seen since it started.
struct ProxyCounters
{
    qint64 connections = 0; ///< client connections accepted while not cut
    qint64 refused = 0; ///< client connections reset at once because the proxy was cut
    qint64 requests = 0; ///< complete requests received from clients
    qint64 forwarded = 0; ///< requests written to the upstream
    qint64 upstreamErrors = 0; ///< upstream connections that could not be opened
    QMap<Fault, qint64> faults; ///< requests per fault applied, "none" included
};

/// The proxy: accepts client connections, gives each its own session (and so its own
/// upstream connection), chooses the fault of every request and keeps the counters.
class ProxyServer : public QObject
{
    Q_OBJECT

public:
    ProxyServer(QHostAddress upstreamHost, quint16 upstreamPort, quint32 seed, QObject *parent = nullptr);
    ~ProxyServer() override;

    /// Starts accepting; false (see errorString()) when the address cannot be bound.
    bool listen(const QHostAddress &address, quint16 port);
    QString errorString() const { return m_server.errorString(); }
    QHostAddress address() const { return m_server.serverAddress(); }
    quint16 port() const { return m_server.serverPort(); }

    FaultPlan &plan() { return m_plan; }
    const FaultPlan &plan() const { return m_plan; }
    TrickleSettings trickle() const { return m_trickle; }
    /// Changes the pace of later trickles; on error nothing changes.
    Status setTrickle(const TrickleSettings &settings);

    bool isCut() const { return m_cut; }
    /// Cutting resets every open connection and then every new one until restored.
    void setCut(bool cut);
    /// Lets every stalled response go; returns how many were held.
    int releaseStalls();
    /// How many requests are stalled right now.
    int stalledCount() const;
    const ProxyCounters &counters() const { return m_counters; }

    QHostAddress upstreamHost() const { return m_upstreamHost; }
    quint16 upstreamPort() const { return m_upstreamPort; }

    /// Numbers a complete request, chooses its fault, counts and logs it (never its body).
    std::pair<qint64, Fault> admitRequest(const HttpFrame &request);
    void countForwarded() { ++m_counters.forwarded; }
    void countUpstreamError() { ++m_counters.upstreamErrors; }

private:
    void acceptConnections();
    void sessionFinished(ProxySession *session);

    QTcpServer m_server;
    QHostAddress m_upstreamHost;
    quint16 m_upstreamPort;
    FaultPlan m_plan;
    TrickleSettings m_trickle;
    ProxyCounters m_counters;
    QList<ProxySession *> m_sessions;
    bool m_cut = false;
};

} // namespace holdfast::faultproxy
