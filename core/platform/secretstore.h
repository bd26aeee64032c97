#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace holdfast {

/// Where device tokens and terminal secrets live: never in a file, never in QSettings.
/// A seam so tests can see what was stored; the product uses KeychainSecretStore.
class SecretStore
{
public:
    virtual ~SecretStore() = default;

    /// The secret under `key`; error "secret_not_found" when there is none.
    virtual Result<QByteArray> read(const QString &key) = 0;
    virtual Status write(const QString &key, const QByteArray &secret) = 0;
    /// Removing a key that is not there succeeds.
    virtual Status remove(const QString &key) = 0;
};

/// SecretStore on QtKeychain, which talks to the desktop's Secret Service over D-Bus
/// (gnome-keyring, KWallet). There is deliberately no plaintext fallback: without a Secret
/// Service every call fails with "secret_store_unavailable" and a sentence saying what to do.
class KeychainSecretStore final : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(KeychainSecretStore)

public:
    /// `service` groups Holdfast's entries in the keyring; keys name one secret within it.
    explicit KeychainSecretStore(QString service = QStringLiteral("Holdfast POS"));

    Result<QByteArray> read(const QString &key) override;
    Status write(const QString &key, const QByteArray &secret) override;
    Status remove(const QString &key) override;

private:
    QString m_service;
};

} // namespace holdfast
