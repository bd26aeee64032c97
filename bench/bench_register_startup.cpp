// bench_register_startup: the register's start-up (DESIGN section 11): milliseconds from the
// program's start to a usable sale screen, with 1,000 queued offline payments in the vault and a
// 10,000-item catalog, and the peak resident memory of that process.
//
//   bench_register_startup [--data DIR] [--runs 3]
//
// It prepares a data folder (a manager, the catalog, a pairing and the sealed payments; or uses
// DIR if it already holds them), then starts itself again once per run as a fresh process that
// opens the register's window offscreen, signs the manager in through the PIN pad and waits until
// the sale screen shows the catalog's first page and the queue's status. Each child reports its
// timings and peak RSS (getrusage); the figures printed are medians. The page cache is warm after
// the first run (dropping it needs root), so the figures are a warm start.
//
// It needs a Secret Service, as the register does: run it inside a keyring session, e.g.
//   tests/support/run-test.sh keyring build/ci/bin/bench_register_startup
#include "cartpanel.h"
#include "catalogpanel.h"
#include "crypto/cardseal.h"
#include "crypto/x25519.h"
#include "mainwindow.h"
#include "payments/paymentstore.h"
#include "pinpad.h"
#include "register/enginehost.h"
#include "salepage.h"
#include "signinpage.h"
#include "statustracker.h"
#include "style.h"
#include "sync/credentials.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace holdfast;

namespace {

constexpr int catalogItems = 10'000;
constexpr int queuedPayments = 1'000;
constexpr auto managerPin = "2468";
constexpr auto readyMarker = "ready.json";

QElapsedTimer &sinceStart()
{
    static QElapsedTimer timer;
    return timer;
}

template<typename T>
std::optional<T> await(EngineHost &host, const std::function<T(RegisterEngine &)> &work, int timeoutMs = 600000)
{
    std::optional<T> result;
    QObject context;
    QEventLoop loop;
    host.call(&context, work, [&](const T &value) {
        result.emplace(value);
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return result;
}

QByteArray catalogCsv()
{
    QByteArray csv = "sku,name,category,price,tax_class\n";
    for (int i = 0; i < catalogItems; ++i) {
        csv += QStringLiteral("SKU-%1,Item %1 of the bench catalog,Category %2,%3.%4,%5\n")
                   .arg(i, 5, 10, QLatin1Char('0'))
                   .arg(i % 24)
                   .arg(1 + i % 90)
                   .arg(i % 100, 2, 10, QLatin1Char('0'))
                   .arg(i % 3 == 0 ? u"zero-rated"_s : u"standard"_s)
                   .toUtf8();
    }
    return csv;
}

/// A manager, the catalog, a pairing (to a gateway that is not there: the register starts
/// offline) and 1,000 sealed offline payments.
Status prepare(const QString &dataDir)
{
    QTemporaryDir scratch;
    const QString csvPath = scratch.filePath(u"catalog.csv"_s);
    QFile csv(csvPath);
    if (!csv.open(QIODevice::WriteOnly) || csv.write(catalogCsv()) < 0) {
        return Error {u"bench_io"_s, csv.errorString()};
    }
    csv.close();

    EngineHost host;
    EngineOptions options;
    options.dataDir = dataDir;
    options.backgroundWork = false;
    std::optional<Result<StartupInfo>> opened;
    QEventLoop loop;
    host.open(options, &loop, [&](Result<StartupInfo> info) {
        opened.emplace(std::move(info));
        loop.quit();
    });
    loop.exec();
    if (!opened || !*opened) {
        return opened ? opened->error() : Error {u"bench_open"_s, u"the engine did not open"_s};
    }
    const auto prepared = await<Status>(host, [csvPath](RegisterEngine &engine) -> Status {
        auto manager = engine.createFirstManager(u"Morgan"_s, crypto::SecretBytes::copyOf(managerPin), u"Bench store"_s,
                                                 u"ca-qc"_s, u"CAD"_s);
        if (!manager) {
            return manager.error();
        }
        auto imported = engine.importCatalog(manager.value(), csvPath);
        if (!imported || !imported->applied()) {
            return imported ? Error {u"bench_catalog"_s, imported->problems.first().message} : imported.error();
        }
        payments::Vault &vault = engine.core().vault();
        sync::Credential credential;
        credential.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        credential.gatewayUrl = u"http://127.0.0.1:9"_s;
        credential.locationId = u"loc_bench"_s;
        credential.registerId = u"reg_bench"_s;
        credential.registerName = u"Till 1"_s;
        credential.signingKey = QByteArray(32, 's');
        credential.pairedAt = engine.core().clock().now();
        if (auto added = sync::CredentialStore(vault).add(credential); !added) {
            return added;
        }
        const auto key = crypto::X25519KeyPair::generate().value();
        const auto card
            = crypto::CardData::create("4242424242424242", "12/30", crypto::EntryMethod::Chip, crypto::Cvm::Pin)
                  .value();
        const qint64 now = engine.core().clock().now();
        QList<payments::PaymentRecord> records;
        for (int i = 0; i < queuedPayments; ++i) {
            payments::PaymentRecord record;
            record.localId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            record.locationId = credential.locationId;
            record.registerId = credential.registerId;
            record.credentialId = credential.id;
            record.orderId = u"order-"_s + QString::number(i);
            record.amount = Money::fromMinor(100 + i % 4000, u"CAD").value();
            record.tip = Money::zero(u"CAD");
            record.createdAt = now - i * 1000LL;
            record.brand = card.brand();
            record.last4 = card.last4();
            record.cashier = u"Morgan"_s;
            record.kid = u"bench"_s;
            record.uploadDeadline = record.createdAt + 72LL * 3600 * 1000;
            const crypto::PaymentBinding binding {
                record.localId, record.locationId, record.registerId, record.amount.minor(),
                u"CAD"_s,       record.createdAt,  record.kid};
            auto sealed = crypto::cardseal::seal(card, key.publicKey(), binding);
            if (!sealed) {
                return sealed.error();
            }
            record.envelope = sealed.value();
            records.append(record);
        }
        return payments::PaymentStore(vault).recordAll(records, u"bench"_s, u"bench"_s, now);
    });
    if (!prepared) {
        return Error {u"bench_timeout"_s, u"preparing took too long"_s};
    }
    return *prepared;
}

/// One measured start, in this (fresh) process: prints one JSON line.
int measure(const QString &dataDir)
{
    int argc = 1;
    char name[] = "bench_register_startup";
    char *argv[] = {name, nullptr};
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    ui::applyRegisterStyle(application);
    EngineHost host;
    ui::MainWindow window(host, {});
    window.resize(1280, 800);
    QJsonObject figures;
    QObject::connect(&window, &ui::MainWindow::ready, &window, [&] {
        figures.insert(u"firstScreenMs"_s, sinceStart().elapsed());
        // Sign in through the PIN pad, as a manager would.
        window.signInPage()->pinPad()->field()->setText(QString::fromLatin1(managerPin));
        window.signInPage()->findChild<QPushButton *>(u"signInButton"_s)->click();
        figures.insert(u"signInStartMs"_s, sinceStart().elapsed());
    });
    QObject::connect(&window, &ui::MainWindow::signedIn, &window,
                     [&] { figures.insert(u"signedInMs"_s, sinceStart().elapsed()); });
    bool catalogShown = false;
    QObject::connect(window.salePage()->catalog(), &ui::CatalogPanel::resultsShown, &window,
                     [&] { catalogShown = true; });
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        const bool usable = window.currentPage() == window.salePage() && catalogShown
            && window.tracker()->status().queue.outstandingCount() == queuedPayments
            && window.salePage()->cart()->hasCart();
        if (usable) {
            figures.insert(u"saleScreenMs"_s, sinceStart().elapsed());
            loop.quit();
        }
    });
    poll.start(1);
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    EngineOptions options;
    options.dataDir = dataDir;
    window.openEngine(options);
    window.show();
    loop.exec();
    struct rusage usage
    {
    };
    getrusage(RUSAGE_SELF, &usage);
    figures.insert(u"peakRssKiB"_s, qint64(usage.ru_maxrss));
    std::printf("%s\n", QJsonDocument(figures).toJson(QJsonDocument::Compact).constData());
    host.close();
    return figures.contains(u"saleScreenMs"_s) ? 0 : 1;
}

long long median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? -1 : static_cast<long long>(values.at(values.size() / 2));
}

} // namespace

int main(int argc, char *argv[])
{
    sinceStart().start();
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--measure") == 0 && i + 1 < argc) {
            return measure(QString::fromLocal8Bit(argv[i + 1]));
        }
    }
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    QApplication::setApplicationVersion(QStringLiteral(HOLDFAST_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Register start-up to a usable sale screen, and its peak RSS."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataOption(u"data"_s, u"Use (or prepare) the register data in DIR."_s, u"DIR"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Measured starts (default 3)."_s, u"N"_s, u"3"_s);
    parser.addOptions({dataOption, runsOption});
    parser.process(application);

    QTemporaryDir temporary;
    const QString dataDir = parser.isSet(dataOption) ? parser.value(dataOption) : temporary.path();
    if (!QFile::exists(QDir(dataDir).filePath(QString::fromLatin1(readyMarker)))) {
        QElapsedTimer preparing;
        preparing.start();
        if (auto prepared = prepare(dataDir); !prepared) {
            std::fprintf(stderr, "bench_register_startup: %s\n", qPrintable(prepared.error().message));
            return 1;
        }
        QFile marker(QDir(dataDir).filePath(QString::fromLatin1(readyMarker)));
        if (!marker.open(QIODevice::WriteOnly)) {
            return 1;
        }
        std::printf("prepared %d catalog items and %d sealed queued payments in %lld ms\n", catalogItems,
                    queuedPayments, preparing.elapsed());
    }

    QList<qint64> firstScreen, signIn, saleScreen, afterPin, rss;
    const int runs = std::max(1, parser.value(runsOption).toInt());
    for (int run = 0; run < runs; ++run) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), {u"--measure"_s, dataDir});
        if (!child.waitForFinished(180000) || child.exitCode() != 0) {
            std::fprintf(stderr, "bench_register_startup: run %d failed\n", run + 1);
            return 1;
        }
        const QJsonObject figures = QJsonDocument::fromJson(child.readAllStandardOutput().trimmed()).object();
        firstScreen << figures.value("firstScreenMs"_L1).toInteger();
        signIn << figures.value("signedInMs"_L1).toInteger() - figures.value("signInStartMs"_L1).toInteger();
        saleScreen << figures.value("saleScreenMs"_L1).toInteger();
        afterPin << figures.value("saleScreenMs"_L1).toInteger() - figures.value("signedInMs"_L1).toInteger();
        rss << figures.value("peakRssKiB"_L1).toInteger();
    }
    std::printf("register start-up, %d queued payments, %d-item catalog (median of %d fresh processes):\n",
                queuedPayments, catalogItems, runs);
    std::printf("  sign-in screen ready          %6lld ms after main()\n", median(firstScreen));
    std::printf("  PIN check (scrypt, engine)    %6lld ms\n", median(signIn));
    std::printf("  sale screen usable            %6lld ms after main() (%lld ms after the PIN was accepted)\n",
                median(saleScreen), median(afterPin));
    std::printf("  without the PIN check         %6lld ms\n", median(saleScreen) - median(signIn));
    std::printf("  peak RSS                      %6.1f MiB\n", double(median(rss)) / 1024.0);
    return 0;
}
