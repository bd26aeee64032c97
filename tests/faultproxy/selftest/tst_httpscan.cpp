#include "httpscan.h"

#include <QTest>

using namespace Qt::StringLiterals;
using holdfast::faultproxy::HttpFrame;

Q_DECLARE_METATYPE(HttpFrame::State)

// The proxy's HTTP/1.1 framing: where a message ends decides where a fault lands, so every
// way a body can be delimited gets a row.
class TestHttpScan : public QObject
{
    Q_OBJECT

private slots:
    void scan_message_framedAsExpected_data();
    void scan_message_framedAsExpected();
    void scan_everyPrefix_isIncompleteUntilTheEnd();
    void scan_hugeHeaders_areInvalid();
};

void TestHttpScan::scan_message_framedAsExpected_data()
{
    QTest::addColumn<bool>("response");
    QTest::addColumn<QByteArray>("requestMethod");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<HttpFrame::State>("state");
    QTest::addColumn<int>("total"); // for Complete rows
    QTest::addColumn<bool>("untilClose");
    QTest::addColumn<bool>("close");

    using S = HttpFrame::State;
    const QByteArray get = "GET /v1/health HTTP/1.1\r\nHost: x\r\n\r\n";
    const QByteArray post = "POST /v1/payments HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello";
    QTest::newRow("request without body") << false << ""_ba << get << S::Complete << int(get.size()) << false << false;
    QTest::newRow("request with length") << false << ""_ba << post << S::Complete << int(post.size()) << false << false;
    QTest::newRow("request body short") << false << ""_ba << post.chopped(2) << S::Incomplete << 0 << false << false;
    QTest::newRow("pipelined: first only")
        << false << ""_ba << post + get << S::Complete << int(post.size()) << false << false;
    QTest::newRow("headers not ended") << false << ""_ba
                                       << "GET / HTTP/1.1\r\nHost: x\r\n"_ba << S::Incomplete << 0 << false << false;
    const QByteArray chunkedRequest = "POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n";
    QTest::newRow("chunked request") << false << ""_ba << chunkedRequest << S::Complete << int(chunkedRequest.size())
                                     << false << false;
    QTest::newRow("connection close") << false << ""_ba
                                      << "GET / HTTP/1.1\r\nConnection: Close\r\n\r\n"_ba << S::Complete << 37 << false
                                      << true;
    QTest::newRow("HTTP/1.0 closes") << false << ""_ba
                                     << "GET / HTTP/1.0\r\n\r\n"_ba << S::Complete << 18 << false << true;
    QTest::newRow("bad request line") << false << ""_ba
                                      << "GET /\r\n\r\n"_ba << S::Invalid << 0 << false << false;
    QTest::newRow("not HTTP") << false << ""_ba
                              << "GET / SPDY/3\r\n\r\n"_ba << S::Invalid << 0 << false << false;
    QTest::newRow("bad length") << false << ""_ba
                                << "POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n"_ba << S::Invalid << 0 << false
                                << false;
    QTest::newRow("conflicting lengths") << false << ""_ba
                                         << "POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab"_ba
                                         << S::Invalid << 0 << false << false;

    const QByteArray ok = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok";
    QTest::newRow("response with length") << true << "GET"_ba << ok << S::Complete << int(ok.size()) << false << false;
    QTest::newRow("answer to HEAD has no body")
        << true << "HEAD"_ba
        << "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n"_ba << S::Complete << 40 << false << false;
    QTest::newRow("204 has no body") << true << "POST"_ba
                                     << "HTTP/1.1 204 No Content\r\n\r\n"_ba << S::Complete << 27 << false << false;
    QTest::newRow("304 has no body") << true << "GET"_ba
                                     << "HTTP/1.1 304 Not Modified\r\n\r\n"_ba << S::Complete << 29 << false << false;
    QTest::newRow("no length: until close") << true << "GET"_ba
                                            << "HTTP/1.1 200 OK\r\n\r\nsome"_ba << S::Incomplete << 0 << true << false;
    const QByteArray chunked = "HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\n\r\n"
                               "5;ext=1\r\nhello\r\n10\r\n0123456789abcdef\r\n0\r\nTrailer: t\r\n\r\n";
    QTest::newRow("chunked with extension and trailer")
        << true << "GET"_ba << chunked << S::Complete << int(chunked.size()) << false << false;
    QTest::newRow("chunked, last CRLF missing")
        << true << "GET"_ba << chunked.chopped(2) << S::Incomplete << 0 << false << false;
    QTest::newRow("chunked, bad size") << true << "GET"_ba
                                       << "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n"_ba << S::Invalid
                                       << 0 << false << false;
    QTest::newRow("chunked, data overruns")
        << true << "GET"_ba
        << "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n0\r\n\r\n"_ba << S::Invalid << 0 << false
        << false;
    QTest::newRow("100 Continue is its own message")
        << true << "POST"_ba
        << "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\n"_ba << S::Complete << 25 << false << false;
    QTest::newRow("bad status") << true << "GET"_ba
                                << "HTTP/1.1 2000 OK\r\n\r\n"_ba << S::Invalid << 0 << false << false;
}

void TestHttpScan::scan_message_framedAsExpected()
{
    QFETCH(bool, response);
    QFETCH(QByteArray, requestMethod);
    QFETCH(QByteArray, data);
    QFETCH(HttpFrame::State, state);
    QFETCH(int, total);
    QFETCH(bool, untilClose);
    QFETCH(bool, close);

    const HttpFrame frame
        = response ? holdfast::faultproxy::scanResponse(data, requestMethod) : holdfast::faultproxy::scanRequest(data);
    QCOMPARE(frame.state, state);
    if (state == HttpFrame::State::Invalid) {
        QVERIFY(!frame.error.isEmpty());
        return;
    }
    if (state == HttpFrame::State::Complete) {
        QCOMPARE(frame.totalLength, qsizetype(total));
    }
    QCOMPARE(frame.untilClose, untilClose);
    QCOMPARE(frame.connectionClose, close);
}

void TestHttpScan::scan_everyPrefix_isIncompleteUntilTheEnd()
{
    // Bytes arrive in arbitrary pieces; no prefix may be mistaken for the whole message.
    const QByteArray response = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                "4\r\nab\r\n\r\n0\r\n\r\n";
    for (qsizetype size = 0; size < response.size(); ++size) {
        const HttpFrame frame = holdfast::faultproxy::scanResponse(response.first(size), "GET");
        QVERIFY2(frame.state == HttpFrame::State::Incomplete, qPrintable(u"prefix of %1 bytes"_s.arg(size)));
    }
    const HttpFrame whole = holdfast::faultproxy::scanResponse(response, "GET");
    QCOMPARE(whole.state, HttpFrame::State::Complete);
    QCOMPARE(whole.totalLength, response.size());
}

void TestHttpScan::scan_hugeHeaders_areInvalid()
{
    const QByteArray endless = "GET / HTTP/1.1\r\nX-Filler: " + QByteArray(holdfast::faultproxy::maxHeaderBytes, 'a');
    QCOMPARE(holdfast::faultproxy::scanRequest(endless).state, HttpFrame::State::Invalid);
}

QTEST_GUILESS_MAIN(TestHttpScan)
#include "tst_httpscan.moc"
