// The payment flow of HoldfastTerminalDriver: one request held open on the terminal, and what
// the driver does when its connection drops, so that a sale reads at most one card and its
// outcome is reported exactly once.
#include "holdfastterminaldriver.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcPayment, "holdfast.core.terminal.payment")

namespace holdfast::terminal {

namespace wt = wire::terminal;

struct HoldfastTerminalDriver::Payment
{
    PaymentRequest request;
    Callback<PaymentOutcome> done;
    int reattachmentsLeft = 0;
    bool recovering = false; ///< the first request's answer was lost; what follows is recovery
    bool reported = false;
};

void HoldfastTerminalDriver::startPayment(const PaymentRequest &request, Callback<PaymentOutcome> done)
{
    if (auto error = notPaired()) {
        return done(*error);
    }
    if (m_paymentInProgress) {
        return done(Error {u"terminal_payment_in_progress"_s,
                           tr("A payment is already in progress on the terminal. Wait for it or cancel it.")});
    }
    // The same strict rules the terminal applies, so a bad request fails here, clearly.
    if (auto checked = PaymentRequest::fromJson(request.toJson()); !checked) {
        return done(Error {u"terminal_request_invalid"_s, checked.error().message});
    }
    m_paymentInProgress = true;
    auto payment
        = std::make_shared<Payment>(Payment {request, std::move(done), m_timeouts.reattachments, false, false});
    sendPayment(payment);
}

void HoldfastTerminalDriver::sendPayment(const std::shared_ptr<Payment> &payment)
{
    if (auto error = notPaired()) {
        return report(payment, *error); // forgotten while recovering
    }
    const auto cardTimeout = std::chrono::milliseconds(payment->request.timeoutMs.value_or(wt::defaultCardTimeoutMs));
    const TerminalCall paymentCall
        = call("POST", u"/v1/payment"_s, payment->request.toJson(), cardTimeout + m_timeouts.paymentGrace);
    m_connection.send(paymentCall, [this, payment](const Result<TerminalResponse> &response) {
        if (!response) {
            if (TerminalConnection::isTransportFailure(response.error().code)) {
                return paymentFailed(payment, response.error());
            }
            return report(payment, response.error());
        }
        const auto answer = wt::PaymentAnswer::fromJson(response->body);
        if (!answer) {
            return report(payment,
                          Error {u"terminal_protocol_error"_s,
                                 tr("The terminal's payment answer is not what Holdfast expects.")});
        }
        PaymentOutcome outcome = outcomeFromAnswer(payment->request.saleId, answer.value());
        outcome.recovered = payment->recovering;
        report(payment, outcome);
    });
}

void HoldfastTerminalDriver::paymentFailed(const std::shared_ptr<Payment> &payment, const Error &error)
{
    // The request may have reached the terminal and a card may have been read: never start a
    // new sale here, ask the terminal what became of this one.
    qCInfo(lcPayment).noquote() << "sale" << payment->request.saleId << "lost its answer (" << error.code
                                << "); asking the terminal";
    payment->recovering = true;
    querySale(payment->request.saleId, QDeadlineTimer(m_timeouts.recoveryWindow),
              [this, payment](const Result<SaleRecord> &sale) { followSale(payment, sale); });
}

void HoldfastTerminalDriver::followSale(const std::shared_ptr<Payment> &payment, const Result<SaleRecord> &sale)
{
    const QString &saleId = payment->request.saleId;
    const Error outcomeUnknown {u"terminal_outcome_unknown"_s,
                                tr("The terminal did not say what became of sale %1. Do not take another card for "
                                   "it: ask the terminal again once it is back.")
                                    .arg(saleId)};
    if (!sale) {
        return report(payment,
                      TerminalConnection::isTransportFailure(sale.error().code) ? outcomeUnknown : sale.error());
    }
    switch (sale->state) {
    case SaleState::Completed: {
        PaymentOutcome outcome = *sale->outcome;
        outcome.recovered = true;
        return report(payment, outcome);
    }
    case SaleState::Unknown: {
        PaymentOutcome outcome;
        outcome.saleId = saleId;
        outcome.kind = PaymentOutcome::Kind::Unknown;
        outcome.reasonCode = u"sale_unknown_to_terminal"_s;
        outcome.reason = tr("The terminal has no record of this sale, so no card was read. Try the payment again.");
        outcome.recovered = true;
        return report(payment, outcome);
    }
    case SaleState::WaitingForCard:
    case SaleState::Processing:
        // Still going on the terminal: send the same request again to wait for it. The terminal
        // joins it to the sale in progress; it does not read another card.
        if (payment->reattachmentsLeft-- > 0) {
            qCInfo(lcPayment).noquote() << "sale" << saleId << "is still in progress; waiting for it again";
            return sendPayment(payment);
        }
        return report(payment, outcomeUnknown);
    }
}

void HoldfastTerminalDriver::report(const std::shared_ptr<Payment> &payment, const Result<PaymentOutcome> &outcome)
{
    if (payment->reported) {
        return;
    }
    payment->reported = true;
    m_paymentInProgress = false;
    payment->done(outcome);
}

} // namespace holdfast::terminal
