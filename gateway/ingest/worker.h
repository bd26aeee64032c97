#pragma once

#include <QObject>
#include <QTimer>

namespace holdfast::gateway {

class Authorizer;

/// The processing worker of `serve`: decides uploaded payments in steps of Authorizer::stepSize,
/// each its own transaction, returning to the event loop between steps so that HTTP requests are
/// answered meanwhile. It runs at once when poked (after a batch is stored) and otherwise polls,
/// which picks up work other instances stored and work left by a crash.
class ProcessingWorker : public QObject
{
    Q_OBJECT

public:
    explicit ProcessingWorker(Authorizer &authorizer, int pollIntervalMs = 1000, QObject *parent = nullptr);

    void start();
    /// Runs a step soon (on the next event-loop turn).
    void poke();

signals:
    /// After each step that decided something.
    void processed(int count);

private:
    void step();

    Authorizer &m_authorizer;
    QTimer m_timer;
    int m_pollIntervalMs;
};

} // namespace holdfast::gateway
