// bench_register_record: recording one offline keyed payment (seal + durable commit) against a bare
// SQLite one-row commit with WAL and synchronous=FULL on the same disk (DESIGN section 11:
// at most 1.3 times). Both are measured interleaved, one after the other, so that the disk's
// moods fall on both alike; the figures are medians. Between two payments the register tops up
// its pool of HPKE encapsulations for the day's key, as it does while idle between sales.
//
//   bench_register_record [--payments 500] [--dir PATH]   (PATH: a folder on the disk to measure)

#include "crypto/cardseal.h"
#include "crypto/encapsulationpool.h"
#include "crypto/keyschedule.h"
#include "payments/paymentstore.h"
#include "payments/vault.h"
#include "sync/credentials.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace holdfast;

namespace {

double median(QList<qint64> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples.isEmpty() ? 0 : double(samples.at(samples.size() / 2)) / 1000.0; // µs → ms
}

payments::PaymentRecord offlinePayment(const sync::Credential &credential, const crypto::ScheduleKey &key,
                                       crypto::EncapsulationPool &pool)
{
    payments::PaymentRecord record;
    record.localId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    record.locationId = credential.locationId;
    record.registerId = credential.registerId;
    record.credentialId = credential.id;
    record.orderId = u"bench"_s;
    record.amount = Money::fromMinor(1250, u"CAD").value();
    record.tip = Money::zero(u"CAD");
    record.createdAt = QDateTime::currentMSecsSinceEpoch();
    record.cashier = u"bench"_s;
    record.kid = key.kid;
    record.uploadDeadline = record.createdAt + 72LL * 3600 * 1000;
    // What the register does for keyed entry: validate, seal to the day's key, wipe.
    const auto card
        = crypto::CardData::create("4242424242424242", "12/29", crypto::EntryMethod::Keyed, crypto::Cvm::None).value();
    record.entryMethod = card.entryMethod();
    record.brand = card.brand();
    record.last4 = card.last4();
    record.envelope = crypto::cardseal::seal(card, pool.take(key.publicKey).value(),
                                             {record.localId, record.locationId, record.registerId, 1250, u"CAD"_s,
                                              record.createdAt, key.kid})
                          .value();
    return record;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"holdfast.*.info=false"_s);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"payments"_s, u"How many of each to time (default 500)."_s, u"N"_s, u"500"_s});
    parser.addOption({u"dir"_s, u"A folder on the disk to measure (default: a temporary one)."_s, u"PATH"_s});
    parser.process(app);
    const int count = std::max(10, parser.value(u"payments"_s).toInt());
    QTemporaryDir temporary(parser.isSet(u"dir"_s) ? parser.value(u"dir"_s) + u"/holdfast-bench-XXXXXX"_s
                                                   : QDir::tempPath() + u"/holdfast-bench-XXXXXX"_s);

    // The bare commit: one row, WAL, synchronous=FULL, autocommit.
    QSqlDatabase bare = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bare"_s);
    bare.setDatabaseName(temporary.filePath(u"bare.sqlite"_s));
    QSqlQuery setup(bare.open() ? bare : QSqlDatabase());
    for (const auto *sql : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL",
                            "CREATE TABLE rows (id INTEGER PRIMARY KEY, value TEXT NOT NULL)"}) {
        if (!setup.exec(QString::fromLatin1(sql))) {
            std::fprintf(stderr, "cannot set up the bare database\n");
            return 1;
        }
    }
    QSqlQuery insert(bare);
    insert.prepare(u"INSERT INTO rows (value) VALUES (?)"_s);

    auto vault = payments::Vault::open(temporary.filePath(u"register"_s));
    if (!vault) {
        std::fprintf(stderr, "%s\n", qPrintable(vault.error().message));
        return 1;
    }
    sync::Credential credential {
        u"bench"_s,  u"http://127.0.0.1:9"_s, u"loc_bench"_s, u"reg_bench"_s, u"Bench"_s, QByteArray(32, 's'), 1,
        std::nullopt};
    if (!sync::CredentialStore(*vault.value()).add(credential)) {
        return 1;
    }
    const crypto::ScheduleKey key {u"k1"_s, crypto::X25519KeyPair::generate()->publicKey(), 0,
                                   std::numeric_limits<qint64>::max()};
    payments::PaymentStore store(*vault.value());
    // As the register does between sales, prepare the costly half of HPKE while idle.
    crypto::EncapsulationPool pool;

    QList<qint64> bareSamples;
    QList<qint64> recordSamples;
    QList<qint64> sealSamples;
    QElapsedTimer timer;
    for (int i = 0; i < count; ++i) {
        insert.addBindValue(u"a row of about the size of a payment's fields %1"_s.arg(i));
        timer.start();
        if (!insert.exec()) {
            return 1;
        }
        bareSamples.append(timer.nsecsElapsed() / 1000);

        timer.start();
        const payments::PaymentRecord payment = offlinePayment(credential, key, pool);
        sealSamples.append(timer.nsecsElapsed() / 1000);
        if (!store.record(payment, u"cashier:bench"_s, payment.createdAt)) {
            return 1;
        }
        recordSamples.append(timer.nsecsElapsed() / 1000);
        if (!pool.fill(key.publicKey)) { // idle time between two sales
            return 1;
        }
    }
    const double bareMs = median(bareSamples);
    const double recordMs = median(recordSamples);
    std::printf("disk: %s\n", qPrintable(temporary.path()));
    std::printf("bare SQLite one-row commit (WAL, synchronous=FULL): median %.3f ms over %d\n", bareMs, count);
    std::printf("record one offline payment (seal + durable commit): median %.3f ms over %d\n", recordMs, count);
    std::printf("  of which sealing the card data: median %.3f ms\n", median(sealSamples));
    std::printf("ratio %.2f (budget <= 1.30): %s\n", recordMs / bareMs, recordMs / bareMs <= 1.3 ? "within" : "OVER");
    return 0;
}
