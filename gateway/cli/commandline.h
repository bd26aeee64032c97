#pragma once

#include "common/result.h"
#include "platform/clock.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace holdfast::gateway {
class Gateway;
} // namespace holdfast::gateway

/// Pieces every `holdfast-gateway` command shares. Exit codes: 0 success, 1 the operation
/// failed (not found, storage, keys), 2 the command line is wrong (unknown option, bad value).
namespace holdfast::gateway::cli {

enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

/// The version printed by --version (the project's version).
QString version();

/// One command's parser: its usage line and description, --help, --data and --database.
class Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)

public:
    /// `usage` is the command as typed ("location add NAME --currency CUR").
    Command(const QString &usage, const QString &description);

    QCommandLineParser &parser() { return m_parser; }
    /// Adds an option that takes a value.
    void addValueOption(const QString &name, const QString &description, const QString &valueName,
                        const QString &defaultValue = {});
    void addFlag(const QString &name, const QString &description);

    /// Parses the command's arguments (after the command words). Answers an exit code when the
    /// run is over already (--help printed, or a usage error reported), else nothing.
    std::optional<int> parse(const QStringList &arguments, int positionalCount);

    QString value(const QString &name) const { return m_parser.value(name); }
    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    QStringList positional() const { return m_parser.positionalArguments(); }

    StoreLocation store() const;
    Result<std::unique_ptr<Gateway>> openGateway(const Clock &clock) const;

private:
    QString m_usage;
    QCommandLineParser m_parser;
};

/// Prints `text` and a newline on standard output, flushed.
void printOut(const QString &text);
/// Prints "holdfast-gateway: <message>" on standard error; answers Failure.
int fail(const Error &error);
/// Prints a usage error on standard error; answers UsageError.
int usageError(const QString &message);

/// "90s", "15m", "24h", "3d" (a positive whole number and a unit) as milliseconds.
std::optional<qint64> parseDuration(QStringView text);
/// The shortest of those forms that is exact ("72h", "90m", "45s"; "1500ms" otherwise).
QString formatDuration(qint64 ms);
/// An instant as ISO 8601 UTC with milliseconds, "2026-11-22T08:15:00.000Z".
QString formatTime(qint64 ms);

} // namespace holdfast::gateway::cli
