#pragma once

#include "gatewayclient.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QTimer>

#include <optional>

namespace holdfast::sync {

/// Whether the gateway can be used right now, as active probes and real calls found it.
enum class Reachability { Unknown, Online, Slow, Offline };

QString toWire(Reachability reachability); ///< unknown, online, slow, offline
QString displayName(Reachability reachability);

/// One change of reachability, for the history the UI and `holdfastctl status` show.
struct ReachabilityChange
{
    qint64 atMs = 0; ///< wall-clock time of the change
    Reachability state = Reachability::Unknown;
    QString detail; ///< the error that took it offline, or the latency
};

/// Watches the gateway. Qt's QNetworkInformation (where a backend exists) only hints that the
/// network changed; every verdict comes from an active probe of GET /v1/health with a latency
/// bound, or from the outcome of a real call the uploader reports.
class Connectivity : public QObject
{
    Q_OBJECT

public:
    /// Probes at most every `intervalMs` while running; faster while offline is not useful.
    explicit Connectivity(GatewayClient *client, QObject *parent = nullptr);

    void start(int intervalMs = 15000);
    void stop();
    /// Probes now; `done(true)` when the gateway answered within the latency bound.
    void probe(std::function<void(bool healthy)> done = {});
    /// Answers slower than this count as Slow: AUTO_DETECT goes offline rather than wait.
    void setLatencyBoundMs(qint64 ms) { m_latencyBoundMs = ms; }
    qint64 latencyBoundMs() const { return m_latencyBoundMs; }

    Reachability state() const { return m_state; }
    bool isHealthy() const { return m_state == Reachability::Online; }
    /// When the gateway last answered anything (ms since the epoch), if ever.
    std::optional<qint64> lastContactMs() const { return m_lastContact; }
    QList<ReachabilityChange> history() const { return m_history; }

    /// What a real call found: keeps the state current without extra probes.
    void observe(bool answered, const QString &detail = {});

signals:
    void stateChanged(holdfast::sync::Reachability state);
    /// Each health answer, with the gateway's time: the trusted clock anchors to it.
    void healthObserved(const holdfast::sync::Health &health);

private:
    void setState(Reachability state, const QString &detail);

    GatewayClient *m_client;
    QTimer m_timer;
    Reachability m_state = Reachability::Unknown;
    qint64 m_latencyBoundMs = 2000;
    std::optional<qint64> m_lastContact;
    QList<ReachabilityChange> m_history;
};

} // namespace holdfast::sync
