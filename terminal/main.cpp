// holdfast-terminal: wires the simulator's parts together; see terminalserver.h for the protocol.
#include "commandline.h"
#include "pairing.h"
#include "salestore.h"
#include "terminaldevice.h"
#include "terminalidentity.h"
#include "terminalserver.h"
#include "terminalwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;
using namespace holdfast::simulator;

namespace {

// The application object must exist before the parser runs, and its kind depends on --gui:
// without it the terminal needs no display at all.
bool wantsGui(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--gui") == 0) {
            return true;
        }
    }
    return false;
}

int fail(const holdfast::Error &error, int exitCode)
{
    QTextStream(stderr) << "holdfast-terminal: " << error.message << Qt::endl;
    return exitCode;
}

} // namespace

int main(int argc, char **argv)
{
    std::unique_ptr<QCoreApplication> app;
    if (wantsGui(argc, argv)) {
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(u"holdfast-terminal"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(HOLDFAST_VERSION));

    QCommandLineParser parser;
    addOptions(parser);
    parser.process(*app);
    auto options = readOptions(parser);
    if (!options) {
        return fail(options.error(), 2);
    }
    auto identity = TerminalIdentity::loadOrCreate(options->dataDir);
    if (!identity) {
        return fail(identity.error(), 1);
    }
    auto pairing = Pairing::load(options->dataDir, app.get());
    if (!pairing) {
        return fail(pairing.error(), 1);
    }
    auto store = SaleStore::open(options->dataDir);
    if (!store) {
        return fail(store.error(), 1);
    }
    auto *device = new TerminalDevice(std::move(store).value(), options->timings, app.get());
    for (const TestCard &card : options->present) {
        (void)device->present(card);
    }
    auto *server = new TerminalServer(identity.value(), pairing.value(), device, app.get());

    QTextStream out(stdout);
    out << "terminal id: " << identity->terminalId() << '\n';
    out << "certificate sha256: " << identity->certSha256() << '\n';
    if (!pairing.value()->isPaired() || options->repair) {
        out << "pairing code: " << pairing.value()->issueCode(options->pairingTtl) << '\n';
    } else {
        out << "paired with a register; start with --repair for a new pairing code\n";
    }
    QObject::connect(pairing.value(), &Pairing::codeExpired, app.get(),
                     [] { QTextStream(stdout) << "pairing code expired" << Qt::endl; });
    QObject::connect(pairing.value(), &Pairing::paired, app.get(),
                     [] { QTextStream(stdout) << "paired with a register" << Qt::endl; });

    auto port = server->listen(options->address, options->port);
    if (!port) {
        return fail(port.error(), 1);
    }
    out << "listening on https://" << options->host << ':' << port.value() << Qt::endl;

    std::unique_ptr<TerminalWindow> window;
    if (options->gui) {
        window = std::make_unique<TerminalWindow>(device, pairing.value(), options->pairingTtl);
        window->show();
    }
    return app->exec();
}
