#pragma once

#include "common/result.h"
#include "salestore.h"
#include "testcards.h"
#include "wire/terminalprotocol.h"

#include <QList>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <optional>

namespace holdfast::simulator {

/// How long the simulated hardware takes; tests shorten them, demos keep the defaults.
struct DeviceTimings
{
    /// How long a payment waits for a card when its request does not say.
    std::chrono::milliseconds cardTimeout {wire::terminal::defaultCardTimeoutMs};
    /// From a card presented to the card read (chip, PIN): the PROCESSING state.
    std::chrono::milliseconds processingTime {500};
    /// From a sale stored to its answer sent. Zero except to widen, for fault tests, the
    /// window in which a terminal has read a card but not yet answered.
    std::chrono::milliseconds answerDelay {0};
};

/// The card reader of a terminal, without any HTTP: one sale at a time, IDLE → WAITING_FOR_CARD
/// → PROCESSING → stored. Each saleId reads at most one card, ever: a completed sale is stored
/// before it is answered, and the same saleId later gets the stored answer.
class TerminalDevice : public QObject
{
    Q_OBJECT

public:
    TerminalDevice(SaleStore store, DeviceTimings timings, QObject *parent = nullptr);

    /// How a payment request was taken in.
    enum class Admission {
        Started, ///< a new sale now waits for a card
        Joined, ///< the same sale was already in progress; this request waits for it too
        Completed, ///< the sale already ended; `answer` is its stored answer
    };
    struct Admitted
    {
        Admission admission = Admission::Started;
        std::optional<wire::terminal::PaymentAnswer> answer;
    };
    /// Takes in a payment request. Errors: terminal_busy (another sale is in progress),
    /// sale_conflict (this saleId was asked with other content), key_invalid, sale_record_damaged.
    Result<Admitted> startSale(const wire::terminal::PaymentRequest &request);
    /// What the terminal knows about `saleId`.
    Result<wire::terminal::Sale> sale(const QString &saleId) const;
    /// Cancels `saleId` if it waits for a card; a saleId never seen is recorded as cancelled so
    /// that a late request for it cannot read a card. Answers the sale as it then stands.
    Result<wire::terminal::Sale> abort(const QString &saleId);

    /// Where a presented card went: to the sale in progress, or to the queue for the next one.
    struct Presented
    {
        QString saleId; ///< empty when queued
        qsizetype queued = 0; ///< cards waiting for a sale after this one
    };
    /// Presents (taps, inserts) a card. Error "card_queue_full" beyond 100 waiting cards.
    Result<Presented> present(const TestCard &card);

    wire::terminal::TerminalState state() const;
    QString currentSaleId() const;
    /// The amount of the sale in progress, for the window.
    std::optional<Money> currentAmount() const;
    qsizetype queuedCards() const { return m_queue.size(); }

signals:
    void stateChanged();
    /// The sale ended and is on disk; its answer follows (after DeviceTimings::answerDelay).
    void saleStored(const QString &saleId);
    /// Time to answer the requests waiting for `saleId`.
    void saleAnswered(const QString &saleId);
    /// The sale's outcome could not be stored, so it has no answer: it is UNKNOWN.
    void saleFailed(const QString &saleId, const holdfast::Error &error);

private:
    struct CurrentSale
    {
        wire::terminal::PaymentRequest request;
        wire::terminal::TerminalState state = wire::terminal::TerminalState::WaitingForCard;
        std::optional<TestCard> card;
    };

    void beginProcessing(const TestCard &card);
    void finishProcessing();
    wire::terminal::PaymentAnswer readCard(const CurrentSale &sale, const TestCard &card) const;
    void complete(const wire::terminal::PaymentAnswer &answer);

    SaleStore m_store;
    DeviceTimings m_timings;
    std::optional<CurrentSale> m_current;
    QList<TestCard> m_queue;
    QTimer m_cardTimer;
    QTimer m_processingTimer;
};

} // namespace holdfast::simulator
