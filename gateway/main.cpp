// holdfast-gateway: the back office (DESIGN sections 5 to 7a). Everything lives in
// holdfast_gateway_lib; this only sets up the application and hands over the command line.
#include "cli/commandline.h"
#include "cli/commands.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("holdfast-gateway"));
    QCoreApplication::setApplicationVersion(holdfast::gateway::cli::version());
    if (qEnvironmentVariableIsEmpty("QT_MESSAGE_PATTERN")) {
        qSetMessagePattern(
            QStringLiteral("%{time yyyy-MM-ddTHH:mm:ss.zzz} %{if-debug}debug%{endif}%{if-info}info%{endif}"
                           "%{if-warning}warning%{endif}%{if-critical}critical%{endif}%{if-fatal}fatal%{endif} "
                           "%{category}: %{message}"));
    }
    return holdfast::gateway::cli::run(QCoreApplication::arguments());
}
