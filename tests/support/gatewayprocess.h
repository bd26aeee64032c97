#pragma once

#include "crypto/carddata.h"
#include "crypto/keyschedule.h"
#include "serverprocess.h"
#include "wire/payment.h"

#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>
#include <optional>

namespace holdfast::test {

/// One HTTP answer, as the tests look at it.
struct HttpReply
{
    int status = 0; ///< 0: no answer (connection failed or timed out)
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString networkError;

    QJsonObject json() const;
    /// error.code of a {"error":{…}} answer.
    QString errorCode() const;
    QByteArray header(const QByteArray &name) const;
};

/// One request for HttpClient.
struct HttpCall
{
    QByteArray method;
    QUrl url;
    QByteArray body;
    QString token; ///< sent as "Authorization: Bearer …" when not empty
};

/// A small synchronous HTTP client for tests (QNetworkAccessManager, bounded waits).
class HttpClient
{
public:
    /// Trust these certificates (a test's self-signed gateway certificate) for HTTPS.
    void setCaCertificates(const QList<QSslCertificate> &certificates);
    HttpReply send(const HttpCall &call, int timeoutMs = 30000);
    /// Sends every call at once and waits (bounded) for all answers, in the calls' order.
    QList<HttpReply> sendAll(const QList<HttpCall> &calls, int timeoutMs = 60000);

private:
    class QNetworkReply *start(const HttpCall &call);
    QNetworkAccessManager m_manager;
    QList<QSslCertificate> m_caCertificates;
};

/// What pairing a register over HTTP hands back.
struct PairedRegister
{
    QString registerId;
    QString locationId;
    QString token;
    QString currency;
    QJsonObject signingKeyJwk;
    QByteArray signingKey; ///< the raw Ed25519 public key to pin
    qint64 serverTime = 0;
};

/// Where a gateway keeps its data: arguments for every holdfast-gateway command.
struct GatewayStore
{
    QString dataDir;
    QString databaseUrl; ///< empty: SQLite in dataDir

    QStringList arguments() const;
};

/// The store gateway suites run against, from $HOLDFAST_GATEWAY_STORE: "sqlite" (the default)
/// or "postgres" (then $HOLDFAST_TEST_POSTGRES_URL_FILE names the file tests/support/postgres.sh
/// wrote the server's URL to).
bool testingPostgres();
/// A new, empty database on the test PostgreSQL server: its URL, or an empty string and `error`.
QString createPostgresDatabase(QString *error);

/// A real `holdfast-gateway` for a test: a temporary data folder (and, when testing PostgreSQL,
/// a new database), `serve --insecure-http --listen 127.0.0.1:0`, and helpers that create
/// locations and device codes with the CLI and pair registers over HTTP as a register would.
class GatewayProcess
{
public:
    /// Which store a new gateway gets: the one the suite runs against ($HOLDFAST_GATEWAY_STORE),
    /// or a given one (PostgreSQL needs the "postgres" CTest fixture).
    enum class StoreKind { UnderTest, Sqlite, Postgres };

    /// A gateway on a new, empty store (a temporary data folder; a new database on PostgreSQL).
    explicit GatewayProcess(StoreKind kind = StoreKind::UnderTest);
    /// A gateway on an existing store: a second instance sharing another's data and database.
    explicit GatewayProcess(GatewayStore store);
    ~GatewayProcess();
    GatewayProcess(const GatewayProcess &) = delete;
    GatewayProcess &operator=(const GatewayProcess &) = delete;

    /// Empty when the store could be prepared; else why not.
    const QString &setupError() const { return m_setupError; }
    const GatewayStore &store() const { return m_store; }

    /// Starts `serve` on a free loopback port (plain HTTP unless `extraArguments` say otherwise).
    bool start(const QStringList &extraArguments = {});
    void stop();
    ServerProcess &process() { return m_process; }
    QUrl url() const { return m_process.url(); }
    QUrl url(const QString &path) const;

    /// Runs `holdfast-gateway ARGUMENTS --data … [--database …]`.
    RunResult run(const QStringList &arguments, int timeoutMs = 30000) const;
    /// `location add`: the new id, or empty on failure.
    QString addLocation(const QString &name = QStringLiteral("Test store"),
                        const QString &currency = QStringLiteral("CAD")) const;
    /// `device-code create`: the code, or empty on failure.
    QString createDeviceCode(const QString &locationId, const QString &ttl = {}) const;
    /// `POST /v1/pair` as a register would.
    std::optional<PairedRegister> pair(const QString &deviceCode,
                                       const QString &registerName = QStringLiteral("Register 1"));
    /// A new location, a device code for it and a register paired with it.
    std::optional<PairedRegister> pairNewRegister(const QString &currency = QStringLiteral("CAD"));
    /// `GET /v1/keys`, verified with core's KeySchedule::verify against the pinned key.
    std::optional<crypto::KeySchedule> fetchSchedule(const PairedRegister &paired, QString *error = nullptr);
    /// `payments list --json` as an array of objects.
    QList<QJsonObject> listPayments(const QString &locationId = {}) const;
    /// The localIds of the listed payments that are PROCESSED and were charged exactly once.
    QSet<QString> processedOnce(const QString &locationId = {}) const;

    HttpReply get(const QString &path, const QString &token = {});
    HttpReply post(const QString &path, const QByteArray &body, const QString &token = {});
    HttpReply post(const QString &path, const QJsonObject &body, const QString &token = {});
    HttpClient &http() { return m_http; }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    GatewayStore m_store;
    QString m_setupError;
    ServerProcess m_process;
    HttpClient m_http;
};

/// Sealed test payments, as a register or a terminal would make them.
namespace testpayments {

inline constexpr const char *approve = "4242424242424242";
inline constexpr const char *decline = "4000000000000002";
inline constexpr const char *insufficientFunds = "4000000000009995";
inline constexpr const char *expired = "4000000000000069";
inline constexpr const char *interac = "4506440000000009";

/// A payment of `amountMinor` in the register's currency with the test card `pan`, sealed to
/// the schedule's key for `createdAt` (now when 0; today's key when the time has none).
wire::Payment make(const PairedRegister &paired, const crypto::KeySchedule &schedule, const char *pan,
                   qint64 amountMinor = 1250, wire::PaymentMode mode = wire::PaymentMode::Offline,
                   qint64 createdAt = 0);
/// {"batchId":…,"payments":[…]}
QJsonObject batch(const QList<wire::Payment> &payments);

} // namespace testpayments

} // namespace holdfast::test
