#include "terminalserver.h"

#include "pairing.h"
#include "terminaldevice.h"
#include "testcards.h"

#include <QHash>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSslConfiguration>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcServer, "holdfast.terminal.server")

namespace holdfast::simulator {

namespace wt = wire::terminal;
using Method = QHttpServerRequest::Method;
using StatusCode = QHttpServerResponder::StatusCode;

namespace {

constexpr qsizetype maxBodySize = 64 * 1024;
// Requests of the same sale held open at once; an older one beyond this is closed (its
// register sees a dropped connection and asks for the sale, which is always safe).
constexpr size_t maxWaitersPerSale = 4;

QString tr(const char *text)
{
    return QCoreApplication::translate("TerminalServer", text);
}

void send(QHttpServerResponder &responder, StatusCode status, const QJsonObject &body)
{
    responder.write(QJsonDocument(body).toJson(QJsonDocument::Compact),
                    {{"Content-Type", "application/json"}, {"Cache-Control", "no-store"}}, status);
}

/// Starts the answer of a held payment request at once: status line and headers, with the body
/// to follow in one chunk when the sale ends. HTTP clients (Qt's QNetworkAccessManager among them)
/// silently send a request again when its connection closes before any byte of the answer came;
/// an answer already begun is never resent, so a dropped connection reaches the register's driver,
/// which then asks GET /v1/sales/{saleId} instead.
void beginHeldAnswer(QHttpServerResponder &responder)
{
    responder.writeStatusLine(StatusCode::Ok);
    responder.writeHeader("Content-Type", "application/json");
    responder.writeHeader("Cache-Control", "no-store");
    responder.writeHeader("Transfer-Encoding", "chunked");
    responder.writeBody(QByteArray()); // ends the head
}

void finishHeldAnswer(QHttpServerResponder &responder, const QJsonObject &body)
{
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    responder.writeBody(QByteArray::number(json.size(), 16) + "\r\n" + json + "\r\n0\r\n\r\n");
}

StatusCode statusFor(const QString &code)
{
    static const QHash<QString, StatusCode> statuses {
        {u"unauthorized"_s, StatusCode::Unauthorized},
        {u"pairing_code_invalid"_s, StatusCode::Forbidden},
        {u"pairing_code_expired"_s, StatusCode::Forbidden},
        {u"not_found"_s, StatusCode::NotFound},
        {u"terminal_busy"_s, StatusCode::Conflict},
        {u"sale_conflict"_s, StatusCode::Conflict},
        {u"card_queue_full"_s, StatusCode::Conflict},
        {u"body_too_large"_s, StatusCode::PayloadTooLarge},
        {u"bad_json"_s, StatusCode::BadRequest},
        {u"request_invalid"_s, StatusCode::BadRequest},
        {u"key_invalid"_s, StatusCode::BadRequest},
        {u"unknown_card"_s, StatusCode::BadRequest},
    };
    return statuses.value(code, StatusCode::InternalServerError);
}

void sendError(QHttpServerResponder &responder, const Error &error)
{
    send(responder, statusFor(error.code), wt::errorBody(error));
}

Result<QJsonObject> jsonBody(const QHttpServerRequest &request)
{
    // QHttpServer 6.4 has already buffered the body; this still keeps oversized input out of the parser.
    if (request.body().size() > maxBodySize) {
        return Error {u"body_too_large"_s, tr("The request body is larger than 64 KiB.")};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return Error {u"bad_json"_s, tr("The request body must be a JSON object.")};
    }
    return document.object();
}

/// The one string member `name` of a body that must have nothing else.
Result<QString> singleString(const QHttpServerRequest &request, QLatin1StringView name)
{
    auto body = jsonBody(request);
    if (!body) {
        return body.error();
    }
    if (body->size() != 1 || !body->value(name).isString()) {
        return Error {u"request_invalid"_s, tr("The request body must be {\"%1\":\"…\"} and nothing else.").arg(name)};
    }
    return body->value(name).toString();
}

} // namespace

TerminalServer::TerminalServer(TerminalIdentity identity, Pairing *pairing, TerminalDevice *device, QObject *parent)
    : QObject(parent), m_identity(std::move(identity)), m_pairing(pairing), m_device(device)
{
    setupRoutes();
    connect(m_device, &TerminalDevice::saleStored, this, &TerminalServer::answerPresenters);
    connect(m_device, &TerminalDevice::saleAnswered, this, &TerminalServer::answerWaiters);
    connect(m_device, &TerminalDevice::saleFailed, this, &TerminalServer::failHeld);
}

TerminalServer::~TerminalServer() = default;

Result<quint16> TerminalServer::listen(const QHostAddress &address, quint16 port)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(m_identity.certificate());
    tls.setPrivateKey(m_identity.privateKey());
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    m_server.sslSetup(tls);
    const quint16 listening = m_server.listen(address, port);
    if (listening == 0) {
        return Error {u"listen_failed"_s, tr("The terminal cannot listen on %1:%2.").arg(address.toString()).arg(port)};
    }
    return listening;
}

void TerminalServer::setupRoutes()
{
    m_server.route(u"/v1/pair"_s, Method::Post, [this](const QHttpServerRequest &request, QHttpServerResponder &&r) {
        pair(request, std::move(r));
    });
    m_server.route(u"/v1/status"_s, Method::Get, [this](const QHttpServerRequest &request, QHttpServerResponder &&r) {
        status(request, std::move(r));
    });
    m_server.route(u"/v1/payment"_s, Method::Post, [this](const QHttpServerRequest &request, QHttpServerResponder &&r) {
        payment(request, std::move(r));
    });
    m_server.route(u"/v1/abort"_s, Method::Post, [this](const QHttpServerRequest &request, QHttpServerResponder &&r) {
        abort(request, std::move(r));
    });
    m_server.route(u"/v1/sales/<arg>"_s, Method::Get,
                   [this](const QString &saleId, const QHttpServerRequest &request, QHttpServerResponder &&r) {
                       sale(saleId, request, std::move(r));
                   });
    m_server.route(
        u"/v1/simulator/present"_s, Method::Post,
        [this](const QHttpServerRequest &request, QHttpServerResponder &&r) { present(request, std::move(r)); });
    m_server.setMissingHandler([](const QHttpServerRequest &, QHttpServerResponder &&r) {
        sendError(r, {u"not_found"_s, tr("There is no such call on this terminal.")});
    });
}

bool TerminalServer::authorize(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    if (m_pairing->authorize(request.value("Authorization"))) {
        return true;
    }
    sendError(responder,
              {u"unauthorized"_s,
               tr("This call needs the secret of the register paired with the "
                  "terminal. Pair the register again.")});
    return false;
}

TerminalServer::Held TerminalServer::hold(QHttpServerResponder &&responder, const QString &card)
{
    Held held {std::make_unique<QHttpServerResponder>(std::move(responder)), nullptr, card};
    held.socket = held.responder->socket();
    return held;
}

void TerminalServer::pair(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    auto code = singleString(request, "pairingCode"_L1);
    if (!code) {
        return sendError(responder, code.error());
    }
    auto secret = m_pairing->pair(code.value());
    if (!secret) {
        return sendError(responder, secret.error());
    }
    const wt::PairAnswer answer {m_identity.terminalId(), secret.value(), m_identity.certSha256(),
                                 QString(wt::simulatorModel)};
    send(responder, StatusCode::Ok, answer.toJson());
}

void TerminalServer::status(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    if (!authorize(request, responder)) {
        return;
    }
    const wt::Status status {m_identity.terminalId(), m_device->state(), QString(wt::simulatorModel), std::nullopt,
                             m_device->currentSaleId()};
    send(responder, StatusCode::Ok, status.toJson());
}

void TerminalServer::payment(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    if (!authorize(request, responder)) {
        return;
    }
    auto body = jsonBody(request);
    if (!body) {
        return sendError(responder, body.error());
    }
    auto paymentRequest = wt::PaymentRequest::fromJson(body.value());
    if (!paymentRequest) {
        return sendError(responder, paymentRequest.error());
    }
    auto admitted = m_device->startSale(paymentRequest.value());
    if (!admitted) {
        return sendError(responder, admitted.error());
    }
    if (admitted->admission == TerminalDevice::Admission::Completed) {
        return send(responder, StatusCode::Ok, admitted->answer->toJson());
    }
    std::vector<Held> &waiters = m_waiters[paymentRequest->saleId];
    std::erase_if(waiters, [](const Held &held) { return !held.isAlive(); });
    if (waiters.size() >= maxWaitersPerSale) {
        waiters.front().socket->abort();
        waiters.erase(waiters.begin());
    }
    beginHeldAnswer(responder);
    waiters.push_back(hold(std::move(responder)));
}

void TerminalServer::abort(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    if (!authorize(request, responder)) {
        return;
    }
    auto saleId = singleString(request, "saleId"_L1);
    if (saleId && !wt::isValidSaleId(saleId.value())) {
        saleId = Error {u"request_invalid"_s, tr("The saleId must be 1 to 64 letters, digits, '_' or '-'.")};
    }
    if (!saleId) {
        return sendError(responder, saleId.error());
    }
    auto sale = m_device->abort(saleId.value());
    if (!sale) {
        return sendError(responder, sale.error());
    }
    send(responder, StatusCode::Ok, sale->toJson());
}

void TerminalServer::sale(const QString &saleId, const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    if (!authorize(request, responder)) {
        return;
    }
    if (!wt::isValidSaleId(saleId)) {
        return sendError(responder,
                         {u"request_invalid"_s, tr("The saleId must be 1 to 64 letters, digits, '_' or '-'.")});
    }
    auto sale = m_device->sale(saleId);
    if (!sale) {
        return sendError(responder, sale.error());
    }
    send(responder, StatusCode::Ok, sale->toJson());
}

void TerminalServer::present(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    if (!authorize(request, responder)) {
        return;
    }
    auto name = singleString(request, "card"_L1);
    if (!name) {
        return sendError(responder, name.error());
    }
    const auto card = findTestCard(name.value());
    if (!card) {
        // The detail never repeats what was sent: it may have been a card number.
        return sendError(responder,
                         {u"unknown_card"_s, tr("There is no such test card. Use one of: %1.").arg(testCardNames())});
    }
    auto presented = m_device->present(*card);
    if (!presented) {
        return sendError(responder, presented.error());
    }
    if (presented->saleId.isEmpty()) {
        return send(responder, StatusCode::Ok, {{"card"_L1, card->name}, {"queued"_L1, presented->queued}});
    }
    // Answered once the card is read and its sale stored.
    m_presenters[presented->saleId].push_back(hold(std::move(responder), card->name));
}

void TerminalServer::answerWaiters(const QString &saleId)
{
    const std::vector<Held> waiters = std::move(m_waiters[saleId]);
    m_waiters.erase(saleId);
    auto sale = m_device->sale(saleId);
    for (const Held &held : waiters) {
        if (!held.isAlive()) {
            continue; // the register went away; it will ask GET /v1/sales/{saleId}
        }
        if (sale && sale->result) {
            finishHeldAnswer(*held.responder, sale->result->toJson());
        } else {
            // The answer has begun as a 200: close it unfinished so that the register asks.
            held.socket->abort();
        }
    }
}

void TerminalServer::answerPresenters(const QString &saleId)
{
    const std::vector<Held> presenters = std::move(m_presenters[saleId]);
    m_presenters.erase(saleId);
    auto sale = m_device->sale(saleId);
    for (const Held &held : presenters) {
        if (held.isAlive()) {
            QJsonObject body {{"card"_L1, held.card}, {"queued"_L1, m_device->queuedCards()}};
            if (sale) {
                body.insert("sale"_L1, sale->toJson());
            }
            send(*held.responder, StatusCode::Ok, body);
        }
    }
}

void TerminalServer::failHeld(const QString &saleId, const Error &error)
{
    // Payment answers have begun as 200: they are cut, and their registers ask for the sale.
    for (const Held &held : std::exchange(m_waiters[saleId], {})) {
        if (held.isAlive()) {
            held.socket->abort();
        }
    }
    m_waiters.erase(saleId);
    for (const Held &held : std::exchange(m_presenters[saleId], {})) {
        if (held.isAlive()) {
            sendError(*held.responder, error);
        }
    }
    m_presenters.erase(saleId);
}

} // namespace holdfast::simulator
