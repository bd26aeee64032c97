#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>

namespace holdfast::sales {

/// What a staff member may do is decided by role alone.
enum class Role { Cashier, Manager };

/// The actions the screens guard. Manager-only: ChangeOfflineMode, KeyedCardEntry,
/// VoidPayment, ManageStaff, ImportCatalog, EndShift, PairDevices. Everyone: the rest.
enum class Action {
    Sell, ///< ring up items and take tenders
    ApplyDiscount, ///< line and order discounts
    VoidOpenOrder, ///< abandon a sale that has no live card payment
    ChangeOfflineMode, ///< the manager's offline toggle
    KeyedCardEntry, ///< typing a card number on the register
    VoidPayment, ///< cancelling a card payment
    ManageStaff, ///< add staff, reset PINs, deactivate
    ImportCatalog,
    EndShift,
    PairDevices, ///< pair the register with a gateway location or a LAN terminal
};

QString toWire(Role role); ///< "CASHIER" or "MANAGER", as stored
Result<Role> roleFromWire(QStringView text);
/// "Cashier", "Manager", translated.
QString displayName(Role role);
/// "change the offline mode", … translated, to finish "Only a manager can …".
QString displayName(Action action);

/// Whether `role` may do `action`. Pure: the screens ask, core enforces where it acts.
bool can(Role role, Action action);
/// can() as a Status: "permission_denied" with a sentence naming the action.
Status require(Role role, Action action);

/// A person who signs in to the register.
struct StaffMember
{
    QString id; ///< UUID
    QString name;
    Role role = Role::Cashier;
    bool active = true;

    bool operator==(const StaffMember &) const = default;
};

} // namespace holdfast::sales
