#include "policycache.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace holdfast::payments {

Status PolicyCache::storeSettings(const wire::OfflineSettings &settings, qint64 fetchedAtMs)
{
    wire::OfflineSettings stored = settings;
    stored.serverTime = 0; // the trusted clock keeps time; a stale serverTime would only confuse
    QSqlQuery query(m_vault.database());
    query.prepare(u"INSERT INTO settings_cache (location_id, json, fetched_at) VALUES (?, ?, ?) "
                  "ON CONFLICT(location_id) DO UPDATE SET json = excluded.json, fetched_at = excluded.fetched_at"_s);
    query.addBindValue(stored.locationId);
    query.addBindValue(QString::fromUtf8(QJsonDocument(stored.toJson()).toJson(QJsonDocument::Compact)));
    query.addBindValue(fetchedAtMs);
    return m_vault.exec(query);
}

Result<wire::OfflineSettings> PolicyCache::settings(const QString &locationId) const
{
    QSqlQuery query(m_vault.database());
    query.prepare(u"SELECT json FROM settings_cache WHERE location_id = ?"_s);
    query.addBindValue(locationId);
    if (auto done = m_vault.exec(query); !done) {
        return done.error();
    }
    if (!query.next()) {
        return Error {u"settings_missing"_s,
                      tr("This register has not received its offline settings from the gateway yet, so it cannot "
                         "take payments offline. Connect to the gateway once.")};
    }
    return wire::OfflineSettings::fromJson(QJsonDocument::fromJson(query.value(0).toByteArray()).object());
}

Status PolicyCache::storeSchedule(const QString &credentialId, const QString &jws, qint64 fetchedAtMs)
{
    QSqlQuery query(m_vault.database());
    query.prepare(u"INSERT INTO schedule_cache (credential_id, jws, fetched_at) VALUES (?, ?, ?) "
                  "ON CONFLICT(credential_id) DO UPDATE SET jws = excluded.jws, fetched_at = excluded.fetched_at"_s);
    query.addBindValue(credentialId);
    query.addBindValue(jws);
    query.addBindValue(fetchedAtMs);
    return m_vault.exec(query);
}

Result<crypto::KeySchedule> PolicyCache::schedule(const QString &credentialId, QByteArrayView signingKey,
                                                  qint64 nowMs) const
{
    QSqlQuery query(m_vault.database());
    query.prepare(u"SELECT jws FROM schedule_cache WHERE credential_id = ?"_s);
    query.addBindValue(credentialId);
    if (auto done = m_vault.exec(query); !done) {
        return done.error();
    }
    if (!query.next()) {
        return Error {u"schedule_missing"_s,
                      tr("This register has no sealing keys from the gateway yet. Connect to the gateway once.")};
    }
    // A cached schedule only has to be valid now; it was checked for future days when fetched.
    return crypto::KeySchedule::verify(query.value(0).toString(), signingKey, nowMs, 0);
}

Status PolicyCache::setDefaultMode(ProcessingMode mode)
{
    QSqlQuery query(m_vault.database());
    query.prepare(u"INSERT INTO register_settings (key, value) VALUES ('default_mode', ?) "
                  "ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    query.addBindValue(toWire(mode));
    return m_vault.exec(query);
}

ProcessingMode PolicyCache::defaultMode() const
{
    QSqlQuery query(m_vault.database());
    query.prepare(u"SELECT value FROM register_settings WHERE key = 'default_mode'"_s);
    if (!m_vault.exec(query) || !query.next()) {
        return ProcessingMode::OnlineOnly;
    }
    return processingModeFromString(query.value(0).toString()).value_or(ProcessingMode::OnlineOnly);
}

} // namespace holdfast::payments
