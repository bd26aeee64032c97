#include "faultproxy.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace holdfast::test {

namespace {

constexpr int callTimeoutMs = 5000;

} // namespace

FaultProxy::FaultProxy() : m_process(u"holdfast-faultproxy"_s)
{
}

FaultProxy::~FaultProxy() = default;

bool FaultProxy::start(const QUrl &upstream, const QStringList &arguments, int timeoutMs)
{
    m_controlUrl.clear();
    const QString target = u"%1:%2"_s.arg(upstream.host()).arg(upstream.port());
    if (!m_process.start(QStringList {u"--listen"_s, u"127.0.0.1:0"_s, u"--upstream"_s, target, u"--control"_s}
                             + arguments,
                         timeoutMs)) {
        m_error = u"the proxy did not start: "_s + QString::fromUtf8(m_process.output());
        return false;
    }
    // The proxy prints its control line before "listening on", so it is already here.
    static const QRegularExpression line(u"control on (\\S+)\\n"_s);
    const QRegularExpressionMatch match = line.match(QString::fromUtf8(m_process.output()));
    m_controlUrl = match.hasMatch() ? QUrl(match.captured(1)) : QUrl();
    if (!m_controlUrl.isValid() || m_controlUrl.port() <= 0) {
        m_error = u"the proxy printed no control URL: "_s + QString::fromUtf8(m_process.output());
        return false;
    }
    if (!m_network) {
        m_network = std::make_unique<QNetworkAccessManager>();
    }
    return true;
}

void FaultProxy::stop()
{
    m_process.stop();
}

bool FaultProxy::setProbabilities(const QMap<QString, double> &probabilities)
{
    QJsonObject table;
    for (auto it = probabilities.cbegin(); it != probabilities.cend(); ++it) {
        table.insert(it.key(), it.value());
    }
    return call("PUT", u"/probabilities"_s, table).has_value();
}

bool FaultProxy::force(const QString &fault, int count)
{
    return call("POST", u"/force"_s, QJsonObject {{u"fault"_s, fault}, {u"count"_s, count}}).has_value();
}

bool FaultProxy::clearForced()
{
    return call("DELETE", u"/force"_s).has_value();
}

bool FaultProxy::cut()
{
    return call("POST", u"/cut"_s).has_value();
}

bool FaultProxy::restore()
{
    return call("POST", u"/restore"_s).has_value();
}

int FaultProxy::releaseStalls()
{
    const std::optional<QJsonObject> answer = call("POST", u"/release"_s);
    return answer ? answer->value(u"released"_s).toInt(-1) : -1;
}

bool FaultProxy::setTrickle(int bytes, int gapMs, int maxMs)
{
    return call("PUT", u"/trickle"_s, QJsonObject {{u"bytes"_s, bytes}, {u"gapMs"_s, gapMs}, {u"maxMs"_s, maxMs}})
        .has_value();
}

std::optional<QJsonObject> FaultProxy::state()
{
    return call("GET", u"/state"_s);
}

std::optional<FaultProxy::Counters> FaultProxy::counters()
{
    const std::optional<QJsonObject> answer = state();
    if (!answer) {
        return std::nullopt;
    }
    const QJsonObject counts = answer->value(u"counters"_s).toObject();
    Counters counters;
    counters.connections = counts.value(u"connections"_s).toInteger();
    counters.refused = counts.value(u"refused"_s).toInteger();
    counters.requests = counts.value(u"requests"_s).toInteger();
    counters.forwarded = counts.value(u"forwarded"_s).toInteger();
    counters.upstreamErrors = counts.value(u"upstreamErrors"_s).toInteger();
    counters.stalled = answer->value(u"stalled"_s).toInt();
    counters.cut = answer->value(u"cut"_s).toBool();
    const QJsonObject faults = counts.value(u"faults"_s).toObject();
    for (auto it = faults.constBegin(); it != faults.constEnd(); ++it) {
        counters.faults.insert(it.key(), it.value().toInteger());
    }
    return counters;
}

std::optional<QJsonObject> FaultProxy::call(const QByteArray &verb, const QString &path, const QJsonObject &body)
{
    if (!m_network || !m_controlUrl.isValid()) {
        m_error = u"the proxy is not running"_s;
        return std::nullopt;
    }
    QUrl url = m_controlUrl;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setTransferTimeout(callTimeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    const QByteArray payload = body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    QNetworkReply *reply = m_network->sendCustomRequest(request, verb, payload);
    // A local loop, bounded by the transfer timeout: the caller's event loop keeps running too,
    // so an upstream served inside the same test process is not starved meanwhile.
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished()) {
        loop.exec();
    }
    reply->deleteLater();
    const QByteArray answer = reply->readAll();
    const QJsonObject object = QJsonDocument::fromJson(answer).object();
    if (reply->error() != QNetworkReply::NoError) {
        m_error
            = u"%1 %2: %3 %4"_s.arg(QString::fromLatin1(verb), path, reply->errorString(), QString::fromUtf8(answer));
        return std::nullopt;
    }
    return object;
}

} // namespace holdfast::test
