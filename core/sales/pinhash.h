#pragma once

#include "common/result.h"
#include "crypto/secretbytes.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace holdfast::sales {

/// scrypt's cost, stored with every hash so that raising it later re-hashes on next sign-in.
struct PinKdfParams
{
    quint64 n = quint64(1) << 15; ///< 32 MiB with r = 8: ~0.1 s on a till, per attempt
    quint32 r = 8;
    quint32 p = 1;

    /// "scrypt:n=32768,r=8,p=1", the stored form.
    QString toString() const;
    static std::optional<PinKdfParams> fromString(QStringView text);
    bool operator==(const PinKdfParams &) const = default;
};

/// Staff PIN hashing (docs/sales.md, "PIN storage"): hash = scrypt(HMAC-SHA256(pepper, PIN),
/// salt, n, r, p), 32 bytes, with OpenSSL's EVP_KDF "SCRYPT". The 16-byte salt is random per
/// hash; the 32-byte pepper lives in the system keyring, never in store.sqlite, so a copied
/// database alone does not let anyone try the 10,000 four-digit PINs.
class PinHasher
{
    Q_DECLARE_TR_FUNCTIONS(PinHasher)

public:
    static constexpr qsizetype saltBytes = 16;
    static constexpr qsizetype hashBytes = 32;
    static constexpr qsizetype pepperBytes = 32;

    /// 4 to 8 ASCII digits; "pin_invalid" otherwise (the PIN itself is never in the message).
    static Status validate(QByteArrayView pin);
    static Result<crypto::SecretBytes> hash(QByteArrayView pin, QByteArrayView pepper, QByteArrayView salt,
                                            const PinKdfParams &params);
    /// Constant-time comparison of a freshly computed hash with the stored one.
    static bool matches(const crypto::SecretBytes &computed, QByteArrayView stored);
    /// `size` bytes from OpenSSL's CSPRNG ("random_failed" if it cannot give them).
    static Result<QByteArray> randomBytes(qsizetype size);
    /// Moves what was typed into wiped memory and wipes `typed` (the caller's other copies,
    /// such as a line edit's text, are the caller's to clear).
    static crypto::SecretBytes take(QString &typed);
};

} // namespace holdfast::sales
