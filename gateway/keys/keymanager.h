#pragma once

#include "common/result.h"
#include "crypto/ed25519.h"
#include "crypto/keyschedule.h"
#include "crypto/x25519.h"
#include "kek.h"
#include "platform/clock.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace holdfast::gateway {
class Database;

/// One daily sealing key as the operator sees it (`keys list`). Never the private half.
struct SealingKeyInfo
{
    QString kid;
    QByteArray publicKey;
    qint64 notBefore = 0;
    qint64 notAfter = 0;
    qint64 createdAt = 0;
    std::optional<qint64> retiredAt; ///< replaced by `keys rotate`; still opens what was sealed to it
    std::optional<qint64> destroyedAt; ///< the private half is gone
};

/// The daily X25519 sealing keys (DESIGN section 5): one per UTC day, generated ahead, published
/// as a signed schedule, private halves stored under the key-encrypting key and destroyed once
/// no payment sealed to them can still arrive.
class KeyManager
{
    Q_DECLARE_TR_FUNCTIONS(KeyManager)

public:
    /// Published: today and this many following days (the register needs at least 3).
    static constexpr int daysAhead = 4;
    /// Kept after a key's last day + the longest upload deadline, for late and retried uploads.
    static constexpr qint64 destroyGraceMs = crypto::KeySchedule::dayMs;
    static constexpr auto issuer = "holdfast-gateway";

    KeyManager(const Database &database, KeyEncryptionKey kek, const Clock &clock);

    /// Generates the keys missing from today to today + daysAhead. Safe when several instances
    /// do it at once: one key per day wins, the others' inserts do nothing.
    Status ensureSchedule() const;
    /// The current schedule (after ensureSchedule), unsigned.
    Result<crypto::KeySchedule> currentSchedule() const;
    /// The current schedule signed as JWS: the body of `GET /v1/keys`.
    Result<QString> signedSchedule(const crypto::Ed25519KeyPair &signer) const;

    /// The key pair of `kid`. Fails with unknown_kid (never issued here) or key_destroyed.
    Result<crypto::X25519KeyPair> privateKey(const QString &kid) const;

    /// Every key, newest day first.
    Result<QList<SealingKeyInfo>> list() const;
    /// Replaces the keys of every day after today with fresh ones; the replaced keys still open
    /// payments sealed to them until they are destroyed. Answers how many were replaced.
    Result<int> rotate() const;
    /// Destroys the private halves whose time has come (see destroyAfter) unless a payment
    /// sealed to them still waits for processing. Answers the kids destroyed.
    Result<QStringList> destroyExpired(qint64 longestUploadDeadlineMs) const;

    /// When a key's private half is destroyed: after its last day, the longest upload deadline
    /// of any location, and a day of grace.
    static qint64 destroyAfter(qint64 notAfter, qint64 longestUploadDeadlineMs)
    {
        return notAfter + longestUploadDeadlineMs + destroyGraceMs;
    }

private:
    Status generate(qint64 dayStart) const;

    const Database &m_database;
    KeyEncryptionKey m_kek;
    const Clock &m_clock;
};

} // namespace holdfast::gateway
