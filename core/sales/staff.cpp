#include "staff.h"

using namespace Qt::StringLiterals;

namespace holdfast::sales {

namespace {

// A named translation context that lupdate sees (a free tr() helper hides it from lupdate).
struct StaffText
{
    Q_DECLARE_TR_FUNCTIONS(Staff)
};

} // namespace

QString toWire(Role role)
{
    return role == Role::Manager ? u"MANAGER"_s : u"CASHIER"_s;
}

Result<Role> roleFromWire(QStringView text)
{
    if (text == u"MANAGER") {
        return Role::Manager;
    }
    if (text == u"CASHIER") {
        return Role::Cashier;
    }
    return Error {u"role_invalid"_s, StaffText::tr("A role is CASHIER or MANAGER.")};
}

QString displayName(Role role)
{
    return role == Role::Manager ? StaffText::tr("Manager") : StaffText::tr("Cashier");
}

QString displayName(Action action)
{
    switch (action) {
    case Action::Sell:
        return StaffText::tr("make sales");
    case Action::ApplyDiscount:
        return StaffText::tr("give discounts");
    case Action::VoidOpenOrder:
        return StaffText::tr("cancel a sale");
    case Action::ChangeOfflineMode:
        return StaffText::tr("change the offline mode");
    case Action::KeyedCardEntry:
        return StaffText::tr("type in a card number");
    case Action::VoidPayment:
        return StaffText::tr("void a card payment");
    case Action::ManageStaff:
        return StaffText::tr("manage staff");
    case Action::ImportCatalog:
        return StaffText::tr("import the catalog");
    case Action::EndShift:
        return StaffText::tr("end the shift");
    case Action::PairDevices:
        return StaffText::tr("pair the register with a gateway or a terminal");
    }
    return {};
}

bool can(Role role, Action action)
{
    if (role == Role::Manager) {
        return true;
    }
    switch (action) {
    case Action::Sell:
    case Action::ApplyDiscount:
    case Action::VoidOpenOrder:
        return true;
    case Action::ChangeOfflineMode:
    case Action::KeyedCardEntry:
    case Action::VoidPayment:
    case Action::ManageStaff:
    case Action::ImportCatalog:
    case Action::EndShift:
    case Action::PairDevices:
        return false;
    }
    return false;
}

Status require(Role role, Action action)
{
    if (can(role, action)) {
        return {};
    }
    return Error {u"permission_denied"_s, StaffText::tr("Only a manager can %1.").arg(displayName(action))};
}

} // namespace holdfast::sales
