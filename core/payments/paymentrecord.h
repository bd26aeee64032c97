#pragma once

#include "common/money.h"
#include "crypto/carddata.h"
#include "crypto/envelope.h"
#include "paymentstatus.h"
#include "wire/payment.h"

#include <QString>

#include <optional>

class QSqlQuery;

namespace holdfast::payments {

/// A card payment as the vault keeps it. Only non-sensitive fields and the sealed envelope;
/// the envelope is gone once the gateway has acknowledged the payment.
struct PaymentRecord
{
    QString localId; ///< UUID, the idempotency key everywhere
    QString locationId; ///< the location whose key and policy it was taken under
    QString registerId; ///< the register identity that took it
    QString credentialId; ///< the pairing whose token uploads it (survives re-pairing)
    QString orderId; ///< the sale it pays for
    Money amount; ///< charged in all, tip included
    Money tip; ///< the part of `amount` that is a tip
    qint64 createdAt = 0; ///< trusted time of capture, ms since the epoch
    crypto::EntryMethod entryMethod = crypto::EntryMethod::Chip;
    QString brand;
    QString last4;
    QString cashier;
    wire::PaymentMode mode = wire::PaymentMode::Offline; ///< taken online (cashier waiting) or queued
    QString kid;
    std::optional<crypto::Envelope> envelope;
    PaymentStatus status = PaymentStatus::Queued;
    int attempts = 0;
    qint64 nextAttemptAt = 0;
    std::optional<Error> lastError;
    QString serverPaymentId;
    qint64 uploadDeadline = 0; ///< createdAt + the location's upload deadline
    std::optional<qint64> uploadedAt;
    qint64 updatedAt = 0;
    /// The sent mark: when it may first have left the register. Once set, only the gateway can
    /// void it.
    std::optional<qint64> sentAt;
    /// When its outcome was shown to the cashier; empty: never (see isUnconfirmed()).
    std::optional<qint64> outcomeShownAt;
    /// When a void was asked for that the gateway has still to carry out (see isVoidPending()).
    std::optional<qint64> voidRequestedAt;

    /// The payment as the gateway wants it. Only meaningful while the envelope is here.
    wire::Payment toWire() const;
    /// Whether it reached (or still has not reached) the gateway after its deadline.
    bool isPastDeadline(qint64 nowMs) const;
    /// A void was asked for and the gateway has not confirmed it yet.
    bool isVoidPending() const;
    /// Money may have moved (QUEUED, UPLOADED, PROCESSED), nobody was shown the outcome, and no
    /// void was asked for: a manager keeps or voids it (DESIGN section 3).
    bool isUnconfirmed() const;
    /// Whether the payment may still charge the card, or has: not declined, refused or voided.
    bool mayCharge() const;

    /// The columns read by fromQuery(), in order, for SELECT statements.
    static QString selectColumns();
    static Result<PaymentRecord> fromQuery(const QSqlQuery &query);
};

/// One line of a payment's history.
struct PaymentEvent
{
    qint64 at = 0;
    QString actor; ///< "cashier:<name>", "uploader", "manager:<name>", "holdfastctl", …
    std::optional<PaymentStatus> from; ///< empty for the event that recorded the payment
    PaymentStatus to = PaymentStatus::Queued;
    QString reason;
};

} // namespace holdfast::payments
