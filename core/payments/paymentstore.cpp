#include "paymentstore.h"

#include "lifecycle.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcPaymentStore, "holdfast.core.paymentstore")

namespace holdfast::payments {

namespace {

QString eventInsert()
{
    return u"INSERT INTO payment_events (local_id, at, actor, from_status, to_status, reason) VALUES (?, ?, ?, ?, ?, ?)"_s;
}

Error notFound()
{
    return {u"payment_not_found"_s, PaymentStore::tr("There is no payment with that reference on this register.")};
}

} // namespace

Status PaymentStore::record(const PaymentRecord &payment, const QString &actor, qint64 atMs)
{
    const QString reason = payment.mode == wire::PaymentMode::Online ? u"taken online"_s : u"taken offline"_s;
    return m_vault.transaction([&] { return insert(payment, actor, reason, atMs); });
}

Status PaymentStore::recordAll(const QList<PaymentRecord> &payments, const QString &actor, const QString &reason,
                               qint64 atMs)
{
    return m_vault.transaction([&]() -> Status {
        for (const PaymentRecord &payment : payments) {
            if (auto inserted = insert(payment, actor, reason, atMs); !inserted) {
                return inserted;
            }
        }
        return {};
    });
}

Status PaymentStore::insert(const PaymentRecord &payment, const QString &actor, const QString &reason, qint64 atMs)
{
    if (!payment.envelope || payment.status != PaymentStatus::Queued || payment.amount.minor() <= 0
        || payment.tip.currency() != payment.amount.currency() || payment.envelope->kid != payment.kid) {
        return Error {u"payment_invalid"_s, tr("The payment is incomplete and was not saved.")};
    }
    QSqlQuery query(m_vault.database());
    query.prepare(u"INSERT INTO payments (local_id, location_id, register_id, credential_id, order_id, "
                  "amount_minor, tip_minor, currency, created_at, entry_method, brand, last4, cashier, mode, kid, "
                  "envelope, status, upload_deadline, next_attempt_at, updated_at, sent_at, outcome_shown_at) VALUES "
                  "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'QUEUED', ?, 0, ?, ?, ?)"_s);
    // A null QString binds as SQL NULL; optional text is stored as an empty string instead.
    const auto text = [](const QString &value) {
        return QVariant(value.isNull() ? u""_s : value);
    };
    const auto stamp = [](std::optional<qint64> value) {
        return value ? QVariant(*value) : QVariant();
    };
    for (const QVariant &value : {QVariant(payment.localId),
                                  QVariant(payment.locationId),
                                  QVariant(payment.registerId),
                                  QVariant(payment.credentialId),
                                  text(payment.orderId),
                                  QVariant(payment.amount.minor()),
                                  QVariant(payment.tip.minor()),
                                  QVariant(payment.amount.currency()),
                                  QVariant(payment.createdAt),
                                  QVariant(crypto::toWire(payment.entryMethod)),
                                  QVariant(payment.brand),
                                  QVariant(payment.last4),
                                  text(payment.cashier),
                                  QVariant(wire::toWire(payment.mode)),
                                  QVariant(payment.kid),
                                  QVariant(QJsonDocument(payment.envelope->toJson()).toJson(QJsonDocument::Compact)),
                                  QVariant(payment.uploadDeadline),
                                  QVariant(atMs),
                                  stamp(payment.sentAt),
                                  stamp(payment.outcomeShownAt)}) {
        query.addBindValue(value);
    }
    if (auto inserted = m_vault.exec(query); !inserted) {
        if (inserted.error().code == u"vault_constraint"_s && find(payment.localId).ok()) {
            return Error {u"payment_duplicate"_s, tr("A payment with this reference is already recorded.")};
        }
        return inserted;
    }
    QSqlQuery event(m_vault.database());
    event.prepare(eventInsert());
    return appendEvent(event, payment.localId, atMs, actor, std::nullopt, PaymentStatus::Queued, reason);
}

// The statements a run of transitions uses, prepared once for the whole transaction.
struct PaymentStore::Statements
{
    explicit Statements(const Vault &vault)
        : status(vault.database()), update(vault.database()), event(vault.database())
    {
        status.prepare(u"SELECT status FROM payments WHERE local_id = ?"_s);
        // The envelope goes in the same statement that moves the payment out of QUEUED; with
        // secure_delete on, SQLite overwrites the old bytes rather than leaving them in free pages.
        update.prepare(u"UPDATE payments SET status = ?, updated_at = ?, "
                       "envelope = CASE WHEN ? THEN NULL ELSE envelope END, "
                       "server_payment_id = COALESCE(?, server_payment_id), "
                       "last_error_code = COALESCE(?, last_error_code), last_error = COALESCE(?, last_error), "
                       "uploaded_at = CASE WHEN ? AND uploaded_at IS NULL THEN ? ELSE uploaded_at END "
                       "WHERE local_id = ? AND status = ?"_s);
        event.prepare(eventInsert());
    }

    QSqlQuery status;
    QSqlQuery update;
    QSqlQuery event;
};

Status PaymentStore::transition(const QList<Transition> &transitions, qint64 atMs)
{
    return m_vault.transaction([&]() -> Status {
        Statements statements(m_vault);
        for (const Transition &step : transitions) {
            if (auto applied = applyOne(step, statements, atMs); !applied) {
                return applied;
            }
        }
        return {};
    });
}

Result<QList<Transition>> PaymentStore::transitionWherePossible(const QList<Transition> &transitions, qint64 atMs)
{
    QList<Transition> applied;
    const Status done = m_vault.transaction([&]() -> Status {
        Statements statements(m_vault);
        QSet<QString> stale;
        for (const Transition &step : transitions) {
            if (stale.contains(step.localId)) {
                continue;
            }
            auto one = applyOne(step, statements, atMs);
            if (!one && (one.error().code == u"payment_changed"_s || one.error().code == u"transition_illegal"_s)) {
                qCInfo(lcPaymentStore) << "late answer for" << step.localId << "left out:" << one.error().code;
                stale.insert(step.localId);
                continue;
            }
            if (!one) {
                return one;
            }
            applied.append(step);
        }
        return {};
    });
    if (!done) {
        return done.error();
    }
    return applied;
}

Status PaymentStore::applyOne(const Transition &step, Statements &statements, qint64 atMs)
{
    PaymentStatus from = PaymentStatus::Queued;
    if (step.from) {
        from = *step.from;
    } else {
        statements.status.addBindValue(step.localId);
        if (auto read = m_vault.exec(statements.status); !read) {
            return read;
        }
        const bool found = statements.status.next();
        const auto status = paymentStatusFromString(found ? statements.status.value(0).toString() : QString());
        statements.status.finish();
        if (!found) {
            return notFound();
        }
        if (!status) {
            return status.error();
        }
        from = status.value();
    }
    if (auto legal = lifecycle::check(from, step.to); !legal) {
        return legal;
    }
    const bool reachedGateway = step.to != PaymentStatus::Queued && step.to != PaymentStatus::FailedToUpload
        && step.to != PaymentStatus::Voided;
    QSqlQuery &update = statements.update;
    update.addBindValue(toWire(step.to));
    update.addBindValue(atMs);
    update.addBindValue(lifecycle::erasesEnvelope(step.to));
    update.addBindValue(step.serverPaymentId.isEmpty() ? QVariant() : QVariant(step.serverPaymentId));
    update.addBindValue(step.error ? QVariant(step.error->code) : QVariant());
    update.addBindValue(step.error ? QVariant(step.error->message) : QVariant());
    update.addBindValue(reachedGateway);
    update.addBindValue(atMs);
    update.addBindValue(step.localId);
    update.addBindValue(toWire(from));
    if (auto updated = m_vault.exec(update); !updated) {
        return updated;
    }
    if (update.numRowsAffected() != 1) {
        return Error {u"payment_changed"_s, tr("The payment changed meanwhile; try again.")};
    }
    return appendEvent(statements.event, step.localId, atMs, step.actor, from, step.to, step.reason);
}

Status PaymentStore::appendEvent(QSqlQuery &query, const QString &localId, qint64 atMs, const QString &actor,
                                 std::optional<PaymentStatus> from, PaymentStatus to, const QString &reason)
{
    query.addBindValue(localId);
    query.addBindValue(atMs);
    query.addBindValue(actor);
    query.addBindValue(from ? QVariant(toWire(*from)) : QVariant());
    query.addBindValue(toWire(to));
    query.addBindValue(reason);
    return m_vault.exec(query);
}

Status PaymentStore::noteAttemptFailed(const QStringList &localIds, const Error &error, qint64 nextAttemptAtMs,
                                       qint64 atMs)
{
    return m_vault.transaction([&]() -> Status {
        QSqlQuery query(m_vault.database());
        query.prepare(u"UPDATE payments SET attempts = attempts + 1, last_error_code = ?, last_error = ?, "
                      "next_attempt_at = ?, updated_at = ? WHERE local_id = ? AND status = 'QUEUED'"_s);
        for (const QString &localId : localIds) {
            query.addBindValue(error.code);
            query.addBindValue(error.message);
            query.addBindValue(nextAttemptAtMs);
            query.addBindValue(atMs);
            query.addBindValue(localId);
            if (auto updated = m_vault.exec(query); !updated) {
                return updated;
            }
        }
        return {};
    });
}

Status PaymentStore::makeDueNow(const QStringList &localIds, qint64 atMs)
{
    return m_vault.transaction([&]() -> Status {
        QSqlQuery query(m_vault.database());
        query.prepare(
            u"UPDATE payments SET next_attempt_at = 0, updated_at = ? WHERE local_id = ? AND status = 'QUEUED'"_s);
        for (const QString &localId : localIds) {
            query.addBindValue(atMs);
            query.addBindValue(localId);
            if (auto updated = m_vault.exec(query); !updated) {
                return updated;
            }
        }
        return {};
    });
}

Status PaymentStore::makeAllDueNow(qint64 atMs)
{
    return m_vault.transaction([&]() -> Status {
        QSqlQuery query(m_vault.database());
        query.prepare(u"UPDATE payments SET next_attempt_at = 0, updated_at = ? "
                      "WHERE status = 'QUEUED' AND next_attempt_at > 0"_s);
        query.addBindValue(atMs);
        return m_vault.exec(query);
    });
}

Status PaymentStore::noteInLog(const PaymentRecord &payment, const QString &actor, const QString &reason, qint64 atMs)
{
    QSqlQuery event(m_vault.database());
    event.prepare(eventInsert());
    return appendEvent(event, payment.localId, atMs, actor, payment.status, payment.status, reason);
}

Status PaymentStore::noteVoidRequested(const PaymentRecord &payment, const QString &actor, const QString &reason,
                                       qint64 atMs)
{
    return m_vault.transaction([&]() -> Status {
        QSqlQuery query(m_vault.database());
        query.prepare(u"UPDATE payments SET void_requested_at = ?, envelope = NULL, updated_at = ? "
                      "WHERE local_id = ? AND void_requested_at IS NULL"_s);
        query.addBindValue(atMs);
        query.addBindValue(atMs);
        query.addBindValue(payment.localId);
        if (auto updated = m_vault.exec(query); !updated) {
            return updated;
        }
        return noteInLog(payment, actor, u"void requested, waiting for the gateway: "_s + reason, atMs);
    });
}

Status PaymentStore::markOutcomeShown(const QString &localId, const QString &actor, const QString &reason, qint64 atMs)
{
    return m_vault.transaction([&]() -> Status {
        auto payment = find(localId);
        if (!payment) {
            return payment.error();
        }
        if (payment->outcomeShownAt) {
            return {};
        }
        QSqlQuery query(m_vault.database());
        query.prepare(u"UPDATE payments SET outcome_shown_at = ? WHERE local_id = ?"_s);
        query.addBindValue(atMs);
        query.addBindValue(localId);
        if (auto updated = m_vault.exec(query); !updated) {
            return updated;
        }
        return noteInLog(payment.value(), actor, reason, atMs);
    });
}

Result<int> PaymentStore::purgeFinished(qint64 beforeMs)
{
    int purged = 0;
    const Status done = m_vault.transaction([&]() -> Status {
        QSqlQuery query(m_vault.database());
        query.prepare(u"DELETE FROM payments WHERE status IN ('PROCESSED', 'FAILED_TO_PROCESS', "
                      "'FAILED_TO_UPLOAD', 'VOIDED') AND updated_at < ?"_s);
        query.addBindValue(beforeMs);
        if (auto deleted = m_vault.exec(query); !deleted) {
            return deleted;
        }
        purged = query.numRowsAffected();
        return {};
    });
    if (!done) {
        return done.error();
    }
    qCInfo(lcPaymentStore) << "purged" << purged << "finished payments";
    return purged;
}

Result<PaymentRecord> PaymentStore::find(const QString &localId) const
{
    QSqlQuery query(m_vault.database());
    query.prepare(u"SELECT %1 FROM payments WHERE local_id = ?"_s.arg(PaymentRecord::selectColumns()));
    query.addBindValue(localId);
    if (auto done = m_vault.exec(query); !done) {
        return done.error();
    }
    if (!query.next()) {
        return notFound();
    }
    return PaymentRecord::fromQuery(query);
}

Result<QList<PaymentEvent>> PaymentStore::events(const QString &localId) const
{
    QSqlQuery query(m_vault.database());
    query.prepare(
        u"SELECT at, actor, from_status, to_status, reason FROM payment_events WHERE local_id = ? ORDER BY id"_s);
    query.addBindValue(localId);
    if (auto done = m_vault.exec(query); !done) {
        return done.error();
    }
    QList<PaymentEvent> events;
    while (query.next()) {
        const auto from = paymentStatusFromString(query.value(2).toString());
        const auto to = paymentStatusFromString(query.value(3).toString());
        if (!to || (!query.value(2).isNull() && !from)) {
            return Error {u"vault_corrupt"_s, tr("A payment's history in the vault is unreadable.")};
        }
        PaymentEvent event;
        event.at = query.value(0).toLongLong();
        event.actor = query.value(1).toString();
        if (!query.value(2).isNull()) {
            event.from = from.value();
        }
        event.to = to.value();
        event.reason = query.value(4).toString();
        events.append(event);
    }
    return events;
}

} // namespace holdfast::payments
