#include "testupstream.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

TestUpstream::TestUpstream()
{
    m_server.route(u"/echo"_s, QHttpServerRequest::Method::Post, [this](const QHttpServerRequest &request) {
        ++m_received;
        return QHttpServerResponse("application/octet-stream", request.body());
    });
    m_server.route(u"/data"_s, QHttpServerRequest::Method::Get, [this](const QHttpServerRequest &request) {
        ++m_received;
        const qsizetype size = request.query().queryItemValue(u"size"_s).toLongLong();
        return QHttpServerResponse("application/octet-stream", pattern(size));
    });
    m_server.route(u"/chunked"_s, QHttpServerRequest::Method::Get,
                   [this](const QHttpServerRequest &, QHttpServerResponder &&responder) {
                       ++m_received;
                       QByteArray body;
                       for (const QByteArray &chunk : chunks()) {
                           body += QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
                       }
                       body += "0\r\n\r\n";
                       responder.writeStatusLine(QHttpServerResponder::StatusCode::Ok);
                       responder.writeHeader("Content-Type", "text/plain");
                       responder.writeHeader("Transfer-Encoding", "chunked");
                       responder.writeBody(body);
                   });
}

bool TestUpstream::listen()
{
    const quint16 port = m_server.listen(QHostAddress::LocalHost, 0);
    m_url = port == 0 ? QUrl() : QUrl(u"http://127.0.0.1:%1"_s.arg(port));
    return port != 0;
}

QByteArray TestUpstream::pattern(qsizetype size)
{
    static const QByteArray alphabet("0123456789abcdefghijklmnopqrstuvwxyz");
    QByteArray data(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i) {
        data[i] = alphabet.at(i % alphabet.size());
    }
    return data;
}

QByteArrayList TestUpstream::chunks()
{
    return {"first chunk", "second, longer chunk of the body", "x", QByteArray(300, 'z'), "the end"};
}
