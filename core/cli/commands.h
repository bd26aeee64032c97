#pragma once

#include "clicontext.h"

#include <QCommandLineParser>
#include <QStringList>

namespace holdfast::cli {

/// Entry point of holdfastctl: parses the global options and runs one command. Needs a
/// QCoreApplication. Returns the process exit code.
int runHoldfastctl(const QStringList &arguments);

// One function per command; `arguments` starts with the command's own name.
int pairCommand(CliContext &context, const QStringList &arguments);
int statusCommand(CliContext &context, const QStringList &arguments);
int chargeCommand(CliContext &context, const QStringList &arguments);
int queueCommand(CliContext &context, const QStringList &arguments);
int syncCommand(CliContext &context, const QStringList &arguments);
int voidCommand(CliContext &context, const QStringList &arguments);
int confirmCommand(CliContext &context, const QStringList &arguments);
int exportCommand(CliContext &context, const QStringList &arguments);
int importCommand(CliContext &context, const QStringList &arguments);
int terminalCommand(CliContext &context, const QStringList &arguments);
int staffCommand(CliContext &context, const QStringList &arguments);
int modeCommand(CliContext &context, const QStringList &arguments);

/// A parser for one command: its description, --help and --json; parses `arguments` and, on
/// a usage error or --help, prints and returns the exit code to use.
std::optional<int> parseCommand(QCommandLineParser &parser, CliContext &context, const QStringList &arguments,
                                const QString &description);

} // namespace holdfast::cli
