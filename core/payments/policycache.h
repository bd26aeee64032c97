#pragma once

#include "crypto/keyschedule.h"
#include "paymentstatus.h"
#include "vault.h"
#include "wire/settings.h"

#include <QCoreApplication>

namespace holdfast::payments {

/// What the register keeps from the gateway so it can decide offline: each location's
/// offline settings and each pairing's signed key schedule, plus the register's own default
/// processing mode (the manager's offline toggle).
class PolicyCache
{
    Q_DECLARE_TR_FUNCTIONS(PolicyCache)

public:
    explicit PolicyCache(Vault &vault) : m_vault(vault) { }

    Status storeSettings(const wire::OfflineSettings &settings, qint64 fetchedAtMs);
    /// "settings_missing" until the gateway has been reached once for this location.
    Result<wire::OfflineSettings> settings(const QString &locationId) const;

    /// Keeps the schedule's JWS as received; it is verified again on every load.
    Status storeSchedule(const QString &credentialId, const QString &jws, qint64 fetchedAtMs);
    /// The cached schedule, verified against `signingKey` and still valid at `nowMs`.
    Result<crypto::KeySchedule> schedule(const QString &credentialId, QByteArrayView signingKey, qint64 nowMs) const;

    Status setDefaultMode(ProcessingMode mode);
    /// ONLINE_ONLY until a manager changes it (DESIGN section 3 default).
    ProcessingMode defaultMode() const;

private:
    Vault &m_vault;
};

} // namespace holdfast::payments
