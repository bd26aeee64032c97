#pragma once

#include "common/money.h"
#include "common/result.h"
#include "crypto/carddata.h"
#include "wire/payment.h"

#include <QString>

#include <optional>

namespace holdfast::gateway {

/// What the gateway asks a processor to authorise: one payment, its card data just opened.
struct AuthorizationRequest
{
    QString localId; ///< the register's idempotency key; a real acquirer connector forwards it
    QString locationId;
    Money amount;
    wire::PaymentMode mode = wire::PaymentMode::Offline;
    const crypto::CardData &card;
};

/// A processor's answer: approved with its payment id, or declined with a code and a sentence.
struct Authorization
{
    bool approved = false;
    QString paymentId; ///< "pay_…" when approved
    std::optional<Error> decline;
};

/// The acquirer behind the gateway. Ingest talks only to this interface, so a real acquirer
/// connector replaces the built-in sandbox without touching ingest.
///
/// Calls happen inside the database transaction that records their outcome, on the thread that
/// owns the database connection.
class Processor
{
public:
    virtual ~Processor() = default;

    /// A short name for logs ("sandbox").
    virtual QString name() const = 0;
    /// Authorises and captures. A decline is an answer (Authorization::decline); an Error means
    /// the processor could not be asked (nothing was charged) and the payment is tried again.
    virtual Result<Authorization> authorize(const AuthorizationRequest &request) = 0;
    /// Refunds a processed payment in full; an Error means it was not refunded.
    virtual Status refund(const QString &localId, const QString &paymentId, const Money &amount) = 0;
};

} // namespace holdfast::gateway
