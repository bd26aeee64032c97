#include "credentials.h"

#include "common/base64url.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace holdfast::sync {

namespace {

const QString columns = u"id, gateway_url, location_id, register_id, register_name, signing_key, paired_at, "
                        "retired_at"_s;

Credential fromQuery(const QSqlQuery &query)
{
    Credential credential;
    credential.id = query.value(0).toString();
    credential.gatewayUrl = query.value(1).toString();
    credential.locationId = query.value(2).toString();
    credential.registerId = query.value(3).toString();
    credential.registerName = query.value(4).toString();
    credential.signingKey = base64url::decode(query.value(5).toString()).value_or(QByteArray());
    credential.pairedAt = query.value(6).toLongLong();
    if (!query.value(7).isNull()) {
        credential.retiredAt = query.value(7).toLongLong();
    }
    return credential;
}

} // namespace

Status CredentialStore::add(const Credential &credential)
{
    return m_vault.transaction([&]() -> Status {
        QSqlQuery retire(m_vault.database());
        retire.prepare(u"UPDATE credentials SET retired_at = ? WHERE retired_at IS NULL"_s);
        retire.addBindValue(credential.pairedAt);
        if (auto done = m_vault.exec(retire); !done) {
            return done;
        }
        QSqlQuery insert(m_vault.database());
        insert.prepare(u"INSERT INTO credentials (%1) VALUES (?, ?, ?, ?, ?, ?, ?, NULL)"_s.arg(columns));
        insert.addBindValue(credential.id);
        insert.addBindValue(credential.gatewayUrl);
        insert.addBindValue(credential.locationId);
        insert.addBindValue(credential.registerId);
        insert.addBindValue(credential.registerName);
        insert.addBindValue(base64url::encodeToString(credential.signingKey));
        insert.addBindValue(credential.pairedAt);
        return m_vault.exec(insert);
    });
}

Result<Credential> CredentialStore::find(const QString &id) const
{
    QSqlQuery query(m_vault.database());
    query.prepare(u"SELECT %1 FROM credentials WHERE id = ?"_s.arg(columns));
    query.addBindValue(id);
    if (auto done = m_vault.exec(query); !done) {
        return done.error();
    }
    if (!query.next()) {
        return Error {u"credential_not_found"_s, tr("This register has no record of that pairing.")};
    }
    return fromQuery(query);
}

Result<Credential> CredentialStore::active() const
{
    QSqlQuery query(m_vault.database());
    query.prepare(
        u"SELECT %1 FROM credentials WHERE retired_at IS NULL ORDER BY paired_at DESC LIMIT 1"_s.arg(columns));
    if (auto done = m_vault.exec(query); !done) {
        return done.error();
    }
    if (!query.next()) {
        return Error {u"not_paired"_s,
                      tr("This register is not paired with a gateway yet. Pair it with a device code from the back "
                         "office (holdfastctl pair).")};
    }
    return fromQuery(query);
}

Result<Credential> CredentialStore::uploaderOf(const QString &credentialId) const
{
    auto credential = find(credentialId);
    if (!credential || !credential->retiredAt) {
        return credential;
    }
    const auto current = active();
    if (current && current->locationId == credential->locationId) {
        return current;
    }
    return credential;
}

Result<QList<Credential>> CredentialStore::all() const
{
    QSqlQuery query(m_vault.database());
    query.prepare(u"SELECT %1 FROM credentials ORDER BY paired_at"_s.arg(columns));
    if (auto done = m_vault.exec(query); !done) {
        return done.error();
    }
    QList<Credential> list;
    while (query.next()) {
        list.append(fromQuery(query));
    }
    return list;
}

} // namespace holdfast::sync
