#include "controlserver.h"

#include "httpscan.h"
#include "proxyserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTcpSocket>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcControl, "holdfast.faultproxy.controlserver", QtInfoMsg)

namespace holdfast::faultproxy {

namespace {

ControlServer::Reply failure(int status, const QString &code, const QString &detail)
{
    return {status, QJsonObject {{u"error"_s, QJsonObject {{u"code"_s, code}, {u"detail"_s, detail}}}}};
}

ControlServer::Reply badRequest(const QString &detail)
{
    return failure(400, u"bad_request"_s, detail);
}

QByteArray statusLine(int status)
{
    switch (status) {
    case 200:
        return "200 OK";
    case 400:
        return "400 Bad Request";
    case 404:
        return "404 Not Found";
    case 405:
        return "405 Method Not Allowed";
    default:
        return QByteArray::number(status) + " Error";
    }
}

QByteArray serialize(const ControlServer::Reply &reply)
{
    const QByteArray body = QJsonDocument(reply.body).toJson(QJsonDocument::Compact) + '\n';
    return "HTTP/1.1 " + statusLine(reply.status) + "\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

// A whole number from JSON, or nothing when it is not one.
std::optional<int> wholeNumber(const QJsonValue &value)
{
    if (!value.isDouble()) {
        return std::nullopt;
    }
    const double number = value.toDouble();
    if (number != std::floor(number) || number < -1e9 || number > 1e9) {
        return std::nullopt;
    }
    return int(number);
}

} // namespace

ControlServer::ControlServer(ProxyServer *proxy, QObject *parent) : QObject(parent), m_proxy(proxy)
{
    connect(&m_server, &QTcpServer::newConnection, this, &ControlServer::acceptConnections);
}

bool ControlServer::listen(const QHostAddress &address, quint16 port)
{
    return m_server.listen(address, port);
}

void ControlServer::acceptConnections()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer = std::make_shared<QByteArray>()] {
            *buffer += socket->readAll();
            const HttpFrame frame = scanRequest(*buffer);
            Reply reply;
            if (frame.state == HttpFrame::State::Invalid) {
                reply = badRequest(frame.error);
            } else if (!frame.isComplete()) {
                return;
            } else {
                const qsizetype query = frame.target.indexOf('?');
                const QByteArray path = query < 0 ? frame.target : frame.target.first(query);
                reply = handle(frame.method, path,
                               buffer->sliced(frame.headerLength, frame.totalLength - frame.headerLength));
            }
            disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
            socket->write(serialize(reply));
            socket->disconnectFromHost();
        });
    }
}

ControlServer::Reply ControlServer::handle(const QByteArray &method, const QByteArray &path, const QByteArray &body)
{
    QJsonObject request;
    if (!body.trimmed().isEmpty()) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(body, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            return badRequest(tr("The body must be a JSON object."));
        }
        request = document.object();
    }

    const auto route = [&](const char *wanted) {
        return method == wanted;
    };
    if (path == "/state") {
        return route("GET") ? Reply {200, state()} : failure(405, u"method_not_allowed"_s, tr("Use GET."));
    }
    if (path == "/probabilities") {
        return route("PUT") ? setProbabilities(request) : failure(405, u"method_not_allowed"_s, tr("Use PUT."));
    }
    if (path == "/force") {
        if (route("POST")) {
            return force(request);
        }
        if (route("DELETE")) {
            m_proxy->plan().clearForced();
            qCInfo(lcControl) << "control: forced faults cleared";
            return {200, state()};
        }
        return failure(405, u"method_not_allowed"_s, tr("Use POST or DELETE."));
    }
    if (path == "/trickle") {
        return route("PUT") ? setTrickle(request) : failure(405, u"method_not_allowed"_s, tr("Use PUT."));
    }
    if (path == "/cut" || path == "/restore") {
        if (!route("POST")) {
            return failure(405, u"method_not_allowed"_s, tr("Use POST."));
        }
        m_proxy->setCut(path == "/cut");
        return {200, state()};
    }
    if (path == "/release") {
        if (!route("POST")) {
            return failure(405, u"method_not_allowed"_s, tr("Use POST."));
        }
        const int released = m_proxy->releaseStalls();
        qCInfo(lcControl) << "control: released" << released << "stalled requests";
        return {200, QJsonObject {{u"released"_s, released}}};
    }
    return failure(404, u"not_found"_s, tr("No such control endpoint; see tests/faultproxy/README.md."));
}

ControlServer::Reply ControlServer::setProbabilities(const QJsonObject &request)
{
    QMap<Fault, double> table;
    for (auto it = request.constBegin(); it != request.constEnd(); ++it) {
        const std::optional<Fault> fault = faultFromName(it.key());
        if (!fault) {
            return badRequest(tr("Unknown fault \"%1\".").arg(it.key()));
        }
        if (!it.value().isDouble()) {
            return badRequest(tr("The probability of %1 must be a number.").arg(it.key()));
        }
        table.insert(*fault, it.value().toDouble());
    }
    if (Status set = m_proxy->plan().setProbabilities(table); !set) {
        return badRequest(set.error().message);
    }
    qCInfo(lcControl).noquote() << "control: probabilities set to"
                                << QJsonDocument(request).toJson(QJsonDocument::Compact);
    return {200, state()};
}

ControlServer::Reply ControlServer::force(const QJsonObject &request)
{
    const std::optional<Fault> fault = faultFromName(request.value(u"fault"_s).toString());
    if (!fault) {
        return badRequest(tr("\"fault\" must name a fault (reset-before, reset-after, stall, trickle, http-500, "
                             "http-503, truncate or none)."));
    }
    const std::optional<int> count = request.contains(u"count"_s) ? wholeNumber(request.value(u"count"_s)) : 1;
    if (!count) {
        return badRequest(tr("\"count\" must be a whole number."));
    }
    if (Status forced = m_proxy->plan().force(*fault, *count); !forced) {
        return badRequest(forced.error().message);
    }
    qCInfo(lcControl).noquote() << u"control: forced %1 for the next %2 requests"_s.arg(faultName(*fault)).arg(*count);
    return {200, state()};
}

ControlServer::Reply ControlServer::setTrickle(const QJsonObject &request)
{
    TrickleSettings settings = m_proxy->trickle();
    for (auto it = request.constBegin(); it != request.constEnd(); ++it) {
        int *field = it.key() == u"bytes"_s ? &settings.bytes
            : it.key() == u"gapMs"_s        ? &settings.gapMs
            : it.key() == u"maxMs"_s        ? &settings.maxMs
                                            : nullptr;
        if (field == nullptr) {
            return badRequest(tr("Unknown trickle setting \"%1\" (bytes, gapMs, maxMs).").arg(it.key()));
        }
        const std::optional<int> value = wholeNumber(it.value());
        if (!value) {
            return badRequest(tr("\"%1\" must be a whole number.").arg(it.key()));
        }
        *field = *value;
    }
    if (Status set = m_proxy->setTrickle(settings); !set) {
        return badRequest(set.error().message);
    }
    return {200, state()};
}

QJsonObject ControlServer::state() const
{
    const ProxyCounters &counters = m_proxy->counters();
    QJsonObject faults;
    for (auto it = counters.faults.cbegin(); it != counters.faults.cend(); ++it) {
        faults.insert(faultName(it.key()), it.value());
    }
    QJsonObject probabilities;
    const QMap<Fault, double> table = m_proxy->plan().probabilities();
    for (auto it = table.cbegin(); it != table.cend(); ++it) {
        probabilities.insert(faultName(it.key()), it.value());
    }
    QJsonArray forced;
    for (const auto &[fault, count] : m_proxy->plan().forced()) {
        forced.append(QJsonObject {{u"fault"_s, faultName(fault)}, {u"count"_s, count}});
    }
    const TrickleSettings trickle = m_proxy->trickle();
    return QJsonObject {
        {u"cut"_s, m_proxy->isCut()},
        {u"seed"_s, qint64(m_proxy->plan().seed())},
        {u"probabilities"_s, probabilities},
        {u"forced"_s, forced},
        {u"trickle"_s,
         QJsonObject {{u"bytes"_s, trickle.bytes}, {u"gapMs"_s, trickle.gapMs}, {u"maxMs"_s, trickle.maxMs}}},
        {u"stalled"_s, m_proxy->stalledCount()},
        {u"counters"_s,
         QJsonObject {{u"connections"_s, counters.connections},
                      {u"refused"_s, counters.refused},
                      {u"requests"_s, counters.requests},
                      {u"forwarded"_s, counters.forwarded},
                      {u"upstreamErrors"_s, counters.upstreamErrors},
                      {u"faults"_s, faults}}},
    };
}

} // namespace holdfast::faultproxy
