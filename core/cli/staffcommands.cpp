// holdfastctl staff …: the people who sign in at the register (and the manager's offline mode).
// holdfastctl runs with the authority of the register's system account, like an installer:
// it adds staff without a signed-in manager, but the first member must be a manager.

#include "commands.h"
#include "crypto/secretbytes.h"
#include "payments/policycache.h"
#include "sales/pinhash.h"
#include "sales/staffstore.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace holdfast::cli {

namespace {

// The PIN comes on standard input, never as an argument other users could read.
Result<crypto::SecretBytes> readPin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        return Error {u"pin_missing"_s, Ctl::tr("Give the PIN on standard input.")};
    }
    QByteArray line = in.readLine(64);
    QString typed = QString::fromLatin1(line.trimmed());
    crypto::wipe(line);
    return sales::PinHasher::take(typed);
}

int staffAdd(CliContext &context, sales::StaffStore &staff, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"NAME"_s, Ctl::tr("The name shown on the sign-in screen."));
    const QCommandLineOption role(u"role"_s, Ctl::tr("cashier or manager (default: cashier)."), u"ROLE"_s,
                                  u"cashier"_s);
    parser.addOption(role);
    if (auto exit = parseCommand(parser, context, arguments,
                                 Ctl::tr("Add a staff member; the PIN (4 to 8 digits) is read from standard input."))) {
        return *exit;
    }
    const auto parsedRole = sales::roleFromWire(parser.value(role).toUpper());
    if (parser.positionalArguments().size() != 1 || !parsedRole) {
        context.err() << Ctl::tr("Usage: holdfastctl staff add NAME [--role cashier|manager] < PIN") << Qt::endl;
        return Usage;
    }
    auto pin = readPin();
    if (!pin) {
        return context.fail(pin.error(), Usage);
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString name = parser.positionalArguments().constFirst();
    const auto added = [&]() -> Result<sales::StaffMember> {
        auto empty = staff.isEmpty();
        if (!empty) {
            return empty.error();
        }
        if (*empty) {
            if (*parsedRole != sales::Role::Manager) {
                return Error {u"first_staff_manager"_s, Ctl::tr("The first staff member must be a manager.")};
            }
            return staff.createFirstManager(name, std::move(pin).value(), now);
        }
        auto members = staff.list();
        if (!members) {
            return members.error();
        }
        const auto manager = std::find_if(members->begin(), members->end(),
                                          [](const auto &member) { return member.role == sales::Role::Manager; });
        if (manager == members->end()) {
            return Error {u"no_manager"_s, Ctl::tr("There is no active manager to add staff with.")};
        }
        return staff.add(*manager, name, *parsedRole, std::move(pin).value(), now);
    }();
    if (!added) {
        return context.fail(added.error());
    }
    if (context.json()) {
        context.printJson(
            QJsonObject {{"id"_L1, added->id}, {"name"_L1, added->name}, {"role"_L1, sales::toWire(added->role)}});
    } else {
        context.out() << Ctl::tr("Added %1 (%2).").arg(added->name, sales::displayName(added->role)) << Qt::endl;
    }
    return Success;
}

int staffList(CliContext &context, const sales::StaffStore &staff, const QStringList &arguments)
{
    QCommandLineParser parser;
    if (auto exit = parseCommand(parser, context, arguments, Ctl::tr("List the staff members."))) {
        return *exit;
    }
    auto members = staff.list();
    if (!members) {
        return context.fail(members.error());
    }
    QJsonArray array;
    for (const auto &member : members.value()) {
        array.append(
            QJsonObject {{"id"_L1, member.id}, {"name"_L1, member.name}, {"role"_L1, sales::toWire(member.role)}});
        if (!context.json()) {
            context.out() << member.name << u"  "_s << sales::displayName(member.role) << Qt::endl;
        }
    }
    if (context.json()) {
        context.printJson(array);
    }
    return Success;
}

} // namespace

int staffCommand(CliContext &context, const QStringList &arguments)
{
    const QString sub = arguments.value(1);
    if (sub != u"add"_s && sub != u"list"_s) {
        context.err() << Ctl::tr("Usage: holdfastctl staff add NAME [--role cashier|manager] < PIN | staff list")
                      << Qt::endl;
        return Usage;
    }
    auto database = sales::StoreDatabase::open(context.dataDir());
    if (!database) {
        return context.fail(database.error());
    }
    sales::StaffStore staff(*database.value(), context.secrets());
    return sub == u"add"_s ? staffAdd(context, staff, arguments.mid(1)) : staffList(context, staff, arguments.mid(1));
}

int modeCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"MODE"_s, Ctl::tr("online, offline or auto; without it, show the mode."));
    if (auto exit = parseCommand(parser, context, arguments,
                                 Ctl::tr("Show or set the register's default processing mode (the manager's "
                                         "offline toggle)."))) {
        return *exit;
    }
    RegisterCore *core = context.registerCore();
    if (!core) {
        return Failure;
    }
    payments::PolicyCache cache(core->vault());
    if (!parser.positionalArguments().isEmpty()) {
        const QString name = parser.positionalArguments().constFirst().toLower();
        const auto mode = name == u"online"_s ? payments::ProcessingMode::OnlineOnly
            : name == u"offline"_s            ? payments::ProcessingMode::OfflineOnly
            : name == u"auto"_s               ? payments::ProcessingMode::AutoDetect
                                              : std::optional<payments::ProcessingMode>();
        if (!mode) {
            context.err() << Ctl::tr("holdfastctl mode: MODE is online, offline or auto.") << Qt::endl;
            return Usage;
        }
        if (auto set = cache.setDefaultMode(*mode); !set) {
            return context.fail(set.error());
        }
    }
    const auto mode = cache.defaultMode();
    if (context.json()) {
        context.printJson(QJsonObject {{"mode"_L1, payments::toWire(mode)}});
    } else {
        context.out() << payments::displayName(mode) << Qt::endl;
    }
    return Success;
}

} // namespace holdfast::cli
