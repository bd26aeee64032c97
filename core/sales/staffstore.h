#pragma once

#include "crypto/secretbytes.h"
#include "lockout.h"
#include "pinhash.h"
#include "staff.h"
#include "storedatabase.h"

#include <QCoreApplication>
#include <QList>

namespace holdfast {
class SecretStore;
}

namespace holdfast::sales {

/// Staff members and their PINs in store.sqlite; the PIN pepper in the SecretStore (the
/// system keyring). Sign-in is "pick your name, type your PIN": verify() checks one member's
/// PIN, so a wrong guess costs one slow hash and counts against that member only.
///
/// First run: while there is no staff member at all, createFirstManager() makes one manager
/// without anyone signed in (the UI's first-run screen and holdfastctl call it); afterwards
/// staff are added by a signed-in manager.
///
/// PINs come in as SecretBytes, taken by value so they are wiped when the call returns.
class StaffStore
{
    Q_DECLARE_TR_FUNCTIONS(StaffStore)

public:
    /// The SecretStore key of the pepper.
    static constexpr auto pepperKey = "staff/pin-pepper";

    StaffStore(StoreDatabase &db, SecretStore &secrets, const PinKdfParams &params = {},
               const LockoutPolicy &lockout = {});

    /// Whether nobody has been created yet (the first-run screen shows then).
    Result<bool> isEmpty() const;
    Result<QList<StaffMember>> list(bool includeInactive = false) const;
    Result<StaffMember> find(const QString &staffId) const;

    /// First run only: the first manager. "staff_exists" once anyone exists.
    Result<StaffMember> createFirstManager(const QString &name, crypto::SecretBytes pin, qint64 nowMs);
    /// A manager (`actor`) adds someone.
    Result<StaffMember> add(const StaffMember &actor, const QString &name, Role role, crypto::SecretBytes pin,
                            qint64 nowMs);
    /// Changes one's own PIN after checking the current one (as verify() does, lockout included).
    Status changeOwnPin(const QString &staffId, crypto::SecretBytes currentPin, crypto::SecretBytes newPin,
                        qint64 nowMs);
    /// A manager sets someone's PIN (forgotten PIN). Clears any lockout.
    Status resetPin(const StaffMember &actor, const QString &staffId, crypto::SecretBytes pin, qint64 nowMs);
    /// A manager deactivates or reactivates someone (never the last active manager).
    Status setActive(const StaffMember &actor, const QString &staffId, bool active, qint64 nowMs);

    /// Checks `pin` for `staffId` at `nowMs`: the member, or "staff_not_found",
    /// "staff_inactive", "staff_locked" (no hash computed; message says for how long),
    /// "pin_invalid" (not 4–8 digits; not counted), "pin_wrong" (counted; the message says
    /// when it started a lockout), "pin_pepper_missing".
    Result<StaffMember> verify(const QString &staffId, crypto::SecretBytes pin, qint64 nowMs);
    /// Until when `staffId` is locked out, for the screen to count down.
    Result<std::optional<qint64>> lockedUntil(const QString &staffId, qint64 nowMs) const;

private:
    struct Credentials;
    Result<Credentials> credentials(const QString &staffId) const;
    /// The actor as stored now (role and active flag from the database, not the caller).
    Status authorize(const StaffMember &actor, Action action) const;
    Status loadPepper(bool createIfMissing);
    Result<StaffMember> insert(const QString &name, Role role, crypto::SecretBytes pin, qint64 nowMs);
    Status storePin(const QString &staffId, const crypto::SecretBytes &pin, qint64 nowMs);

    StoreDatabase &m_db;
    SecretStore &m_secrets;
    PinKdfParams m_params;
    LockoutPolicy m_lockout;
    crypto::SecretBytes m_pepper; ///< read once from the keyring, wiped with this object
};

} // namespace holdfast::sales
