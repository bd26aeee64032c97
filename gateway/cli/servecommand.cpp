#include "commandline.h"
#include "commands.h"
#include "gateway.h"
#include "http/httpapi.h"
#include "http/httpserver.h"
#include "ingest/ingest.h"
#include "ingest/worker.h"
#include "platform/clock.h"
#include "unixsignals.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcServe, "holdfast.gateway.servecommand", QtInfoMsg)

namespace holdfast::gateway::cli {

namespace {

struct ListenAddress
{
    QHostAddress address;
    quint16 port = 0;
};

// HOST:PORT, [IPV6]:PORT or localhost:PORT.
std::optional<ListenAddress> parseListen(const QString &text)
{
    QString host;
    QString port;
    if (text.startsWith(u'[')) {
        const qsizetype close = text.indexOf("]:"_L1);
        if (close < 0) {
            return std::nullopt;
        }
        host = text.mid(1, close - 1);
        port = text.mid(close + 2);
    } else {
        const qsizetype colon = text.lastIndexOf(u':');
        if (colon <= 0) {
            return std::nullopt;
        }
        host = text.left(colon);
        port = text.mid(colon + 1);
    }
    bool numeric = false;
    const uint number = port.toUInt(&numeric);
    QHostAddress address = host == "localhost"_L1 ? QHostAddress(QHostAddress::LocalHost) : QHostAddress(host);
    if (!numeric || number > 65535 || address.isNull()) {
        return std::nullopt;
    }
    return ListenAddress {address, quint16(number)};
}

} // namespace

int serve(const QStringList &arguments)
{
    Command command(u"serve --data DIR [--listen HOST:PORT] [--tls-cert F --tls-key F | --insecure-http] "
                    "[--database postgresql://…] [--behind-proxy]"_s,
                    Command::tr("Serves the gateway's HTTP API, processes uploaded payments and keeps the daily "
                                "keys: generated ahead, destroyed when expired."));
    command.addValueOption(u"listen"_s, Command::tr("Address and port to listen on; port 0 picks a free one."),
                           u"HOST:PORT"_s, u"127.0.0.1:8443"_s);
    command.addValueOption(u"tls-cert"_s, Command::tr("PEM certificate chain for HTTPS."), u"FILE"_s);
    command.addValueOption(u"tls-key"_s, Command::tr("PEM private key (RSA or EC, unencrypted) for HTTPS."), u"FILE"_s);
    command.addFlag(u"insecure-http"_s,
                    Command::tr("Serve plain HTTP: only for tests, or behind a TLS-terminating proxy on this host."));
    command.addFlag(u"behind-proxy"_s,
                    Command::tr("Allow a non-loopback --listen address: the gateway sits behind a reverse proxy "
                                "(nginx) that limits bodies, rates and connections."));
    command.addValueOption(u"poll-interval"_s,
                           Command::tr("How often the processing worker looks for uploaded payments when not woken "
                                       "(milliseconds)."),
                           u"MS"_s, u"1000"_s);
    command.addFlag(u"no-worker"_s,
                    Command::tr("Do not process batch uploads here; another instance on the same database does. "
                                "Single payments are still authorised at once."));
    if (auto done = command.parse(arguments, 0)) {
        return *done;
    }

    const auto listen = parseListen(command.value(u"listen"_s));
    if (!listen) {
        return usageError(Command::tr("--listen must be HOST:PORT, such as 127.0.0.1:8443."));
    }
    if (!listen->address.isLoopback() && !command.isSet(u"behind-proxy"_s)) {
        return usageError(Command::tr("Refusing to listen on %1: the gateway has no body, rate or connection limits "
                                      "of its own. Listen on 127.0.0.1 behind nginx, or add --behind-proxy if a "
                                      "proxy on another host fronts it.")
                              .arg(listen->address.toString()));
    }
    const bool tls = command.isSet(u"tls-cert"_s) || command.isSet(u"tls-key"_s);
    if (tls == command.isSet(u"insecure-http"_s)) {
        return usageError(Command::tr("Give either --tls-cert and --tls-key, or --insecure-http."));
    }
    if (tls && (command.value(u"tls-cert"_s).isEmpty() || command.value(u"tls-key"_s).isEmpty())) {
        return usageError(Command::tr("HTTPS needs both --tls-cert and --tls-key."));
    }
    bool intervalOk = false;
    const int pollInterval = command.value(u"poll-interval"_s).toInt(&intervalOk);
    if (!intervalOk || pollInterval < 10 || pollInterval > 600000) {
        return usageError(Command::tr("--poll-interval must be between 10 and 600000 milliseconds."));
    }

    SystemClock clock;
    auto gateway = command.openGateway(clock);
    if (!gateway) {
        return fail(gateway.error());
    }
    if (auto maintained = gateway.value()->maintain(); !maintained) {
        return fail(maintained.error());
    }

    HttpApi api(*gateway.value());
    HttpServer server(api);
    if (tls) {
        if (auto configured = server.useTls(command.value(u"tls-cert"_s), command.value(u"tls-key"_s)); !configured) {
            return fail(configured.error());
        }
    }
    const bool processing = !command.isSet(u"no-worker"_s);
    ProcessingWorker worker(gateway.value()->authorizer(), pollInterval);
    if (processing) {
        gateway.value()->ingest().setUploadedCallback([&worker] { worker.poke(); });
    }

    QTimer maintenance;
    maintenance.setInterval(60 * 1000);
    QObject::connect(&maintenance, &QTimer::timeout, [&gateway] {
        if (auto maintained = gateway.value()->maintain(); !maintained) {
            qCWarning(lcServe).noquote() << "key maintenance failed:" << maintained.error().code;
        }
    });

    UnixSignals signalHandler;
    QObject::connect(&signalHandler, &UnixSignals::terminationRequested, QCoreApplication::instance(),
                     &QCoreApplication::quit);

    auto url = server.listen(listen->address, listen->port);
    if (!url) {
        return fail(url.error());
    }
    qCInfo(lcServe).noquote() << "serving" << gateway.value()->database().describe()
                              << (tls ? "with TLS" : "over plain HTTP") << (processing ? "" : "without a worker");
    if (processing) {
        worker.start();
    }
    maintenance.start();
    printOut(u"listening on "_s + url->toString());
    const int code = QCoreApplication::exec();
    qCInfo(lcServe) << "stopped";
    return code;
}

} // namespace holdfast::gateway::cli
