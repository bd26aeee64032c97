#include "commandline.h"
#include "commands.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace holdfast::gateway::cli {

namespace {

using Handler = int (*)(const QStringList &);

QString overview()
{
    return QCoreApplication::translate(
        "cli",
        "Usage: holdfast-gateway COMMAND [options]\n"
        "\n"
        "The Holdfast back office: pairs registers, serves signed daily keys and offline settings,\n"
        "ingests sealed payments and authorises them through the payment processor.\n"
        "\n"
        "Commands (each takes --data DIR [--database postgresql://…] and --help):\n"
        "  serve                      serve the HTTP API (see serve --help)\n"
        "  location add NAME --currency CUR      create a location, print its id\n"
        "  location list [--json]\n"
        "  device-code create --location ID [--ttl 24h]   print a one-time pairing code\n"
        "  settings set --location ID [...]      change a location's offline policy\n"
        "  settings show --location ID [--json]\n"
        "  register list [--location ID] [--json]\n"
        "  register revoke REGISTER_ID\n"
        "  payments list [--location ID] [--status S] [--json]\n"
        "  keys list [--json]\n"
        "  keys rotate                replace the keys of the coming days\n"
        "  keys destroy-expired       destroy private keys no payment can need any more\n"
        "\n"
        "Options:\n"
        "  -h, --help                 show this help\n"
        "  -v, --version              show the version\n");
}

} // namespace

int run(const QStringList &arguments)
{
    static const QHash<QString, Handler> commands {
        {u"serve"_s, serve},
        {u"location add"_s, locationAdd},
        {u"location list"_s, locationList},
        {u"device-code create"_s, deviceCodeCreate},
        {u"settings set"_s, settingsSet},
        {u"settings show"_s, settingsShow},
        {u"register list"_s, registerList},
        {u"register revoke"_s, registerRevoke},
        {u"payments list"_s, paymentsList},
        {u"keys list"_s, keysList},
        {u"keys rotate"_s, keysRotate},
        {u"keys destroy-expired"_s, keysDestroyExpired},
    };
    const QStringList rest = arguments.mid(1);
    if (rest.isEmpty()) {
        usageError(overview());
        return UsageError;
    }
    const QString first = rest.first();
    if (first == "--version"_L1 || first == "-v"_L1) {
        printOut(u"holdfast-gateway "_s + version());
        return Success;
    }
    if (first == "--help"_L1 || first == "-h"_L1 || first == "help"_L1) {
        printOut(overview());
        return Success;
    }
    if (const auto single = commands.constFind(first); single != commands.cend()) {
        return single.value()(rest.mid(1));
    }
    if (rest.size() >= 2) {
        if (const auto pair = commands.constFind(first + u' ' + rest.at(1)); pair != commands.cend()) {
            return pair.value()(rest.mid(2));
        }
    }
    return usageError(QCoreApplication::translate("cli", "Unknown command '%1'. Run holdfast-gateway --help.")
                          .arg(rest.mid(0, 2).join(u' ')));
}

} // namespace holdfast::gateway::cli
