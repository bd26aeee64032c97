// holdfast-faultproxy: a fault-injecting HTTP/1.1 proxy that sits between the register and
// the gateway in tests and demos. See README.md next to this file for the CLI and the
// control channel.
#include "controlserver.h"
#include "faultplan.h"
#include "proxyserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QRandomGenerator>

#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;
using namespace holdfast::faultproxy;

Q_LOGGING_CATEGORY(lcMain, "holdfast.faultproxy.main", QtInfoMsg)

namespace {

constexpr int exitUsage = 2; // bad arguments
constexpr int exitRuntime = 1; // could not listen

struct Endpoint
{
    QHostAddress host;
    quint16 port = 0;
};

QString tr(const char *text)
{
    return QCoreApplication::translate("faultproxy", text);
}

// "HOST:PORT" with an IP literal (IPv6 in brackets) or localhost; an http:// prefix is allowed.
std::optional<Endpoint> parseEndpoint(QString text, bool allowPortZero)
{
    if (text.startsWith(u"http://"_s)) {
        text = text.sliced(7);
    }
    while (text.endsWith(u'/')) {
        text.chop(1);
    }
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0) {
        return std::nullopt;
    }
    QString host = text.first(colon);
    if (host.startsWith(u'[') && host.endsWith(u']')) {
        host = host.sliced(1, host.size() - 2);
    }
    bool ok = false;
    const uint port = text.sliced(colon + 1).toUInt(&ok);
    if (!ok || port > 65535 || (port == 0 && !allowPortZero)) {
        return std::nullopt;
    }
    Endpoint endpoint;
    endpoint.host = host == u"localhost"_s ? QHostAddress(QHostAddress::LocalHost) : QHostAddress(host);
    endpoint.port = quint16(port);
    if (endpoint.host.isNull()) {
        return std::nullopt;
    }
    return endpoint;
}

QString urlOf(const QHostAddress &host, quint16 port)
{
    const QString name
        = host.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + host.toString() + u']' : host.toString();
    return u"http://%1:%2"_s.arg(name).arg(port);
}

void printLine(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

int fail(int code, const QString &message)
{
    std::fputs(qPrintable(u"holdfast-faultproxy: "_s + message + u'\n'), stderr);
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"holdfast-faultproxy"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(HOLDFAST_VERSION));
    qSetMessagePattern(u"[faultproxy %{time hh:mm:ss.zzz}] %{if-warning}warning: %{endif}%{message}"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Fault-injecting HTTP/1.1 proxy for Holdfast tests: sits between a client and an upstream "
           "server on loopback and resets, stalls, trickles, fails or truncates chosen requests."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listen(u"listen"_s, tr("Address to accept clients on (default 127.0.0.1:0)."),
                                    u"host:port"_s, u"127.0.0.1:0"_s);
    const QCommandLineOption upstream(u"upstream"_s, tr("The server to forward to (required)."), u"host:port"_s);
    const QCommandLineOption seed(u"seed"_s, tr("Seed of the fault generator (default: random, logged)."), u"n"_s);
    const QCommandLineOption fault(u"fault"_s,
                                   tr("Inject NAME with probability PROB (default 1) per request; repeatable. "
                                      "Names: reset-before, reset-after, stall, trickle, http-500, http-503, "
                                      "truncate; \"cut\" starts with every connection refused."),
                                   u"name[=prob]"_s);
    const QCommandLineOption control(u"control"_s, tr("Serve the control API on a free port of the listen host."));
    const QCommandLineOption trickleBytes(u"trickle-bytes"_s, tr("Bytes per trickled piece (default 8)."), u"n"_s,
                                          u"8"_s);
    const QCommandLineOption trickleGap(u"trickle-gap-ms"_s, tr("Pause between trickled pieces (default 20)."), u"ms"_s,
                                        u"20"_s);
    const QCommandLineOption trickleMax(u"trickle-max-ms"_s,
                                        tr("Longest a trickled response may take; pieces grow to fit (default 2000)."),
                                        u"ms"_s, u"2000"_s);
    parser.addOptions({listen, upstream, seed, fault, control, trickleBytes, trickleGap, trickleMax});
    parser.process(app);

    if (!parser.positionalArguments().isEmpty()) {
        return fail(exitUsage, tr("unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()));
    }
    const std::optional<Endpoint> listenAt = parseEndpoint(parser.value(listen), true);
    if (!listenAt) {
        return fail(exitUsage, tr("--listen needs HOST:PORT with an IP address, e.g. 127.0.0.1:0."));
    }
    if (!parser.isSet(upstream)) {
        return fail(exitUsage, tr("--upstream HOST:PORT is required."));
    }
    const std::optional<Endpoint> upstreamAt = parseEndpoint(parser.value(upstream), false);
    if (!upstreamAt) {
        return fail(exitUsage, tr("--upstream needs HOST:PORT with an IP address and a port, e.g. 127.0.0.1:8443."));
    }
    quint32 seedValue = QRandomGenerator::system()->generate();
    if (parser.isSet(seed)) {
        bool ok = false;
        seedValue = parser.value(seed).toUInt(&ok);
        if (!ok) {
            return fail(exitUsage, tr("--seed needs a whole number from 0 to 4294967295."));
        }
    }

    QMap<Fault, double> probabilities;
    bool startCut = false;
    for (const QString &spec : parser.values(fault)) {
        const qsizetype equals = spec.indexOf(u'=');
        const QString name = equals < 0 ? spec : spec.first(equals);
        if (name == u"cut"_s && equals < 0) {
            startCut = true;
            continue;
        }
        if (name == u"cut"_s) {
            return fail(exitUsage, tr("cut is a state, not a per-request fault: use --fault cut without =PROB."));
        }
        const std::optional<Fault> chosen = faultFromName(name);
        if (!chosen || *chosen == Fault::None) {
            return fail(exitUsage, tr("unknown fault \"%1\".").arg(name));
        }
        if (probabilities.contains(*chosen)) {
            return fail(exitUsage, tr("--fault %1 is given twice.").arg(name));
        }
        bool ok = true;
        const double probability = equals < 0 ? 1.0 : spec.sliced(equals + 1).toDouble(&ok);
        if (!ok) {
            return fail(exitUsage, tr("the probability in \"%1\" is not a number.").arg(spec));
        }
        probabilities.insert(*chosen, probability);
    }

    TrickleSettings pace;
    bool paceOk = true;
    bool ok = false;
    pace.bytes = parser.value(trickleBytes).toInt(&ok);
    paceOk = paceOk && ok;
    pace.gapMs = parser.value(trickleGap).toInt(&ok);
    paceOk = paceOk && ok;
    pace.maxMs = parser.value(trickleMax).toInt(&ok);
    paceOk = paceOk && ok;
    if (!paceOk) {
        return fail(exitUsage, tr("the --trickle-* options need whole numbers."));
    }

    ProxyServer proxy(upstreamAt->host, upstreamAt->port, seedValue);
    if (holdfast::Status set = proxy.plan().setProbabilities(probabilities); !set) {
        return fail(exitUsage, set.error().message);
    }
    if (holdfast::Status set = proxy.setTrickle(pace); !set) {
        return fail(exitUsage, set.error().message);
    }
    proxy.setCut(startCut);

    // The control line comes first, so that whoever waits for "listening on" has both.
    ControlServer controlServer(&proxy);
    if (parser.isSet(control)) {
        if (!controlServer.listen(listenAt->host, 0)) {
            return fail(exitRuntime, tr("cannot open the control port: %1").arg(controlServer.errorString()));
        }
        printLine(u"control on "_s + urlOf(listenAt->host, controlServer.port()));
    }
    if (!proxy.listen(listenAt->host, listenAt->port)) {
        return fail(exitRuntime,
                    tr("cannot listen on %1: %2").arg(urlOf(listenAt->host, listenAt->port), proxy.errorString()));
    }
    qCInfo(lcMain).noquote() << u"seed %1, upstream %2"_s.arg(seedValue).arg(urlOf(upstreamAt->host, upstreamAt->port));
    printLine(u"listening on "_s + urlOf(proxy.address(), proxy.port()));
    return QCoreApplication::exec();
}
