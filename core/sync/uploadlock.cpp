#include "uploadlock.h"

#include <QDir>

namespace holdfast::sync {

UploadLock::UploadLock(const QString &dataDir) : m_lock(QDir(dataDir).filePath(QStringLiteral("upload.lock")))
{
    // Never stale by age: only when its holder is gone (QLockFile checks the PID).
    m_lock.setStaleLockTime(0);
}

bool UploadLock::tryAcquire()
{
    return m_lock.isLocked() || m_lock.tryLock(0);
}

qint64 UploadLock::holderPid() const
{
    qint64 pid = 0;
    QString host;
    QString application;
    return m_lock.getLockInfo(&pid, &host, &application) ? pid : 0;
}

} // namespace holdfast::sync
