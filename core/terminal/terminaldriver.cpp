#include "terminaldriver.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace holdfast::terminal {

namespace wt = wire::terminal;

QString notAllowedReason(const QString &reasonCode)
{
    if (reasonCode == wt::reasonInteracOffline) {
        return QCoreApplication::translate("TerminalDriver",
                                           "Interac debit cannot be taken while the store is offline. Ask for a "
                                           "credit card or another tender.");
    }
    if (reasonCode == wt::reasonEntryMethodNotAllowed) {
        return QCoreApplication::translate("TerminalDriver",
                                           "This way of reading the card is not allowed now. Ask the customer to "
                                           "insert or tap the card instead.");
    }
    return QCoreApplication::translate("TerminalDriver", "The terminal refused this card. Ask for another tender.");
}

PaymentOutcome outcomeFromAnswer(const QString &saleId, const wt::PaymentAnswer &answer)
{
    PaymentOutcome outcome;
    outcome.saleId = saleId;
    switch (answer.result) {
    case wt::ReadResult::CardRead:
        outcome.kind = PaymentOutcome::Kind::CardRead;
        outcome.envelope = answer.envelope;
        outcome.entryMethod = answer.entryMethod;
        outcome.brand = answer.brand;
        outcome.last4 = answer.last4;
        outcome.cvm = answer.cvm;
        break;
    case wt::ReadResult::Cancelled:
        outcome.kind = PaymentOutcome::Kind::Cancelled;
        break;
    case wt::ReadResult::Timeout:
        outcome.kind = PaymentOutcome::Kind::Timeout;
        break;
    case wt::ReadResult::NotAllowedOffline:
        outcome.kind = PaymentOutcome::Kind::NotAllowedOffline;
        outcome.reasonCode = answer.reason;
        outcome.reason = notAllowedReason(answer.reason);
        break;
    }
    return outcome;
}

} // namespace holdfast::terminal
