// holdfastctl terminal …: pair the register with a LAN payment terminal, show it, forget it.

#include "commands.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace holdfast::cli {

namespace {

int terminalPair(CliContext &context, RegisterCore &core, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption url(u"url"_s, Ctl::tr("The terminal's address, e.g. https://192.168.1.40:8443."),
                                 u"URL"_s);
    const QCommandLineOption code(u"code"_s, Ctl::tr("The pairing code the terminal shows."), u"CODE"_s);
    parser.addOptions({url, code});
    if (auto exit = parseCommand(parser, context, arguments, Ctl::tr("Pair with a LAN payment terminal."))) {
        return *exit;
    }
    if (!parser.isSet(url) || !parser.isSet(code)) {
        context.err() << Ctl::tr("holdfastctl terminal pair: --url and --code are required.") << Qt::endl;
        return Usage;
    }
    const auto paired = CliContext::wait<Result<terminal::TerminalPairing>>([&](auto done) {
        core.terminal().pair(QUrl(parser.value(url)), parser.value(code),
                             [done](const Result<terminal::TerminalPairing> &result) { done(result); });
    });
    if (!paired) {
        return context.fail(paired.error());
    }
    if (context.json()) {
        context.printJson(QJsonObject {{"terminalId"_L1, paired->terminalId},
                                       {"url"_L1, paired->url.toString()},
                                       {"certSha256"_L1, paired->certSha256},
                                       {"model"_L1, paired->model}});
    } else {
        context.out() << Ctl::tr("Paired with terminal %1 (%2) at %3.")
                             .arg(paired->terminalId, paired->model, paired->url.toString())
                      << Qt::endl
                      << Ctl::tr("Certificate (pinned): %1").arg(paired->certSha256) << Qt::endl;
    }
    return Success;
}

int terminalStatus(CliContext &context, RegisterCore &core, const QStringList &arguments)
{
    QCommandLineParser parser;
    if (auto exit = parseCommand(parser, context, arguments, Ctl::tr("Show the paired terminal and its state."))) {
        return *exit;
    }
    const auto pairing = core.terminal().pairing();
    if (!pairing) {
        return context.fail({u"terminal_not_paired"_s, Ctl::tr("No payment terminal is paired with this register.")});
    }
    const auto status = CliContext::wait<Result<terminal::TerminalStatus>>([&](auto done) {
        core.terminal().status([done](const Result<terminal::TerminalStatus> &result) { done(result); });
    });
    if (!status) {
        return context.fail(status.error());
    }
    const QString state = wire::terminal::toWire(status->state);
    if (context.json()) {
        context.printJson(QJsonObject {{"terminalId"_L1, status->terminalId},
                                       {"url"_L1, pairing->url.toString()},
                                       {"state"_L1, state},
                                       {"model"_L1, status->model}});
    } else {
        context.out() << Ctl::tr("Terminal %1 (%2) at %3: %4")
                             .arg(status->terminalId, status->model, pairing->url.toString(), state)
                      << Qt::endl;
    }
    return Success;
}

int terminalForget(CliContext &context, RegisterCore &core, const QStringList &arguments)
{
    QCommandLineParser parser;
    if (auto exit = parseCommand(parser, context, arguments,
                                 Ctl::tr("Forget the paired terminal (before pairing its replacement)."))) {
        return *exit;
    }
    if (auto forgotten = core.terminal().forget(); !forgotten) {
        return context.fail(forgotten.error());
    }
    context.out() << Ctl::tr("The terminal was forgotten.") << Qt::endl;
    return Success;
}

} // namespace

int terminalCommand(CliContext &context, const QStringList &arguments)
{
    const QString sub = arguments.value(1);
    const QStringList rest = arguments.mid(1); // the subcommand takes the place of the program name
    RegisterCore *core = nullptr;
    const auto open = [&] {
        return core = context.registerCore();
    };
    if (sub == u"pair"_s) {
        return open() ? terminalPair(context, *core, rest) : Failure;
    }
    if (sub == u"status"_s) {
        return open() ? terminalStatus(context, *core, rest) : Failure;
    }
    if (sub == u"forget"_s) {
        return open() ? terminalForget(context, *core, rest) : Failure;
    }
    context.err() << Ctl::tr("Usage: holdfastctl terminal pair --url URL --code CODE | terminal status | "
                             "terminal forget")
                  << Qt::endl;
    return Usage;
}

} // namespace holdfast::cli
