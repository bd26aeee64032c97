#include "secretstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QThread>
#include <QTimer>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSecrets, "holdfast.core.secrets", QtInfoMsg)

namespace holdfast {

namespace {

constexpr int jobTimeoutMs = 15000;

// QtKeychain's backend here is libsecret, which ties itself to the GLib main context of the
// first thread that uses it: once that thread has ended, every later keychain call in the
// process times out, and some crash (checked with Qt 6.4, QtKeychain 0.13, libsecret 0.20: a
// write from a second worker thread works, its read hangs, a third thread crashes). The
// register calls the keychain from its engine thread and tests from several, so every job runs
// on one thread that lives as long as the application.
struct KeychainThread
{
    QThread thread;
    QObject *context = nullptr; ///< lives in `thread`: jobs are queued to it
};

KeychainThread *keychainThread()
{
    static KeychainThread *instance = [] {
        auto *keychain = new KeychainThread;
        keychain->thread.setObjectName(u"keychain"_s);
        keychain->context = new QObject;
        keychain->context->moveToThread(&keychain->thread);
        keychain->thread.start();
        // Stopped (bounded) when the application object goes, so no thread outlives main().
        qAddPostRoutine([] {
            keychainThread()->thread.quit();
            keychainThread()->thread.wait(jobTimeoutMs);
        });
        return keychain;
    }();
    return instance;
}

/// Runs `work` on the keychain thread and waits for it (the calls are synchronous anyway).
void onKeychainThread(const std::function<void()> &work)
{
    KeychainThread *keychain = keychainThread();
    if (QThread::currentThread() == &keychain->thread) {
        return work();
    }
    if (!keychain->thread.isRunning()) {
        qCWarning(lcSecrets) << "the keychain thread has stopped; running the job here";
        return work();
    }
    QMetaObject::invokeMethod(keychain->context, work, Qt::BlockingQueuedConnection);
}

// QtKeychain jobs are asynchronous; secrets are read at start-up and written at pairing,
// rarely and quickly, so callers get a plain synchronous call. The wait is bounded.
bool runJob(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(jobTimeoutMs, &loop, &QEventLoop::quit);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    return finished;
}

Error failure(const QKeychain::Job &job, bool finished)
{
    if (finished && job.error() == QKeychain::EntryNotFound) {
        // A secret not stored yet (first run, unpaired terminal): the caller decides; no alarm.
        qCDebug(lcSecrets) << "no keychain entry" << job.key();
    } else {
        qCWarning(lcSecrets) << "keychain job failed:" << job.error() << job.errorString();
    }
    if (!finished) {
        return {u"secret_store_unavailable"_s,
                KeychainSecretStore::tr("The system keyring did not answer. Unlock it and try again.")};
    }
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        return {u"secret_not_found"_s, KeychainSecretStore::tr("No secret is stored for this device yet.")};
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return {u"secret_store_denied"_s,
                KeychainSecretStore::tr("The system keyring refused access. Unlock it and try again.")};
    default:
        return {u"secret_store_unavailable"_s,
                KeychainSecretStore::tr("No system keyring (Secret Service) is available, so Holdfast cannot keep "
                                        "its credentials safe. Start the keyring (for example gnome-keyring) and try "
                                        "again.")};
    }
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service) : m_service(std::move(service))
{
}

Result<QByteArray> KeychainSecretStore::read(const QString &key)
{
    std::optional<Result<QByteArray>> result;
    onKeychainThread([&] {
        QKeychain::ReadPasswordJob job(m_service);
        job.setInsecureFallback(false);
        job.setKey(key);
        const bool finished = runJob(job);
        if (!finished || job.error() != QKeychain::NoError) {
            result.emplace(failure(job, finished));
        } else {
            result.emplace(job.binaryData());
        }
    });
    return std::move(*result);
}

Status KeychainSecretStore::write(const QString &key, const QByteArray &secret)
{
    Status result;
    onKeychainThread([&] {
        QKeychain::WritePasswordJob job(m_service);
        job.setInsecureFallback(false);
        job.setKey(key);
        job.setBinaryData(secret);
        const bool finished = runJob(job);
        if (!finished || job.error() != QKeychain::NoError) {
            result = failure(job, finished);
        }
    });
    return result;
}

Status KeychainSecretStore::remove(const QString &key)
{
    Status result;
    onKeychainThread([&] {
        QKeychain::DeletePasswordJob job(m_service);
        job.setInsecureFallback(false);
        job.setKey(key);
        const bool finished = runJob(job);
        if (!finished || (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)) {
            result = failure(job, finished);
        }
    });
    return result;
}

} // namespace holdfast
