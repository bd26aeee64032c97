#pragma once

#include "common/result.h"
#include "platform/clock.h"
#include "wire/settings.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace holdfast::gateway {
class Database;

/// A store (shop) whose registers share one currency and one offline policy.
struct Location
{
    QString id;
    QString name;
    QString currency;
    qint64 createdAt = 0;
};

/// Locations and their offline settings (DESIGN section 4), as `GET /v1/settings` serves them.
class LocationStore
{
    Q_DECLARE_TR_FUNCTIONS(LocationStore)

public:
    LocationStore(const Database &database, const Clock &clock) : m_database(database), m_clock(clock) { }

    /// Creates a location with the default offline policy; answers its id ("loc_…").
    Result<QString> add(const QString &name, const QString &currency) const;
    Result<QList<Location>> list() const;
    /// Fails with location_not_found.
    Result<Location> find(const QString &locationId) const;

    /// The stored policy of a location (serverTime 0).
    Result<wire::OfflineSettings> settings(const QString &locationId) const;
    /// Replaces a location's policy after checking that it makes sense (limits positive and in
    /// the location's currency, per-payment limit within the total, window within the deadline).
    Status saveSettings(const wire::OfflineSettings &settings) const;
    /// The longest upload deadline of any location (the default when there is none): how long
    /// after a key's last day a payment sealed with it can still arrive.
    Result<qint64> longestUploadDeadlineMs() const;

    /// Why `settings` cannot be saved, if it cannot.
    static Status validate(const wire::OfflineSettings &settings);

private:
    const Database &m_database;
    const Clock &m_clock;
};

} // namespace holdfast::gateway
