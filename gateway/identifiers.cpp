#include "identifiers.h"

#include "common/base64url.h"
#include "crypto/secretbytes.h"

#include <QCryptographicHash>

#include <openssl/rand.h>

using namespace Qt::StringLiterals;

namespace holdfast::gateway::ids {

namespace {

constexpr QLatin1StringView lowerAlphabet("abcdefghijklmnopqrstuvwxyz0123456789");
// Upper-case letters and digits that cannot be mistaken for one another when read aloud or
// copied by hand: 0/O, 1/I/L are left out. 31 characters.
constexpr QLatin1StringView codeAlphabet("ABCDEFGHJKMNPQRSTUVWXYZ23456789");

void randomBytes(unsigned char *out, int size)
{
    // RAND_bytes fails only when the CSPRNG cannot be seeded; continuing with predictable ids
    // and tokens would be worse than stopping.
    if (RAND_bytes(out, size) != 1) {
        qFatal("holdfast-gateway: the system random number generator failed");
    }
}

// Unbiased: bytes at or above the largest multiple of the alphabet size are drawn again.
QString randomFrom(QLatin1StringView alphabet, int length)
{
    const int size = int(alphabet.size());
    const int limit = 256 - 256 % size;
    QString out;
    out.reserve(length);
    while (out.size() < length) {
        unsigned char buffer[32];
        randomBytes(buffer, int(sizeof buffer));
        for (const unsigned char byte : buffer) {
            if (byte < limit && out.size() < length) {
                out.append(alphabet.at(byte % size));
            }
        }
    }
    return out;
}

} // namespace

QString random(QStringView prefix, int length)
{
    return prefix.toString() + u'_' + randomFrom(lowerAlphabet, length);
}

QString randomLower(int length)
{
    return randomFrom(lowerAlphabet, length);
}

QString newDeviceCode()
{
    const QString raw = randomFrom(codeAlphabet, 8);
    return raw.left(4) + u'-' + raw.mid(4);
}

std::optional<QString> normalizeDeviceCode(QStringView typed)
{
    QString raw;
    for (const QChar c : typed) {
        if (c == u'-' || c.isSpace()) {
            continue;
        }
        const QChar upper = c.toUpper();
        if (!codeAlphabet.contains(upper) || raw.size() >= 8) {
            return std::nullopt;
        }
        raw.append(upper);
    }
    if (raw.size() != 8) {
        return std::nullopt;
    }
    return raw.left(4) + u'-' + raw.mid(4);
}

QString newToken()
{
    crypto::SecretBytes bytes(32);
    randomBytes(bytes.data(), int(bytes.size()));
    return base64url::encodeToString(bytes.view());
}

QString sha256Hex(QStringView text)
{
    QByteArray utf8 = text.toUtf8();
    const QString hash = sha256Hex(QByteArrayView(utf8));
    crypto::wipe(utf8);
    return hash;
}

QString sha256Hex(QByteArrayView bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace holdfast::gateway::ids
