#pragma once

#include "platform/clock.h"
#include "processor.h"

#include <QCoreApplication>
#include <QHash>

namespace holdfast::gateway {
class Database;

/// The built-in sandbox acquirer with the test cards of DESIGN section 6:
///   4242424242424242 approves; 4000000000000002 declines card_declined;
///   4000000000009995 declines insufficient_funds; 4000000000000069 declines expired_card;
///   4506440000000009 (Interac debit) approves ONLINE, declines interac_offline_not_allowed OFFLINE;
///   any other (Luhn-valid) card approves.
/// Every charge and refund is written to its own ledger table, in the caller's transaction, so
/// that tests and operators can count how often a payment was really charged.
class SandboxProcessor final : public Processor
{
    Q_DECLARE_TR_FUNCTIONS(SandboxProcessor)

public:
    SandboxProcessor(const Database &database, const Clock &clock) : m_database(database), m_clock(clock) { }

    QString name() const override;
    Result<Authorization> authorize(const AuthorizationRequest &request) override;
    Status refund(const QString &localId, const QString &paymentId, const Money &amount) override;

    /// How many charges the sandbox recorded, per localId (refunds are not subtracted).
    static Result<QHash<QString, int>> chargeCounts(const Database &database);

private:
    Status record(const QString &kind, const QString &localId, const QString &paymentId, const Money &amount);

    const Database &m_database;
    const Clock &m_clock;
};

} // namespace holdfast::gateway
