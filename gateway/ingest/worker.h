#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace holdfast::gateway {

class Authorizer;

/// The processing worker of `serve`: decides uploaded payments in steps of Authorizer::stepSize,
/// each its own transaction, returning to the event loop between steps so that HTTP requests are
/// answered meanwhile. It runs when poked (after a batch is stored) and otherwise polls, which
/// picks up work other instances stored and work left by a crash.
///
/// Acknowledging uploads comes first: a register draining its queue sends batch after batch
/// and keeps the ciphertext until each is acknowledged, while processing has no one waiting
/// (registers poll for outcomes). So a poke runs a step once batches pause for `quietMs`, but
/// never later than `maxDelayMs` after the first poke since the last step.
class ProcessingWorker : public QObject
{
    Q_OBJECT

public:
    explicit ProcessingWorker(Authorizer &authorizer, int pollIntervalMs = 1000, QObject *parent = nullptr);

    void start();
    /// Runs a step soon: when uploads pause, at the latest after maxDelayMs.
    void poke();

    static constexpr int quietMs = 20;
    static constexpr int maxDelayMs = 250;

signals:
    /// After each step that decided something.
    void processed(int count);

private:
    void step();

    Authorizer &m_authorizer;
    QTimer m_timer;
    QElapsedTimer m_pokedSince; ///< invalid: no poke waiting
    int m_pollIntervalMs;
};

} // namespace holdfast::gateway
