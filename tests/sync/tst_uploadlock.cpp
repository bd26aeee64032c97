// The one-uploader lock (core/sync/uploadlock): a holder killed at any instant, even between
// creating the lock file and writing its PID into it, never leaves the lock stuck; a living
// holder is never robbed.

#include "sync/uploadlock.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace holdfast;

namespace {

// The file a holder leaves when killed right after creating it: no PID, no host.
void leaveUnnamedLockFile(const QString &dir, qint64 ageMs)
{
    QFile file(dir + u"/upload.lock"_s);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QDateTime then = QDateTime::currentDateTime().addMSecs(-ageMs);
    QVERIFY(file.setFileTime(then, QFileDevice::FileModificationTime));
}

} // namespace

class TestUploadLock : public QObject
{
    Q_OBJECT

private slots:
    void secondHolder_isRefusedUntilTheFirstReleases();
    void unnamedFile_oldEnough_isTakenOver();
    void unnamedFile_justCreated_isLeftToItsWriter();
    void unnamedFile_stillLockedByAProcess_isNeverTaken();
};

void TestUploadLock::secondHolder_isRefusedUntilTheFirstReleases()
{
    QTemporaryDir dir;
    sync::UploadLock first(dir.path());
    sync::UploadLock second(dir.path());
    QVERIFY(first.tryAcquire());
    QVERIFY(!second.tryAcquire());
    QCOMPARE(second.holderPid(), QCoreApplication::applicationPid());
    first.release();
    QVERIFY(second.tryAcquire());
}

void TestUploadLock::unnamedFile_oldEnough_isTakenOver()
{
    QTemporaryDir dir;
    leaveUnnamedLockFile(dir.path(), sync::UploadLock::unnamedHolderGraceMs + 1000);
    sync::UploadLock lock(dir.path());
    QCOMPARE(lock.holderPid(), 0);
    QVERIFY(lock.tryAcquire());
    QCOMPARE(lock.holderPid(), QCoreApplication::applicationPid());
}

void TestUploadLock::unnamedFile_justCreated_isLeftToItsWriter()
{
    QTemporaryDir dir;
    leaveUnnamedLockFile(dir.path(), 0);
    sync::UploadLock lock(dir.path());
    QVERIFY(!lock.tryAcquire());
    QVERIFY(QFile::exists(dir.path() + u"/upload.lock"_s));
}

void TestUploadLock::unnamedFile_stillLockedByAProcess_isNeverTaken()
{
    // A holder that has created and locked the file but not written its PID yet (or whose
    // write failed): QLockFile takes a native lock first, and that keeps the file its own.
    QTemporaryDir dir;
    leaveUnnamedLockFile(dir.path(), sync::UploadLock::unnamedHolderGraceMs + 1000);
    const QByteArray path = QFile::encodeName(dir.path() + u"/upload.lock"_s);
    const int fd = ::open(path.constData(), O_WRONLY);
    QVERIFY(fd >= 0);
    QCOMPARE(::flock(fd, LOCK_EX | LOCK_NB), 0);
    sync::UploadLock lock(dir.path());
    QVERIFY(!lock.tryAcquire());
    ::close(fd);
    QVERIFY(lock.tryAcquire());
}

QTEST_GUILESS_MAIN(TestUploadLock)
#include "tst_uploadlock.moc"
