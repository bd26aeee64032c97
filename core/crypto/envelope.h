#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace holdfast::crypto {

/// HPKE `info` for sealed card data (DESIGN section 5).
inline constexpr QByteArrayView sealInfo = "holdfast offline payment v1";

/// Sealed card data as it travels and rests: {"kid","enc","ct"} with base64url bytes.
struct Envelope
{
    Q_DECLARE_TR_FUNCTIONS(Envelope)

public:
    QString kid; ///< the daily key it was sealed to
    QByteArray enc; ///< HPKE encapsulated key, 32 bytes
    QByteArray ct; ///< AES-128-GCM ciphertext and tag

    static constexpr qsizetype maxCiphertextSize = 1024;

    QJsonObject toJson() const;
    /// Strict: exactly the three members, a well-formed kid, 32-byte enc, a plausible ct.
    static Result<Envelope> fromJson(const QJsonValue &value);

    bool operator==(const Envelope &) const = default;
};

/// Whether `kid` is a key id Holdfast accepts: 1 to 64 of A-Z a-z 0-9 . _ -
bool isValidKeyId(QStringView kid);

/// The payment fields an envelope is bound to: change any and the envelope will not open.
struct PaymentBinding
{
    QString localId;
    QString locationId;
    QString registerId;
    qint64 amountMinor = 0;
    QString currency;
    qint64 createdAtMs = 0;
    QString kid;
};

/// The AAD of DESIGN section 5:
/// holdfast-v1|{localId}|{locationId}|{registerId}|{amountMinor}|{currency}|{createdAtMs}|{kid}
/// Refuses empty fields and fields containing '|', which would make two bindings collide.
Result<QByteArray> buildAad(const PaymentBinding &binding);

} // namespace holdfast::crypto
