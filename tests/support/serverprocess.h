#pragma once

#include <QProcess>
#include <QStringList>
#include <QUrl>

namespace holdfast::test {

/// The path of a Holdfast program built next to the tests ($HOLDFAST_BIN_DIR/name).
QString programPath(const QString &name);

/// What a command-line run printed and how it ended.
struct RunResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool finished = false; ///< false when it had to be killed after the timeout
};

/// "exit N", then what it printed: for failure messages.
QString describe(const RunResult &result);

/// Runs a Holdfast program to completion (bounded by `timeoutMs`), feeding it `input`.
RunResult runProgram(const QString &name, const QStringList &arguments, const QByteArray &input = {},
                     int timeoutMs = 30000);

/// A real server process (gateway, terminal) started for a test on a free loopback port.
/// It is given `--listen 127.0.0.1:0` by the caller and is ready once it prints
/// "listening on <scheme>://<host>:<port>", the line DESIGN section 7a promises.
class ServerProcess
{
public:
    explicit ServerProcess(QString program);
    ~ServerProcess();
    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;

    /// Starts the program and waits (at most `timeoutMs`) for its "listening on" line.
    bool start(const QStringList &arguments, int timeoutMs = 15000);
    /// SIGTERM and wait for a clean exit (SIGKILL after `timeoutMs`).
    void stop(int timeoutMs = 10000);
    /// SIGKILL: a crash, for crash tests.
    void kill();
    bool isRunning() const;

    QUrl url() const { return m_url; }
    quint16 port() const { return quint16(m_url.port()); }
    /// Everything the process printed so far (for failure messages).
    QByteArray output() const { return m_output; }
    /// Waits (bounded) until the output contains `text`.
    bool waitForOutput(const QByteArray &text, int timeoutMs = 10000);

private:
    void readOutput();

    QString m_program;
    QProcess m_process;
    QByteArray m_output;
    QUrl m_url;
};

} // namespace holdfast::test
