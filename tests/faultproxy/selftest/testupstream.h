#pragma once

#include <QHttpServer>
#include <QObject>
#include <QUrl>

/// A tiny HTTP upstream for the proxy's self-test, served by QHttpServer inside the test
/// process (so it shares no parsing code with the proxy). It counts the requests it received
/// in full, which is what "the server committed" means for the faults.
///   POST /echo        answers the request body
///   GET  /data?size=N answers N bytes of a fixed pattern
///   GET  /chunked     answers chunks() with Transfer-Encoding: chunked
class TestUpstream : public QObject
{
    Q_OBJECT

public:
    TestUpstream();

    /// Listens on a free loopback port; false when it cannot.
    bool listen();
    QUrl url() const { return m_url; }
    /// Requests received in full (their handler ran).
    int received() const { return m_received; }

    /// The body GET /data?size=N answers.
    static QByteArray pattern(qsizetype size);
    /// The chunks GET /chunked sends, in order.
    static QByteArrayList chunks();

private:
    QHttpServer m_server;
    QUrl m_url;
    int m_received = 0;
};
