#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

class QNetworkReply;

namespace holdfast::terminal {

/// One call to a terminal over HTTPS.
struct TerminalCall
{
    QUrl baseUrl; ///< https://host:port
    QByteArray method; ///< GET or POST
    QString path; ///< /v1/…
    std::optional<QJsonObject> body;
    /// The pinned certificate's SHA-256 (lower-case hex). Empty only for pairing: then any
    /// certificate is accepted for this call and reported in the response (trust on first use).
    QString pinnedSha256;
    QByteArray secret; ///< the bearer secret; empty for pairing
    std::chrono::milliseconds timeout {10000};
};

/// A terminal's answer to a successful (2xx) call.
struct TerminalResponse
{
    int httpStatus = 0;
    QJsonObject body;
    QString certSha256; ///< the certificate the terminal presented on this connection
};

/// The pinned HTTPS transport to Holdfast terminals, on QNetworkAccessManager. A terminal's
/// certificate is self-signed, so the usual chain check cannot hold; instead every connection
/// is accepted only when the peer certificate's SHA-256 equals the pin, and nothing else is
/// ignored. Errors carry the driver's codes (terminal_unreachable, terminal_connection_lost,
/// terminal_certificate_changed, …), with the terminal's own code mapped where it sent one.
class TerminalConnection : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const Result<TerminalResponse> &)>;

    explicit TerminalConnection(QObject *parent = nullptr);

    /// Sends `call`; `done` runs once with the answer or the error. Answers the reply, which
    /// the caller may abort() (then `done` runs with terminal_connection_lost).
    QNetworkReply *send(const TerminalCall &call, Callback done);
    /// Drops kept-alive connections, so that the next call makes (and checks) a new one.
    void resetConnections();

    /// Whether `code` says the request may have reached the terminal without its answer
    /// arriving: the cases where a payment's outcome must be asked for.
    static bool isTransportFailure(const QString &code);

private:
    void finish(QNetworkReply *reply, const TerminalCall &call, const Callback &done);

    QNetworkAccessManager m_network;
};

} // namespace holdfast::terminal
