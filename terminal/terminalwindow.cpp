#include "terminalwindow.h"

#include "pairing.h"
#include "terminaldevice.h"
#include "testcards.h"

#include <QGridLayout>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace holdfast::simulator {

namespace wt = wire::terminal;

TerminalWindow::TerminalWindow(TerminalDevice *device, Pairing *pairing, std::chrono::milliseconds pairingTtl,
                               QWidget *parent)
    : QWidget(parent), m_device(device), m_pairing(pairing), m_pairingTtl(pairingTtl)
{
    setWindowTitle(tr("Holdfast terminal simulator"));
    auto *layout = new QVBoxLayout(this);
    QFont big = m_code.font();
    big.setPointSizeF(big.pointSizeF() * 2);
    m_code.setFont(big);
    m_code.setAlignment(Qt::AlignCenter);
    m_code.setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_state.setFont(big);
    m_state.setAlignment(Qt::AlignCenter);
    layout->addWidget(&m_code);
    auto *newCode = new QPushButton(tr("New pairing code"), this);
    layout->addWidget(newCode);
    layout->addWidget(&m_state);
    layout->addWidget(&m_queue);

    auto *cards = new QGridLayout;
    int index = 0;
    for (const TestCard &card : testCards()) {
        auto *button = new QPushButton(
            tr("%1 (%2 %3, %4)").arg(card.name, card.brand, card.last4(), crypto::toWire(card.entry)), this);
        connect(button, &QPushButton::clicked, this, [this, card] {
            (void)m_device->present(card);
            showState();
        });
        cards->addWidget(button, index / 2, index % 2);
        ++index;
    }
    layout->addLayout(cards);

    connect(newCode, &QPushButton::clicked, this, [this] { m_pairing->issueCode(m_pairingTtl); });
    connect(m_pairing, &Pairing::codeChanged, this, &TerminalWindow::showCode);
    connect(m_device, &TerminalDevice::stateChanged, this, &TerminalWindow::showState);
    showCode(m_pairing->activeCode());
    showState();
}

void TerminalWindow::showCode(const QString &code)
{
    if (!code.isEmpty()) {
        m_code.setText(tr("Pairing code: %1").arg(code));
    } else {
        m_code.setText(m_pairing->isPaired() ? tr("Paired with a register") : tr("Not paired: ask for a new code"));
    }
}

void TerminalWindow::showState()
{
    const auto amount = m_device->currentAmount();
    switch (m_device->state()) {
    case wt::TerminalState::Idle:
        m_state.setText(tr("Welcome"));
        break;
    case wt::TerminalState::WaitingForCard:
        m_state.setText(tr("%1\nPresent card").arg(amount ? amount->format(QLocale()) : QString()));
        break;
    case wt::TerminalState::Processing:
        m_state.setText(tr("%1\nProcessing…").arg(amount ? amount->format(QLocale()) : QString()));
        break;
    }
    m_queue.setText(tr("Cards waiting to be read: %1").arg(m_device->queuedCards()));
}

} // namespace holdfast::simulator
