#include "connectivity.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QNetworkInformation>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcConnectivity, "holdfast.core.connectivity")

namespace holdfast::sync {

namespace {

constexpr qsizetype historyLength = 50;

} // namespace

QString toWire(Reachability reachability)
{
    switch (reachability) {
    case Reachability::Unknown:
        return u"unknown"_s;
    case Reachability::Online:
        return u"online"_s;
    case Reachability::Slow:
        return u"slow"_s;
    case Reachability::Offline:
        return u"offline"_s;
    }
    Q_UNREACHABLE();
}

QString displayName(Reachability reachability)
{
    switch (reachability) {
    case Reachability::Unknown:
        return QCoreApplication::translate("Connectivity", "Checking…");
    case Reachability::Online:
        return QCoreApplication::translate("Connectivity", "Online");
    case Reachability::Slow:
        return QCoreApplication::translate("Connectivity", "Slow connection");
    case Reachability::Offline:
        return QCoreApplication::translate("Connectivity", "Offline");
    }
    Q_UNREACHABLE();
}

Connectivity::Connectivity(GatewayClient *client, QObject *parent) : QObject(parent), m_client(client)
{
    connect(&m_timer, &QTimer::timeout, this, [this] { probe(); });
    // Where the platform can tell us the network changed, check at once instead of waiting
    // for the next probe. In containers and CI there is no backend; probes still run.
    if (QNetworkInformation::loadDefaultBackend()) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this, [this] { probe(); });
    }
}

void Connectivity::start(int intervalMs)
{
    m_timer.start(intervalMs);
    probe();
}

void Connectivity::stop()
{
    m_timer.stop();
}

void Connectivity::probe(std::function<void(bool)> done)
{
    m_client->health([this, done = std::move(done)](Result<Health> health) {
        if (!health) {
            setState(Reachability::Offline, health.error().message);
        } else {
            m_lastContact = QDateTime::currentMSecsSinceEpoch();
            emit healthObserved(health.value());
            const bool fast = health->latencyMs <= m_latencyBoundMs;
            setState(fast ? Reachability::Online : Reachability::Slow, u"%1 ms"_s.arg(health->latencyMs));
        }
        if (done) {
            done(m_state == Reachability::Online);
        }
    });
}

void Connectivity::observe(bool answered, const QString &detail)
{
    if (answered) {
        m_lastContact = QDateTime::currentMSecsSinceEpoch();
        if (m_state != Reachability::Slow) {
            setState(Reachability::Online, detail);
        }
    } else {
        setState(Reachability::Offline, detail);
    }
}

void Connectivity::setState(Reachability state, const QString &detail)
{
    if (state == m_state) {
        return;
    }
    qCInfo(lcConnectivity) << "gateway" << toWire(state) << detail;
    m_state = state;
    m_history.append({QDateTime::currentMSecsSinceEpoch(), state, detail});
    if (m_history.size() > historyLength) {
        m_history.removeFirst();
    }
    emit stateChanged(state);
}

} // namespace holdfast::sync
