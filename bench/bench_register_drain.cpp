// bench_register_drain: draining 1,000 queued payments from a register's vault to a real
// holdfast-gateway on loopback, against the gateway's own time to ingest the same number
// in-process (DESIGN section 11: at most 15 HTTP requests and 1.5 times). "Drained" means
// every payment acknowledged and its ciphertext gone from the register; the time until the
// gateway has also processed them all, and the requests that took, are printed too.
//
//   bench_register_drain [--payments 1000] [--runs 5]   (medians of the runs)

#include "crypto/cardseal.h"
#include "inprocessgateway.h"
#include "payments/paymentqueries.h"
#include "payments/paymentstore.h"
#include "payments/policycache.h"
#include "platform/clock.h"
#include "register/registercore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <utility>

using namespace Qt::StringLiterals;
using namespace holdfast;

namespace {

// The bench measures the drain, not the desktop keyring: tokens are kept in memory.
class MemorySecretStore final : public SecretStore
{
public:
    Result<QByteArray> read(const QString &key) override
    {
        if (!m_secrets.contains(key)) {
            return Error {u"secret_not_found"_s, u"none"_s};
        }
        return m_secrets.value(key);
    }
    Status write(const QString &key, const QByteArray &secret) override
    {
        m_secrets.insert(key, secret);
        return {};
    }
    Status remove(const QString &key) override
    {
        m_secrets.remove(key);
        return {};
    }

private:
    QHash<QString, QByteArray> m_secrets;
};

const auto card = [] {
    return crypto::CardData::create("4242424242424242", "12/30", crypto::EntryMethod::Chip, crypto::Cvm::Pin).value();
};

QString program(const QString &name)
{
    return QCoreApplication::applicationDirPath() + u'/' + name;
}

QByteArray run(const QStringList &arguments)
{
    QProcess process;
    process.start(program(u"holdfast-gateway"_s), arguments);
    process.waitForFinished(30000);
    return process.readAllStandardOutput().trimmed();
}

void waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition() && timer.elapsed() < timeoutMs) {
        QEventLoop loop;
        QTimer::singleShot(1, &loop, &QEventLoop::quit);
        loop.exec();
    }
}

// The gateway's own time to ingest `count` sealed payments, in-process (batches of 100).
std::pair<double, double> inProcessMs(int count)
{
    QTemporaryDir dir;
    SystemClock clock;
    auto gateway = gateway::InProcessGateway::create({dir.filePath(u"data"_s), QString()}, clock);
    const auto key = gateway.value()->schedule()->keyAt(clock.wallMs()).value();
    QList<QByteArray> bodies;
    QJsonArray batch;
    for (int i = 0; i < count; ++i) {
        wire::Payment payment;
        payment.localId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        payment.locationId = gateway.value()->locationId();
        payment.registerId = gateway.value()->registerId();
        payment.amount = Money::fromMinor(100 + i, u"CAD").value();
        payment.createdAt = clock.wallMs();
        payment.brand = u"VISA"_s;
        payment.last4 = u"4242"_s;
        payment.envelope.kid = key.kid;
        payment.envelope = crypto::cardseal::seal(card(), key.publicKey, payment.binding()).value();
        batch.append(payment.toJson());
        if (batch.size() == wire::maxBatchSize || i == count - 1) {
            bodies.append(QJsonDocument(QJsonObject {{"batchId"_L1, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                                     {"payments"_L1, batch}})
                              .toJson(QJsonDocument::Compact));
            batch = QJsonArray();
        }
    }
    QElapsedTimer timer;
    timer.start();
    for (const QByteArray &body : std::as_const(bodies)) {
        if (!gateway.value()->ingestBatch(body)) {
            return {0, 0};
        }
    }
    const double ingested = double(timer.nsecsElapsed()) / 1e6;
    if (!gateway.value()->processAll()) {
        return {0, 0};
    }
    return {ingested, double(timer.nsecsElapsed()) / 1e6};
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

QString list(const QList<double> &values)
{
    QStringList shown;
    for (const double value : values) {
        shown.append(QString::number(value, 'f', 0));
    }
    return shown.join(u' ');
}

struct DrainFigures
{
    double drainedMs = 0;
    double processedMs = 0;
    qint64 drainRequests = 0;
    qint64 allRequests = 0;
};

// `count` payments queued while "offline": sealed to the day's key and recorded.
bool queueSealedPayments(RegisterCore &core, const sync::Credential &credential, int count)
{
    payments::PaymentStore store(core.vault());
    const qint64 now = core.clock().now();
    const auto key
        = payments::PolicyCache(core.vault()).schedule(credential.id, credential.signingKey, now)->keyAt(now).value();
    for (int i = 0; i < count; ++i) {
        payments::PaymentRecord record;
        record.localId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        record.locationId = credential.locationId;
        record.registerId = credential.registerId;
        record.credentialId = credential.id;
        record.amount = Money::fromMinor(100 + i, u"CAD").value();
        record.tip = Money::zero(u"CAD");
        record.createdAt = now;
        record.brand = u"VISA"_s;
        record.last4 = u"4242"_s;
        record.kid = key.kid;
        record.uploadDeadline = now + 72LL * 3600 * 1000;
        record.envelope = crypto::cardseal::seal(card(), key.publicKey,
                                                 {record.localId, record.locationId, record.registerId,
                                                  record.amount.minor(), u"CAD"_s, now, key.kid})
                              .value();
        if (!store.record(record, u"bench"_s, now)) {
            return false;
        }
    }
    return true;
}

// One drain of `count` queued payments from a new register to a new gateway process.
std::optional<DrainFigures> drainOnce(int count)
{
    QTemporaryDir dir;
    const QString gatewayData = dir.filePath(u"gateway"_s);
    const QString location = QString::fromUtf8(
        run({u"location"_s, u"add"_s, u"Bench"_s, u"--currency"_s, u"CAD"_s, u"--data"_s, gatewayData}));
    run({u"settings"_s, u"set"_s, u"--location"_s, location, u"--total-limit"_s, u"100000.00"_s, u"--data"_s,
         gatewayData});
    const QString code
        = QString::fromUtf8(run({u"device-code"_s, u"create"_s, u"--location"_s, location, u"--data"_s, gatewayData}));
    QProcess server;
    server.setProcessChannelMode(QProcess::MergedChannels);
    server.start(program(u"holdfast-gateway"_s),
                 {u"serve"_s, u"--data"_s, gatewayData, u"--insecure-http"_s, u"--listen"_s, u"127.0.0.1:0"_s});
    QByteArray output;
    QRegularExpressionMatch listening;
    waitUntil(
        [&] {
            output += server.readAll();
            listening = QRegularExpression(u"listening on (\\S+)\\n"_s).match(QString::fromUtf8(output));
            return listening.hasMatch();
        },
        20000);
    if (!listening.hasMatch()) {
        std::fprintf(stderr, "the gateway did not start: %s\n", output.constData());
        return std::nullopt;
    }

    MemorySecretStore secrets;
    auto core = RegisterCore::open(dir.filePath(u"register"_s), secrets);
    std::optional<Result<sync::PairingOutcome>> paired;
    core.value()->pair(QUrl(listening.captured(1)), code, u"Bench"_s, [&](auto outcome) { paired = outcome; });
    waitUntil([&] { return paired.has_value(); }, 20000);
    if (!paired || !*paired || paired->value().refreshWarning) {
        std::fprintf(stderr, "pairing failed\n");
        return std::nullopt;
    }
    const sync::Credential credential = paired->value().credential;
    payments::PaymentQueries queries(core.value()->vault());
    const auto count_ = [&](payments::PaymentStatus status) {
        return queries.count({QString(), status, 0, 0}).value_or(-1);
    };
    sync::Uploader &uploader = core.value()->uploader();
    uploader.setPollDelay(20);
    // Drained: checked when payments change (once per event-loop turn), not by polling the
    // vault, which would take the uploader's thread away from it.
    QEventLoop drained;
    bool checkPending = false;
    QObject::connect(&uploader, &sync::Uploader::paymentChanged, &drained, [&] {
        if (!std::exchange(checkPending, true)) {
            QTimer::singleShot(0, &drained, [&] {
                checkPending = false;
                if (count_(payments::PaymentStatus::Queued) == 0) {
                    drained.quit();
                }
            });
        }
    });

    if (!queueSealedPayments(*core.value(), credential, count)) {
        return std::nullopt;
    }
    DrainFigures figures;
    QElapsedTimer timer;
    timer.start();
    QTimer::singleShot(120000, &drained, &QEventLoop::quit);
    uploader.uploadNow();
    drained.exec();
    figures.drainedMs = double(timer.nsecsElapsed()) / 1e6;
    figures.drainRequests = uploader.requestCount();
    waitUntil([&] { return count_(payments::PaymentStatus::Processed) == count; }, 120000);
    figures.processedMs = double(timer.nsecsElapsed()) / 1e6;
    figures.allRequests = uploader.requestCount();
    server.terminate();
    server.waitForFinished(10000);
    if (count_(payments::PaymentStatus::Processed) != count) {
        std::fprintf(stderr, "not every payment was processed\n");
        return std::nullopt;
    }
    return figures;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"holdfast.*.info=false\nholdfast.*.debug=false"_s);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"payments"_s, u"How many payments (default 1000)."_s, u"N"_s, u"1000"_s});
    parser.addOption({u"runs"_s, u"How many drains and in-process ingests (default 5)."_s, u"N"_s, u"5"_s});
    parser.process(app);
    const int count = std::max(1, parser.value(u"payments"_s).toInt());
    const int runs = std::max(1, parser.value(u"runs"_s).toInt());

    // Every run on a new gateway and register, as every in-process run is on a new store.
    QList<DrainFigures> drains;
    QList<double> ingestMs;
    QList<double> ingestProcessMs;
    for (int run = 0; run < runs; ++run) {
        const auto drained = drainOnce(count);
        if (!drained) {
            return 1;
        }
        drains.append(*drained);
        const auto [ingested, processed] = inProcessMs(count);
        ingestMs.append(ingested);
        ingestProcessMs.append(processed);
    }
    QList<double> drainedMs;
    QList<double> processedMs;
    for (const DrainFigures &figures : std::as_const(drains)) {
        drainedMs.append(figures.drainedMs);
        processedMs.append(figures.processedMs);
    }
    const double drain = median(drainedMs);
    const double ingest = median(ingestMs);
    std::printf("%d payments, register and gateway on loopback (SQLite, synchronous=FULL on both); "
                "medians of %d runs\n",
                count, runs);
    std::printf("drain (all acknowledged, no ciphertext left): %.0f ms (runs: %s), %lld HTTP requests (budget <= 15)\n",
                drain, qPrintable(list(drainedMs)), static_cast<long long>(drains.last().drainRequests));
    std::printf("gateway's own in-process ingest of as many: %.0f ms (runs: %s)\n", ingest, qPrintable(list(ingestMs)));
    std::printf("ratio %.2f (budget <= 1.50): %s\n", drain / ingest, drain / ingest <= 1.5 ? "within" : "OVER");
    std::printf("until all PROCESSED: %.0f ms, %lld HTTP requests; in-process ingest + processing: %.0f ms\n",
                median(processedMs), static_cast<long long>(drains.last().allRequests), median(ingestProcessMs));
    return 0;
}
