// packaging/nginx/holdfast-gateway.conf in front of two real gateway instances: the file is
// rendered for loopback (temporary prefix, free ports, a self-signed certificate made with the
// openssl command) and served by a real nginx. Normal calls pass through; a 2 MiB body is
// refused by nginx and never reaches a gateway; pairing is rate limited.
#include "gatewayprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace holdfast;
using namespace holdfast::test;

namespace {

quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

// Replaces `from` (which must be there) in `text`; answers whether it was.
bool substitute(QString &text, const QString &from, const QString &to)
{
    if (!text.contains(from)) {
        return false;
    }
    text.replace(from, to);
    return true;
}

} // namespace

class TestGatewayNginx : public QObject
{
    Q_OBJECT

private:
    bool render();
    int gatewayRequestsLogged(GatewayProcess &gateway, const QByteArray &what);

    QTemporaryDir m_dir;
    GatewayProcess m_first;
    std::unique_ptr<GatewayProcess> m_second;
    QProcess m_nginx;
    quint16 m_httpsPort = 0;
    quint16 m_httpPort = 0;
    QUrl m_base;

private slots:
    void initTestCase();
    void cleanupTestCase();
    void normalCalls_passThroughToBothInstances();
    void bodyOverLimit_isRefusedByNginx_gatewayNeverSeesIt();
    void pairing_isRateLimited();
    void plainHttp_isRedirectedToHttps();
};

bool TestGatewayNginx::render()
{
    QFile packaged(qEnvironmentVariable("HOLDFAST_SOURCE_DIR") + u"/packaging/nginx/holdfast-gateway.conf"_s);
    if (!packaged.open(QIODevice::ReadOnly)) {
        return false;
    }
    QString site = QString::fromUtf8(packaged.readAll());
    const QString dir = m_dir.path();
    // Every substitution must apply: if the packaged file changes shape, this test says so.
    const bool rendered
        = substitute(site, u"listen 443 ssl http2;"_s, u"listen 127.0.0.1:%1 ssl http2;"_s.arg(m_httpsPort))
        && substitute(site, u"listen [::]:443 ssl http2;"_s, QString())
        && substitute(site, u"listen 80;"_s, u"listen 127.0.0.1:%1;"_s.arg(m_httpPort))
        && substitute(site, u"listen [::]:80;"_s, QString())
        && substitute(site, u"/etc/ssl/holdfast/gateway.crt"_s, dir + u"/cert.pem"_s)
        && substitute(site, u"/etc/ssl/holdfast/gateway.key"_s, dir + u"/key.pem"_s)
        && substitute(site, u"server 127.0.0.1:8081"_s, u"server 127.0.0.1:%1"_s.arg(m_first.url().port()))
        && substitute(site, u"server 127.0.0.1:8082"_s, u"server 127.0.0.1:%1"_s.arg(m_second->url().port()))
        && substitute(site, u"/var/log/nginx/holdfast-gateway.access.log"_s, dir + u"/access.log"_s);
    if (!rendered) {
        return false;
    }
    // The main file the package's snippet is included from, with every path inside the prefix.
    // As root, nginx would hand its workers to "nobody", who cannot enter this private folder.
    QString main;
    if (::geteuid() == 0) {
        main += u"user root root;\n"_s;
    }
    main += uR"(worker_processes 1;
pid %1/nginx.pid;
lock_file %1/nginx.lock;
error_log %1/error.log info;
events { worker_connections 128; }
http {
    client_body_temp_path %1/temp/body;
    proxy_temp_path %1/temp/proxy;
    fastcgi_temp_path %1/temp/fastcgi;
    uwsgi_temp_path %1/temp/uwsgi;
    scgi_temp_path %1/temp/scgi;
    access_log %1/access.log;
    include %1/holdfast-gateway.conf;
}
)"_s.arg(dir);
    QDir().mkpath(dir + u"/temp"_s);
    QFile siteFile(dir + u"/holdfast-gateway.conf"_s);
    QFile mainFile(dir + u"/nginx.conf"_s);
    return siteFile.open(QIODevice::WriteOnly) && siteFile.write(site.toUtf8()) > 0
        && mainFile.open(QIODevice::WriteOnly) && mainFile.write(main.toUtf8()) > 0;
}

int TestGatewayNginx::gatewayRequestsLogged(GatewayProcess &gateway, const QByteArray &what)
{
    gateway.process().waitForOutput(QByteArray(), 0); // collect what has arrived
    return int(gateway.process().output().count(what));
}

void TestGatewayNginx::initTestCase()
{
    const QString nginx = QStandardPaths::findExecutable(u"nginx"_s, {u"/usr/sbin"_s, u"/usr/local/sbin"_s});
    QVERIFY2(!nginx.isEmpty(), "nginx is not installed (Debian package nginx-light)");
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_first.setupError().isEmpty(), qPrintable(m_first.setupError()));
    QVERIFY(m_first.start());
    m_second = std::make_unique<GatewayProcess>(m_first.store());
    QVERIFY(m_second->start());

    QProcess openssl;
    openssl.start(u"openssl"_s,
                  {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s,
                   u"-nodes"_s, u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=127.0.0.1"_s, u"-addext"_s,
                   u"subjectAltName=IP:127.0.0.1"_s, u"-keyout"_s, m_dir.filePath(u"key.pem"_s), u"-out"_s,
                   m_dir.filePath(u"cert.pem"_s)});
    QVERIFY(openssl.waitForFinished(30000));
    QCOMPARE(openssl.exitCode(), 0);

    m_httpsPort = freePort();
    m_httpPort = freePort();
    QVERIFY(m_httpsPort != 0 && m_httpPort != 0 && m_httpsPort != m_httpPort);
    QVERIFY2(render(), "packaging/nginx/holdfast-gateway.conf no longer has the lines this test renders");

    m_nginx.setProcessChannelMode(QProcess::MergedChannels);
    m_nginx.start(nginx,
                  {u"-p"_s, m_dir.path(), u"-c"_s, m_dir.filePath(u"nginx.conf"_s), u"-e"_s,
                   m_dir.filePath(u"error.log"_s), u"-g"_s, u"daemon off;"_s});
    QVERIFY(m_nginx.waitForStarted(10000));
    const auto accepting = [this] {
        if (m_nginx.state() != QProcess::Running) {
            return true; // stop waiting; checked below
        }
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_httpsPort);
        return socket.waitForConnected(200);
    };
    QTRY_VERIFY_WITH_TIMEOUT(accepting(), 15000);
    QFile errorLog(m_dir.filePath(u"error.log"_s));
    errorLog.open(QIODevice::ReadOnly);
    const QByteArray nginxOutput = m_nginx.readAll() + errorLog.readAll();
    QVERIFY2(m_nginx.state() == QProcess::Running, nginxOutput.constData());

    m_base.setScheme(u"https"_s);
    m_base.setHost(u"127.0.0.1"_s);
    m_base.setPort(m_httpsPort);
    m_first.http().setCaCertificates(QSslCertificate::fromPath(m_dir.filePath(u"cert.pem"_s)));
}

void TestGatewayNginx::cleanupTestCase()
{
    if (m_nginx.state() != QProcess::NotRunning) {
        m_nginx.terminate();
        if (!m_nginx.waitForFinished(10000)) {
            m_nginx.kill();
            m_nginx.waitForFinished(5000);
        }
    }
}

void TestGatewayNginx::normalCalls_passThroughToBothInstances()
{
    QUrl health = m_base;
    health.setPath(u"/v1/health"_s);
    QList<HttpCall> calls;
    for (int i = 0; i < 10; ++i) {
        calls.append({"GET", health, {}, {}});
    }
    for (const HttpReply &reply : m_first.http().sendAll(calls)) {
        QVERIFY2(reply.status == 200, qPrintable(reply.networkError + QString::fromUtf8(reply.body)));
        QCOMPARE(reply.json().value("status"_L1).toString(), u"ok"_s);
        QCOMPARE(reply.header("Server"), "nginx"_ba);
        QVERIFY(reply.header("Strict-Transport-Security").startsWith("max-age="));
    }
    // Both instances served some of them.
    QTRY_VERIFY(gatewayRequestsLogged(m_first, "GET /v1/health status=200") >= 1);
    QTRY_VERIFY(gatewayRequestsLogged(*m_second, "GET /v1/health status=200") >= 1);
    QTRY_COMPARE(gatewayRequestsLogged(m_first, "GET /v1/health status=200")
                     + gatewayRequestsLogged(*m_second, "GET /v1/health status=200"),
                 10);

    // A whole register conversation through nginx: pair, keys, a batch, its status.
    const QString code = m_first.createDeviceCode(m_first.addLocation(u"Behind nginx"_s));
    QUrl pair = m_base;
    pair.setPath(u"/v1/pair"_s);
    const HttpReply paired = m_first.http().send(
        {"POST",
         pair,
         QJsonDocument(QJsonObject {{"deviceCode"_L1, code}, {"registerName"_L1, u"Till"_s}}).toJson(),
         {}});
    QCOMPARE(paired.status, 200);
    PairedRegister reg {paired.json().value("registerId"_L1).toString(),
                        paired.json().value("locationId"_L1).toString(),
                        paired.json().value("token"_L1).toString(),
                        u"CAD"_s,
                        {},
                        crypto::jwk::toEd25519PublicKey(paired.json().value("signingKey"_L1).toObject()).value(),
                        0};
    auto schedule = m_first.fetchSchedule(reg); // straight to an instance: same keys
    QVERIFY(schedule);
    QUrl batch = m_base;
    batch.setPath(u"/v1/payments/batch"_s);
    const wire::Payment payment = testpayments::make(reg, *schedule, testpayments::approve);
    const HttpReply stored = m_first.http().send(
        {"POST", batch, QJsonDocument(testpayments::batch({payment})).toJson(QJsonDocument::Compact), reg.token});
    QCOMPARE(stored.status, 200);
    QCOMPARE(stored.json().value("results"_L1).toArray().first().toObject().value("status"_L1).toString(),
             u"UPLOADED"_s);
}

void TestGatewayNginx::bodyOverLimit_isRefusedByNginx_gatewayNeverSeesIt()
{
    const int before = gatewayRequestsLogged(m_first, "POST /v1/payments/batch")
        + gatewayRequestsLogged(*m_second, "POST /v1/payments/batch");
    QUrl batch = m_base;
    batch.setPath(u"/v1/payments/batch"_s);
    const QByteArray twoMebibytes(2 * 1024 * 1024, 'x');
    const HttpReply reply = m_first.http().send({"POST", batch, twoMebibytes, u"any-token"_s});
    QCOMPARE(reply.status, 413);
    QCOMPARE(reply.header("Server"), "nginx"_ba);
    QVERIFY(reply.errorCode().isEmpty()); // nginx's page, not the gateway's JSON

    // A request sent after it is logged by a gateway; the oversized one never was.
    QUrl health = m_base;
    health.setPath(u"/v1/payments/status"_s);
    QCOMPARE(m_first.http().send({"POST", health, "{}", u"any-token"_s}).status, 401);
    QTRY_VERIFY(gatewayRequestsLogged(m_first, "POST /v1/payments/status status=401")
                    + gatewayRequestsLogged(*m_second, "POST /v1/payments/status status=401")
                >= 1);
    QCOMPARE(gatewayRequestsLogged(m_first, "POST /v1/payments/batch")
                 + gatewayRequestsLogged(*m_second, "POST /v1/payments/batch"),
             before);
    QCOMPARE(gatewayRequestsLogged(m_first, "bytes=2097152") + gatewayRequestsLogged(*m_second, "bytes=2097152"), 0);
}

void TestGatewayNginx::pairing_isRateLimited()
{
    QUrl pair = m_base;
    pair.setPath(u"/v1/pair"_s);
    const QByteArray body
        = QJsonDocument(QJsonObject {{"deviceCode"_L1, u"ABCD-EFGH"_s}, {"registerName"_L1, u"Guesser"_s}}).toJson();
    QList<HttpCall> guesses;
    for (int i = 0; i < 12; ++i) {
        guesses.append({"POST", pair, body, {}});
    }
    int refused = 0;
    int limited = 0;
    for (const HttpReply &reply : m_first.http().sendAll(guesses)) {
        refused += reply.status == 403 ? 1 : 0;
        limited += reply.status == 429 ? 1 : 0;
    }
    QCOMPARE(refused + limited, 12);
    QVERIFY2(limited >= 5, qPrintable(u"only %1 of 12 rapid pairing attempts were limited"_s.arg(limited)));
}

void TestGatewayNginx::plainHttp_isRedirectedToHttps()
{
    QUrl plain;
    plain.setScheme(u"http"_s);
    plain.setHost(u"127.0.0.1"_s);
    plain.setPort(m_httpPort);
    plain.setPath(u"/v1/health"_s);
    const HttpReply reply = m_first.http().send({"GET", plain, {}, {}});
    QCOMPARE(reply.status, 301);
    QVERIFY(reply.header("Location").startsWith("https://"));
}

QTEST_GUILESS_MAIN(TestGatewayNginx)
#include "tst_gateway_nginx.moc"
