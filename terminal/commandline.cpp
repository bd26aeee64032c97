#include "commandline.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace holdfast::simulator {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("holdfast-terminal", text);
}

Error usage(const QString &message)
{
    return {u"usage"_s, message};
}

} // namespace

void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        tr("A LAN payment terminal simulator speaking the Holdfast terminal protocol over HTTPS. It prints its "
           "pairing code, then \"listening on https://HOST:PORT\"."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {u"listen"_s, tr("Address and port to listen on; port 0 picks a free one."), u"HOST:PORT"_s},
        {u"data"_s,
         tr("Folder of this terminal: certificate, key, pairing and sales. Another folder is another "
            "terminal."),
         u"DIR"_s},
        {u"present"_s, tr("Test cards to present, in order, to the next payments: %1.").arg(testCardNames()),
         u"CARD[,CARD…]"_s},
        {u"gui"_s, tr("Show the terminal's window: pairing code, state and a button per test card.")},
        {u"repair"_s,
         tr("Show a new pairing code even though a register is paired; pairing with it replaces "
            "that register.")},
        {u"pairing-ttl"_s, tr("How long a pairing code is valid (default 10m)."), u"DURATION"_s},
        {u"card-timeout"_s, tr("How long a payment waits for a card when its request does not say (default 60s)."),
         u"DURATION"_s},
        {u"processing-time"_s, tr("How long reading a presented card takes (default 500ms)."), u"DURATION"_s},
        {u"answer-delay"_s,
         tr("For fault tests: wait this long between storing a sale and answering it (default "
            "0)."),
         u"DURATION"_s},
    });
}

Result<std::chrono::milliseconds> parseDuration(QStringView text)
{
    static const std::pair<QStringView, qint64> units[] {{u"ms", 1}, {u"s", 1000}, {u"m", 60000}, {u"h", 3600000}};
    qint64 scale = 1000;
    QStringView number = text;
    for (const auto &[suffix, factor] : units) {
        if (text.endsWith(suffix) && text.size() > suffix.size()
            && text.at(text.size() - suffix.size() - 1).isDigit()) {
            number = text.chopped(suffix.size());
            scale = factor;
            break;
        }
    }
    bool ok = false;
    const qint64 value = number.toLongLong(&ok);
    if (!ok || value < 0 || value > 7 * 24 * 3600 * 1000LL / scale) {
        return usage(tr("\"%1\" is not a duration such as 500ms, 30s, 10m or 1h.").arg(text));
    }
    return std::chrono::milliseconds(value * scale);
}

Result<std::pair<QHostAddress, quint16>> parseListen(QStringView text)
{
    const qsizetype colon = text.lastIndexOf(u':');
    QStringView host = colon > 0 ? text.first(colon) : QStringView();
    if (host.startsWith(u'[') && host.endsWith(u']')) {
        host = host.sliced(1, host.size() - 2);
    }
    bool ok = false;
    const uint port = colon > 0 ? text.sliced(colon + 1).toUInt(&ok) : 0;
    QHostAddress address(host.toString());
    if (host == u"localhost") {
        address = QHostAddress(QHostAddress::LocalHost);
    }
    if (!ok || port > 65535 || address.isNull()) {
        return usage(tr("--listen needs HOST:PORT with an IP address (or localhost), like 127.0.0.1:0."));
    }
    return std::pair {address, quint16(port)};
}

Result<TerminalOptions> readOptions(const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty()) {
        return usage(tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()));
    }
    if (!parser.isSet(u"listen"_s) || !parser.isSet(u"data"_s)) {
        return usage(tr("--listen HOST:PORT and --data DIR are required."));
    }
    TerminalOptions options;
    options.host = parser.value(u"listen"_s).section(u':', 0, -2);
    auto listen = parseListen(parser.value(u"listen"_s));
    if (!listen) {
        return listen.error();
    }
    std::tie(options.address, options.port) = listen.value();
    options.dataDir = parser.value(u"data"_s);
    options.gui = parser.isSet(u"gui"_s);
    options.repair = parser.isSet(u"repair"_s);
    if (parser.isSet(u"present"_s)) {
        for (const QString &name : parser.value(u"present"_s).split(u',')) {
            const auto card = findTestCard(name.trimmed());
            if (!card) {
                // Never repeat the text: it may have been a card number.
                return usage(tr("--present takes test card names: %1.").arg(testCardNames()));
            }
            options.present.append(*card);
        }
    }
    const std::pair<QString, std::chrono::milliseconds *> durations[] {
        {u"pairing-ttl"_s, &options.pairingTtl},
        {u"card-timeout"_s, &options.timings.cardTimeout},
        {u"processing-time"_s, &options.timings.processingTime},
        {u"answer-delay"_s, &options.timings.answerDelay},
    };
    for (const auto &[name, target] : durations) {
        if (parser.isSet(name)) {
            auto duration = parseDuration(parser.value(name));
            if (!duration) {
                return usage(u"--%1: %2"_s.arg(name, duration.error().message));
            }
            *target = duration.value();
        }
    }
    if (options.timings.cardTimeout.count() < wire::terminal::minCardTimeoutMs
        || options.timings.cardTimeout.count() > wire::terminal::maxCardTimeoutMs) {
        return usage(tr("--card-timeout must be from 100ms to 10m."));
    }
    return options;
}

} // namespace holdfast::simulator
