#pragma once

#include <QLabel>
#include <QWidget>

#include <chrono>

namespace holdfast::simulator {

class Pairing;
class TerminalDevice;

/// The simulator's optional window (--gui): the pairing code as a real terminal shows it, what
/// the terminal is doing, and a button per test card to "tap" it.
class TerminalWindow : public QWidget
{
    Q_OBJECT

public:
    TerminalWindow(TerminalDevice *device, Pairing *pairing, std::chrono::milliseconds pairingTtl,
                   QWidget *parent = nullptr);

private:
    void showCode(const QString &code);
    void showState();

    TerminalDevice *m_device;
    Pairing *m_pairing;
    std::chrono::milliseconds m_pairingTtl;
    QLabel m_code;
    QLabel m_state;
    QLabel m_queue;
};

} // namespace holdfast::simulator
