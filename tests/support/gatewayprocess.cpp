#include "gatewayprocess.h"

#include "crypto/cardseal.h"
#include "crypto/ed25519.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace holdfast::test {

QJsonObject HttpReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString HttpReply::errorCode() const
{
    return json().value("error"_L1).toObject().value("code"_L1).toString();
}

QByteArray HttpReply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

void HttpClient::setCaCertificates(const QList<QSslCertificate> &certificates)
{
    m_caCertificates = certificates;
}

QNetworkReply *HttpClient::start(const HttpCall &call)
{
    QNetworkRequest request(call.url);
    // Tests look at answers as the server gave them, redirects included.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!call.body.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    }
    if (!call.token.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + call.token.toLatin1());
    }
    if (!m_caCertificates.isEmpty()) {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setCaCertificates(m_caCertificates);
        request.setSslConfiguration(configuration);
    }
    if (call.method == "GET") {
        return m_manager.get(request);
    }
    if (call.method == "POST") {
        return m_manager.post(request, call.body);
    }
    return m_manager.sendCustomRequest(request, call.method, call.body);
}

HttpReply HttpClient::send(const HttpCall &call, int timeoutMs)
{
    return sendAll({call}, timeoutMs).first();
}

QList<HttpReply> HttpClient::sendAll(const QList<HttpCall> &calls, int timeoutMs)
{
    QList<QNetworkReply *> replies;
    QEventLoop loop;
    qsizetype finished = 0;
    for (const HttpCall &call : calls) {
        QNetworkReply *reply = start(call);
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&] {
            if (++finished == replies.size()) {
                loop.quit();
            }
        });
        replies.append(reply);
    }
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (finished < replies.size()) {
        loop.exec();
    }
    QList<HttpReply> out;
    for (QNetworkReply *reply : std::as_const(replies)) {
        HttpReply result;
        if (reply->isFinished()) {
            result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            result.body = reply->readAll();
            result.headers = reply->rawHeaderPairs();
            if (result.status == 0) {
                result.networkError = reply->errorString();
            }
        } else {
            result.networkError = u"timed out"_s;
            reply->abort();
        }
        reply->deleteLater();
        out.append(result);
    }
    return out;
}

QStringList GatewayStore::arguments() const
{
    QStringList args {u"--data"_s, dataDir};
    if (!databaseUrl.isEmpty()) {
        args << u"--database"_s << databaseUrl;
    }
    return args;
}

bool testingPostgres()
{
    return qEnvironmentVariable("HOLDFAST_GATEWAY_STORE") == "postgres"_L1;
}

QString createPostgresDatabase(QString *error)
{
    QFile file(qEnvironmentVariable("HOLDFAST_TEST_POSTGRES_URL_FILE"));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"no PostgreSQL test server: HOLDFAST_TEST_POSTGRES_URL_FILE is not readable (run through ctest, "
                 "which starts tests/support/postgres.sh)"_s;
        return {};
    }
    QUrl url(QString::fromUtf8(file.readAll().trimmed()));
    const QString connection = u"test-admin-"_s + QUuid::createUuid().toString(QUuid::Id128);
    const QString name = u"gw_"_s + QUuid::createUuid().toString(QUuid::Id128);
    bool created = false;
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(u"QPSQL"_s, connection);
        admin.setHostName(url.host());
        admin.setPort(url.port(5432));
        admin.setUserName(url.userName());
        admin.setDatabaseName(url.path().mid(1));
        if (admin.open()) {
            QSqlQuery query(admin);
            created = query.exec(u"CREATE DATABASE "_s + name);
            if (!created) {
                *error = query.lastError().text();
            }
        } else {
            *error = admin.lastError().text();
        }
        admin.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (!created) {
        return {};
    }
    url.setPath(u'/' + name);
    return url.toString();
}

GatewayProcess::GatewayProcess(StoreKind kind)
    : m_dir(std::make_unique<QTemporaryDir>()), m_process(u"holdfast-gateway"_s)
{
    if (!m_dir->isValid()) {
        m_setupError = u"cannot create a temporary folder"_s;
        return;
    }
    m_store.dataDir = m_dir->filePath(u"data"_s);
    if (kind == StoreKind::Postgres || (kind == StoreKind::UnderTest && testingPostgres())) {
        m_store.databaseUrl = createPostgresDatabase(&m_setupError);
    }
    qInfo("gateway store: %s",
          qPrintable(m_store.databaseUrl.isEmpty() ? u"sqlite in "_s + m_store.dataDir : m_store.databaseUrl));
}

GatewayProcess::GatewayProcess(GatewayStore store) : m_store(std::move(store)), m_process(u"holdfast-gateway"_s)
{
}

GatewayProcess::~GatewayProcess()
{
    stop();
}

bool GatewayProcess::start(const QStringList &extraArguments)
{
    QStringList args {u"serve"_s, u"--listen"_s, u"127.0.0.1:0"_s};
    if (!extraArguments.contains(u"--tls-cert"_s)) {
        args << u"--insecure-http"_s;
    }
    return m_setupError.isEmpty() && m_process.start(args + m_store.arguments() + extraArguments);
}

void GatewayProcess::stop()
{
    m_process.stop();
}

QUrl GatewayProcess::url(const QString &path) const
{
    QUrl url = m_process.url();
    url.setPath(path);
    return url;
}

RunResult GatewayProcess::run(const QStringList &arguments, int timeoutMs) const
{
    return runProgram(u"holdfast-gateway"_s, arguments + m_store.arguments(), {}, timeoutMs);
}

QString GatewayProcess::addLocation(const QString &name, const QString &currency) const
{
    const RunResult result = run({u"location"_s, u"add"_s, name, u"--currency"_s, currency});
    return result.exitCode == 0 ? QString::fromUtf8(result.out).trimmed() : QString();
}

QString GatewayProcess::createDeviceCode(const QString &locationId, const QString &ttl) const
{
    QStringList args {u"device-code"_s, u"create"_s, u"--location"_s, locationId};
    if (!ttl.isEmpty()) {
        args << u"--ttl"_s << ttl;
    }
    const RunResult result = run(args);
    return result.exitCode == 0 ? QString::fromUtf8(result.out).trimmed() : QString();
}

std::optional<PairedRegister> GatewayProcess::pair(const QString &deviceCode, const QString &registerName)
{
    const HttpReply reply
        = post(u"/v1/pair"_s, QJsonObject {{"deviceCode"_L1, deviceCode}, {"registerName"_L1, registerName}});
    if (reply.status != 200) {
        return std::nullopt;
    }
    const QJsonObject json = reply.json();
    PairedRegister paired;
    paired.registerId = json.value("registerId"_L1).toString();
    paired.locationId = json.value("locationId"_L1).toString();
    paired.token = json.value("token"_L1).toString();
    paired.signingKeyJwk = json.value("signingKey"_L1).toObject();
    paired.serverTime = json.value("serverTime"_L1).toInteger();
    auto key = crypto::jwk::toEd25519PublicKey(paired.signingKeyJwk);
    if (!key || paired.token.isEmpty()) {
        return std::nullopt;
    }
    paired.signingKey = key.value();
    return paired;
}

std::optional<PairedRegister> GatewayProcess::pairNewRegister(const QString &currency)
{
    const QString location = addLocation(u"Store "_s + currency, currency);
    const QString code = location.isEmpty() ? QString() : createDeviceCode(location);
    auto paired = code.isEmpty() ? std::nullopt : pair(code);
    if (paired) {
        paired->currency = currency;
    }
    return paired;
}

std::optional<crypto::KeySchedule> GatewayProcess::fetchSchedule(const PairedRegister &paired, QString *error)
{
    const HttpReply reply = get(u"/v1/keys"_s, paired.token);
    auto schedule = crypto::KeySchedule::verify(reply.json().value("jws"_L1).toString(), paired.signingKey,
                                                QDateTime::currentMSecsSinceEpoch());
    if (!schedule) {
        if (error) {
            *error = u"status %1: %2"_s.arg(reply.status).arg(schedule.error().code);
        }
        return std::nullopt;
    }
    return schedule.value();
}

QList<QJsonObject> GatewayProcess::listPayments(const QString &locationId) const
{
    QStringList args {u"payments"_s, u"list"_s, u"--json"_s};
    if (!locationId.isEmpty()) {
        args << u"--location"_s << locationId;
    }
    const RunResult result = run(args);
    QList<QJsonObject> list;
    const QJsonArray array = QJsonDocument::fromJson(result.out).array();
    for (const QJsonValue &value : array) {
        list.append(value.toObject());
    }
    return list;
}

QSet<QString> GatewayProcess::processedOnce(const QString &locationId) const
{
    QSet<QString> ids;
    for (const QJsonObject &payment : listPayments(locationId)) {
        if (payment.value("status"_L1).toString() == u"PROCESSED"_s && payment.value("charges"_L1).toInt() == 1) {
            ids.insert(payment.value("localId"_L1).toString());
        }
    }
    return ids;
}

HttpReply GatewayProcess::get(const QString &path, const QString &token)
{
    return m_http.send({"GET", url(path), {}, token});
}

HttpReply GatewayProcess::post(const QString &path, const QByteArray &body, const QString &token)
{
    return m_http.send({"POST", url(path), body, token});
}

HttpReply GatewayProcess::post(const QString &path, const QJsonObject &body, const QString &token)
{
    return post(path, QJsonDocument(body).toJson(QJsonDocument::Compact), token);
}

namespace testpayments {

wire::Payment make(const PairedRegister &paired, const crypto::KeySchedule &schedule, const char *pan,
                   qint64 amountMinor, wire::PaymentMode mode, qint64 createdAt)
{
    wire::Payment payment;
    payment.localId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    payment.locationId = paired.locationId;
    payment.registerId = paired.registerId;
    payment.amount = Money::fromMinor(amountMinor, paired.currency.isEmpty() ? u"CAD"_s : paired.currency).value();
    payment.createdAt = createdAt > 0 ? createdAt : QDateTime::currentMSecsSinceEpoch();
    payment.mode = mode;
    payment.entryMethod = crypto::EntryMethod::Chip;
    const auto card = crypto::CardData::create(pan, "12/30", crypto::EntryMethod::Chip, crypto::Cvm::Pin).value();
    payment.brand = QByteArrayView(pan) == QByteArrayView(interac) ? u"INTERAC"_s : card.brand();
    payment.last4 = card.last4();
    const auto key = schedule.keyAt(payment.createdAt).value_or(schedule.keys().first());
    payment.envelope.kid = key.kid;
    payment.envelope = crypto::cardseal::seal(card, key.publicKey, payment.binding()).value();
    return payment;
}

QJsonObject batch(const QList<wire::Payment> &list)
{
    QJsonArray array;
    for (const wire::Payment &payment : list) {
        array.append(payment.toJson());
    }
    return {{"batchId"_L1, QUuid::createUuid().toString(QUuid::WithoutBraces)}, {"payments"_L1, array}};
}

} // namespace testpayments

} // namespace holdfast::test
