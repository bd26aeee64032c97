#include "commandline.h"
#include "commands.h"
#include "gateway.h"
#include "platform/clock.h"
#include "store/locationstore.h"
#include "store/registerstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace holdfast::gateway::cli {

namespace {

QString json(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)).trimmed();
}

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)).trimmed();
}

} // namespace

int locationAdd(const QStringList &arguments)
{
    Command command(u"location add NAME --currency CUR"_s,
                    Command::tr("Creates a location (a store) and prints its id. It starts with the default "
                                "offline settings; change them with 'settings set'."));
    command.addValueOption(u"currency"_s, Command::tr("ISO 4217 currency of every payment there."), u"CUR"_s);
    if (auto done = command.parse(arguments, 1)) {
        return *done;
    }
    if (!command.isSet(u"currency"_s)) {
        return usageError(Command::tr("--currency is required, such as --currency CAD."));
    }
    SystemClock clock;
    auto gateway = command.openGateway(clock);
    if (!gateway) {
        return fail(gateway.error());
    }
    auto id = gateway.value()->locations().add(command.positional().first(), command.value(u"currency"_s));
    if (!id) {
        return id.error().code == u"storage_error"_s ? fail(id.error()) : usageError(id.error().message);
    }
    printOut(id.value());
    return Success;
}

int locationList(const QStringList &arguments)
{
    Command command(u"location list [--json]"_s, Command::tr("Lists the locations."));
    command.addFlag(u"json"_s, Command::tr("Print a JSON array."));
    if (auto done = command.parse(arguments, 0)) {
        return *done;
    }
    SystemClock clock;
    auto gateway = command.openGateway(clock);
    if (!gateway) {
        return fail(gateway.error());
    }
    auto locations = gateway.value()->locations().list();
    if (!locations) {
        return fail(locations.error());
    }
    QJsonArray array;
    for (const Location &location : locations.value()) {
        if (command.isSet(u"json"_s)) {
            array.append(QJsonObject {{"id"_L1, location.id},
                                      {"name"_L1, location.name},
                                      {"currency"_L1, location.currency},
                                      {"createdAt"_L1, location.createdAt}});
        } else {
            printOut(u"%1  %2  %3"_s.arg(location.id, location.currency, location.name));
        }
    }
    if (command.isSet(u"json"_s)) {
        printOut(json(array));
    }
    return Success;
}

int deviceCodeCreate(const QStringList &arguments)
{
    Command command(u"device-code create --location ID [--ttl 24h]"_s,
                    Command::tr("Creates a one-time code that pairs one register with the location, and prints "
                                "it. Read it to the person at the register; it expires after --ttl."));
    command.addValueOption(u"location"_s, Command::tr("The location the register will belong to."), u"ID"_s);
    command.addValueOption(u"ttl"_s, Command::tr("How long the code works: 30m, 24h, 7d (at most 30d)."), u"DURATION"_s,
                           u"24h"_s);
    if (auto done = command.parse(arguments, 0)) {
        return *done;
    }
    const auto ttl = parseDuration(command.value(u"ttl"_s));
    if (!command.isSet(u"location"_s)) {
        return usageError(Command::tr("--location is required."));
    }
    if (!ttl || *ttl > RegisterStore::maxCodeTtlMs) {
        return usageError(Command::tr("--ttl must be a duration such as 30m, 24h or 7d, at most 30d."));
    }
    SystemClock clock;
    auto gateway = command.openGateway(clock);
    if (!gateway) {
        return fail(gateway.error());
    }
    auto code = gateway.value()->registers().createDeviceCode(command.value(u"location"_s), *ttl);
    if (!code) {
        return fail(code.error());
    }
    printOut(code.value());
    return Success;
}

int settingsSet(const QStringList &arguments)
{
    Command command(u"settings set --location ID [--offline on|off] [--per-payment-limit 100.00] "
                    "[--total-limit 2000.00] [--max-count 1000] [--accept-window 24h] [--upload-deadline 72h]"_s,
                    Command::tr("Changes a location's offline policy; registers pick it up on their next "
                                "settings fetch. Nothing changes unless every value is valid."));
    command.addValueOption(u"location"_s, Command::tr("The location to change."), u"ID"_s);
    command.addValueOption(u"offline"_s, Command::tr("Whether registers may take payments offline."), u"on|off"_s);
    command.addValueOption(u"per-payment-limit"_s, Command::tr("Largest single offline payment."), u"AMOUNT"_s);
    command.addValueOption(u"total-limit"_s, Command::tr("Largest total of stored offline payments."), u"AMOUNT"_s);
    command.addValueOption(u"max-count"_s, Command::tr("Most offline payments a register may hold."), u"N"_s);
    command.addValueOption(u"accept-window"_s,
                           Command::tr("No new offline payment once the oldest one waiting is this old."),
                           u"DURATION"_s);
    command.addValueOption(u"upload-deadline"_s,
                           Command::tr("An offline payment must reach the gateway within this time of its capture."),
                           u"DURATION"_s);
    if (auto done = command.parse(arguments, 0)) {
        return *done;
    }
    if (!command.isSet(u"location"_s)) {
        return usageError(Command::tr("--location is required."));
    }
    SystemClock clock;
    auto gateway = command.openGateway(clock);
    if (!gateway) {
        return fail(gateway.error());
    }
    auto settings = gateway.value()->locations().settings(command.value(u"location"_s));
    if (!settings) {
        return fail(settings.error());
    }
    wire::OfflineSettings changed = settings.value();
    bool anything = false;
    if (command.isSet(u"offline"_s)) {
        const QString value = command.value(u"offline"_s);
        if (value != "on"_L1 && value != "off"_L1) {
            return usageError(Command::tr("--offline must be on or off."));
        }
        changed.offlineAllowed = value == "on"_L1;
        anything = true;
    }
    for (const auto &[option, target] : {std::pair {u"per-payment-limit"_s, &changed.perPaymentLimit},
                                         std::pair {u"total-limit"_s, &changed.totalLimit}}) {
        if (command.isSet(option)) {
            auto amount = Money::parse(command.value(option), changed.currency);
            if (!amount) {
                return usageError(u"--%1: %2"_s.arg(option, amount.error().message));
            }
            *target = amount.value();
            anything = true;
        }
    }
    if (command.isSet(u"max-count"_s)) {
        bool ok = false;
        changed.maxCount = command.value(u"max-count"_s).toInt(&ok);
        if (!ok) {
            return usageError(Command::tr("--max-count must be a whole number."));
        }
        anything = true;
    }
    for (const auto &[option, target] : {std::pair {u"accept-window"_s, &changed.acceptWindowMs},
                                         std::pair {u"upload-deadline"_s, &changed.uploadDeadlineMs}}) {
        if (command.isSet(option)) {
            const auto duration = parseDuration(command.value(option));
            if (!duration) {
                return usageError(Command::tr("--%1 must be a duration such as 90m, 24h or 3d.").arg(option));
            }
            *target = *duration;
            anything = true;
        }
    }
    if (!anything) {
        return usageError(Command::tr("Nothing to change: give at least one setting (see --help)."));
    }
    if (auto valid = LocationStore::validate(changed); !valid) {
        return usageError(valid.error().message);
    }
    if (auto saved = gateway.value()->locations().saveSettings(changed); !saved) {
        return fail(saved.error());
    }
    return Success;
}

int settingsShow(const QStringList &arguments)
{
    Command command(u"settings show --location ID [--json]"_s,
                    Command::tr("Prints a location's offline policy (as GET /v1/settings serves it with --json)."));
    command.addValueOption(u"location"_s, Command::tr("The location to show."), u"ID"_s);
    command.addFlag(u"json"_s, Command::tr("Print the JSON registers receive."));
    if (auto done = command.parse(arguments, 0)) {
        return *done;
    }
    if (!command.isSet(u"location"_s)) {
        return usageError(Command::tr("--location is required."));
    }
    SystemClock clock;
    auto gateway = command.openGateway(clock);
    if (!gateway) {
        return fail(gateway.error());
    }
    auto settings = gateway.value()->locations().settings(command.value(u"location"_s));
    if (!settings) {
        return fail(settings.error());
    }
    if (command.isSet(u"json"_s)) {
        printOut(json(settings->toJson()));
        return Success;
    }
    QStringList methods;
    for (const auto method : settings->offlineEntryMethods) {
        methods.append(crypto::toWire(method));
    }
    const auto money = [](const Money &amount) -> QString {
        return amount.toPlainString() + u' ' + amount.currency();
    };
    printOut(Command::tr("location:              %1 (%2)").arg(settings->locationId, settings->locationName));
    printOut(Command::tr("currency:              %1").arg(settings->currency));
    printOut(Command::tr("offline:               %1").arg(settings->offlineAllowed ? u"on"_s : u"off"_s));
    printOut(Command::tr("per-payment limit:     %1").arg(money(settings->perPaymentLimit)));
    printOut(Command::tr("total limit:           %1").arg(money(settings->totalLimit)));
    printOut(Command::tr("max count:             %1").arg(settings->maxCount));
    printOut(Command::tr("accept window:         %1").arg(formatDuration(settings->acceptWindowMs)));
    printOut(Command::tr("upload deadline:       %1").arg(formatDuration(settings->uploadDeadlineMs)));
    printOut(Command::tr("offline entry methods: %1").arg(methods.join(u", "_s)));
    return Success;
}

int registerList(const QStringList &arguments)
{
    Command command(u"register list [--location ID] [--json]"_s, Command::tr("Lists paired registers."));
    command.addValueOption(u"location"_s, Command::tr("Only this location's registers."), u"ID"_s);
    command.addFlag(u"json"_s, Command::tr("Print a JSON array."));
    if (auto done = command.parse(arguments, 0)) {
        return *done;
    }
    SystemClock clock;
    auto gateway = command.openGateway(clock);
    if (!gateway) {
        return fail(gateway.error());
    }
    auto registers = gateway.value()->registers().list(command.value(u"location"_s));
    if (!registers) {
        return fail(registers.error());
    }
    QJsonArray array;
    for (const RegisterInfo &info : registers.value()) {
        if (command.isSet(u"json"_s)) {
            QJsonObject object {{"registerId"_L1, info.id},
                                {"locationId"_L1, info.locationId},
                                {"name"_L1, info.name},
                                {"pairedAt"_L1, info.pairedAt}};
            if (info.revokedAt) {
                object.insert("revokedAt"_L1, *info.revokedAt);
            }
            array.append(object);
        } else {
            printOut(u"%1  %2  %3  %4"_s.arg(
                info.id, info.locationId, info.revokedAt ? Command::tr("revoked") : Command::tr("active"), info.name));
        }
    }
    if (command.isSet(u"json"_s)) {
        printOut(json(array));
    }
    return Success;
}

int registerRevoke(const QStringList &arguments)
{
    Command command(u"register revoke REGISTER_ID"_s,
                    Command::tr("Revokes a register's token at once: every call it makes is refused (401) until "
                                "it pairs again with a new device code."));
    if (auto done = command.parse(arguments, 1)) {
        return *done;
    }
    SystemClock clock;
    auto gateway = command.openGateway(clock);
    if (!gateway) {
        return fail(gateway.error());
    }
    if (auto revoked = gateway.value()->registers().revoke(command.positional().first()); !revoked) {
        return fail(revoked.error());
    }
    return Success;
}

} // namespace holdfast::gateway::cli
