#include "paymentclaims.h"

#include "paymentstore.h"
#include "platform/clock.h"
#include "platform/processes.h"

#include <QLoggingCategory>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcPaymentClaims, "holdfast.core.paymentclaims")

namespace holdfast::payments {

namespace {

// Liveness is about this machine's processes, whatever clock the register's rules run on.
qint64 monotonicNow()
{
    return SystemClock::instance().monotonicMs();
}

Error notPossible(const PaymentRecord &payment)
{
    return {u"void_not_possible"_s,
            PaymentClaims::tr("This payment is %1: nothing can be charged any more, so there is nothing to void.")
                .arg(displayName(payment.status))};
}

} // namespace

ClaimOwner ClaimOwner::create()
{
    return {QCoreApplication::applicationPid(), SystemClock::instance().bootId(),
            QUuid::createUuid().toString(QUuid::WithoutBraces)};
}

bool PaymentClaims::heldByOther(qint64 pid, const QString &boot, const QString &token, qint64 claimedMonotonic) const
{
    if (token == m_owner.token) {
        return false;
    }
    if (boot != m_owner.bootId || monotonicNow() - claimedMonotonic > maxClaimAgeMs) {
        return false; // the machine restarted since, or no call can still be running
    }
    return pid == m_owner.pid || isProcessAlive(pid);
}

Result<bool> PaymentClaims::isClaimedByOther(const QString &localId) const
{
    QSqlQuery query(m_vault.database());
    query.prepare(u"SELECT owner_pid, owner_boot, owner_token, claimed_monotonic FROM payment_claims "
                  "WHERE local_id = ?"_s);
    query.addBindValue(localId);
    if (auto done = m_vault.exec(query); !done) {
        return done.error();
    }
    return query.next()
        && heldByOther(query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                       query.value(3).toLongLong());
}

Status PaymentClaims::insertClaim(const QString &localId, const QString &purpose)
{
    QSqlQuery query(m_vault.database());
    query.prepare(u"INSERT OR REPLACE INTO payment_claims (local_id, purpose, owner_pid, owner_boot, owner_token, "
                  "claimed_monotonic) VALUES (?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &value : {QVariant(localId), QVariant(purpose), QVariant(m_owner.pid), QVariant(m_owner.bootId),
                                  QVariant(m_owner.token), QVariant(monotonicNow())}) {
        query.addBindValue(value);
    }
    return m_vault.exec(query);
}

Result<QList<PaymentRecord>> PaymentClaims::claimForSending(const QStringList &localIds, qint64 nowMs)
{
    QList<PaymentRecord> claimed;
    const Status done = m_vault.transaction([&]() -> Status {
        PaymentStore store(m_vault);
        QSqlQuery mark(m_vault.database());
        mark.prepare(u"UPDATE payments SET sent_at = COALESCE(sent_at, ?) WHERE local_id = ? AND status = 'QUEUED' "
                     "AND envelope IS NOT NULL AND void_requested_at IS NULL"_s);
        for (const QString &localId : localIds) {
            auto other = isClaimedByOther(localId);
            if (!other) {
                return other.error();
            }
            if (other.value()) {
                continue;
            }
            mark.addBindValue(nowMs);
            mark.addBindValue(localId);
            if (auto marked = m_vault.exec(mark); !marked) {
                return marked;
            }
            if (mark.numRowsAffected() != 1) {
                continue; // voided, uploaded or claimed for a void meanwhile
            }
            if (auto inserted = insertClaim(localId, u"send"_s); !inserted) {
                return inserted;
            }
            auto record = store.find(localId);
            if (!record) {
                return record.error();
            }
            claimed.append(std::move(record).value());
        }
        return {};
    });
    if (!done) {
        return done.error();
    }
    return claimed;
}

Result<std::optional<PaymentRecord>> PaymentClaims::claimForVoid(const QString &localId)
{
    std::optional<PaymentRecord> claimed;
    const Status done = m_vault.transaction([&]() -> Status {
        auto payment = PaymentStore(m_vault).find(localId);
        if (!payment) {
            return payment.error();
        }
        if (!payment->isVoidPending()) {
            return {};
        }
        auto other = isClaimedByOther(localId);
        if (!other) {
            return other.error();
        }
        if (other.value()) {
            return {}; // its upload (or an earlier void) is in flight elsewhere; asked again later
        }
        if (auto inserted = insertClaim(localId, u"void"_s); !inserted) {
            return inserted;
        }
        claimed = std::move(payment).value();
        return {};
    });
    if (!done) {
        return done.error();
    }
    return claimed;
}

Status PaymentClaims::recordClaimed(const PaymentRecord &payment, const QString &actor, qint64 atMs)
{
    return m_vault.transaction([&]() -> Status {
        PaymentRecord marked = payment;
        marked.sentAt = atMs;
        if (auto recorded = PaymentStore(m_vault).record(marked, actor, atMs); !recorded) {
            return recorded;
        }
        return insertClaim(payment.localId, u"send"_s);
    });
}

Status PaymentClaims::release(const QStringList &localIds)
{
    if (localIds.isEmpty()) {
        return {};
    }
    return m_vault.transaction([&]() -> Status {
        QSqlQuery query(m_vault.database());
        query.prepare(u"DELETE FROM payment_claims WHERE local_id = ? AND owner_token = ?"_s);
        for (const QString &localId : localIds) {
            query.addBindValue(localId);
            query.addBindValue(m_owner.token);
            if (auto deleted = m_vault.exec(query); !deleted) {
                return deleted;
            }
        }
        return {};
    });
}

Result<VoidRequest> PaymentClaims::requestVoid(const QString &localId, const QString &actor, const QString &reason,
                                               qint64 nowMs)
{
    VoidRequest outcome = VoidRequest::Pending;
    const Status done = m_vault.transaction([&]() -> Status {
        PaymentStore store(m_vault);
        auto payment = store.find(localId);
        if (!payment) {
            return payment.error();
        }
        if (!payment->mayCharge()) {
            return notPossible(payment.value());
        }
        if (payment->voidRequestedAt) {
            return {}; // asked before; still waiting for the gateway
        }
        auto other = isClaimedByOther(localId);
        if (!other) {
            return other.error();
        }
        if (payment->status == PaymentStatus::Queued && !payment->sentAt && !other.value()) {
            outcome = VoidRequest::VoidedHere;
            return store.transition({{localId,
                                      PaymentStatus::Voided,
                                      actor,
                                      u"voided before upload: "_s + reason,
                                      {},
                                      {},
                                      PaymentStatus::Queued}},
                                    nowMs);
        }
        return store.noteVoidRequested(payment.value(), actor, reason, nowMs);
    });
    if (!done) {
        return done.error();
    }
    qCInfo(lcPaymentClaims) << "void of" << localId << (outcome == VoidRequest::VoidedHere ? "done here" : "pending");
    return outcome;
}

} // namespace holdfast::payments
