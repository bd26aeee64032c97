#include "resultmapping.h"

using namespace Qt::StringLiterals;

namespace holdfast::sync {

using payments::PaymentStatus;
using payments::Transition;
using wire::ResultStatus;

namespace {

// Where the register's status ends up for each answer, and the reason written in the log.
std::optional<std::pair<PaymentStatus, QString>> targetOf(const wire::PaymentResult &result)
{
    switch (result.status) {
    case ResultStatus::Uploaded:
        return std::pair {PaymentStatus::Uploaded, u"accepted by the gateway"_s};
    case ResultStatus::Processed:
        return std::pair {PaymentStatus::Processed, u"approved"_s};
    case ResultStatus::FailedToProcess:
        return std::pair {PaymentStatus::FailedToProcess,
                          u"declined: "_s + (result.error ? result.error->code : u"unknown"_s)};
    case ResultStatus::Rejected:
        if (result.error && result.error->code == u"voided"_s) {
            // The gateway holds a void (tombstone) for it: it will never be charged.
            return std::pair {PaymentStatus::Voided, u"voided at the gateway"_s};
        }
        return std::pair {PaymentStatus::FailedToUpload,
                          u"rejected: "_s + (result.error ? result.error->code : u"unknown"_s)};
    case ResultStatus::Voided:
        return std::pair {PaymentStatus::Voided, u"voided at the gateway"_s};
    case ResultStatus::Refunded:
        return std::pair {PaymentStatus::Voided, u"refunded at the gateway"_s};
    case ResultStatus::Unknown:
        return std::nullopt;
    }
    Q_UNREACHABLE();
}

} // namespace

QList<Transition> transitionsFor(const payments::PaymentRecord &current, const wire::PaymentResult &result,
                                 qint64 nowMs)
{
    const auto target = targetOf(result);
    if (!target || target->first == current.status) {
        return {};
    }
    const auto [to, reason] = *target;
    const QString actor = u"uploader"_s;
    QList<Transition> steps;
    const bool viaUploaded = current.status == PaymentStatus::Queued
        && (to == PaymentStatus::Processed || to == PaymentStatus::FailedToProcess
            || result.status == ResultStatus::Refunded);
    if (viaUploaded) {
        const bool late = nowMs > current.uploadDeadline;
        steps.append({current.localId,
                      PaymentStatus::Uploaded,
                      actor,
                      late ? u"accepted by the gateway after its upload deadline"_s : u"accepted by the gateway"_s,
                      {},
                      {},
                      current.status});
    }
    Transition last {current.localId,
                     to,
                     actor,
                     reason,
                     result.paymentId,
                     result.error,
                     viaUploaded ? PaymentStatus::Uploaded : current.status};
    if (to == PaymentStatus::Uploaded && nowMs > current.uploadDeadline) {
        last.reason = u"accepted by the gateway after its upload deadline"_s;
    }
    steps.append(last);
    return steps;
}

} // namespace holdfast::sync
