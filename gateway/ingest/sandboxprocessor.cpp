#include "sandboxprocessor.h"

#include "identifiers.h"
#include "platform/clock.h"
#include "store/database.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSandbox, "holdfast.gateway.sandboxprocessor", QtInfoMsg)

namespace holdfast::gateway {

namespace {

Authorization declined(const QString &code, const QString &sentence)
{
    return {false, {}, Error {code, sentence}};
}

} // namespace

QString SandboxProcessor::name() const
{
    return u"sandbox"_s;
}

Result<Authorization> SandboxProcessor::authorize(const AuthorizationRequest &request)
{
    const QByteArrayView pan = request.card.pan();
    if (pan == "4000000000000002") {
        return declined(u"card_declined"_s, tr("The card was declined."));
    }
    if (pan == "4000000000009995") {
        return declined(u"insufficient_funds"_s, tr("The card was declined for insufficient funds."));
    }
    if (pan == "4000000000000069") {
        return declined(u"expired_card"_s, tr("The card has expired."));
    }
    if (pan == "4506440000000009" && request.mode == wire::PaymentMode::Offline) {
        return declined(u"interac_offline_not_allowed"_s, tr("Interac debit cannot be accepted offline."));
    }
    const QString paymentId = ids::random(u"pay", 20);
    if (auto recorded = record(u"CHARGE"_s, request.localId, paymentId, request.amount); !recorded) {
        return recorded.error();
    }
    qCInfo(lcSandbox).noquote() << "charged" << request.localId << "as" << paymentId;
    return Authorization {true, paymentId, std::nullopt};
}

Status SandboxProcessor::refund(const QString &localId, const QString &paymentId, const Money &amount)
{
    if (auto recorded = record(u"REFUND"_s, localId, paymentId, amount); !recorded) {
        return recorded;
    }
    qCInfo(lcSandbox).noquote() << "refunded" << localId << "payment" << paymentId;
    return {};
}

Status SandboxProcessor::record(const QString &kind, const QString &localId, const QString &paymentId,
                                const Money &amount)
{
    auto inserted = m_database.execute(
        u"INSERT INTO sandbox_ledger (id, local_id, kind, payment_id, amount_minor,"
        " currency, at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
        {ids::random(u"led", 20), localId, kind, paymentId, amount.minor(), amount.currency(), m_clock.wallMs()});
    if (!inserted) {
        return inserted.error();
    }
    return {};
}

Result<QHash<QString, int>> SandboxProcessor::chargeCounts(const Database &database)
{
    auto rows
        = database.select(u"SELECT local_id, COUNT(*) FROM sandbox_ledger WHERE kind = 'CHARGE' GROUP BY local_id"_s);
    if (!rows) {
        return rows.error();
    }
    QHash<QString, int> counts;
    for (const QVariantList &row : rows.value()) {
        counts.insert(row[0].toString(), row[1].toInt());
    }
    return counts;
}

} // namespace holdfast::gateway
