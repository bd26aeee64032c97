#pragma once

#include "common/result.h"
#include "crypto/carddata.h"
#include "crypto/envelope.h"
#include "terminalpairing.h"
#include "wire/terminalprotocol.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

/// The register's side of LAN payment terminals: one abstract driver, one class per vendor.
namespace holdfast::terminal {

/// What to charge on the terminal, what the sealed card data is bound to, and the daily key to
/// seal it to (a vendor-neutral description; Holdfast terminals take it as it is on the wire).
using PaymentRequest = wire::terminal::PaymentRequest;
using TerminalState = wire::terminal::TerminalState;
using SaleState = wire::terminal::SaleState;

/// GET status: what the terminal is and does.
struct TerminalStatus
{
    QString terminalId;
    TerminalState state = TerminalState::Idle;
    QString model;
    std::optional<int> battery;
    QString saleId; ///< the sale in progress, if the terminal says
};

/// How one payment on the terminal ended, as far as the register can know.
struct PaymentOutcome
{
    enum class Kind {
        CardRead, ///< the card was read and sealed: `envelope` and the card fields are set
        Cancelled, ///< the cashier (or anyone) aborted the sale before a card was read
        Timeout, ///< no card was presented in time
        NotAllowedOffline, ///< refused: `reasonCode` and `reason` say why (Interac offline, entry method)
        Unknown, ///< the terminal has no record of the sale: no card was read; the same saleId may be retried
    };

    QString saleId;
    Kind kind = Kind::Unknown;
    crypto::Envelope envelope;
    crypto::EntryMethod entryMethod = crypto::EntryMethod::Chip;
    QString brand;
    QString last4;
    crypto::Cvm cvm = crypto::Cvm::None;
    QString reasonCode; ///< stable code for NotAllowedOffline and Unknown
    QString reason; ///< a sentence for the cashier, translated
    /// True when the driver learned this by asking the terminal after the payment request's
    /// connection dropped or timed out (or restarted), rather than from the request's answer.
    bool recovered = false;
};

/// What the terminal knows about one saleId.
struct SaleRecord
{
    QString saleId;
    SaleState state = SaleState::Unknown;
    std::optional<PaymentOutcome> outcome; ///< set when state is Completed
};

/// The register's view of one paired LAN terminal. Every call is asynchronous and answers through
/// its callback exactly once (unless the driver is destroyed first); errors are values with stable
/// codes: terminal_not_paired, terminal_unreachable, terminal_connection_lost,
/// terminal_certificate_changed, terminal_certificate_mismatch, pairing_code_invalid,
/// pairing_code_expired, terminal_unauthorized, terminal_busy, terminal_sale_conflict,
/// terminal_request_invalid, terminal_protocol_error, terminal_failure, terminal_outcome_unknown,
/// terminal_payment_in_progress, plus the SecretStore's and the pairing file's own.
class TerminalDriver : public QObject
{
    Q_OBJECT

public:
    template<typename T>
    using Callback = std::function<void(const Result<T> &)>;

    using QObject::QObject;

    /// The terminal this register is paired with, if any.
    virtual std::optional<TerminalPairing> pairing() const = 0;
    /// Pairs with the terminal at `url` using the code it shows; replaces any earlier pairing.
    virtual void pair(const QUrl &url, const QString &code, Callback<TerminalPairing> done) = 0;
    /// Forgets the paired terminal (its secret and record), e.g. before pairing its replacement.
    virtual Status forget() = 0;
    virtual void status(Callback<TerminalStatus> done) = 0;
    /// Asks the terminal to take a card for `request`. The outcome comes once; when the
    /// connection drops the driver recovers it from the terminal and never reads a second card.
    virtual void startPayment(const PaymentRequest &request, Callback<PaymentOutcome> done) = 0;
    /// Cancels `saleId` if it still waits for a card; answers the sale as it then stands.
    virtual void cancel(const QString &saleId, Callback<SaleRecord> done) = 0;
    /// What happened to `saleId`: ask this before doing anything else with a sale whose
    /// outcome is not known (after a crash, a reboot, a dropped connection).
    virtual void recoverSale(const QString &saleId, Callback<SaleRecord> done) = 0;
};

/// The outcome of a completed sale's stored answer.
PaymentOutcome outcomeFromAnswer(const QString &saleId, const wire::terminal::PaymentAnswer &answer);
/// The cashier's sentence for a NOT_ALLOWED_OFFLINE reason code.
QString notAllowedReason(const QString &reasonCode);

} // namespace holdfast::terminal
