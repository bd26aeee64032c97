#include "httpscan.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace holdfast::faultproxy {

namespace {

constexpr QByteArrayView crlf("\r\n");
constexpr qsizetype maxChunkLine = 4096;

enum class Kind { Request, Response };

struct Headers
{
    qint64 contentLength = -1;
    bool chunked = false;
    bool close = false;
    bool keepAlive = false;
};

HttpFrame invalid(const QString &why)
{
    HttpFrame frame;
    frame.state = HttpFrame::State::Invalid;
    frame.error = why;
    return frame;
}

bool parseDecimal(QByteArrayView text, qint64 &value)
{
    text = text.trimmed();
    if (text.isEmpty() || text.size() > 18) {
        return false;
    }
    qint64 result = 0;
    for (const char c : text) {
        if (c < '0' || c > '9') {
            return false;
        }
        result = result * 10 + (c - '0');
    }
    value = result;
    return true;
}

// Reads the header lines after the start line. Returns an error sentence, or an empty string.
QString parseHeaders(QByteArrayView block, Headers &headers)
{
    qsizetype pos = 0;
    while (pos < block.size()) {
        qsizetype end = block.indexOf(crlf, pos);
        if (end < 0) {
            end = block.size();
        }
        const QByteArrayView line = block.sliced(pos, end - pos);
        pos = end + crlf.size();
        if (line.isEmpty()) {
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            return u"malformed header line"_s;
        }
        const QByteArray name = line.first(colon).trimmed().toByteArray().toLower();
        const QByteArray value = line.sliced(colon + 1).trimmed().toByteArray().toLower();
        if (name == "content-length") {
            qint64 length = 0;
            if (!parseDecimal(value, length)) {
                return u"bad Content-Length"_s;
            }
            if (headers.contentLength >= 0 && headers.contentLength != length) {
                return u"conflicting Content-Length headers"_s;
            }
            headers.contentLength = length;
        } else if (name == "transfer-encoding") {
            // Only the last coding decides how the body is framed (RFC 9112 section 6.3).
            const QList<QByteArray> codings = value.split(',');
            headers.chunked = codings.last().trimmed() == "chunked";
            if (!headers.chunked) {
                return u"unsupported Transfer-Encoding"_s;
            }
        } else if (name == "connection") {
            for (const QByteArray &token : value.split(',')) {
                headers.close = headers.close || token.trimmed() == "close";
                headers.keepAlive = headers.keepAlive || token.trimmed() == "keep-alive";
            }
        }
    }
    return {};
}

// Measures a chunked body starting at `pos`; returns its end, 0 when incomplete, -1 when malformed.
qsizetype scanChunked(QByteArrayView data, qsizetype pos)
{
    while (true) {
        const qsizetype lineEnd = data.indexOf(crlf, pos);
        if (lineEnd < 0) {
            return data.size() - pos > maxChunkLine ? -1 : 0;
        }
        QByteArrayView sizeText = data.sliced(pos, lineEnd - pos);
        if (const qsizetype semicolon = sizeText.indexOf(';'); semicolon >= 0) {
            sizeText = sizeText.first(semicolon); // chunk extensions are ignored
        }
        bool ok = false;
        const qint64 size = sizeText.trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0 || size > maxBodyBytes) {
            return -1;
        }
        pos = lineEnd + crlf.size();
        if (size == 0) {
            // The last chunk, then optional trailer lines, then a blank line.
            while (true) {
                const qsizetype end = data.indexOf(crlf, pos);
                if (end < 0) {
                    return data.size() - pos > maxHeaderBytes ? -1 : 0;
                }
                if (end == pos) {
                    return end + crlf.size();
                }
                pos = end + crlf.size();
            }
        }
        if (data.size() < pos + size + crlf.size()) {
            return 0;
        }
        if (data.sliced(pos + size, crlf.size()) != crlf) {
            return -1;
        }
        pos += size + crlf.size();
    }
}

HttpFrame scan(QByteArrayView data, Kind kind, QByteArrayView requestMethod)
{
    HttpFrame frame;
    const qsizetype blank = data.indexOf("\r\n\r\n");
    if (blank < 0) {
        return data.size() > maxHeaderBytes ? invalid(u"headers too large"_s) : frame;
    }
    if (blank + 4 > maxHeaderBytes) {
        return invalid(u"headers too large"_s);
    }
    frame.headerLength = blank + 4;
    frame.headersComplete = true;

    const qsizetype startEnd = data.indexOf(crlf);
    const QList<QByteArray> start = data.first(startEnd).toByteArray().split(' ');
    QByteArray version;
    if (kind == Kind::Request) {
        if (start.size() != 3 || start[0].isEmpty() || start[1].isEmpty()) {
            return invalid(u"malformed request line"_s);
        }
        frame.method = start[0];
        frame.target = start[1];
        version = start[2];
    } else {
        if (start.size() < 2 || start[1].size() != 3) {
            return invalid(u"malformed status line"_s);
        }
        bool ok = false;
        frame.status = start[1].toInt(&ok);
        if (!ok || frame.status < 100 || frame.status > 999) {
            return invalid(u"malformed status code"_s);
        }
        version = start[0];
    }
    if (version != "HTTP/1.1" && version != "HTTP/1.0") {
        return invalid(u"not HTTP/1.x"_s);
    }

    Headers headers;
    const QString headerError = parseHeaders(data.sliced(startEnd + 2, blank + 2 - (startEnd + 2)), headers);
    if (!headerError.isEmpty()) {
        return invalid(headerError);
    }
    frame.connectionClose = headers.close || (version == "HTTP/1.0" && !headers.keepAlive);

    const bool noBody = kind == Kind::Response
        && (frame.status < 200 || frame.status == 204 || frame.status == 304 || requestMethod == "HEAD");
    if (frame.status == 101) {
        frame.untilClose = true; // a protocol switch: the rest is an opaque tunnel
        return frame;
    }
    if (noBody) {
        frame.state = HttpFrame::State::Complete;
        frame.totalLength = frame.headerLength;
        return frame;
    }
    if (headers.chunked) {
        const qsizetype end = scanChunked(data, frame.headerLength);
        if (end < 0) {
            return invalid(u"malformed chunked body"_s);
        }
        if (end > 0) {
            frame.state = HttpFrame::State::Complete;
            frame.totalLength = end;
        }
        return frame;
    }
    if (headers.contentLength > maxBodyBytes) {
        return invalid(u"body too large"_s);
    }
    if (headers.contentLength < 0) {
        if (kind == Kind::Request) {
            frame.state = HttpFrame::State::Complete; // a request without a length has no body
            frame.totalLength = frame.headerLength;
        } else {
            frame.untilClose = true;
        }
        return frame;
    }
    if (data.size() - frame.headerLength >= headers.contentLength) {
        frame.state = HttpFrame::State::Complete;
        frame.totalLength = frame.headerLength + qsizetype(headers.contentLength);
    }
    return frame;
}

} // namespace

HttpFrame scanRequest(QByteArrayView data)
{
    return scan(data, Kind::Request, {});
}

HttpFrame scanResponse(QByteArrayView data, QByteArrayView requestMethod)
{
    return scan(data, Kind::Response, requestMethod);
}

} // namespace holdfast::faultproxy
