// holdfast: the register a cashier uses all day. This file only wires: command line, language,
// look, the engine thread and the window.
#include "mainwindow.h"
#include "platform/datadir.h"
#include "register/enginehost.h"
#include "style.h"
#include "translations.h"
#include "uisettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QUrl>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

struct CommandLine
{
    QCommandLineParser parser;
    QCommandLineOption data {u"data"_s, QCoreApplication::translate("main", "Keep the register's data in DIR."),
                             u"DIR"_s, holdfast::defaultDataDir()};
    QCommandLineOption outage {
        u"demo-outage-control"_s,
        QCoreApplication::translate("main",
                                    "Show a \"Simulate internet outage\" switch driving the "
                                    "fault proxy's control channel at URL (POST /cut, /restore)."),
        u"URL"_s};
    QCommandLineOption language {
        u"language"_s, QCoreApplication::translate("main", "Use LANG (en, fr_CA, es) instead of the saved setting."),
        u"LANG"_s};

    CommandLine()
    {
        parser.setApplicationDescription(QCoreApplication::translate(
            "main", "Holdfast register: sales, card payments that survive an internet outage."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({data, outage, language});
    }
};

void setNames()
{
    QCoreApplication::setApplicationName(u"holdfast"_s);
    QCoreApplication::setOrganizationName(u"Holdfast"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(HOLDFAST_VERSION));
}

int fail(const QString &message, int code)
{
    std::fprintf(stderr, "holdfast: %s\n", qPrintable(message));
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
    // --help, --version and bad arguments are answered without a display.
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
    }
    {
        CommandLine commandLine;
        const bool parsed = commandLine.parser.parse(arguments);
        if (!parsed || commandLine.parser.isSet(u"help"_s) || commandLine.parser.isSet(u"version"_s)) {
            QCoreApplication text(argc, argv);
            setNames();
            if (!parsed) {
                return fail(commandLine.parser.errorText(), 2);
            }
            holdfast::ui::installTranslations(holdfast::ui::localeFor(holdfast::ui::UiSettings::load().language));
            CommandLine translated; // its descriptions in the user's language
            translated.parser.process(text); // prints and exits
            return 0;
        }
        const QString outage = commandLine.parser.value(commandLine.outage);
        const QUrl control(outage, QUrl::StrictMode);
        if (commandLine.parser.isSet(commandLine.outage)
            && (!control.isValid() || control.scheme() != u"http"_s || control.host().isEmpty())) {
            return fail(QCoreApplication::translate("main", "--demo-outage-control needs an http://HOST:PORT address."),
                        2);
        }
    }

    QApplication application(argc, argv);
    setNames();
    QApplication::setDesktopFileName(u"holdfast"_s);
    CommandLine commandLine;
    commandLine.parser.process(application);

    const holdfast::ui::UiSettings settings = holdfast::ui::UiSettings::load();
    holdfast::ui::installTranslations(holdfast::ui::localeFor(commandLine.parser.isSet(commandLine.language)
                                                                  ? commandLine.parser.value(commandLine.language)
                                                                  : settings.language));
    holdfast::ui::MainWindow::Options options;
    options.idleLockMinutes = settings.idleLockMinutes;
    if (commandLine.parser.isSet(commandLine.outage)) {
        options.outageControl = QUrl(commandLine.parser.value(commandLine.outage), QUrl::StrictMode);
    }
    const QString dataDir = commandLine.parser.value(commandLine.data);
    if (!QDir().mkpath(dataDir)) {
        return fail(QCoreApplication::translate("main", "cannot create the data folder %1")
                        .arg(QDir::toNativeSeparators(dataDir)),
                    1);
    }

    holdfast::ui::applyRegisterStyle(application);
    holdfast::EngineHost engine;
    holdfast::ui::MainWindow window(engine, options);
    holdfast::EngineOptions engineOptions;
    engineOptions.dataDir = dataDir;
    window.openEngine(engineOptions);
    window.showMaximized();
    const int status = QApplication::exec();
    engine.close(); // the engine finishes in its thread before the window and the application go
    return status;
}
