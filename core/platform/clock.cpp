#include "clock.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>

namespace holdfast {

qint64 SystemClock::wallMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

qint64 SystemClock::monotonicMs() const
{
    // On Linux QElapsedTimer reads CLOCK_MONOTONIC, whose reference point is the boot.
    QElapsedTimer timer;
    timer.start();
    return timer.msecsSinceReference();
}

QString SystemClock::bootId() const
{
    static const QString id = [] {
        QFile file(QStringLiteral("/proc/sys/kernel/random/boot_id"));
        return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll().trimmed()) : QString();
    }();
    return id;
}

SystemClock &SystemClock::instance()
{
    static SystemClock clock;
    return clock;
}

} // namespace holdfast
