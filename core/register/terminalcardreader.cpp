#include "terminalcardreader.h"

#include <QCoreApplication>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcTerminalReader, "holdfast.core.terminalcardreader")

namespace holdfast {

using Kind = terminal::PaymentOutcome::Kind;

void TerminalCardReader::read(const CardReadRequest &request, std::function<void(Result<CardRead>)> done)
{
    terminal::PaymentRequest payment;
    payment.saleId = request.saleId;
    payment.amount = request.amount;
    payment.localId = request.binding.localId;
    payment.locationId = request.binding.locationId;
    payment.registerId = request.binding.registerId;
    payment.createdAt = request.binding.createdAtMs;
    payment.kid = request.key.kid;
    payment.publicKey = request.key.publicKey;
    payment.offline = request.offline;
    payment.allowedEntryMethods = request.allowedEntryMethods;
    payment.timeoutMs = m_cardTimeoutMs;
    m_saleId = request.saleId;
    m_driver.startPayment(payment, [done = std::move(done)](const Result<terminal::PaymentOutcome> &outcome) {
        if (!outcome) {
            return done(outcome.error());
        }
        if (outcome->recovered) {
            qCInfo(lcTerminalReader) << "sale" << outcome->saleId << "recovered from the terminal";
        }
        switch (outcome->kind) {
        case Kind::CardRead:
            return done(CardRead {outcome->envelope, outcome->entryMethod, outcome->brand, outcome->last4});
        case Kind::Cancelled:
            return done(Error {u"card_cancelled"_s,
                               QCoreApplication::translate("CardReader",
                                                           "The payment was cancelled "
                                                           "on the terminal.")});
        case Kind::Timeout:
            return done(Error {u"card_timeout"_s,
                               QCoreApplication::translate("CardReader", "No card was presented in time. Try again.")});
        case Kind::NotAllowedOffline:
            return done(Error {u"card_not_allowed_offline"_s, outcome->reason});
        case Kind::Unknown:
            return done(Error {u"card_not_read"_s,
                               QCoreApplication::translate("CardReader",
                                                           "The terminal did not read a card. Try "
                                                           "again.")});
        }
        Q_UNREACHABLE();
    });
}

void TerminalCardReader::cancel()
{
    if (m_saleId.isEmpty()) {
        return;
    }
    m_driver.cancel(m_saleId, [](const Result<terminal::SaleRecord> &sale) {
        if (!sale) {
            qCWarning(lcTerminalReader) << "cancel failed:" << sale.error().message;
        }
    });
}

} // namespace holdfast
