#pragma once

#include "serverprocess.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>
#include <optional>

class QNetworkReply;

namespace holdfast::test {

/// A real holdfast-terminal for a test: its own data folder (a temporary one unless given), a
/// free loopback port, the pairing code and URL it prints, and plain HTTPS calls to it that
/// accept only this terminal's certificate (for protocol tests and the control call).
class TerminalProcess
{
public:
    /// A terminal whose data lives in `dataDir`; a fresh temporary folder when empty.
    explicit TerminalProcess(const QString &dataDir = QString());
    ~TerminalProcess();
    TerminalProcess(const TerminalProcess &) = delete;
    TerminalProcess &operator=(const TerminalProcess &) = delete;

    /// Starts it with --listen 127.0.0.1:`port` (0: a free one) --data DIR and `arguments`,
    /// and waits (bounded) until it listens.
    bool start(const QStringList &arguments = {}, quint16 port = 0);
    /// Starts it again with the same folder and port, after stop() or kill().
    bool restart(const QStringList &arguments = {});
    void stop();
    void kill(); ///< SIGKILL
    bool isRunning() const { return m_process.isRunning(); }

    QUrl url() const { return m_process.url(); }
    quint16 port() const { return m_port; }
    QString dataDir() const { return m_dataDir; }
    /// The pairing code this run printed; empty when it printed none (already paired).
    QString pairingCode() const;
    /// The certificate fingerprint this run printed.
    QString certSha256() const;
    QByteArray output() const { return m_process.output(); }
    bool waitForOutput(const QByteArray &text, int timeoutMs = 10000)
    {
        return m_process.waitForOutput(text, timeoutMs);
    }

    /// An answer from the terminal: HTTP status (0 when none came) and JSON body.
    struct Reply
    {
        int status = 0;
        QJsonObject body;
        QByteArray raw;
        QString certSha256; ///< the certificate the connection saw
        QString errorCode() const;
    };
    /// Sends a request and waits (bounded) for its answer. `secret` defaults to the one pair() got.
    Reply request(const QByteArray &method, const QString &path, const QByteArray &body = {},
                  std::optional<QByteArray> secret = std::nullopt, int timeoutMs = 15000);
    Reply request(const QByteArray &method, const QString &path, const QJsonObject &body,
                  std::optional<QByteArray> secret = std::nullopt, int timeoutMs = 15000);
    /// Sends a request without waiting; read it with replyOf() once finished.
    QNetworkReply *requestAsync(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                                std::optional<QByteArray> secret = std::nullopt);
    static Reply replyOf(QNetworkReply *reply);

    /// Pairs through POST /v1/pair with the printed code; keeps and answers the secret (empty on failure).
    QByteArray pair();
    QByteArray secret() const { return m_secret; }
    /// Uses `secret` for later calls (when something else, a driver, paired the terminal).
    void setSecret(const QByteArray &secret) { m_secret = secret; }
    /// The control call: POST /v1/simulator/present {"card": card}. When a sale waits, it
    /// answers once the card is read and the sale stored.
    Reply present(const QString &card, int timeoutMs = 15000);
    /// GET /v1/status's "state".
    QString state();

private:
    QNetworkReply *send(const QByteArray &method, const QString &path, const QByteArray &payload,
                        std::optional<QByteArray> secret);

    std::unique_ptr<QTemporaryDir> m_temporaryDir;
    QString m_dataDir;
    ServerProcess m_process;
    quint16 m_port = 0;
    QByteArray m_secret;
    QNetworkAccessManager m_network;
};

} // namespace holdfast::test
