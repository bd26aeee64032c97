#include "terminalprocess.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace holdfast::test {

namespace {

QString lineValue(const QByteArray &output, const QString &prefix)
{
    const QRegularExpression line(u"^"_s + QRegularExpression::escape(prefix) + u"(\\S+)$"_s,
                                  QRegularExpression::MultilineOption);
    return line.match(QString::fromUtf8(output)).captured(1);
}

QString digestOf(const QSslCertificate &certificate)
{
    return certificate.isNull() ? QString()
                                : QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
}

} // namespace

TerminalProcess::TerminalProcess(const QString &dataDir) : m_process(u"holdfast-terminal"_s)
{
    if (dataDir.isEmpty()) {
        m_temporaryDir = std::make_unique<QTemporaryDir>();
        m_dataDir = m_temporaryDir->filePath(u"terminal"_s);
    } else {
        m_dataDir = dataDir;
    }
}

TerminalProcess::~TerminalProcess()
{
    stop();
}

bool TerminalProcess::start(const QStringList &arguments, quint16 port)
{
    const QStringList all
        = QStringList {u"--listen"_s, u"127.0.0.1:%1"_s.arg(port), u"--data"_s, m_dataDir} + arguments;
    if (!m_process.start(all)) {
        qWarning().noquote() << "holdfast-terminal did not start:" << m_process.output();
        return false;
    }
    m_port = m_process.port();
    return true;
}

bool TerminalProcess::restart(const QStringList &arguments)
{
    return start(arguments, m_port);
}

void TerminalProcess::stop()
{
    m_process.stop();
}

void TerminalProcess::kill()
{
    m_process.kill();
}

QString TerminalProcess::pairingCode() const
{
    return lineValue(m_process.output(), u"pairing code: "_s);
}

QString TerminalProcess::certSha256() const
{
    return lineValue(m_process.output(), u"certificate sha256: "_s);
}

QString TerminalProcess::Reply::errorCode() const
{
    return body.value("error"_L1).toObject().value("code"_L1).toString();
}

QNetworkReply *TerminalProcess::send(const QByteArray &method, const QString &path, const QByteArray &payload,
                                     std::optional<QByteArray> secret)
{
    QUrl url = m_process.url();
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    const QByteArray bearer = secret.value_or(m_secret);
    if (!bearer.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + bearer);
    }
    QNetworkReply *reply = method == "GET" ? m_network.get(request) : m_network.post(request, payload);
    const QString expected = certSha256();
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [reply, expected](const QList<QSslError> &errors) {
        // Only this terminal's own (self-signed) certificate is accepted.
        if (digestOf(reply->sslConfiguration().peerCertificate()) == expected) {
            reply->ignoreSslErrors(errors);
        }
    });
    return reply;
}

QNetworkReply *TerminalProcess::requestAsync(const QByteArray &method, const QString &path, const QJsonObject &body,
                                             std::optional<QByteArray> secret)
{
    return send(method, path, QJsonDocument(body).toJson(QJsonDocument::Compact), std::move(secret));
}

TerminalProcess::Reply TerminalProcess::replyOf(QNetworkReply *reply)
{
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.raw = reply->readAll();
    result.body = QJsonDocument::fromJson(result.raw).object();
    result.certSha256 = digestOf(reply->sslConfiguration().peerCertificate());
    return result;
}

TerminalProcess::Reply TerminalProcess::request(const QByteArray &method, const QString &path, const QJsonObject &body,
                                                std::optional<QByteArray> secret, int timeoutMs)
{
    return request(method, path, QJsonDocument(body).toJson(QJsonDocument::Compact), std::move(secret), timeoutMs);
}

TerminalProcess::Reply TerminalProcess::request(const QByteArray &method, const QString &path, const QByteArray &body,
                                                std::optional<QByteArray> secret, int timeoutMs)
{
    QNetworkReply *reply = send(method, path, body, std::move(secret));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!reply->isFinished()) {
        loop.exec();
    }
    if (!reply->isFinished()) {
        reply->abort();
    }
    Reply result = replyOf(reply);
    reply->deleteLater();
    return result;
}

QByteArray TerminalProcess::pair()
{
    const Reply reply = request("POST", u"/v1/pair"_s, QJsonObject {{"pairingCode"_L1, pairingCode()}}, QByteArray());
    m_secret = reply.status == 200 ? reply.body.value("secret"_L1).toString().toLatin1() : QByteArray();
    return m_secret;
}

TerminalProcess::Reply TerminalProcess::present(const QString &card, int timeoutMs)
{
    return request("POST", u"/v1/simulator/present"_s, QJsonObject {{"card"_L1, card}}, std::nullopt, timeoutMs);
}

QString TerminalProcess::state()
{
    return request("GET", u"/v1/status"_s).body.value("state"_L1).toString();
}

} // namespace holdfast::test
