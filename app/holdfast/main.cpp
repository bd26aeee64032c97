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

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QApplication::setApplicationName(u"holdfast"_s);
    QApplication::setOrganizationName(u"Holdfast"_s);
    QApplication::setApplicationVersion(QStringLiteral(HOLDFAST_VERSION));
    QApplication::setDesktopFileName(u"holdfast"_s);

    const holdfast::ui::UiSettings settings = holdfast::ui::UiSettings::load();
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Holdfast register: sales, card payments that survive an internet outage."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption data(u"data"_s, QApplication::translate("main", "Keep the register's data in DIR."),
                                  u"DIR"_s, holdfast::defaultDataDir());
    const QCommandLineOption outage(
        u"demo-outage-control"_s,
        QApplication::translate("main",
                                "Show a \"Simulate internet outage\" switch driving the fault proxy's "
                                "control channel at URL (POST /cut, /restore)."),
        u"URL"_s);
    const QCommandLineOption language(
        u"language"_s, QApplication::translate("main", "Use LANG (en, fr_CA, es) instead of the saved setting."),
        u"LANG"_s);
    parser.addOptions({data, outage, language});
    parser.process(application);

    holdfast::ui::installTranslations(
        holdfast::ui::localeFor(parser.isSet(language) ? parser.value(language) : settings.language));

    holdfast::ui::MainWindow::Options options;
    options.idleLockMinutes = settings.idleLockMinutes;
    if (parser.isSet(outage)) {
        options.outageControl = QUrl(parser.value(outage), QUrl::StrictMode);
        if (!options.outageControl.isValid() || options.outageControl.scheme() != u"http"_s
            || options.outageControl.host().isEmpty()) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QApplication::translate("main",
                                                            "holdfast: --demo-outage-control needs an "
                                                            "http://HOST:PORT address.")));
            return 2;
        }
    }
    const QString dataDir = parser.value(data);
    if (!QDir().mkpath(dataDir)) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QApplication::translate("main", "holdfast: cannot create the data folder %1")
                                    .arg(QDir::toNativeSeparators(dataDir))));
        return 1;
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
