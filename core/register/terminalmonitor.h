#pragma once

#include "registerstatus.h"
#include "terminal/terminaldriver.h"

#include <QObject>
#include <QTimer>

#include <optional>

namespace holdfast {

/// Watches the paired LAN terminal with GET status calls, so the cashier sees whether it can
/// take a card and when it last answered, before the customer is asked to tap.
class TerminalMonitor : public QObject
{
    Q_OBJECT

public:
    explicit TerminalMonitor(terminal::TerminalDriver &driver, QObject *parent = nullptr);

    /// Asks now and then every `intervalMs`.
    void start(int intervalMs = 10000);
    void stop();
    /// Asks the terminal now (a pairing changed, or the cashier is about to use it).
    void probe();
    /// What a real call found: a card read or an answered payment is contact too.
    void observe(bool answered);

    TerminalLink link() const;
    /// Its model, or its id when it has none.
    QString name() const;
    /// Wall-clock time of the last answer (ms since the epoch), if any.
    std::optional<qint64> lastContactMs() const { return m_lastContact; }

signals:
    void changed();

private:
    void setLink(TerminalLink link);

    terminal::TerminalDriver &m_driver;
    QTimer m_timer;
    TerminalLink m_link = TerminalLink::Unknown;
    std::optional<qint64> m_lastContact;
    bool m_probing = false;
};

} // namespace holdfast
