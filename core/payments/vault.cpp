#include "vault.h"

#include "schema.h"

using namespace Qt::StringLiterals;

namespace holdfast::payments {

int Vault::schemaVersion()
{
    return int(schema::migrations().size());
}

Vault::Vault()
    : SqliteDatabase({QString::fromLatin1(fileName),
                      u"vault"_s,
                      &schema::migrations(),
                      {{u"secure_delete"_s, 1}, {u"foreign_keys"_s, 1}},
                      &Vault::describe})
{
}

Result<std::unique_ptr<Vault>> Vault::open(const QString &dataDir)
{
    std::unique_ptr<Vault> vault(new Vault());
    if (auto opened = vault->openIn(dataDir); !opened) {
        return opened.error();
    }
    return vault;
}

Error Vault::describe(DatabaseFailure failure, const QString &detail)
{
    switch (failure) {
    case DatabaseFailure::Unavailable:
        return {u"vault_unavailable"_s, tr("Cannot open the payment vault (%1).").arg(detail)};
    case DatabaseFailure::NotDurable:
        return {u"vault_unavailable"_s, tr("The payment vault could not be made durable on this disk.")};
    case DatabaseFailure::TooNew:
        return {u"vault_too_new"_s,
                tr("The payment vault was written by a newer version of Holdfast (schema %1). "
                   "Install that version again; the queued payments are safe.")
                    .arg(detail)};
    case DatabaseFailure::Corrupt:
        return {u"vault_corrupt"_s,
                tr("The payment vault is damaged (%1). Do not delete it: contact support, who can "
                   "recover the queued payments.")
                    .arg(detail)};
    case DatabaseFailure::Full:
        return {u"vault_full"_s,
                tr("The register's disk is full, so nothing was saved. Free some space, or take "
                   "another form of payment.")};
    case DatabaseFailure::WriteFailed:
        return {u"vault_write_failed"_s,
                tr("The register could not write to its disk, so nothing was saved. Check "
                   "the disk, or take another form of payment.")};
    case DatabaseFailure::Busy:
        return {u"vault_busy"_s, tr("The payment vault is busy in another program. Try again.")};
    case DatabaseFailure::Constraint:
        return {u"vault_constraint"_s, tr("The payment vault refused a change that would break its rules.")};
    case DatabaseFailure::Other:
        return {u"vault_error"_s, tr("The payment vault failed: %1").arg(detail)};
    }
    Q_UNREACHABLE();
}

} // namespace holdfast::payments
