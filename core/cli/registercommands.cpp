// holdfastctl commands that manage the register: pair, sync, export, import.

#include "commands.h"
#include "crypto/ed25519.h"
#include "payments/rescuefile.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace holdfast::cli {

int pairCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption gateway(u"gateway"_s, Ctl::tr("The gateway's address, e.g. https://pay.example.com."),
                                     u"URL"_s);
    const QCommandLineOption code(u"code"_s, Ctl::tr("The one-time device code from the back office."), u"CODE"_s);
    const QCommandLineOption name(u"name"_s, Ctl::tr("What to call this register (default: Register)."), u"NAME"_s,
                                  u"Register"_s);
    parser.addOptions({gateway, code, name});
    if (auto exit = parseCommand(parser, context, arguments, Ctl::tr("Pair this register with a gateway location."))) {
        return *exit;
    }
    if (!parser.isSet(gateway) || !parser.isSet(code)) {
        context.err() << Ctl::tr("holdfastctl pair: --gateway and --code are required.") << Qt::endl;
        return Usage;
    }
    RegisterCore *core = context.registerCore();
    if (!core) {
        return Failure;
    }
    const auto outcome = CliContext::wait<Result<sync::PairingOutcome>>(
        [&](auto done) { core->pair(QUrl(parser.value(gateway)), parser.value(code), parser.value(name), done); });
    if (!outcome) {
        return context.fail(outcome.error());
    }
    const sync::Credential &credential = outcome->credential;
    const QString fingerprint = crypto::jwk::thumbprint(credential.signingKey);
    if (context.json()) {
        QJsonObject json {{"registerId"_L1, credential.registerId},
                          {"locationId"_L1, credential.locationId},
                          {"gateway"_L1, credential.gatewayUrl},
                          {"signingKeyThumbprint"_L1, fingerprint}};
        if (outcome->refreshWarning) {
            json.insert("warning"_L1, outcome->refreshWarning->message);
        }
        context.printJson(json);
    } else {
        context.out() << Ctl::tr("Paired as register %1 of location %2 at %3.")
                             .arg(credential.registerId, credential.locationId, credential.gatewayUrl)
                      << Qt::endl
                      << Ctl::tr("Gateway signing key (pinned): %1").arg(fingerprint) << Qt::endl;
        if (outcome->refreshWarning) {
            context.out() << Ctl::tr("Warning: %1 It will be fetched again when the gateway is reachable.")
                                 .arg(outcome->refreshWarning->message)
                          << Qt::endl;
        }
    }
    return Success;
}

int syncCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption watch(u"watch"_s, Ctl::tr("Keep running: upload whenever the gateway is reachable."));
    parser.addOption(watch);
    if (auto exit
        = parseCommand(parser, context, arguments, Ctl::tr("Upload queued payments now and collect their outcomes."))) {
        return *exit;
    }
    RegisterCore *core = context.registerCore();
    if (!core) {
        return Failure;
    }
    const auto print = [&context](const sync::PassReport &report) {
        if (report.lockBusy) {
            context.err() << (report.lockHolderPid != 0
                                  ? Ctl::tr("Another Holdfast program (pid %1) is uploading this register's payments.")
                                        .arg(report.lockHolderPid)
                                  : Ctl::tr("Another Holdfast program is starting to upload this register's payments."))
                          << Qt::endl;
            return;
        }
        if (context.json()) {
            QJsonObject json {{"uploaded"_L1, report.uploaded}, {"processed"_L1, report.processed},
                              {"declined"_L1, report.declined}, {"rejected"_L1, report.rejected},
                              {"deferred"_L1, report.deferred}, {"outstanding"_L1, report.outstanding},
                              {"voided"_L1, report.voided},     {"voidsPending"_L1, report.voidsPending}};
            if (report.lastError) {
                json.insert("lastError"_L1, report.lastError->message);
            }
            context.printJson(json);
        } else {
            context.out() << Ctl::tr("Uploaded %1, approved %2, declined %3, refused %4; %5 still outstanding.")
                                 .arg(report.uploaded)
                                 .arg(report.processed)
                                 .arg(report.declined)
                                 .arg(report.rejected)
                                 .arg(report.outstanding)
                          << Qt::endl;
            if (report.voided + report.voidsPending > 0) {
                context.out() << Ctl::tr("Voids confirmed by the gateway %1; still pending %2.")
                                     .arg(report.voided)
                                     .arg(report.voidsPending)
                              << Qt::endl;
            }
            if (report.lastError) {
                context.out() << Ctl::tr("Last problem: %1").arg(report.lastError->message) << Qt::endl;
            }
        }
    };
    if (parser.isSet(watch)) {
        QObject::connect(&core->uploader(), &sync::Uploader::passFinished, core, [print](const auto &report) {
            if (report.uploaded + report.processed + report.declined + report.rejected + report.deferred + report.voided
                        + report.voidsPending
                    > 0
                || report.lockBusy) {
                print(report);
            }
        });
        core->startBackgroundWork();
        return QCoreApplication::exec();
    }
    // Reachable or not, a sync is the moment to renew the keys and the offline settings.
    const Status refreshed = CliContext::wait<Status>([&](auto done) { core->refreshPolicy(done); });
    if (!refreshed) {
        context.err() << Ctl::tr("Could not renew the keys and settings: %1").arg(refreshed.error().message)
                      << Qt::endl;
    }
    const auto report = CliContext::wait<sync::PassReport>([&](auto done) {
        QObject::connect(&core->uploader(), &sync::Uploader::passFinished, core, done, Qt::SingleShotConnection);
        core->uploader().uploadAllNow(); // also those waiting for a retry: someone asked for it now
    });
    print(report);
    if (report.lockBusy) {
        return Failure;
    }
    return (report.deferred > 0 || report.voidsPending > 0) && report.lastError ? Failure : Success;
}

int exportCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"FILE"_s, Ctl::tr("Where to write the rescue file."));
    if (auto exit = parseCommand(parser, context, arguments,
                                 Ctl::tr("Write queued (sealed) payments to a rescue file, safe to carry."))) {
        return *exit;
    }
    if (parser.positionalArguments().size() != 1) {
        context.err() << Ctl::tr("holdfastctl export: give exactly one FILE.") << Qt::endl;
        return Usage;
    }
    RegisterCore *core = context.registerCore();
    if (!core) {
        return Failure;
    }
    const QString file = parser.positionalArguments().constFirst();
    auto written = payments::RescueFile(core->vault()).exportTo(file, core->clock().now());
    if (!written) {
        return context.fail(written.error());
    }
    if (context.json()) {
        context.printJson(QJsonObject {{"file"_L1, file}, {"payments"_L1, written.value()}});
    } else {
        context.out() << Ctl::tr("Wrote %1 queued payment(s) to %2.").arg(written.value()).arg(file) << Qt::endl;
    }
    return Success;
}

int importCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"FILE"_s, Ctl::tr("The rescue file to import."));
    if (auto exit
        = parseCommand(parser, context, arguments, Ctl::tr("Queue the payments of a rescue file on this register."))) {
        return *exit;
    }
    if (parser.positionalArguments().size() != 1) {
        context.err() << Ctl::tr("holdfastctl import: give exactly one FILE.") << Qt::endl;
        return Usage;
    }
    RegisterCore *core = context.registerCore();
    if (!core) {
        return Failure;
    }
    auto credential = core->activeCredential();
    if (!credential) {
        return context.fail(credential.error());
    }
    auto summary = payments::RescueFile(core->vault())
                       .importFrom(parser.positionalArguments().constFirst(), credential->id, credential->locationId,
                                   core->clock().now());
    if (!summary) {
        return context.fail(summary.error());
    }
    if (context.json()) {
        context.printJson(
            QJsonObject {{"imported"_L1, summary->imported}, {"alreadyPresent"_L1, summary->alreadyPresent}});
    } else {
        context.out() << Ctl::tr("Imported %1 payment(s); %2 were already here.")
                             .arg(summary->imported)
                             .arg(summary->alreadyPresent)
                      << Qt::endl;
    }
    return Success;
}

} // namespace holdfast::cli
