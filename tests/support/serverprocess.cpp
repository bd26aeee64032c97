#include "serverprocess.h"

#include <QDeadlineTimer>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace holdfast::test {

QString programPath(const QString &name)
{
    return qEnvironmentVariable("HOLDFAST_BIN_DIR") + u'/' + name;
}

QString describe(const RunResult &result)
{
    return u"exit %1\nstdout: %2\nstderr: %3"_s.arg(result.exitCode)
        .arg(QString::fromUtf8(result.out), QString::fromUtf8(result.err));
}

RunResult runProgram(const QString &name, const QStringList &arguments, const QByteArray &input, int timeoutMs)
{
    QProcess process;
    process.start(programPath(name), arguments);
    RunResult result;
    if (!process.waitForStarted(timeoutMs)) {
        result.err = process.errorString().toUtf8();
        return result;
    }
    if (!input.isEmpty()) {
        process.write(input);
    }
    process.closeWriteChannel();
    result.finished = process.waitForFinished(timeoutMs);
    if (!result.finished) {
        process.kill();
        process.waitForFinished(timeoutMs);
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

ServerProcess::ServerProcess(QString program) : m_program(std::move(program))
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

ServerProcess::~ServerProcess()
{
    if (isRunning()) {
        stop();
    }
}

void ServerProcess::readOutput()
{
    m_output += m_process.readAll();
}

bool ServerProcess::waitForOutput(const QByteArray &text, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    readOutput();
    while (!m_output.contains(text)) {
        if (deadline.hasExpired() || m_process.state() == QProcess::NotRunning) {
            return false;
        }
        m_process.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
        readOutput();
    }
    return true;
}

bool ServerProcess::start(const QStringList &arguments, int timeoutMs)
{
    m_output.clear();
    m_url.clear();
    m_process.start(programPath(m_program), arguments);
    if (!m_process.waitForStarted(timeoutMs) || !waitForOutput("listening on ", timeoutMs)) {
        return false;
    }
    // The line may still be arriving; wait for its end before reading the URL.
    static const QRegularExpression line(u"listening on (\\S+)\\n"_s);
    const QDeadlineTimer deadline(timeoutMs);
    QRegularExpressionMatch match = line.match(QString::fromUtf8(m_output));
    while (!match.hasMatch() && !deadline.hasExpired() && isRunning()) {
        m_process.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
        readOutput();
        match = line.match(QString::fromUtf8(m_output));
    }
    m_url = match.hasMatch() ? QUrl(match.captured(1)) : QUrl();
    return m_url.isValid() && m_url.port() > 0;
}

void ServerProcess::stop(int timeoutMs)
{
    if (!isRunning()) {
        return;
    }
    m_process.terminate();
    if (!m_process.waitForFinished(timeoutMs)) {
        m_process.kill();
        m_process.waitForFinished(timeoutMs);
    }
    readOutput();
}

void ServerProcess::kill()
{
    m_process.kill();
    m_process.waitForFinished(10000);
    readOutput();
}

bool ServerProcess::isRunning() const
{
    return m_process.state() != QProcess::NotRunning;
}

} // namespace holdfast::test
