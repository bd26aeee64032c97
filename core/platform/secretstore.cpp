#include "secretstore.h"

#include <QEventLoop>
#include <QLoggingCategory>
#include <QTimer>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSecrets, "holdfast.core.secrets")

namespace holdfast {

namespace {

constexpr int jobTimeoutMs = 15000;

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
    qCWarning(lcSecrets) << "keychain job failed:" << job.error() << job.errorString();
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
    QKeychain::ReadPasswordJob job(m_service);
    job.setInsecureFallback(false);
    job.setKey(key);
    const bool finished = runJob(job);
    if (!finished || job.error() != QKeychain::NoError) {
        return failure(job, finished);
    }
    return job.binaryData();
}

Status KeychainSecretStore::write(const QString &key, const QByteArray &secret)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setInsecureFallback(false);
    job.setKey(key);
    job.setBinaryData(secret);
    const bool finished = runJob(job);
    if (!finished || job.error() != QKeychain::NoError) {
        return failure(job, finished);
    }
    return {};
}

Status KeychainSecretStore::remove(const QString &key)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setInsecureFallback(false);
    job.setKey(key);
    const bool finished = runJob(job);
    if (finished && (job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound)) {
        return {};
    }
    return failure(job, finished);
}

} // namespace holdfast
