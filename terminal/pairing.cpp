#include "pairing.h"

#include "common/base64url.h"
#include "datafiles.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QLoggingCategory>
#include <QRandomGenerator>

#include <openssl/crypto.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcPairing, "holdfast.terminal.pairing")

namespace holdfast::simulator {

namespace {

// Upper-case letters and digits without the look-alikes 0/O, 1/I/L: easy to read aloud and type.
constexpr QLatin1StringView codeAlphabet("23456789ABCDEFGHJKMNPQRSTUVWXYZ");
constexpr qsizetype codeLength = 8;
constexpr qsizetype secretBytes = 32;

QString pairingFile(const QString &dataDir)
{
    return QDir(dataDir).filePath(u"pairing.json"_s);
}

QByteArray hashOf(QByteArrayView secret)
{
    return QCryptographicHash::hash(secret, QCryptographicHash::Sha256);
}

} // namespace

Pairing::Pairing(QString dataDir, QObject *parent) : QObject(parent), m_dataDir(std::move(dataDir))
{
    m_expiryTimer.setSingleShot(true);
    m_expiryTimer.setTimerType(Qt::PreciseTimer);
    // An expired code is kept (not shown) so that typing it still answers "expired", not "wrong".
    connect(&m_expiryTimer, &QTimer::timeout, this, [this] {
        qCInfo(lcPairing) << "pairing code expired";
        m_codeExpired = true;
        emit codeChanged(QString());
        emit codeExpired();
    });
}

Result<Pairing *> Pairing::load(const QString &dataDir, QObject *parent)
{
    auto pairing = std::unique_ptr<Pairing>(new Pairing(dataDir, parent));
    if (QFile::exists(pairingFile(dataDir))) {
        auto json = readJsonObject(pairingFile(dataDir));
        const QByteArray hash = QByteArray::fromHex(json ? json->value("secretSha256"_L1).toString().toLatin1() : "");
        if (hash.size() != 32) {
            return Error {u"pairing_unreadable"_s,
                          tr("The terminal's pairing file is damaged. Delete it and pair the register again.")};
        }
        pairing->m_secretHash = hash;
    }
    return pairing.release();
}

QString Pairing::normalizeCode(QStringView code)
{
    QString normalized;
    for (const QChar c : code) {
        if (c != u'-' && c != u' ') {
            normalized.append(c.toUpper());
        }
    }
    return normalized;
}

QString Pairing::issueCode(std::chrono::milliseconds ttl)
{
    QString code;
    for (qsizetype i = 0; i < codeLength; ++i) {
        if (i == codeLength / 2) {
            code.append(u'-');
        }
        // bounded() is uniform (it rejects biased draws), so every code is equally likely.
        code.append(codeAlphabet.at(QRandomGenerator::system()->bounded(int(codeAlphabet.size()))));
    }
    m_code = code;
    m_codeExpired = false;
    m_failedAttempts = 0;
    m_codeDeadline.setRemainingTime(ttl);
    m_expiryTimer.start(ttl);
    emit codeChanged(m_code);
    return m_code;
}

void Pairing::clearCode()
{
    m_code.clear();
    m_expiryTimer.stop();
    emit codeChanged(QString());
}

Result<QString> Pairing::pair(QStringView code)
{
    const Error invalid {u"pairing_code_invalid"_s,
                         tr("The pairing code is wrong or was already used. Read the code on the terminal again.")};
    if (m_code.isEmpty()) {
        return invalid;
    }
    const QByteArray expected = normalizeCode(m_code).toLatin1();
    const QByteArray given = normalizeCode(code).toLatin1();
    const bool matches = given.size() == expected.size()
        && CRYPTO_memcmp(given.constData(), expected.constData(), size_t(expected.size())) == 0;
    if (!matches) {
        if (++m_failedAttempts >= maxFailedAttempts) {
            qCWarning(lcPairing) << "too many wrong pairing codes; the code is burnt";
            clearCode();
        }
        return invalid;
    }
    if (isCodeExpired()) {
        clearCode();
        return Error {u"pairing_code_expired"_s,
                      tr("The pairing code has expired. Ask the terminal for a new code and pair again.")};
    }
    QByteArray secret(secretBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(secret.data()), secretBytes / 4);
    const QString secretText = base64url::encodeToString(secret);
    OPENSSL_cleanse(secret.data(), size_t(secret.size()));
    const QByteArray hash = hashOf(secretText.toLatin1());
    const Status saved = writeJsonAtomically(
        pairingFile(m_dataDir),
        {{"secretSha256"_L1, QString::fromLatin1(hash.toHex())}, {"pairedAt"_L1, QDateTime::currentMSecsSinceEpoch()}},
        FileMode::Private);
    if (!saved) {
        return saved.error();
    }
    m_secretHash = hash;
    clearCode();
    qCInfo(lcPairing) << "paired with a register; any previous register's secret is revoked";
    emit paired();
    return secretText;
}

bool Pairing::authorize(QByteArrayView authorizationHeader) const
{
    constexpr QByteArrayView scheme("Bearer ");
    if (m_secretHash.isEmpty() || !authorizationHeader.startsWith(scheme)) {
        return false;
    }
    // Comparing hashes keeps the comparison constant-time and the secret out of memory at rest.
    const QByteArray given = hashOf(authorizationHeader.sliced(scheme.size()));
    return CRYPTO_memcmp(given.constData(), m_secretHash.constData(), size_t(m_secretHash.size())) == 0;
}

} // namespace holdfast::simulator
