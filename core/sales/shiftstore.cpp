#include "shiftstore.h"

#include <QLoggingCategory>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcShifts, "holdfast.core.sales.shiftstore")

namespace holdfast::sales {

namespace {

/// The stored role and active flag of a staff member, read from the same database.
Result<StaffMember> storedStaff(const StoreDatabase &db, const QString &staffId)
{
    QSqlQuery query(db.database());
    query.prepare(u"SELECT id, name, role, active FROM staff WHERE id = ?"_s);
    query.addBindValue(staffId);
    if (auto done = db.exec(query); !done) {
        return done.error();
    }
    if (!query.next()) {
        return Error {u"staff_not_found"_s, ShiftStore::tr("There is no such staff member.")};
    }
    auto role = roleFromWire(query.value(2).toString());
    if (!role) {
        return role.error();
    }
    StaffMember member {query.value(0).toString(), query.value(1).toString(), role.value(), query.value(3).toBool()};
    if (!member.active) {
        return Error {u"staff_inactive"_s, ShiftStore::tr("%1 can no longer sign in.").arg(member.name)};
    }
    return member;
}

} // namespace

Result<QList<Shift>> ShiftStore::select(const QString &where, const QVariantList &values) const
{
    QSqlQuery query(m_db.database());
    query.prepare(u"SELECT id, register_id, opened_by, opened_at, closed_by, closed_at FROM shifts WHERE "_s + where
                  + u" ORDER BY opened_at"_s);
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
    if (auto done = m_db.exec(query); !done) {
        return done.error();
    }
    QList<Shift> shifts;
    while (query.next()) {
        Shift shift {query.value(0).toString(),   query.value(1).toString(), query.value(2).toString(),
                     query.value(3).toLongLong(), query.value(4).toString(), std::nullopt};
        if (!query.value(5).isNull()) {
            shift.closedAt = query.value(5).toLongLong();
        }
        shifts.append(shift);
    }
    return shifts;
}

Result<Shift> ShiftStore::open(const QString &registerId, const QString &staffId, qint64 nowMs)
{
    if (registerId.isEmpty()) {
        return Error {u"shift_invalid"_s, tr("A shift belongs to a register.")};
    }
    Shift shift {QUuid::createUuid().toString(QUuid::WithoutBraces), registerId, staffId, nowMs, {}, std::nullopt};
    const Status opened = m_db.transaction([&]() -> Status {
        if (auto staff = storedStaff(m_db, staffId); !staff) {
            return staff.error();
        }
        auto existing = current(registerId);
        if (!existing) {
            return existing.error();
        }
        if (existing.value()) {
            return Error {u"shift_open"_s, tr("A shift is already open on this register; end it first.")};
        }
        QSqlQuery query(m_db.database());
        query.prepare(u"INSERT INTO shifts (id, register_id, opened_by, opened_at) VALUES (?, ?, ?, ?)"_s);
        query.addBindValue(shift.id);
        query.addBindValue(registerId);
        query.addBindValue(staffId);
        query.addBindValue(nowMs);
        return m_db.exec(query);
    });
    if (!opened) {
        return opened.error();
    }
    qCInfo(lcShifts) << "shift" << shift.id << "opened on" << registerId;
    return shift;
}

Result<std::optional<Shift>> ShiftStore::current(const QString &registerId) const
{
    auto shifts = select(u"register_id = ? AND closed_at IS NULL"_s, {registerId});
    if (!shifts) {
        return shifts.error();
    }
    return shifts->isEmpty() ? std::optional<Shift>() : std::optional(shifts->first());
}

Result<Shift> ShiftStore::find(const QString &shiftId) const
{
    auto shifts = select(u"id = ?"_s, {shiftId});
    if (!shifts) {
        return shifts.error();
    }
    if (shifts->isEmpty()) {
        return Error {u"shift_not_found"_s, tr("There is no such shift.")};
    }
    return shifts->first();
}

Result<Shift> ShiftStore::close(const QString &shiftId, const QString &managerId, qint64 nowMs)
{
    const Status closed = m_db.transaction([&]() -> Status {
        auto manager = storedStaff(m_db, managerId);
        if (!manager) {
            return manager.error();
        }
        if (auto allowed = require(manager->role, Action::EndShift); !allowed) {
            return allowed;
        }
        auto shift = find(shiftId);
        if (!shift) {
            return shift.error();
        }
        if (!shift->isOpen()) {
            return Error {u"shift_closed"_s, tr("This shift has already ended.")};
        }
        QSqlQuery query(m_db.database());
        query.prepare(u"UPDATE shifts SET closed_by = ?, closed_at = ? WHERE id = ?"_s);
        query.addBindValue(managerId);
        query.addBindValue(nowMs);
        query.addBindValue(shiftId);
        return m_db.exec(query);
    });
    if (!closed) {
        return closed.error();
    }
    return find(shiftId);
}

} // namespace holdfast::sales
