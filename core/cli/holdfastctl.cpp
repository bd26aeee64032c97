#include "commands.h"
#include "platform/datadir.h"
#include "platform/secretstore.h"

#include <QCoreApplication>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace holdfast::cli {

namespace {

struct Command
{
    const char *name;
    const char *synopsis;
    const char *summary;
    int (*run)(CliContext &, const QStringList &);
};

const Command commands[] = {
    {"pair", "pair --gateway URL --code CODE [--name NAME]",
     QT_TRANSLATE_NOOP("holdfastctl", "Pair this register with a gateway location using a one-time device code."),
     pairCommand},
    {"terminal", "terminal pair --url URL --code CODE | terminal status | terminal forget",
     QT_TRANSLATE_NOOP("holdfastctl",
                       "Pair with the LAN payment terminal showing CODE (its certificate is pinned), show it, or "
                       "forget it before pairing a replacement."),
     terminalCommand},
    {"status", "status [--json]",
     QT_TRANSLATE_NOOP("holdfastctl", "Queue counts and totals, nearest deadline, reminder level, reachability."),
     statusCommand},
    {"charge", "charge AMOUNT [--mode online|offline|auto] [--keyed] [--tip AMOUNT] [--reference SALE]",
     QT_TRANSLATE_NOOP("holdfastctl",
                       "Take a card payment on the paired terminal. Exit 0 approved (online or offline), 3 declined, "
                       "4 refused by policy or by the card reader, 5 outcome pending. --keyed reads \"PAN MM/YY\" "
                       "from standard input instead (never from arguments). A second charge with the same "
                       "--reference returns the first payment's outcome and exit code instead of charging."),
     chargeCommand},
    {"queue", "queue [--status S] [--unconfirmed] [--limit N] [--all-locations] [--json]",
     QT_TRANSLATE_NOOP("holdfastctl",
                       "List payments of this location (with --all-locations also those taken under an earlier "
                       "pairing), newest first; --unconfirmed only those whose outcome was never shown."),
     queueCommand},
    {"sync", "sync [--watch]",
     QT_TRANSLATE_NOOP("holdfastctl",
                       "Deliver waiting voids, upload queued payments (also those waiting for a retry) and collect "
                       "outcomes now; --watch keeps doing so (a background service)."),
     syncCommand},
    {"void", "void LOCALID",
     QT_TRANSLATE_NOOP("holdfastctl",
                       "Cancel a payment; one the gateway already processed is refunded. One that may have reached "
                       "the gateway stays \"void pending\" (exit 5) until the gateway confirms."),
     voidCommand},
    {"confirm", "confirm LOCALID",
     QT_TRANSLATE_NOOP("holdfastctl",
                       "Keep an unconfirmed payment (its outcome was never shown) once a manager checked its sale."),
     confirmCommand},
    {"mode", "mode [online|offline|auto]",
     QT_TRANSLATE_NOOP("holdfastctl", "Show or set the register's default processing mode (the offline toggle)."),
     modeCommand},
    {"staff", "staff add NAME [--role cashier|manager] < PIN | staff list",
     QT_TRANSLATE_NOOP("holdfastctl",
                       "Add staff who sign in at the register (the first must be a manager; the PIN is read from "
                       "standard input), or list them."),
     staffCommand},
    {"export", "export FILE",
     QT_TRANSLATE_NOOP("holdfastctl", "Write queued (sealed) payments to a rescue file, safe to carry."),
     exportCommand},
    {"import", "import FILE", QT_TRANSLATE_NOOP("holdfastctl", "Queue the payments of a rescue file on this register."),
     importCommand},
};

QString overview()
{
    QString text = QCoreApplication::translate("holdfastctl",
                                               "Usage: holdfastctl [--data DIR] [--json] COMMAND [OPTIONS]\n\n"
                                               "The Holdfast register without a screen.\n\nCommands:\n");
    for (const Command &command : commands) {
        text += u"  %1\n      %2\n"_s.arg(QString::fromLatin1(command.synopsis),
                                          QCoreApplication::translate("holdfastctl", command.summary));
    }
    text += QCoreApplication::translate(
                "holdfastctl",
                "\nGlobal options:\n"
                "  --data DIR   the register's data folder (default: %1)\n"
                "  --json       machine-readable output\n"
                "  --help       this text; COMMAND --help shows a command's options\n"
                "  --version    the version\n\n"
                "Exit codes: 0 success, 1 failure, 2 usage error, 3 declined, 4 refused by policy, 5 outcome pending.\n"
                "Secrets (gateway tokens, terminal secrets) are kept in the system keyring (Secret Service).\n")
                .arg(defaultDataDir());
    return text;
}

} // namespace

std::optional<int> parseCommand(QCommandLineParser &parser, CliContext &context, const QStringList &arguments,
                                const QString &description)
{
    parser.setApplicationDescription(description);
    const QCommandLineOption help(u"help"_s, QCoreApplication::translate("holdfastctl", "Show this help."));
    const QCommandLineOption json(u"json"_s, QCoreApplication::translate("holdfastctl", "Machine-readable output."));
    parser.addOption(help);
    parser.addOption(json);
    if (!parser.parse(arguments)) {
        context.err() << parser.errorText() << Qt::endl;
        return Usage;
    }
    if (parser.isSet(help)) {
        // Qt names the program by its path; say "holdfastctl COMMAND" instead.
        context.out() << parser.helpText().replace(QCoreApplication::arguments().constFirst(),
                                                   u"holdfastctl "_s + arguments.first());
        context.out().flush();
        return Success;
    }
    return std::nullopt;
}

int runHoldfastctl(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption data(u"data"_s, u"data"_s, u"DIR"_s, defaultDataDir());
    const QCommandLineOption json(u"json"_s, u"json"_s);
    const QCommandLineOption help({u"h"_s, u"help"_s}, u"help"_s);
    const QCommandLineOption version(u"version"_s, u"version"_s);
    parser.addOptions({data, json, help, version});
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!parser.parse(arguments)) {
        err << parser.errorText() << u"\n\n"_s << overview();
        return Usage;
    }
    if (parser.isSet(version)) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return Success;
    }
    const QStringList rest = parser.positionalArguments();
    if (parser.isSet(help) || rest.isEmpty()) {
        (rest.isEmpty() && !parser.isSet(help) ? err : out) << overview();
        return parser.isSet(help) ? Success : Usage;
    }
    // Commands print their results; the running commentary of the log is for the background
    // service (sync --watch) and for QT_LOGGING_RULES="holdfast.*=true" when looking into trouble.
    const bool service = rest.first() == u"sync"_s && rest.contains(u"--watch"_s);
    QLoggingCategory::setFilterRules(service ? u"holdfast.*.debug=false"_s
                                             : u"holdfast.*.debug=false\nholdfast.*.info=false"_s);
    KeychainSecretStore secrets;
    const bool wantsJson = parser.isSet(json) || rest.contains(u"--json"_s);
    CliContext context(parser.value(data), wantsJson, secrets);
    for (const Command &command : commands) {
        if (rest.first() == QLatin1String(command.name)) {
            return command.run(context, rest);
        }
    }
    err << QCoreApplication::translate("holdfastctl", "holdfastctl: unknown command '%1'.").arg(rest.first())
        << u"\n\n"_s << overview();
    return Usage;
}

} // namespace holdfast::cli
