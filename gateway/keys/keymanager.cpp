#include "keymanager.h"

#include "identifiers.h"
#include "platform/clock.h"
#include "store/database.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QSet>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcKeys, "holdfast.gateway.keymanager", QtInfoMsg)

namespace holdfast::gateway {

namespace {

// 00:00:00.000 UTC of the day that contains `ms`: sealing keys change at UTC midnight.
qint64 utcDayStart(qint64 ms)
{
    constexpr qint64 day = 24LL * 60 * 60 * 1000;
    return ms - ((ms % day) + day) % day;
}

} // namespace

namespace {

constexpr qint64 day = crypto::KeySchedule::dayMs;

// "2026-11-22.k3j9xq": the day a person can read, and randomness so that a replaced key never
// shares its id with its successor.
QString newKid(qint64 dayStart)
{
    return QDateTime::fromMSecsSinceEpoch(dayStart, Qt::UTC).toString(u"yyyy-MM-dd"_s) + u'.' + ids::randomLower(6);
}

std::optional<qint64> optionalTime(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional(value.toLongLong());
}

} // namespace

KeyManager::KeyManager(const Database &database, KeyEncryptionKey kek, const Clock &clock)
    : m_database(database), m_kek(std::move(kek)), m_clock(clock)
{
}

Status KeyManager::generate(qint64 dayStart) const
{
    auto pair = crypto::X25519KeyPair::generate();
    if (!pair) {
        return pair.error();
    }
    const QString kid = newKid(dayStart);
    const crypto::SecretBytes raw = pair->privateKey();
    // The kid is the associated data: a wrapped key copied onto another row will not open.
    auto wrapped = m_kek.seal(raw.view(), kid.toUtf8());
    if (!wrapped) {
        return wrapped.error();
    }
    auto inserted = m_database.execute(
        u"INSERT INTO sealing_keys (kid, public_key, private_key, not_before, not_after, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"_s,
        {kid, pair->publicKey(), wrapped.value(), dayStart, dayStart + day, m_clock.wallMs()});
    if (!inserted) {
        return inserted.error();
    }
    if (inserted.value() == 1) {
        qCInfo(lcKeys).noquote() << "generated sealing key" << kid;
    }
    return {};
}

Status KeyManager::ensureSchedule() const
{
    const qint64 today = utcDayStart(m_clock.wallMs());
    const qint64 last = today + daysAhead * day;
    auto rows = m_database.select(
        u"SELECT not_before FROM sealing_keys WHERE retired_at IS NULL AND not_before >= ? AND not_before <= ?"_s,
        {today, last});
    if (!rows) {
        return rows.error();
    }
    QSet<qint64> present;
    for (const QVariantList &row : rows.value()) {
        present.insert(row[0].toLongLong());
    }
    for (qint64 start = today; start <= last; start += day) {
        if (!present.contains(start)) {
            if (auto generated = generate(start); !generated) {
                return generated;
            }
        }
    }
    return {};
}

Result<crypto::KeySchedule> KeyManager::currentSchedule() const
{
    if (auto ensured = ensureSchedule(); !ensured) {
        return ensured.error();
    }
    const qint64 now = m_clock.wallMs();
    const qint64 last = utcDayStart(now) + daysAhead * day;
    auto rows = m_database.select(u"SELECT kid, public_key, not_before, not_after FROM sealing_keys"
                                  " WHERE retired_at IS NULL AND not_after > ? AND not_before <= ?"
                                  " ORDER BY not_before"_s,
                                  {now, last});
    if (!rows) {
        return rows.error();
    }
    QList<crypto::ScheduleKey> keys;
    for (const QVariantList &row : rows.value()) {
        keys.append({row[0].toString(), row[1].toByteArray(), row[2].toLongLong(), row[3].toLongLong()});
    }
    return crypto::KeySchedule::create(QString::fromLatin1(issuer), now, keys);
}

Result<QString> KeyManager::signedSchedule(const crypto::Ed25519KeyPair &signer) const
{
    auto schedule = currentSchedule();
    if (!schedule) {
        return schedule.error();
    }
    return schedule->sign(signer);
}

Result<crypto::X25519KeyPair> KeyManager::privateKey(const QString &kid) const
{
    auto rows = m_database.select(u"SELECT private_key FROM sealing_keys WHERE kid = ?"_s, {kid});
    if (!rows) {
        return rows.error();
    }
    if (rows->isEmpty()) {
        return Error {u"unknown_kid"_s, tr("The payment is sealed with a key this gateway never issued.")};
    }
    const QVariant wrapped = rows->first()[0];
    if (wrapped.isNull()) {
        return Error {u"key_destroyed"_s,
                      tr("The payment is sealed with a key that has been destroyed: it arrived after every "
                         "deadline for that day's payments.")};
    }
    auto raw = m_kek.open(wrapped.toByteArray(), kid.toUtf8());
    if (!raw) {
        qCCritical(lcKeys).noquote() << "sealing key" << kid << "does not open with the key-encrypting key";
        return raw.error();
    }
    return crypto::X25519KeyPair::fromPrivateKey(raw->view());
}

Result<QList<SealingKeyInfo>> KeyManager::list() const
{
    auto rows = m_database.select(u"SELECT kid, public_key, not_before, not_after, created_at, retired_at,"
                                  " destroyed_at FROM sealing_keys ORDER BY not_before DESC, created_at DESC"_s);
    if (!rows) {
        return rows.error();
    }
    QList<SealingKeyInfo> keys;
    for (const QVariantList &row : rows.value()) {
        keys.append({row[0].toString(), row[1].toByteArray(), row[2].toLongLong(), row[3].toLongLong(),
                     row[4].toLongLong(), optionalTime(row[5]), optionalTime(row[6])});
    }
    return keys;
}

Result<int> KeyManager::rotate() const
{
    WriteTransaction transaction(m_database);
    if (!transaction.started()) {
        return transaction.started().error();
    }
    // Today's key stays: registers are sealing with it right now.
    const qint64 tomorrow = utcDayStart(m_clock.wallMs()) + day;
    auto retired
        = m_database.execute(u"UPDATE sealing_keys SET retired_at = ? WHERE retired_at IS NULL AND not_before >= ?"_s,
                             {m_clock.wallMs(), tomorrow});
    if (!retired) {
        return retired.error();
    }
    if (auto ensured = ensureSchedule(); !ensured) {
        return ensured.error();
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    qCInfo(lcKeys) << "rotated: replaced" << retired.value() << "future keys";
    return retired.value();
}

Result<QStringList> KeyManager::destroyExpired(qint64 longestUploadDeadlineMs) const
{
    const qint64 now = m_clock.wallMs();
    const qint64 cutoff = now - longestUploadDeadlineMs - destroyGraceMs; // notAfter <= cutoff
    WriteTransaction transaction(m_database);
    if (!transaction.started()) {
        return transaction.started().error();
    }
    auto due = m_database.select(u"SELECT kid FROM sealing_keys k WHERE private_key IS NOT NULL AND not_after <= ?"
                                 " AND NOT EXISTS (SELECT 1 FROM payments p WHERE p.kid = k.kid"
                                 " AND p.status = 'UPLOADED')"_s
                                     + m_database.forUpdate(),
                                 {cutoff});
    if (!due) {
        return due.error();
    }
    QStringList destroyed;
    for (const QVariantList &row : due.value()) {
        const QString kid = row[0].toString();
        auto cleared = m_database.execute(
            u"UPDATE sealing_keys SET private_key = NULL, destroyed_at = ? WHERE kid = ? AND private_key IS NOT NULL"_s,
            {now, kid});
        if (!cleared) {
            return cleared.error();
        }
        if (cleared.value() == 1) {
            destroyed.append(kid);
        }
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    for (const QString &kid : std::as_const(destroyed)) {
        qCInfo(lcKeys).noquote() << "destroyed the private half of sealing key" << kid;
    }
    return destroyed;
}

} // namespace holdfast::gateway
