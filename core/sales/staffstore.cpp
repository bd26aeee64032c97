#include "staffstore.h"

#include "platform/secretstore.h"

#include <QLoggingCategory>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcStaff, "holdfast.core.sales.staffstore")

namespace holdfast::sales {

/// A member with what verify() needs.
struct StaffStore::Credentials
{
    StaffMember member;
    QByteArray salt;
    QByteArray hash;
    QString kdf;
    int failedAttempts = 0;
    std::optional<qint64> lastFailedAt;
};

namespace {

Error notFound()
{
    return {u"staff_not_found"_s, StaffStore::tr("There is no such staff member.")};
}

} // namespace

StaffStore::StaffStore(StoreDatabase &db, SecretStore &secrets, const PinKdfParams &params,
                       const LockoutPolicy &lockout)
    : m_db(db), m_secrets(secrets), m_params(params), m_lockout(lockout)
{
}

Result<bool> StaffStore::isEmpty() const
{
    QSqlQuery query(m_db.database());
    query.prepare(u"SELECT EXISTS (SELECT 1 FROM staff)"_s);
    if (auto done = m_db.exec(query); !done) {
        return done.error();
    }
    return !(query.next() && query.value(0).toBool());
}

Result<QList<StaffMember>> StaffStore::list(bool includeInactive) const
{
    QSqlQuery query(m_db.database());
    query.prepare(u"SELECT id, name, role, active FROM staff"_s + (includeInactive ? QString() : u" WHERE active = 1"_s)
                  + u" ORDER BY name, id"_s);
    if (auto done = m_db.exec(query); !done) {
        return done.error();
    }
    QList<StaffMember> members;
    while (query.next()) {
        auto role = roleFromWire(query.value(2).toString());
        if (!role) {
            return role.error();
        }
        members.append({query.value(0).toString(), query.value(1).toString(), role.value(), query.value(3).toBool()});
    }
    return members;
}

Result<StaffMember> StaffStore::find(const QString &staffId) const
{
    auto found = credentials(staffId);
    if (!found) {
        return found.error();
    }
    return found->member;
}

Result<StaffStore::Credentials> StaffStore::credentials(const QString &staffId) const
{
    QSqlQuery query(m_db.database());
    query.prepare(u"SELECT id, name, role, active, pin_salt, pin_hash, pin_kdf, failed_attempts, last_failed_at "
                  "FROM staff WHERE id = ?"_s);
    query.addBindValue(staffId);
    if (auto done = m_db.exec(query); !done) {
        return done.error();
    }
    if (!query.next()) {
        return notFound();
    }
    auto role = roleFromWire(query.value(2).toString());
    if (!role) {
        return role.error();
    }
    Credentials found;
    found.member = {query.value(0).toString(), query.value(1).toString(), role.value(), query.value(3).toBool()};
    found.salt = query.value(4).toByteArray();
    found.hash = query.value(5).toByteArray();
    found.kdf = query.value(6).toString();
    found.failedAttempts = query.value(7).toInt();
    if (!query.value(8).isNull()) {
        found.lastFailedAt = query.value(8).toLongLong();
    }
    return found;
}

Status StaffStore::loadPepper(bool createIfMissing)
{
    if (!m_pepper.isEmpty()) {
        return {};
    }
    auto stored = m_secrets.read(QString::fromLatin1(pepperKey));
    if (stored) {
        QByteArray bytes = stored.value();
        const bool valid = bytes.size() == PinHasher::pepperBytes;
        m_pepper = crypto::SecretBytes::copyOf(bytes);
        crypto::wipe(bytes);
        if (!valid) {
            m_pepper.clear();
            return Error {u"pin_pepper_missing"_s, tr("The PIN key in the system keyring is damaged.")};
        }
        return {};
    }
    if (stored.error().code != u"secret_not_found"_s) {
        return stored.error();
    }
    if (!createIfMissing) {
        // Without the pepper no stored PIN can ever be checked again; say what happened.
        qCCritical(lcStaff) << "the PIN pepper is missing from the keyring";
        return Error {u"pin_pepper_missing"_s,
                      tr("The PIN key is missing from the system keyring, so no PIN can be checked. Restore the "
                         "keyring, or contact support to reset the staff list.")};
    }
    auto fresh = PinHasher::randomBytes(PinHasher::pepperBytes);
    if (!fresh) {
        return fresh.error();
    }
    QByteArray bytes = fresh.value();
    if (auto written = m_secrets.write(QString::fromLatin1(pepperKey), bytes); !written) {
        crypto::wipe(bytes);
        return written;
    }
    m_pepper = crypto::SecretBytes::copyOf(bytes);
    crypto::wipe(bytes);
    qCInfo(lcStaff) << "created the PIN pepper in the keyring";
    return {};
}

Status StaffStore::storePin(const QString &staffId, const crypto::SecretBytes &pin, qint64 nowMs)
{
    auto salt = PinHasher::randomBytes(PinHasher::saltBytes);
    if (!salt) {
        return salt.error();
    }
    auto hash = PinHasher::hash(pin.view(), m_pepper.view(), salt.value(), m_params);
    if (!hash) {
        return hash.error();
    }
    QSqlQuery query(m_db.database());
    query.prepare(u"UPDATE staff SET pin_salt = ?, pin_hash = ?, pin_kdf = ?, failed_attempts = 0, "
                  "last_failed_at = NULL, updated_at = ? WHERE id = ?"_s);
    query.addBindValue(salt.value());
    query.addBindValue(hash->view().toByteArray());
    query.addBindValue(m_params.toString());
    query.addBindValue(nowMs);
    query.addBindValue(staffId);
    return m_db.exec(query);
}

Result<StaffMember> StaffStore::insert(const QString &name, Role role, crypto::SecretBytes pin, qint64 nowMs)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty() || trimmed.size() > 100) {
        return Error {u"staff_name_invalid"_s, tr("A staff member needs a name of 1 to 100 characters.")};
    }
    if (auto valid = PinHasher::validate(pin.view()); !valid) {
        return valid.error();
    }
    const StaffMember member {QUuid::createUuid().toString(QUuid::WithoutBraces), trimmed, role, true};
    const Status done = m_db.transaction([&]() -> Status {
        QSqlQuery query(m_db.database());
        query.prepare(u"INSERT INTO staff (id, name, role, pin_salt, pin_hash, pin_kdf, created_at, updated_at) "
                      "VALUES (?, ?, ?, x'', x'', '', ?, ?)"_s);
        for (const QVariant &value :
             {QVariant(member.id), QVariant(member.name), QVariant(toWire(role)), QVariant(nowMs), QVariant(nowMs)}) {
            query.addBindValue(value);
        }
        if (auto inserted = m_db.exec(query); !inserted) {
            return inserted;
        }
        return storePin(member.id, pin, nowMs);
    });
    if (!done) {
        return done.error();
    }
    qCInfo(lcStaff) << "added staff member" << member.id << toWire(role);
    return member;
}

Result<StaffMember> StaffStore::createFirstManager(const QString &name, crypto::SecretBytes pin, qint64 nowMs)
{
    auto empty = isEmpty();
    if (!empty) {
        return empty.error();
    }
    if (!empty.value()) {
        return Error {u"staff_exists"_s, tr("Staff already exist; a manager adds new staff after signing in.")};
    }
    // A keyring left from an earlier install holds a pepper that no stored PIN uses any more;
    // reusing it is harmless, so only a missing one is created.
    if (auto loaded = loadPepper(true); !loaded) {
        return loaded.error();
    }
    return insert(name, Role::Manager, std::move(pin), nowMs);
}

Result<StaffMember> StaffStore::add(const StaffMember &actor, const QString &name, Role role, crypto::SecretBytes pin,
                                    qint64 nowMs)
{
    if (auto allowed = authorize(actor, Action::ManageStaff); !allowed) {
        return allowed.error();
    }
    if (auto loaded = loadPepper(false); !loaded) {
        return loaded.error();
    }
    return insert(name, role, std::move(pin), nowMs);
}

Status StaffStore::authorize(const StaffMember &actor, Action action) const
{
    auto stored = find(actor.id);
    if (!stored) {
        return stored.error();
    }
    if (!stored->active) {
        return Error {u"staff_inactive"_s, tr("%1 can no longer sign in.").arg(stored->name)};
    }
    return require(stored->role, action);
}

Result<StaffMember> StaffStore::verify(const QString &staffId, crypto::SecretBytes pin, qint64 nowMs)
{
    auto found = credentials(staffId);
    if (!found) {
        return found.error();
    }
    const Credentials &stored = found.value();
    if (!stored.member.active) {
        return Error {u"staff_inactive"_s, tr("%1 can no longer sign in.").arg(stored.member.name)};
    }
    if (auto until = m_lockout.lockedUntil(stored.failedAttempts, stored.lastFailedAt, nowMs)) {
        const int seconds = int((*until - nowMs + 999) / 1000);
        return Error {
            u"staff_locked"_s,
            tr("Too many wrong PINs for %1. Try again in %n second(s).", nullptr, seconds).arg(stored.member.name)};
    }
    if (auto valid = PinHasher::validate(pin.view()); !valid) {
        return valid.error();
    }
    if (auto loaded = loadPepper(false); !loaded) {
        return loaded.error();
    }
    const std::optional<PinKdfParams> params = PinKdfParams::fromString(stored.kdf);
    if (!params) {
        return Error {u"pin_hash_failed"_s,
                      tr("The stored PIN of %1 is unreadable; a manager must reset it.").arg(stored.member.name)};
    }
    auto computed = PinHasher::hash(pin.view(), m_pepper.view(), stored.salt, *params);
    if (!computed) {
        return computed.error();
    }
    QSqlQuery query(m_db.database());
    if (!PinHasher::matches(computed.value(), stored.hash)) {
        // Counted in SQL, so two programs checking PINs at once cannot lose a failure.
        query.prepare(u"UPDATE staff SET failed_attempts = failed_attempts + 1, last_failed_at = ? WHERE id = ?"_s);
        query.addBindValue(nowMs);
        query.addBindValue(staffId);
        if (auto done = m_db.exec(query); !done) {
            return done.error();
        }
        qCInfo(lcStaff) << "wrong PIN for staff member" << staffId;
        const qint64 lockMs = m_lockout.lockDurationMs(stored.failedAttempts + 1);
        if (lockMs > 0) {
            return Error {
                u"pin_wrong"_s,
                tr("Wrong PIN. Too many wrong PINs: %1 is locked out for %n second(s).", nullptr, int(lockMs / 1000))
                    .arg(stored.member.name)};
        }
        return Error {u"pin_wrong"_s, tr("Wrong PIN.")};
    }
    if (*params != m_params) {
        // The cost was raised since this PIN was set: store it again at today's cost.
        if (auto rehashed = storePin(staffId, pin, nowMs); !rehashed) {
            qCWarning(lcStaff) << "could not re-hash a PIN at the new cost:" << rehashed.error().code;
        }
    } else if (stored.failedAttempts > 0) {
        query.prepare(u"UPDATE staff SET failed_attempts = 0, last_failed_at = NULL WHERE id = ?"_s);
        query.addBindValue(staffId);
        if (auto done = m_db.exec(query); !done) {
            return done.error();
        }
    }
    return stored.member;
}

Result<std::optional<qint64>> StaffStore::lockedUntil(const QString &staffId, qint64 nowMs) const
{
    auto found = credentials(staffId);
    if (!found) {
        return found.error();
    }
    return m_lockout.lockedUntil(found->failedAttempts, found->lastFailedAt, nowMs);
}

Status StaffStore::changeOwnPin(const QString &staffId, crypto::SecretBytes currentPin, crypto::SecretBytes newPin,
                                qint64 nowMs)
{
    if (auto valid = PinHasher::validate(newPin.view()); !valid) {
        return valid;
    }
    auto verified = verify(staffId, std::move(currentPin), nowMs);
    if (!verified) {
        return verified.error();
    }
    return storePin(staffId, newPin, nowMs);
}

Status StaffStore::resetPin(const StaffMember &actor, const QString &staffId, crypto::SecretBytes pin, qint64 nowMs)
{
    if (auto allowed = authorize(actor, Action::ManageStaff); !allowed) {
        return allowed;
    }
    if (auto valid = PinHasher::validate(pin.view()); !valid) {
        return valid;
    }
    if (auto target = find(staffId); !target) {
        return target.error();
    }
    if (auto loaded = loadPepper(false); !loaded) {
        return loaded;
    }
    return storePin(staffId, pin, nowMs);
}

Status StaffStore::setActive(const StaffMember &actor, const QString &staffId, bool active, qint64 nowMs)
{
    if (auto allowed = authorize(actor, Action::ManageStaff); !allowed) {
        return allowed;
    }
    return m_db.transaction([&]() -> Status {
        auto target = find(staffId);
        if (!target) {
            return target.error();
        }
        QSqlQuery query(m_db.database());
        if (!active && target->role == Role::Manager) {
            query.prepare(u"SELECT count(*) FROM staff WHERE role = 'MANAGER' AND active = 1 AND id != ?"_s);
            query.addBindValue(staffId);
            if (auto done = m_db.exec(query); !done) {
                return done;
            }
            if (!query.next() || query.value(0).toInt() == 0) {
                return Error {u"last_manager"_s,
                              tr("%1 is the last active manager; add another manager first.").arg(target->name)};
            }
        }
        query.prepare(u"UPDATE staff SET active = ?, updated_at = ? WHERE id = ?"_s);
        query.addBindValue(active ? 1 : 0);
        query.addBindValue(nowMs);
        query.addBindValue(staffId);
        return m_db.exec(query);
    });
}

} // namespace holdfast::sales
