#pragma once

#include "staff.h"
#include "storedatabase.h"

#include <QCoreApplication>

#include <optional>

namespace holdfast::sales {

/// A cashier's stretch at one register, from opening to the end-of-shift report.
struct Shift
{
    QString id; ///< UUID
    QString registerId;
    QString openedBy; ///< staff id
    qint64 openedAt = 0;
    QString closedBy;
    std::optional<qint64> closedAt;

    bool isOpen() const { return !closedAt.has_value(); }
    bool operator==(const Shift &) const = default;
};

/// Shifts in store.sqlite: at most one open shift per register.
class ShiftStore
{
    Q_DECLARE_TR_FUNCTIONS(ShiftStore)

public:
    explicit ShiftStore(StoreDatabase &db) : m_db(db) { }

    /// Opens a shift on `registerId` for an active staff member; "shift_open" if one is open.
    Result<Shift> open(const QString &registerId, const QString &staffId, qint64 nowMs);
    /// The register's open shift, if any.
    Result<std::optional<Shift>> current(const QString &registerId) const;
    Result<Shift> find(const QString &shiftId) const;
    /// Closes a shift: a manager's action (Action::EndShift, checked against the stored role).
    /// Open orders do not prevent it; the end-of-shift report warns about them.
    Result<Shift> close(const QString &shiftId, const QString &managerId, qint64 nowMs);

private:
    Result<QList<Shift>> select(const QString &where, const QVariantList &values) const;

    StoreDatabase &m_db;
};

} // namespace holdfast::sales
