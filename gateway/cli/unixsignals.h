#pragma once

#include <QObject>

class QSocketNotifier;

namespace holdfast::gateway::cli {

/// Turns SIGTERM and SIGINT into a clean QCoreApplication::quit(), so that `serve` stops between
/// requests and closes its database (systemd stops it with SIGTERM). The handler only writes a
/// byte to a pipe, the one thing safe to do in a signal handler; the event loop does the rest.
class UnixSignals : public QObject
{
    Q_OBJECT

public:
    explicit UnixSignals(QObject *parent = nullptr);
    ~UnixSignals() override;

signals:
    void terminationRequested();

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace holdfast::gateway::cli
