#pragma once

#include "common/result.h"
#include "ed25519.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace holdfast::crypto {

/// One day's public sealing key in the gateway's published schedule.
struct ScheduleKey
{
    QString kid;
    QByteArray publicKey; ///< raw X25519, 32 bytes
    qint64 notBefore = 0; ///< ms since the epoch, inclusive
    qint64 notAfter = 0; ///< ms since the epoch, exclusive

    bool covers(qint64 timeMs) const { return timeMs >= notBefore && timeMs < notAfter; }
    bool operator==(const ScheduleKey &) const = default;
};

/// The signed list of daily public keys (DESIGN section 5): what a register seals to.
/// Payload: {"issuer":"…","issuedAt":ms,"keys":[{"kid","pub","notBefore","notAfter"}…]}
class KeySchedule
{
    Q_DECLARE_TR_FUNCTIONS(KeySchedule)

public:
    static constexpr qint64 dayMs = 24 * 60 * 60 * 1000;
    /// How far a schedule must reach beyond "now" when it is fetched: three more days.
    static constexpr qint64 requiredAheadMs = 3 * dayMs;
    /// How far ahead of our clock the gateway's issuedAt may be before we call it bogus.
    static constexpr qint64 clockSkewMs = 5 * 60 * 1000;

    KeySchedule() = default;
    /// Keys are sorted by notBefore; they must not overlap and kids must be unique.
    static Result<KeySchedule> create(QString issuer, qint64 issuedAt, QList<ScheduleKey> keys);

    const QString &issuer() const { return m_issuer; }
    qint64 issuedAt() const { return m_issuedAt; }
    const QList<ScheduleKey> &keys() const { return m_keys; }

    /// The key to seal with at `timeMs`, if the schedule has one.
    std::optional<ScheduleKey> keyAt(qint64 timeMs) const;
    std::optional<ScheduleKey> keyById(QStringView kid) const;

    QByteArray toPayload() const; ///< compact JSON
    static Result<KeySchedule> fromPayload(QByteArrayView json);

    Result<QString> sign(const Ed25519KeyPair &signingKey) const;

    /// Verifies a schedule's JWS against the pinned signing key and checks that it is usable
    /// at `nowMs`: not issued in the future, a key for now, and keys without gaps up to
    /// `nowMs + aheadMs`. Error codes: schedule_signature_invalid, schedule_malformed,
    /// schedule_not_yet_valid, schedule_expired, schedule_missing_future_days.
    static Result<KeySchedule> verify(QStringView jws, QByteArrayView pinnedSigningKey, qint64 nowMs,
                                      qint64 aheadMs = requiredAheadMs);

    bool operator==(const KeySchedule &) const = default;

private:
    Status checkUsableAt(qint64 nowMs, qint64 aheadMs) const;

    QString m_issuer;
    qint64 m_issuedAt = 0;
    QList<ScheduleKey> m_keys;
};

} // namespace holdfast::crypto
