#pragma once

#include "common/result.h"
#include "terminaldevice.h"
#include "testcards.h"

#include <QCommandLineParser>
#include <QHostAddress>
#include <QList>
#include <QString>

#include <chrono>

namespace holdfast::simulator {

/// Everything `holdfast-terminal` is told on its command line.
struct TerminalOptions
{
    QString host; ///< as given, for the "listening on" line
    QHostAddress address;
    quint16 port = 0;
    QString dataDir;
    QList<TestCard> present;
    bool gui = false;
    bool repair = false;
    std::chrono::milliseconds pairingTtl {std::chrono::minutes(10)};
    DeviceTimings timings;
};

/// Declares the options on `parser` (with --help and --version).
void addOptions(QCommandLineParser &parser);
/// Reads the options `parser` has processed; the error says which one is wrong.
Result<TerminalOptions> readOptions(const QCommandLineParser &parser);

/// "500ms", "30s", "10m", "1h"; a bare number is seconds.
Result<std::chrono::milliseconds> parseDuration(QStringView text);
/// "127.0.0.1:0", "[::1]:8443", "localhost:8443".
Result<std::pair<QHostAddress, quint16>> parseListen(QStringView text);

} // namespace holdfast::simulator
