#pragma once

#include "serverprocess.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace holdfast::test {

/// The fault-injecting proxy (tests/faultproxy) as a real process between a client and an
/// upstream server, driven through its control channel. Every call is bounded in time.
class FaultProxy
{
public:
    /// What the proxy has seen, from GET /state.
    struct Counters
    {
        qint64 connections = 0; ///< client connections accepted while not cut
        qint64 refused = 0; ///< connections reset at once because the proxy was cut
        qint64 requests = 0; ///< complete requests received
        qint64 forwarded = 0; ///< requests written to the upstream
        qint64 upstreamErrors = 0; ///< upstream connections that could not be opened
        int stalled = 0; ///< requests stalled right now
        bool cut = false;
        QMap<QString, qint64> faults; ///< requests per fault applied, "none" included

        qint64 fault(const QString &name) const { return faults.value(name); }
    };

    FaultProxy();
    ~FaultProxy();
    FaultProxy(const FaultProxy &) = delete;
    FaultProxy &operator=(const FaultProxy &) = delete;

    /// Starts holdfast-faultproxy on a free loopback port in front of `upstream`, with the
    /// control channel on; `arguments` adds options such as --seed or --fault.
    bool start(const QUrl &upstream, const QStringList &arguments = {}, int timeoutMs = 15000);
    void stop();

    /// Where clients connect instead of the upstream.
    QUrl url() const { return m_process.url(); }
    QUrl controlUrl() const { return m_controlUrl; }

    /// Replaces the probability table, e.g. {{"stall", 0.1}, {"http-503", 0.2}}.
    bool setProbabilities(const QMap<QString, double> &probabilities);
    /// The next `count` requests get `fault` (queued after earlier forced faults).
    bool force(const QString &fault, int count = 1);
    bool clearForced();
    /// Simulated outage: every connection, open or new, is reset until restore().
    bool cut();
    bool restore();
    /// Lets every stalled response go; the number released, or -1 when the call failed.
    int releaseStalls();
    bool setTrickle(int bytes, int gapMs, int maxMs);

    /// The whole GET /state answer.
    std::optional<QJsonObject> state();
    std::optional<Counters> counters();

    /// Why the last call failed.
    QString errorString() const { return m_error; }
    /// Everything the proxy printed (its per-request log), for failure messages.
    QByteArray output() const { return m_process.output(); }
    ServerProcess &process() { return m_process; }

private:
    std::optional<QJsonObject> call(const QByteArray &verb, const QString &path, const QJsonObject &body = {});

    ServerProcess m_process;
    QUrl m_controlUrl;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QString m_error;
};

} // namespace holdfast::test
