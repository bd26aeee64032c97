#include "ingest.h"

#include "admission.h"
#include "authorizer.h"
#include "platform/clock.h"
#include "processor.h"
#include "store/database.h"
#include "store/paymentstore.h"
#include "store/registerstore.h"

#include <QLoggingCategory>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcIngest, "holdfast.gateway.ingest", QtInfoMsg)

namespace holdfast::gateway {

namespace {

struct Item
{
    qsizetype index;
    Candidate candidate;
};

QStringList localIds(const QList<Item> &items)
{
    QStringList ids;
    ids.reserve(items.size());
    for (const Item &item : items) {
        ids.append(item.candidate.payment.localId);
    }
    return ids;
}

} // namespace

Ingest::Ingest(const Database &database, const PaymentStore &payments, const KeyManager &keys, Authorizer &authorizer,
               Processor &processor, const Clock &clock)
    : m_database(database)
    , m_payments(payments)
    , m_keys(keys)
    , m_authorizer(authorizer)
    , m_processor(processor)
    , m_clock(clock)
{
}

wire::PaymentResult Ingest::rejected(const QString &localId, const Error &error)
{
    return {localId, wire::ResultStatus::Rejected, {}, error};
}

Result<wire::PaymentResult> Ingest::compare(const PaymentRecord &existing, const QString &contentSha256)
{
    if (existing.isTombstone() || existing.status == wire::ResultStatus::Voided) {
        return Error {u"voided"_s, tr("This payment was voided; it will never be charged.")};
    }
    if (existing.contentSha256 != contentSha256) {
        return Error {u"idempotency_conflict"_s,
                      tr("A different payment with this localId was uploaded before; this one is refused.")};
    }
    return existing.result();
}

Result<wire::PaymentResult> Ingest::answerOneExisting(const PaymentRecord &existing, const QString &contentSha256)
{
    auto answer = compare(existing, contentSha256);
    if (answer && answer->status == wire::ResultStatus::Uploaded) {
        // Uploaded in a batch earlier; the caller waits for the outcome, so decide it now.
        return m_authorizer.processOne(existing.localId);
    }
    return answer;
}

Result<wire::PaymentResult> Ingest::submitOne(const Caller &caller, const QJsonValue &value)
{
    auto candidate = admission::read(value, caller);
    if (!candidate) {
        return candidate.error();
    }
    const wire::Payment &payment = candidate->payment;
    // A read to answer retries cheaply; it decides nothing. The claim below does.
    auto known = m_payments.find(payment.localId);
    if (!known) {
        return known.error();
    }
    if (known.value()) {
        return answerOneExisting(*known.value(), candidate->contentSha256);
    }
    KeyCache keys(m_keys);
    auto card = admission::open(payment.envelope, payment.binding(), keys);
    if (!card) {
        return card.error();
    }
    const PaymentRecord record = PaymentRecord::uploaded(payment, candidate->contentSha256, caller, m_clock.wallMs());
    {
        WriteTransaction transaction(m_database);
        if (!transaction.started()) {
            return transaction.started().error();
        }
        auto claimed = m_payments.claim(record);
        if (!claimed) {
            return claimed.error();
        }
        if (claimed.value()) {
            // Our uncommitted row is invisible to workers, so nobody else can decide it.
            auto decided = m_authorizer.decide(record, &card.value(), keys);
            if (!decided) {
                return decided.error(); // rolled back: nothing is stored, the register may retry
            }
            if (auto committed = transaction.commit(); !committed) {
                return committed.error();
            }
            qCInfo(lcIngest).noquote() << "payment" << record.localId << "from" << caller.registerId << "->"
                                       << wire::toWire(decided->status);
            return decided;
        }
    }
    // Another request claimed it between our read and our insert.
    auto winner = m_payments.find(payment.localId);
    if (!winner) {
        return winner.error();
    }
    if (!winner.value()) {
        return Database::storageError();
    }
    return answerOneExisting(*winner.value(), candidate->contentSha256);
}

Result<QList<wire::PaymentResult>> Ingest::submitBatch(const Caller &caller, const QJsonArray &items)
{
    const qint64 now = m_clock.wallMs();
    QList<wire::PaymentResult> results(items.size());
    QList<Item> readable;
    for (qsizetype i = 0; i < items.size(); ++i) {
        auto candidate = admission::read(items[i], caller);
        if (!candidate) {
            results[i] = rejected(admission::localIdOf(items[i]), candidate.error());
        } else {
            readable.append({i, std::move(candidate).value()});
        }
    }

    auto known = m_payments.findMany(localIds(readable));
    if (!known) {
        return known.error();
    }
    KeyCache keys(m_keys);
    QList<Item> fresh;
    for (Item &item : readable) {
        const wire::Payment &payment = item.candidate.payment;
        if (const auto it = known->constFind(payment.localId); it != known->cend()) {
            auto answer = compare(it.value(), item.candidate.contentSha256);
            results[item.index] = answer ? answer.value() : rejected(payment.localId, answer.error());
            continue;
        }
        // Opened only to refuse what can never be charged now rather than after acknowledging
        // it; the card data is wiped at once and opened again by the worker.
        auto card = admission::open(payment.envelope, payment.binding(), keys);
        if (!card) {
            if (!admission::isRejection(card.error())) {
                return card.error();
            }
            results[item.index] = rejected(payment.localId, card.error());
            continue;
        }
        fresh.append(std::move(item));
    }

    // Claims in localId order: concurrent batches with overlapping ids then wait on one another
    // in the same order and cannot deadlock.
    std::stable_sort(fresh.begin(), fresh.end(), [](const Item &a, const Item &b) {
        return a.candidate.payment.localId < b.candidate.payment.localId;
    });
    QList<Item> lost;
    int stored = 0;
    if (!fresh.isEmpty()) {
        WriteTransaction transaction(m_database);
        if (!transaction.started()) {
            return transaction.started().error();
        }
        for (Item &item : fresh) {
            const wire::Payment &payment = item.candidate.payment;
            auto claimed
                = m_payments.claim(PaymentRecord::uploaded(payment, item.candidate.contentSha256, caller, now));
            if (!claimed) {
                return claimed.error();
            }
            if (claimed.value()) {
                results[item.index] = {payment.localId, wire::ResultStatus::Uploaded, {}, std::nullopt};
                ++stored;
            } else {
                lost.append(std::move(item));
            }
        }
        if (auto committed = transaction.commit(); !committed) {
            return committed.error();
        }
    }

    if (!lost.isEmpty()) {
        // Claimed by a concurrent request (or twice in this batch): answer like any retry.
        auto winners = m_payments.findMany(localIds(lost));
        if (!winners) {
            return winners.error();
        }
        for (const Item &item : std::as_const(lost)) {
            const QString &localId = item.candidate.payment.localId;
            const auto it = winners->constFind(localId);
            if (it == winners->cend()) {
                return Database::storageError();
            }
            auto answer = compare(it.value(), item.candidate.contentSha256);
            results[item.index] = answer ? answer.value() : rejected(localId, answer.error());
        }
    }
    qCInfo(lcIngest).noquote() << "batch from" << caller.registerId << "items" << items.size() << "stored" << stored;
    if (stored > 0 && m_uploaded) {
        m_uploaded();
    }
    return results;
}

Result<QList<wire::PaymentResult>> Ingest::status(const Caller &caller, const QStringList &ids) const
{
    auto known = m_payments.findMany(ids);
    if (!known) {
        return known.error();
    }
    QList<wire::PaymentResult> results;
    results.reserve(ids.size());
    for (const QString &localId : ids) {
        const auto it = known->constFind(localId);
        if (it == known->cend() || it->locationId != caller.locationId) {
            results.append({localId, wire::ResultStatus::Unknown, {}, std::nullopt});
        } else {
            results.append(it->result());
        }
    }
    return results;
}

Result<wire::PaymentResult> Ingest::voidPayment(const Caller &caller, const QString &localId)
{
    // Two tries: a tombstone insert can lose to a concurrent upload, which is then voided.
    for (int attempt = 0; attempt < 2; ++attempt) {
        const qint64 now = m_clock.wallMs();
        WriteTransaction transaction(m_database);
        if (!transaction.started()) {
            return transaction.started().error();
        }
        auto record = m_payments.find(localId, true);
        if (!record) {
            return record.error();
        }
        if (!record.value()) {
            auto claimed = m_payments.claimTombstone(localId, caller, now);
            if (!claimed) {
                return claimed.error();
            }
            if (!claimed.value()) {
                continue;
            }
            if (auto committed = transaction.commit(); !committed) {
                return committed.error();
            }
            qCInfo(lcIngest).noquote() << "tombstone for" << localId << "from" << caller.registerId;
            return wire::PaymentResult {localId, wire::ResultStatus::Voided, {}, std::nullopt};
        }
        const PaymentRecord &existing = *record.value();
        if (existing.locationId != caller.locationId) {
            return Error {u"wrong_location"_s, tr("A register may only void payments of its own location.")};
        }
        wire::PaymentResult result = existing.result();
        if (existing.status == wire::ResultStatus::Uploaded) {
            auto moved = m_payments.transition(localId, wire::ResultStatus::Uploaded, wire::ResultStatus::Voided, now);
            if (!moved) {
                return moved.error();
            }
            result.status = wire::ResultStatus::Voided;
        } else if (existing.status == wire::ResultStatus::Processed) {
            if (auto refunded = m_processor.refund(localId, existing.paymentId, existing.amount); !refunded) {
                qCWarning(lcIngest).noquote() << "refund of" << localId << "failed:" << refunded.error().code;
                return Error {u"processor_unavailable"_s,
                              tr("The payment processor cannot be reached to refund this payment. Try again.")};
            }
            auto moved
                = m_payments.transition(localId, wire::ResultStatus::Processed, wire::ResultStatus::Refunded, now);
            if (!moved) {
                return moved.error();
            }
            result.status = wire::ResultStatus::Refunded;
        }
        if (auto committed = transaction.commit(); !committed) {
            return committed.error();
        }
        qCInfo(lcIngest).noquote() << "void of" << localId << "from" << caller.registerId << "->"
                                   << wire::toWire(result.status);
        return result;
    }
    return Database::storageError();
}

} // namespace holdfast::gateway
