#include "commandline.h"

#include "gateway.h"

#include <QDateTime>
#include <QRegularExpression>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace holdfast::gateway::cli {

QString version()
{
    return QStringLiteral(HOLDFAST_VERSION);
}

Command::Command(const QString &usage, const QString &description) : m_usage(usage)
{
    m_parser.setApplicationDescription(u"holdfast-gateway "_s + usage + u"\n\n"_s + description);
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addHelpOption();
    addValueOption(u"data"_s, tr("The gateway's data folder: SQLite database, key-encrypting key, signing key."),
                   tr("DIR"));
    addValueOption(u"database"_s,
                   tr("Use this PostgreSQL database instead of SQLite (keys stay in --data). Put the password "
                      "in ~/.pgpass or PGPASSWORD, not here."),
                   tr("postgresql://USER@HOST:PORT/DB"));
}

void Command::addValueOption(const QString &name, const QString &description, const QString &valueName,
                             const QString &defaultValue)
{
    m_parser.addOption(QCommandLineOption(name, description, valueName, defaultValue));
}

void Command::addFlag(const QString &name, const QString &description)
{
    m_parser.addOption(QCommandLineOption(name, description));
}

std::optional<int> Command::parse(const QStringList &arguments, int positionalCount)
{
    if (!m_parser.parse(QStringList {u"holdfast-gateway"_s} + arguments)) {
        return usageError(m_parser.errorText());
    }
    if (m_parser.isSet(u"help"_s)) {
        printOut(m_parser.helpText());
        return Success;
    }
    if (m_parser.positionalArguments().size() != positionalCount) {
        return usageError(tr("Usage: holdfast-gateway %1 (see --help)").arg(m_usage));
    }
    if (m_parser.value(u"data"_s).isEmpty()) {
        return usageError(tr("--data DIR is required: it is where the gateway keeps its keys (and SQLite)."));
    }
    return std::nullopt;
}

StoreLocation Command::store() const
{
    return {m_parser.value(u"data"_s), m_parser.value(u"database"_s)};
}

Result<std::unique_ptr<Gateway>> Command::openGateway(const Clock &clock) const
{
    return Gateway::open(store(), clock);
}

void printOut(const QString &text)
{
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

int fail(const Error &error)
{
    const QByteArray bytes = "holdfast-gateway: " + error.message.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
    return Failure;
}

int usageError(const QString &message)
{
    fail({u"usage"_s, message});
    return UsageError;
}

std::optional<qint64> parseDuration(QStringView text)
{
    static const QRegularExpression form(u"^([0-9]{1,9})(s|m|h|d)$"_s);
    const auto found = form.match(text.toString());
    if (!found.hasMatch()) {
        return std::nullopt;
    }
    const qint64 count = found.capturedView(1).toLongLong();
    const QStringView unit = found.capturedView(2);
    const qint64 unitMs = unit == u"s" ? 1000 : unit == u"m" ? 60'000 : unit == u"h" ? 3'600'000 : 86'400'000;
    if (count <= 0) {
        return std::nullopt;
    }
    return count * unitMs;
}

QString formatDuration(qint64 ms)
{
    if (ms > 0 && ms % 3'600'000 == 0) {
        return QString::number(ms / 3'600'000) + u'h';
    }
    if (ms > 0 && ms % 60'000 == 0) {
        return QString::number(ms / 60'000) + u'm';
    }
    if (ms > 0 && ms % 1000 == 0) {
        return QString::number(ms / 1000) + u's';
    }
    return QString::number(ms) + u"ms"_s;
}

QString formatTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace holdfast::gateway::cli
