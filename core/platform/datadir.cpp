#include "datadir.h"

#include <QDir>
#include <QStandardPaths>

namespace holdfast {

QString defaultDataDir()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("holdfast"));
}

} // namespace holdfast
