#pragma once

#include <QLockFile>
#include <QString>

namespace holdfast::sync {

/// Only one uploader per vault at a time: the register UI and `holdfastctl sync --watch` may
/// both run. QLockFile records the holder's PID, so a lock left by a crashed holder is taken
/// over (it is stale as soon as that process is gone) and can never stay stuck. A holder
/// killed between creating the file and writing its PID leaves a file that names no one; it is
/// taken over once it is older than writing a PID could take.
class UploadLock
{
public:
    explicit UploadLock(const QString &dataDir);

    /// Takes the lock if it is free or stale; true while this process holds it.
    bool tryAcquire();
    bool isHeld() const { return m_lock.isLocked(); }
    void release() { m_lock.unlock(); }
    /// The PID of the other process holding it, or 0 when the file does not say.
    qint64 holderPid() const;

    static constexpr int unnamedHolderGraceMs = 10000;

private:
    bool takeOverUnnamed();

    QLockFile m_lock;
};

} // namespace holdfast::sync
