#include "authorizer.h"

#include "admission.h"
#include "platform/clock.h"
#include "processor.h"
#include "store/database.h"
#include "store/locationstore.h"
#include "store/paymentstore.h"

#include <QJsonDocument>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcAuthorizer, "holdfast.gateway.authorizer", QtInfoMsg)

namespace holdfast::gateway {

Authorizer::Authorizer(const Database &database, const PaymentStore &payments, const LocationStore &locations,
                       const KeyManager &keys, Processor &processor, const Clock &clock)
    : m_database(database)
    , m_payments(payments)
    , m_locations(locations)
    , m_keys(keys)
    , m_processor(processor)
    , m_clock(clock)
{
}

Result<wire::PaymentResult> Authorizer::decide(const PaymentRecord &record, const crypto::CardData *card,
                                               KeyCache &keys)
{
    Q_ASSERT(m_database.inTransaction());
    const qint64 now = m_clock.wallMs();
    const auto fail = [&](const Error &why) -> Result<wire::PaymentResult> {
        auto recorded = m_payments.recordOutcome(record.localId, wire::ResultStatus::FailedToProcess, {}, why, now);
        if (!recorded) {
            return recorded.error();
        }
        qCInfo(lcAuthorizer).noquote() << "declined" << record.localId << "code" << why.code;
        return wire::PaymentResult {record.localId, wire::ResultStatus::FailedToProcess, {}, why};
    };

    auto settings = m_locations.settings(record.locationId);
    if (!settings) {
        return settings.error();
    }
    // Checked first, whatever the card: a payment that arrived too late is never charged.
    if (record.receivedAt > record.createdAt + settings->uploadDeadlineMs) {
        return fail({u"offline_deadline_passed"_s,
                     tr("The payment reached the gateway after its upload deadline and cannot be charged.")});
    }

    std::optional<crypto::CardData> opened;
    if (!card) {
        auto envelope = crypto::Envelope::fromJson(QJsonDocument::fromJson(record.envelopeJson.toUtf8()).object());
        if (!envelope) {
            return fail(envelope.error());
        }
        auto result = admission::open(envelope.value(), record.binding(), keys);
        if (!result) {
            if (!admission::isRejection(result.error())) {
                return result.error();
            }
            return fail(result.error());
        }
        opened.emplace(std::move(result).value());
        card = &*opened;
    }

    auto authorization = m_processor.authorize({record.localId, record.locationId, record.amount, record.mode, *card});
    opened.reset(); // the card data is wiped as soon as the processor has it
    if (!authorization) {
        qCWarning(lcAuthorizer).noquote() << "processor" << m_processor.name() << "unavailable for" << record.localId
                                          << "code" << authorization.error().code;
        return Error {u"processor_unavailable"_s,
                      tr("The payment processor cannot be reached. The payment is kept and tried again.")};
    }
    if (!authorization->approved) {
        return fail(authorization->decline.value_or(Error {u"declined"_s, tr("The payment was declined.")}));
    }
    auto recorded = m_payments.recordOutcome(record.localId, wire::ResultStatus::Processed, authorization->paymentId,
                                             std::nullopt, now);
    if (!recorded) {
        return recorded.error();
    }
    if (!recorded.value()) {
        // The row is locked by this transaction, so this cannot happen; if it does, roll the
        // charge back rather than record it twice.
        qCCritical(lcAuthorizer).noquote() << "payment" << record.localId << "changed while locked";
        return Database::storageError();
    }
    return wire::PaymentResult {record.localId, wire::ResultStatus::Processed, authorization->paymentId, std::nullopt};
}

Result<wire::PaymentResult> Authorizer::processOne(const QString &localId)
{
    KeyCache keys(m_keys);
    WriteTransaction transaction(m_database);
    if (!transaction.started()) {
        return transaction.started().error();
    }
    auto record = m_payments.find(localId, true);
    if (!record) {
        return record.error();
    }
    if (!record.value()) {
        return wire::PaymentResult {localId, wire::ResultStatus::Unknown, {}, std::nullopt};
    }
    if (record.value()->status != wire::ResultStatus::Uploaded) {
        return record.value()->result();
    }
    auto decided = decide(*record.value(), nullptr, keys);
    if (!decided) {
        return decided.error();
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return decided;
}

Result<int> Authorizer::processPending(int limit)
{
    KeyCache keys(m_keys);
    WriteTransaction transaction(m_database);
    if (!transaction.started()) {
        return transaction.started().error();
    }
    auto pending = m_payments.lockUploaded(limit);
    if (!pending) {
        return pending.error();
    }
    int decided = 0;
    std::optional<Error> stopped;
    for (const PaymentRecord &record : pending.value()) {
        auto result = decide(record, nullptr, keys);
        if (!result) {
            stopped = result.error();
            break;
        }
        ++decided;
    }
    if (stopped && stopped->code != u"processor_unavailable"_s) {
        // A storage error may have aborted the transaction: undo the whole step.
        return *stopped;
    }
    // What was decided before the processor became unreachable is kept.
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    if (stopped) {
        return *stopped;
    }
    return decided;
}

} // namespace holdfast::gateway
