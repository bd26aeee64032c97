// holdfast-vault-child: records sealed payments into a vault in a loop, for the crash,
// plaintext and disk-full tests. It prints "attempt <id>" before and "recorded <id>" after
// each durable commit, so a test knows what the register would have told the cashier.
//
//   holdfast-vault-child DATADIR [--count N] [--max-file-size BYTES] [--wait-stdin]

#include "payments/paymentstore.h"
#include "sync/credentials.h"
#include "vaultfixture.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <csignal>
#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace holdfast;

namespace {

const char *const testCards[]
    = {"4242424242424242", "4000000000000002", "5555555555554444", "378282246310005", "6011111111111117"};

Result<sync::Credential> credentialOf(payments::Vault &vault)
{
    auto existing = sync::CredentialStore(vault).active();
    return existing ? existing : test::addTestCredential(vault);
}

bool limitFileSize(qint64 bytes)
{
    // Writing past the limit must fail with an error, not kill the process with SIGXFSZ.
    std::signal(SIGXFSZ, SIG_IGN);
    const rlimit limit {rlim_t(bytes), rlim_t(bytes)};
    return setrlimit(RLIMIT_FSIZE, &limit) == 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(u"datadir"_s, u"The vault's data directory."_s);
    parser.addOption({u"count"_s, u"Stop after N payments (default: never)."_s, u"N"_s});
    parser.addOption({u"max-file-size"_s, u"Limit files this process writes to BYTES."_s, u"BYTES"_s});
    parser.addOption({u"wait-stdin"_s, u"When done, print 'done' and wait until stdin closes."_s});
    parser.process(app);
    if (parser.positionalArguments().size() != 1) {
        parser.showHelp(2);
    }
    QTextStream out(stdout);
    if (parser.isSet(u"max-file-size"_s) && !limitFileSize(parser.value(u"max-file-size"_s).toLongLong())) {
        out << "cannot limit file size\n";
        return 2;
    }
    auto vault = payments::Vault::open(parser.positionalArguments().first());
    if (!vault) {
        out << "failed " << vault.error().code << ' ' << vault.error().message << Qt::endl;
        return 3;
    }
    auto credential = credentialOf(*vault.value());
    if (!credential) {
        out << "failed " << credential.error().code << ' ' << credential.error().message << Qt::endl;
        return 3;
    }
    const QByteArray dailyKey = crypto::X25519KeyPair::generate()->publicKey();
    payments::PaymentStore store(*vault.value());
    const qint64 count = parser.isSet(u"count"_s) ? parser.value(u"count"_s).toLongLong() : -1;
    for (qint64 i = 0; count < 0 || i < count; ++i) {
        const qint64 now = 1795348800000 + i;
        const auto payment = test::sealedPayment(credential.value(), dailyKey, 100 + i % 9000, now,
                                                 testCards[i % std::size(testCards)]);
        out << "attempt " << payment.localId << Qt::endl;
        if (auto recorded = store.record(payment, u"cashier:crash-test"_s, now); !recorded) {
            out << "failed " << recorded.error().code << ' ' << recorded.error().message << Qt::endl;
            return 3;
        }
        out << "recorded " << payment.localId << Qt::endl;
    }
    if (parser.isSet(u"wait-stdin"_s)) {
        out << "done" << Qt::endl;
        QFile in;
        if (in.open(stdin, QIODevice::ReadOnly)) {
            in.readAll(); // returns when the test closes our stdin
        }
    }
    return 0;
}
