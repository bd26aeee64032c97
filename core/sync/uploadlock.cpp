#include "uploadlock.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace holdfast::sync {

UploadLock::UploadLock(const QString &dataDir) : m_lock(QDir(dataDir).filePath(QStringLiteral("upload.lock")))
{
    // Never stale by age: only when its holder is gone (QLockFile checks the PID). A holder
    // may run for weeks (sync --watch), and QLockFile never touches the file meanwhile.
    m_lock.setStaleLockTime(0);
}

bool UploadLock::tryAcquire()
{
    return m_lock.isLocked() || m_lock.tryLock(0) || takeOverUnnamed();
}

bool UploadLock::takeOverUnnamed()
{
    if (holderPid() != 0) {
        return false;
    }
    const QFileInfo file(m_lock.fileName());
    const qint64 ageMs = file.lastModified().msecsTo(QDateTime::currentDateTime());
    if (!file.exists() || ageMs < unnamedHolderGraceMs) {
        return false; // a holder may be writing its PID right now
    }
    // QLockFile removes it only if no living process holds the file's native lock (flock),
    // which its holder takes before writing the PID.
    return m_lock.removeStaleLockFile() && m_lock.tryLock(0);
}

qint64 UploadLock::holderPid() const
{
    qint64 pid = 0;
    QString host;
    QString application;
    return m_lock.getLockInfo(&pid, &host, &application) ? pid : 0;
}

} // namespace holdfast::sync
