#pragma once

#include "cardreader.h"
#include "terminal/terminaldriver.h"

namespace holdfast {

/// Card reads through the paired LAN terminal: the terminal seals the card itself, so the
/// register only ever sees the envelope, the brand and the last four digits.
class TerminalCardReader final : public CardReader
{
public:
    /// `cardTimeoutMs`: how long the terminal waits for the card (empty: its default).
    explicit TerminalCardReader(terminal::TerminalDriver &driver, std::optional<qint64> cardTimeoutMs = std::nullopt)
        : m_driver(driver), m_cardTimeoutMs(cardTimeoutMs)
    {
    }

    void read(const CardReadRequest &request, std::function<void(Result<CardRead>)> done) override;
    void cancel() override;

private:
    terminal::TerminalDriver &m_driver;
    std::optional<qint64> m_cardTimeoutMs;
    QString m_saleId;
};

} // namespace holdfast
