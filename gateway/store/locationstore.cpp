#include "locationstore.h"

#include "common/currency.h"
#include "database.h"
#include "identifiers.h"
#include "platform/clock.h"

#include <QJsonDocument>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcLocations, "holdfast.gateway.locationstore", QtInfoMsg)

namespace holdfast::gateway {

namespace {

Error notFound()
{
    return {u"location_not_found"_s, LocationStore::tr("There is no location with this id.")};
}

Error invalid(const QString &message)
{
    return {u"settings_invalid"_s, message};
}

} // namespace

Result<QString> LocationStore::add(const QString &name, const QString &currency) const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 100) {
        return Error {u"location_name_invalid"_s, tr("A location name must be 1 to 100 characters.")};
    }
    if (!currency::isKnown(currency)) {
        return Error {u"currency_unknown"_s, tr("The currency must be an ISO 4217 code such as CAD, USD or EUR.")};
    }
    const QString id = ids::random(u"loc", 12);
    wire::OfflineSettings settings = wire::OfflineSettings::defaults(id, trimmed, currency);
    const QString json = QString::fromUtf8(QJsonDocument(settings.toJson()).toJson(QJsonDocument::Compact));
    auto inserted = m_database.execute(
        u"INSERT INTO locations (id, name, currency, settings, created_at) VALUES (?, ?, ?, ?, ?)"_s,
        {id, trimmed, currency, json, m_clock.wallMs()});
    if (!inserted) {
        return inserted.error();
    }
    qCInfo(lcLocations).noquote() << "location added" << id << "currency" << currency;
    return id;
}

Result<QList<Location>> LocationStore::list() const
{
    auto rows = m_database.select(u"SELECT id, name, currency, created_at FROM locations ORDER BY created_at, id"_s);
    if (!rows) {
        return rows.error();
    }
    QList<Location> locations;
    for (const QVariantList &row : rows.value()) {
        locations.append({row[0].toString(), row[1].toString(), row[2].toString(), row[3].toLongLong()});
    }
    return locations;
}

Result<Location> LocationStore::find(const QString &locationId) const
{
    auto rows = m_database.select(u"SELECT id, name, currency, created_at FROM locations WHERE id = ?"_s, {locationId});
    if (!rows) {
        return rows.error();
    }
    if (rows->isEmpty()) {
        return notFound();
    }
    const QVariantList &row = rows->first();
    return Location {row[0].toString(), row[1].toString(), row[2].toString(), row[3].toLongLong()};
}

Result<wire::OfflineSettings> LocationStore::settings(const QString &locationId) const
{
    auto rows = m_database.select(u"SELECT settings FROM locations WHERE id = ?"_s, {locationId});
    if (!rows) {
        return rows.error();
    }
    if (rows->isEmpty()) {
        return notFound();
    }
    auto settings = wire::OfflineSettings::fromJson(QJsonDocument::fromJson(rows->first()[0].toByteArray()).object());
    if (!settings) {
        qCWarning(lcLocations).noquote() << "stored settings of" << locationId << "do not parse";
        return Database::storageError();
    }
    return settings;
}

Status LocationStore::validate(const wire::OfflineSettings &settings)
{
    const auto &perPayment = settings.perPaymentLimit;
    const auto &total = settings.totalLimit;
    if (perPayment.currency() != settings.currency || total.currency() != settings.currency) {
        return invalid(tr("Limits must be in the location's currency, %1.").arg(settings.currency));
    }
    if (perPayment.minor() <= 0 || total.minor() <= 0) {
        return invalid(tr("Limits must be more than zero."));
    }
    if (perPayment.minor() > total.minor()) {
        return invalid(tr("The per-payment limit cannot be more than the total limit."));
    }
    if (settings.maxCount <= 0 || settings.maxCount > 1'000'000) {
        return invalid(tr("The maximum count must be between 1 and 1000000."));
    }
    if (settings.acceptWindowMs <= 0 || settings.uploadDeadlineMs <= 0) {
        return invalid(tr("The acceptance window and the upload deadline must be more than zero."));
    }
    if (settings.acceptWindowMs > settings.uploadDeadlineMs) {
        return invalid(tr("The acceptance window cannot be longer than the upload deadline."));
    }
    // Whatever the checks above miss, the register's strict reader must accept what we serve.
    if (auto parsed = wire::OfflineSettings::fromJson(settings.toJson()); !parsed) {
        return invalid(parsed.error().message);
    }
    return {};
}

Status LocationStore::saveSettings(const wire::OfflineSettings &settings) const
{
    if (auto valid = validate(settings); !valid) {
        return valid;
    }
    wire::OfflineSettings stored = settings;
    stored.serverTime = 0;
    const QString json = QString::fromUtf8(QJsonDocument(stored.toJson()).toJson(QJsonDocument::Compact));
    auto updated = m_database.execute(u"UPDATE locations SET settings = ? WHERE id = ?"_s, {json, settings.locationId});
    if (!updated) {
        return updated.error();
    }
    if (updated.value() != 1) {
        return notFound();
    }
    qCInfo(lcLocations).noquote() << "settings changed for" << settings.locationId;
    return {};
}

Result<qint64> LocationStore::longestUploadDeadlineMs() const
{
    auto rows = m_database.select(u"SELECT settings FROM locations"_s);
    if (!rows) {
        return rows.error();
    }
    qint64 longest = wire::OfflineSettings().uploadDeadlineMs;
    for (const QVariantList &row : rows.value()) {
        const auto settings = wire::OfflineSettings::fromJson(QJsonDocument::fromJson(row[0].toByteArray()).object());
        if (settings) {
            longest = std::max(longest, settings->uploadDeadlineMs);
        }
    }
    return longest;
}

} // namespace holdfast::gateway
