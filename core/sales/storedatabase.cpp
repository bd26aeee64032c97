#include "storedatabase.h"

#include "storeschema.h"

using namespace Qt::StringLiterals;

namespace holdfast::sales {

int StoreDatabase::schemaVersion()
{
    return int(storeschema::migrations().size());
}

StoreDatabase::StoreDatabase()
    : SqliteDatabase({QString::fromLatin1(fileName),
                      u"store"_s,
                      &storeschema::migrations(),
                      {{u"foreign_keys"_s, 1}},
                      &StoreDatabase::describe})
{
}

Result<std::unique_ptr<StoreDatabase>> StoreDatabase::open(const QString &dataDir)
{
    std::unique_ptr<StoreDatabase> store(new StoreDatabase());
    if (auto opened = store->openIn(dataDir); !opened) {
        return opened.error();
    }
    return store;
}

Error StoreDatabase::describe(DatabaseFailure failure, const QString &detail)
{
    switch (failure) {
    case DatabaseFailure::Unavailable:
        return {u"store_unavailable"_s, tr("Cannot open the sales database (%1).").arg(detail)};
    case DatabaseFailure::NotDurable:
        return {u"store_unavailable"_s, tr("The sales database could not be made durable on this disk.")};
    case DatabaseFailure::TooNew:
        return {u"store_too_new"_s,
                tr("The sales database was written by a newer version of Holdfast (schema %1). "
                   "Install that version again; nothing was changed.")
                    .arg(detail)};
    case DatabaseFailure::Corrupt:
        return {u"store_corrupt"_s,
                tr("The sales database is damaged (%1). Do not delete it: contact support.").arg(detail)};
    case DatabaseFailure::Full:
        return {u"store_full"_s, tr("The register's disk is full, so nothing was saved. Free some space.")};
    case DatabaseFailure::WriteFailed:
        return {u"store_write_failed"_s, tr("The register could not write to its disk, so nothing was saved.")};
    case DatabaseFailure::Busy:
        return {u"store_busy"_s, tr("The sales database is busy in another program. Try again.")};
    case DatabaseFailure::Constraint:
        return {u"store_constraint"_s, tr("The sales database refused a change that would break its rules.")};
    case DatabaseFailure::Other:
        return {u"store_error"_s, tr("The sales database failed: %1").arg(detail)};
    }
    Q_UNREACHABLE();
}

} // namespace holdfast::sales
