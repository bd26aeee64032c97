#include "staff.h"

using namespace Qt::StringLiterals;

namespace holdfast::sales {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Staff", text);
}

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
    return Error {u"role_invalid"_s, tr("A role is CASHIER or MANAGER.")};
}

QString displayName(Role role)
{
    return role == Role::Manager ? tr("Manager") : tr("Cashier");
}

QString displayName(Action action)
{
    switch (action) {
    case Action::Sell:
        return tr("make sales");
    case Action::ApplyDiscount:
        return tr("give discounts");
    case Action::VoidOpenOrder:
        return tr("cancel a sale");
    case Action::ChangeOfflineMode:
        return tr("change the offline mode");
    case Action::KeyedCardEntry:
        return tr("type in a card number");
    case Action::VoidPayment:
        return tr("void a card payment");
    case Action::ManageStaff:
        return tr("manage staff");
    case Action::ImportCatalog:
        return tr("import the catalog");
    case Action::EndShift:
        return tr("end the shift");
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
        return false;
    }
    return false;
}

Status require(Role role, Action action)
{
    if (can(role, action)) {
        return {};
    }
    return Error {u"permission_denied"_s, tr("Only a manager can %1.").arg(displayName(action))};
}

} // namespace holdfast::sales
