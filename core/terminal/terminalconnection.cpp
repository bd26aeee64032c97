#include "terminalconnection.h"

#include "wire/terminalprotocol.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcConnection, "holdfast.core.terminal.connection")

namespace holdfast::terminal {

namespace {

constexpr const char *certificateChangedProperty = "holdfastCertificateChanged";
constexpr const char *timedOutProperty = "holdfastTimedOut";
constexpr const char *connectedProperty = "holdfastConnected";
constexpr qint64 maxAnswerSize = 1024 * 1024;

// A named translation context that lupdate sees (a free tr() helper hides it from lupdate).
struct DriverText
{
    Q_DECLARE_TR_FUNCTIONS(TerminalDriver)
};

QString digestOf(const QSslCertificate &certificate)
{
    return certificate.isNull() ? QString()
                                : QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
}

QSslCertificate peerCertificate(const QNetworkReply *reply, const QList<QSslError> &errors)
{
    QSslCertificate certificate = reply->sslConfiguration().peerCertificate();
    for (auto it = errors.begin(); certificate.isNull() && it != errors.end(); ++it) {
        certificate = it->certificate();
    }
    return certificate;
}

Error certificateChanged(const QUrl &url)
{
    return {u"terminal_certificate_changed"_s,
            DriverText::tr(
                "The device at %1 is not the terminal this register was paired with: its certificate changed. If the "
                "terminal was replaced or reset, remove the pairing and pair it again; otherwise call for help.")
                .arg(url.authority())};
}

Error transportError(const QNetworkReply *reply, const QUrl &url)
{
    const bool connected = reply->property(connectedProperty).toBool();
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::SslHandshakeFailedError:
        return {u"terminal_unreachable"_s,
                DriverText::tr("The terminal at %1 cannot be reached. Check that it is on and on the store's network.")
                    .arg(url.authority())};
    case QNetworkReply::OperationCanceledError:
        if (!reply->property(timedOutProperty).toBool() || connected) {
            break;
        }
        return {
            u"terminal_unreachable"_s,
            DriverText::tr("The terminal at %1 did not answer in time. Check that it is on and on the store's network.")
                .arg(url.authority())};
    default:
        break;
    }
    return {u"terminal_connection_lost"_s,
            DriverText::tr("The connection to the terminal at %1 was lost before it answered.").arg(url.authority())};
}

Error terminalError(int httpStatus, const QByteArray &body)
{
    const auto sent = wire::terminal::errorFromBody(body);
    const QString code = sent ? sent->code : QString();
    const QString detail = sent ? sent->message : QString();
    if (httpStatus == 401 || code == "unauthorized"_L1) {
        return {u"terminal_unauthorized"_s,
                DriverText::tr(
                    "The terminal no longer accepts this register (it was paired with another one, or reset). Pair "
                    "it again.")};
    }
    if (code == "pairing_code_invalid"_L1) {
        return {code,
                DriverText::tr("The pairing code is wrong or was already used. Check the code the terminal shows.")};
    }
    if (code == "pairing_code_expired"_L1) {
        return {code, DriverText::tr("The pairing code has expired. Ask the terminal for a new code and pair again.")};
    }
    if (code == "terminal_busy"_L1) {
        return {code, DriverText::tr("The terminal is busy with another sale. Finish or cancel it first.")};
    }
    if (code == "sale_conflict"_L1) {
        return {u"terminal_sale_conflict"_s,
                DriverText::tr("The terminal already had this sale with different details; start the payment again.")};
    }
    if (httpStatus >= 400 && httpStatus < 500 && httpStatus != 404) {
        return {u"terminal_request_invalid"_s, DriverText::tr("The terminal refused the request: %1").arg(detail)};
    }
    if (httpStatus >= 500) {
        return {u"terminal_failure"_s, DriverText::tr("The terminal failed to handle the request: %1").arg(detail)};
    }
    return {u"terminal_protocol_error"_s,
            DriverText::tr("The terminal answered in a way Holdfast does not understand (HTTP %1).").arg(httpStatus)};
}

} // namespace

TerminalConnection::TerminalConnection(QObject *parent) : QObject(parent)
{
    // Pinning replaces the chain check, so HSTS, redirects and proxies have no business here.
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_network.setProxy(QNetworkProxy::NoProxy);
}

bool TerminalConnection::isTransportFailure(const QString &code)
{
    return code == "terminal_unreachable"_L1 || code == "terminal_connection_lost"_L1 || code == "terminal_failure"_L1;
}

void TerminalConnection::resetConnections()
{
    m_network.clearConnectionCache();
}

QNetworkReply *TerminalConnection::send(const TerminalCall &call, Callback done)
{
    QUrl url = call.baseUrl;
    url.setPath(call.path);
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    if (!call.secret.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + call.secret);
    }
    QNetworkReply *reply = call.method == "GET"
        ? m_network.get(request)
        : m_network.post(request, QJsonDocument(call.body.value_or(QJsonObject())).toJson(QJsonDocument::Compact));

    const QString pin = call.pinnedSha256;
    connect(reply, &QNetworkReply::sslErrors, reply, [reply, pin](const QList<QSslError> &errors) {
        // The only acceptable "error" is a self-signed certificate that is exactly the pinned
        // one; while pairing (no pin yet) the certificate is taken on first use and checked
        // against the one the terminal reports in its answer.
        if (pin.isEmpty() || digestOf(peerCertificate(reply, errors)) == pin) {
            reply->ignoreSslErrors(errors);
        } else {
            reply->setProperty(certificateChangedProperty, true);
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::encrypted, reply, [reply, pin] {
        // Also for a certificate that passes the chain check: the pin decides, before any
        // request byte (and so the secret) is sent.
        reply->setProperty(connectedProperty, true);
        if (!pin.isEmpty() && digestOf(reply->sslConfiguration().peerCertificate()) != pin) {
            reply->setProperty(certificateChangedProperty, true);
            reply->abort();
        }
    });
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, [reply] {
        reply->setProperty(timedOutProperty, true);
        reply->abort();
    });
    timer->start(call.timeout);
    connect(reply, &QNetworkReply::finished, this, [this, reply, call, done] { finish(reply, call, done); });
    return reply;
}

void TerminalConnection::finish(QNetworkReply *reply, const TerminalCall &call, const Callback &done)
{
    reply->deleteLater();
    const int httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString seen = digestOf(reply->sslConfiguration().peerCertificate());
    if (reply->property(certificateChangedProperty).toBool()
        || (httpStatus != 0 && !call.pinnedSha256.isEmpty() && seen != call.pinnedSha256)) {
        qCWarning(lcConnection).noquote() << "certificate of" << call.baseUrl.authority() << "does not match the pin";
        return done(certificateChanged(call.baseUrl));
    }
    // No status, or an answer that began (a held payment's 200 head) and was then cut off.
    if (httpStatus == 0 || (httpStatus < 300 && reply->error() != QNetworkReply::NoError)) {
        qCInfo(lcConnection).noquote() << call.method << call.path << "failed:" << reply->errorString();
        return done(transportError(reply, call.baseUrl));
    }
    const QByteArray body = reply->read(maxAnswerSize);
    if (httpStatus < 200 || httpStatus > 299) {
        qCInfo(lcConnection).noquote() << call.method << call.path << "answered HTTP" << httpStatus;
        return done(terminalError(httpStatus, body));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return done(Error {u"terminal_protocol_error"_s,
                           DriverText::tr("The terminal's answer is not the JSON Holdfast expects.")});
    }
    done(TerminalResponse {httpStatus, document.object(), seen});
}

} // namespace holdfast::terminal
