// bench_gateway_ingest: the gateway's own time to ingest sealed payments in-process (DESIGN
// section 11), and its ratio to X25519 derivations per second on one core as `openssl speed`
// measures them on this machine. Every ingested payment costs one X25519 derivation (HPKE
// decapsulation) to check its envelope; the ratio says how much of the time is crypto and how
// much is JSON and the database.
//
//   bench_gateway_ingest [--payments 1000] [--runs 3] [--database postgresql://…]
#include "crypto/cardseal.h"
#include "gateway.h"
#include "inprocessgateway.h"
#include "keys/keymanager.h"
#include "platform/clock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace holdfast;
using namespace holdfast::gateway;

namespace {

struct Sealed
{
    QList<QByteArray> bodies; ///< batch request bodies, 100 payments each
    QList<wire::Payment> payments;
};

Sealed sealPayments(const InProcessGateway &gateway, const crypto::KeySchedule &schedule, int count)
{
    Sealed out;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto key = schedule.keyAt(now).value();
    const auto card
        = crypto::CardData::create("4242424242424242", "12/30", crypto::EntryMethod::Chip, crypto::Cvm::Pin).value();
    QJsonArray batch;
    for (int i = 0; i < count; ++i) {
        wire::Payment payment;
        payment.localId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        payment.locationId = gateway.locationId();
        payment.registerId = gateway.registerId();
        payment.amount = Money::fromMinor(100 + i % 5000, u"CAD").value();
        payment.createdAt = now - i;
        payment.brand = card.brand();
        payment.last4 = card.last4();
        payment.envelope.kid = key.kid;
        payment.envelope = crypto::cardseal::seal(card, key.publicKey, payment.binding()).value();
        out.payments.append(payment);
        batch.append(payment.toJson());
        if (batch.size() == wire::maxBatchSize || i == count - 1) {
            const QJsonObject body {{"batchId"_L1, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                    {"payments"_L1, batch}};
            out.bodies.append(QJsonDocument(body).toJson(QJsonDocument::Compact));
            batch = QJsonArray();
        }
    }
    return out;
}

// `openssl speed -mr ecdhx25519` on one core: derivations per second, or 0.
double opensslX25519PerSecond()
{
    QProcess openssl;
    openssl.start(u"openssl"_s, {u"speed"_s, u"-seconds"_s, u"2"_s, u"-mr"_s, u"ecdhx25519"_s});
    if (!openssl.waitForFinished(60000)) {
        return 0;
    }
    // Machine-readable result: +F5:<index>:<bits>:<ops per second>:<seconds per op>
    static const QRegularExpression line(u"^\\+F5:\\d+:\\d+:([0-9.]+):"_s, QRegularExpression::MultilineOption);
    const auto match = line.match(QString::fromLatin1(openssl.readAllStandardOutput()));
    return match.hasMatch() ? match.captured(1).toDouble() : 0;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

void print(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"bench_gateway_ingest"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(HOLDFAST_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Measures the gateway's in-process ingest against openssl speed X25519."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({u"payments"_s, u"Payments per run (default 1000)."_s, u"N"_s, u"1000"_s});
    parser.addOption({u"runs"_s, u"Runs; the median is reported (default 3)."_s, u"N"_s, u"3"_s});
    parser.addOption({u"database"_s, u"Measure on this PostgreSQL database instead of SQLite."_s, u"URL"_s});
    parser.process(app);
    const int count = parser.value(u"payments"_s).toInt();
    const int runs = parser.value(u"runs"_s).toInt();
    if (count <= 0 || runs <= 0) {
        std::fprintf(stderr, "bench_gateway_ingest: --payments and --runs must be positive\n");
        return 2;
    }
    // One log line per payment would measure the terminal, not the gateway.
    QLoggingCategory::setFilterRules(u"holdfast.gateway.*.info=false"_s);

    QTemporaryDir dir;
    SystemClock clock;
    auto gateway = InProcessGateway::create({dir.filePath(u"data"_s), parser.value(u"database"_s)}, clock);
    if (!gateway) {
        std::fprintf(stderr, "bench_gateway_ingest: %s\n", qPrintable(gateway.error().message));
        return 1;
    }
    auto schedule = gateway.value()->schedule();
    const bool postgres = gateway.value()->gateway().database().isPostgres();

    QList<double> ingestRates;
    QList<double> processRates;
    QList<double> openRates;
    for (int run = 0; run < runs; ++run) {
        const Sealed sealed = sealPayments(*gateway.value(), schedule.value(), count);

        // The envelope opening alone, as ingest does it: the crypto share of the work.
        const auto key = gateway.value()->gateway().keys().privateKey(sealed.payments.first().envelope.kid).value();
        QElapsedTimer timer;
        timer.start();
        for (const wire::Payment &payment : sealed.payments) {
            if (!crypto::cardseal::open(payment.envelope, key, payment.binding())) {
                std::fprintf(stderr, "bench_gateway_ingest: an envelope did not open\n");
                return 1;
            }
        }
        openRates.append(count / (double(timer.nsecsElapsed()) / 1e9));

        timer.restart();
        for (const QByteArray &body : sealed.bodies) {
            auto results = gateway.value()->ingestBatch(body);
            if (!results || std::any_of(results->begin(), results->end(), [](const wire::PaymentResult &r) {
                    return r.status != wire::ResultStatus::Uploaded;
                })) {
                std::fprintf(stderr, "bench_gateway_ingest: a payment was not accepted\n");
                return 1;
            }
        }
        ingestRates.append(count / (double(timer.nsecsElapsed()) / 1e9));

        timer.restart();
        auto processed = gateway.value()->processAll();
        if (!processed || processed.value() != count) {
            std::fprintf(stderr, "bench_gateway_ingest: processing failed\n");
            return 1;
        }
        processRates.append(count / (double(timer.nsecsElapsed()) / 1e9));
    }

    const double x25519 = opensslX25519PerSecond();
    const double ingest = median(ingestRates);
    print(u"bench_gateway_ingest: %1 payments per run, %2 runs (median), %3 batches of up to %4, store %5"_s.arg(count)
              .arg(runs)
              .arg((count + wire::maxBatchSize - 1) / wire::maxBatchSize)
              .arg(wire::maxBatchSize)
              .arg(postgres ? u"PostgreSQL"_s : u"SQLite (WAL, synchronous=FULL)"_s));
    print(u"  ingest in-process (auth, JSON, open envelope, claim, commit): %1 payments/s, %2 ms per 1000"_s
              .arg(ingest, 0, 'f', 0)
              .arg(1e6 / ingest, 0, 'f', 1));
    print(u"  processing (open envelope, sandbox authorise, record):        %1 payments/s"_s.arg(median(processRates),
                                                                                                 0, 'f', 0));
    print(u"  envelope opening alone (HPKE: X25519 + HKDF + AES-GCM):        %1 opens/s"_s.arg(median(openRates), 0,
                                                                                               'f', 0));
    if (x25519 > 0) {
        print(u"  openssl speed ecdhx25519, one core:                            %1 derivations/s"_s.arg(x25519, 0, 'f',
                                                                                                         0));
        print(u"  ratio ingest payments/s : X25519 derivations/s = %1 (crypto alone would allow %2x the ingest "
              "rate; the rest is JSON and the database)"_s.arg(ingest / x25519, 0, 'f', 3)
                  .arg(x25519 / ingest, 0, 'f', 1));
    } else {
        print(u"  openssl speed ecdhx25519 could not be run: no ratio"_s);
    }
    return 0;
}
