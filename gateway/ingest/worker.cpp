#include "worker.h"

#include "authorizer.h"

#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcWorker, "holdfast.gateway.worker", QtInfoMsg)

namespace holdfast::gateway {

ProcessingWorker::ProcessingWorker(Authorizer &authorizer, int pollIntervalMs, QObject *parent)
    : QObject(parent), m_authorizer(authorizer), m_pollIntervalMs(pollIntervalMs)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ProcessingWorker::step);
}

void ProcessingWorker::start()
{
    poke();
}

void ProcessingWorker::poke()
{
    if (!m_pokedSince.isValid()) {
        m_pokedSince.start();
    }
    const qint64 left = maxDelayMs - m_pokedSince.elapsed();
    m_timer.start(int(std::clamp<qint64>(left, 0, quietMs)));
}

void ProcessingWorker::step()
{
    m_pokedSince.invalidate();
    auto decided = m_authorizer.processPending();
    if (!decided) {
        // Storage trouble or an unreachable processor: the payments stay UPLOADED; try later.
        qCWarning(lcWorker).noquote() << "processing step failed:" << decided.error().code;
        m_timer.start(m_pollIntervalMs);
        return;
    }
    if (decided.value() > 0) {
        emit processed(decided.value());
    }
    // A full step means more may be waiting: continue right after pending HTTP requests.
    m_timer.start(decided.value() >= Authorizer::stepSize ? 0 : m_pollIntervalMs);
}

} // namespace holdfast::gateway
