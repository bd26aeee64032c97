#include "timetext.h"

#include <QCoreApplication>

namespace holdfast::ui {

QString sinceText(std::optional<qint64> thenMs, qint64 nowMs)
{
    if (!thenMs) {
        return QCoreApplication::translate("TimeText", "never");
    }
    const qint64 seconds = std::max<qint64>(0, (nowMs - *thenMs) / 1000);
    const int inSeconds = int(seconds);
    const int inMinutes = int(seconds / 60);
    const int inHours = int(seconds / 3600);
    const int inDays = int(seconds / 86400);
    if (seconds < 5) {
        return QCoreApplication::translate("TimeText", "just now");
    }
    if (seconds < 60) {
        return QCoreApplication::translate("TimeText", "%n s ago", nullptr, inSeconds);
    }
    if (seconds < 3600) {
        return QCoreApplication::translate("TimeText", "%n min ago", nullptr, inMinutes);
    }
    if (seconds < 86400) {
        return QCoreApplication::translate("TimeText", "%n h ago", nullptr, inHours);
    }
    return QCoreApplication::translate("TimeText", "%n day(s) ago", nullptr, inDays);
}

QString durationText(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(0, ms / 1000);
    const qint64 hours = seconds / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    if (hours > 0) {
        return QCoreApplication::translate("TimeText", "%1 h %2 min").arg(hours).arg(minutes, 2, 10, QLatin1Char('0'));
    }
    if (minutes > 0) {
        return QCoreApplication::translate("TimeText", "%1 min").arg(minutes);
    }
    return QCoreApplication::translate("TimeText", "%1 s").arg(seconds);
}

} // namespace holdfast::ui
