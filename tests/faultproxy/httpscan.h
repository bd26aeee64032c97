#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace holdfast::faultproxy {

/// Where the first HTTP/1.1 message in a buffer ends: just enough framing to place faults
/// between requests and responses. Bodies are never interpreted, only measured.
struct HttpFrame
{
    enum class State { Incomplete, Complete, Invalid };

    State state = State::Incomplete;
    qsizetype headerLength = 0; ///< start line and headers, up to and including the blank line
    qsizetype totalLength = 0; ///< headers and body; valid when Complete
    bool headersComplete = false;
    bool untilClose = false; ///< a response whose body ends only when the connection does
    bool connectionClose = false; ///< the connection ends after this exchange
    QByteArray method; ///< requests only
    QByteArray target; ///< requests only
    int status = 0; ///< responses only
    QString error; ///< why the message is Invalid (never contains message bytes)

    bool isComplete() const { return state == State::Complete; }
    /// A 1xx answer (other than 101) that precedes the real response to the same request.
    bool isInterim() const { return status >= 100 && status < 200 && status != 101; }
};

/// Headers larger than this are refused; nothing Holdfast sends comes close.
inline constexpr qsizetype maxHeaderBytes = 64 * 1024;
/// Bodies larger than this are refused (the gateway itself refuses anything over 1 MiB).
inline constexpr qsizetype maxBodyBytes = 64 * 1024 * 1024;

/// Frames the first request in `data`.
HttpFrame scanRequest(QByteArrayView data);

/// Frames the first response in `data`; `requestMethod` matters because a HEAD answer has no body.
HttpFrame scanResponse(QByteArrayView data, QByteArrayView requestMethod);

} // namespace holdfast::faultproxy
