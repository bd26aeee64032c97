#include "terminaldevice.h"

#include "crypto/cardseal.h"
#include "crypto/x25519.h"

#include <QDateTime>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDevice, "holdfast.terminal.device")

namespace holdfast::simulator {

namespace wt = wire::terminal;

namespace {

constexpr qsizetype maxQueuedCards = 100;

wt::PaymentAnswer ended(wt::ReadResult result)
{
    wt::PaymentAnswer answer;
    answer.result = result;
    return answer;
}

wt::PaymentAnswer notAllowed(QLatin1StringView reason)
{
    wt::PaymentAnswer answer;
    answer.result = wt::ReadResult::NotAllowedOffline;
    answer.reason = reason;
    return answer;
}

} // namespace

TerminalDevice::TerminalDevice(SaleStore store, DeviceTimings timings, QObject *parent)
    : QObject(parent), m_store(std::move(store)), m_timings(timings)
{
    m_cardTimer.setSingleShot(true);
    m_processingTimer.setSingleShot(true);
    connect(&m_cardTimer, &QTimer::timeout, this, [this] {
        if (m_current && m_current->state == wt::TerminalState::WaitingForCard) {
            complete(ended(wt::ReadResult::Timeout));
        }
    });
    connect(&m_processingTimer, &QTimer::timeout, this, &TerminalDevice::finishProcessing);
}

Result<TerminalDevice::Admitted> TerminalDevice::startSale(const wt::PaymentRequest &request)
{
    const Error conflict {u"sale_conflict"_s,
                          tr("This saleId was already used for a different payment. Use a new saleId.")};
    const auto timeout = std::chrono::milliseconds(request.timeoutMs.value_or(m_timings.cardTimeout.count()));
    if (m_current && m_current->request.saleId == request.saleId) {
        if (!m_current->request.isSameSale(request)) {
            return conflict;
        }
        // The same sale asked again (a register that lost its connection): it joins the wait,
        // which restarts with this request's timeout. No second card is read.
        if (m_current->state == wt::TerminalState::WaitingForCard) {
            m_cardTimer.start(timeout);
        }
        return Admitted {Admission::Joined, std::nullopt};
    }
    auto stored = m_store.find(request.saleId);
    if (!stored) {
        return stored.error();
    }
    if (stored.value()) {
        const StoredSale &sale = *stored.value();
        if (sale.request && !sale.request->isSameSale(request)) {
            return conflict;
        }
        return Admitted {Admission::Completed, sale.answer};
    }
    if (m_current) {
        return Error {u"terminal_busy"_s, tr("The terminal is busy with another sale.")};
    }
    // Refuse a key that cannot be sealed to now, rather than after the customer tapped.
    auto probe = crypto::X25519KeyPair::generate();
    if (!probe || !probe->diffieHellman(request.publicKey)) {
        return Error {u"key_invalid"_s, tr("The key to seal the card data to is not a usable X25519 public key.")};
    }
    m_current = CurrentSale {request, wt::TerminalState::WaitingForCard, std::nullopt};
    qCInfo(lcDevice).noquote() << "sale" << request.saleId << "waits for a card";
    if (!m_queue.isEmpty()) {
        beginProcessing(m_queue.takeFirst());
    } else {
        m_cardTimer.start(timeout);
        emit stateChanged();
    }
    return Admitted {Admission::Started, std::nullopt};
}

Result<wt::Sale> TerminalDevice::sale(const QString &saleId) const
{
    if (m_current && m_current->request.saleId == saleId) {
        const bool waiting = m_current->state == wt::TerminalState::WaitingForCard;
        return wt::Sale {saleId, waiting ? wt::SaleState::WaitingForCard : wt::SaleState::Processing, std::nullopt};
    }
    auto stored = m_store.find(saleId);
    if (!stored) {
        return stored.error();
    }
    if (!stored.value()) {
        return wt::Sale {saleId, wt::SaleState::Unknown, std::nullopt};
    }
    return wt::Sale {saleId, wt::SaleState::Completed, stored.value()->answer};
}

Result<wt::Sale> TerminalDevice::abort(const QString &saleId)
{
    if (m_current && m_current->request.saleId == saleId) {
        if (m_current->state == wt::TerminalState::WaitingForCard) {
            qCInfo(lcDevice).noquote() << "sale" << saleId << "cancelled";
            complete(ended(wt::ReadResult::Cancelled));
        }
        // While PROCESSING the card is already being read: too late to cancel.
        return sale(saleId);
    }
    auto known = sale(saleId);
    if (!known || known->state != wt::SaleState::Unknown) {
        return known;
    }
    const StoredSale tombstone {saleId, std::nullopt, ended(wt::ReadResult::Cancelled),
                                QDateTime::currentMSecsSinceEpoch()};
    if (Status saved = m_store.save(tombstone); !saved) {
        return saved.error();
    }
    qCInfo(lcDevice).noquote() << "sale" << saleId << "cancelled before it reached the terminal";
    return sale(saleId);
}

Result<TerminalDevice::Presented> TerminalDevice::present(const TestCard &card)
{
    if (m_current && m_current->state == wt::TerminalState::WaitingForCard) {
        const QString saleId = m_current->request.saleId;
        beginProcessing(card);
        return Presented {saleId, m_queue.size()};
    }
    if (m_queue.size() >= maxQueuedCards) {
        return Error {u"card_queue_full"_s, tr("Too many cards are already waiting to be read.")};
    }
    m_queue.append(card);
    return Presented {QString(), m_queue.size()};
}

wt::TerminalState TerminalDevice::state() const
{
    return m_current ? m_current->state : wt::TerminalState::Idle;
}

QString TerminalDevice::currentSaleId() const
{
    return m_current ? m_current->request.saleId : QString();
}

std::optional<Money> TerminalDevice::currentAmount() const
{
    return m_current ? std::optional<Money>(m_current->request.amount) : std::nullopt;
}

void TerminalDevice::beginProcessing(const TestCard &card)
{
    Q_ASSERT(m_current);
    m_cardTimer.stop();
    m_current->state = wt::TerminalState::Processing;
    m_current->card = card;
    m_processingTimer.start(m_timings.processingTime);
    emit stateChanged();
}

void TerminalDevice::finishProcessing()
{
    if (!m_current || !m_current->card) {
        return;
    }
    complete(readCard(*m_current, *m_current->card));
}

wt::PaymentAnswer TerminalDevice::readCard(const CurrentSale &sale, const TestCard &card) const
{
    // Refusals come before any card data is touched: nothing is sealed, nothing is kept.
    if (card.interacDebit && sale.request.offline) {
        return notAllowed(wt::reasonInteracOffline);
    }
    if (!sale.request.allowedEntryMethods.contains(card.entry)) {
        return notAllowed(wt::reasonEntryMethodNotAllowed);
    }
    auto data = card.cardData();
    auto envelope = data ? crypto::cardseal::seal(data.value(), sale.request.publicKey, sale.request.binding())
                         : Result<crypto::Envelope>(data.error());
    if (!envelope) {
        // Cannot happen with a checked key and valid test cards; reported as not read.
        qCWarning(lcDevice).noquote() << "sealing failed:" << envelope.error().code;
        return ended(wt::ReadResult::Cancelled);
    }
    return {wt::ReadResult::CardRead, envelope.value(), card.entry, card.brand, card.last4(), card.cvm, {}};
}

void TerminalDevice::complete(const wt::PaymentAnswer &answer)
{
    Q_ASSERT(m_current);
    const CurrentSale sale = *std::exchange(m_current, std::nullopt);
    m_cardTimer.stop();
    m_processingTimer.stop();
    const StoredSale stored {sale.request.saleId, sale.request, answer, QDateTime::currentMSecsSinceEpoch()};
    // Stored first, answered after: whatever happens to the connection or the process from
    // here on, the register can ask for this sale and get exactly this answer.
    const Status saved = m_store.save(stored);
    emit stateChanged();
    if (!saved) {
        qCWarning(lcDevice).noquote() << "sale" << stored.saleId << "could not be stored:" << saved.error().message;
        emit saleFailed(stored.saleId, saved.error());
        return;
    }
    qCInfo(lcDevice).noquote() << "sale" << stored.saleId << "ended" << wt::toWire(answer.result)
                               << (answer.result == wt::ReadResult::CardRead ? answer.brand + u' ' + answer.last4
                                                                             : answer.reason);
    emit saleStored(stored.saleId);
    if (m_timings.answerDelay.count() > 0) {
        QTimer::singleShot(m_timings.answerDelay, this, [this, saleId = stored.saleId] { emit saleAnswered(saleId); });
    } else {
        emit saleAnswered(stored.saleId);
    }
}

} // namespace holdfast::simulator
