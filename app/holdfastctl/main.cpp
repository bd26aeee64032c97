#include "cli/commands.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("holdfastctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HOLDFAST_VERSION));
    return holdfast::cli::runHoldfastctl(QCoreApplication::arguments());
}
