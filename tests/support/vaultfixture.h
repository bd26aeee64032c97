#pragma once

#include "crypto/x25519.h"
#include "payments/paymentrecord.h"
#include "payments/vault.h"
#include "sync/credentials.h"

#include <QTemporaryDir>

#include <memory>

namespace holdfast::test {

/// Test card numbers of DESIGN section 6 (Luhn-valid) with their expiry.
inline constexpr const char *approvingCard = "4242424242424242";

/// Adds a made-up pairing (location "loc_test") to `vault`, as pairing with a gateway would.
Result<sync::Credential> addTestCredential(payments::Vault &vault);

/// A QUEUED offline payment of `credential`, sealed to `dailyPublicKey` (kid "k1") with the
/// real card number `pan`, expiry 12/29, chip and PIN.
payments::PaymentRecord sealedPayment(const sync::Credential &credential, QByteArrayView dailyPublicKey,
                                      qint64 amountMinor, qint64 createdAtMs, const char *pan = approvingCard);

/// A fresh vault in a temporary data directory, paired with a made-up location, and a daily
/// sealing key to make real sealed payments with.
class VaultFixture
{
public:
    VaultFixture();

    bool isValid() const { return m_vault != nullptr; }
    QString dataDir() const { return m_dir.path(); }
    payments::Vault &vault() { return *m_vault; }
    const sync::Credential &credential() const { return m_credential; }
    const crypto::X25519KeyPair &dailyKey() const { return m_dailyKey; }

    /// A QUEUED offline payment sealed to the daily key (kid "k1") with a real card number.
    payments::PaymentRecord makePayment(qint64 amountMinor, qint64 createdAtMs, const char *pan = approvingCard) const;

    /// Closes and reopens the vault, as a restart of the register would.
    bool reopen();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<payments::Vault> m_vault;
    sync::Credential m_credential;
    crypto::X25519KeyPair m_dailyKey;
};

} // namespace holdfast::test
