#include "vault.h"

#include "schema.h"

#include <QDir>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcVault, "holdfast.core.vault")

namespace holdfast::payments {

namespace {

// SQLite primary result codes (the low byte of an extended code), as Qt reports them.
constexpr int sqliteBusy = 5;
constexpr int sqliteLocked = 6;
constexpr int sqliteIoErr = 10;
constexpr int sqliteCorrupt = 11;
constexpr int sqliteFull = 13;
constexpr int sqliteCantOpen = 14;
constexpr int sqliteConstraint = 19;
constexpr int sqliteNotADb = 26;

} // namespace

int Vault::schemaVersion()
{
    return int(schema::migrations().size());
}

Vault::Vault(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)), m_thread(QThread::currentThread())
{
}

Vault::~Vault()
{
    assertThread();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

void Vault::assertThread() const
{
    Q_ASSERT_X(QThread::currentThread() == m_thread, "Vault", "a vault connection is used only by its own thread");
}

QSqlDatabase Vault::database() const
{
    assertThread();
    return QSqlDatabase::database(m_connectionName, false);
}

Result<std::unique_ptr<Vault>> Vault::open(const QString &dataDir)
{
    if (!QDir().mkpath(dataDir)) {
        return Error {u"vault_unavailable"_s, tr("Cannot create the data folder %1.").arg(dataDir)};
    }
    const QString path = QDir(dataDir).filePath(QString::fromLatin1(fileName));
    const QString connection = u"holdfast-vault-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
    db.setDatabaseName(path);
    // Wait for another process's write lock instead of failing at once (UI and sync --watch).
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    std::unique_ptr<Vault> vault(new Vault(path, connection));
    if (!db.open()) {
        return Error {u"vault_unavailable"_s,
                      tr("Cannot open the payment vault at %1: %2").arg(path, db.lastError().text())};
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (auto configured = vault->configure(); !configured) {
        return configured.error();
    }
    if (auto migrated = vault->migrate(); !migrated) {
        return migrated.error();
    }
    auto integrity = vault->integrityCheck();
    if (!integrity) {
        return integrity.error();
    }
    if (integrity.value() != u"ok"_s) {
        qCCritical(lcVault) << "integrity check failed:" << integrity.value();
        return Error {u"vault_corrupt"_s,
                      tr("The payment vault is damaged (%1). Do not delete it: contact support, who can "
                         "recover the queued payments.")
                          .arg(integrity.value())};
    }
    return vault;
}

Status Vault::configure()
{
    // A sale the cashier saw approved must survive a power cut: WAL with a full fsync on every
    // commit. secure_delete overwrites erased ciphertext instead of leaving it in free pages.
    QSqlQuery query(database());
    if (!query.exec(u"PRAGMA journal_mode=WAL"_s) || !query.next()
        || query.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0) {
        return Error {u"vault_unavailable"_s, tr("The payment vault cannot use write-ahead logging here.")};
    }
    const QStringList pragmas {u"PRAGMA synchronous=FULL"_s, u"PRAGMA secure_delete=ON"_s, u"PRAGMA foreign_keys=ON"_s};
    for (const QString &pragma : pragmas) {
        if (auto done = exec(pragma); !done) {
            return done;
        }
    }
    // Check the two that durability and erasure depend on actually took effect.
    if (!query.exec(u"PRAGMA synchronous"_s) || !query.next() || query.value(0).toInt() != 2
        || !query.exec(u"PRAGMA secure_delete"_s) || !query.next() || query.value(0).toInt() != 1) {
        return Error {u"vault_unavailable"_s, tr("The payment vault could not be made durable.")};
    }
    return {};
}

Status Vault::migrate()
{
    QSqlQuery query(database());
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next()) {
        return toError(query.lastError());
    }
    const int current = query.value(0).toInt();
    if (current > schemaVersion()) {
        return Error {u"vault_too_new"_s,
                      tr("The payment vault was written by a newer version of Holdfast (schema %1). Install that "
                         "version again; the queued payments are safe.")
                          .arg(current)};
    }
    for (int version = current; version < schemaVersion(); ++version) {
        const Status migrated = transaction([&]() -> Status {
            for (const QString &statement : schema::migrations().at(version)) {
                if (auto done = exec(statement); !done) {
                    return done;
                }
            }
            return exec(u"PRAGMA user_version=%1"_s.arg(version + 1));
        });
        if (!migrated) {
            qCCritical(lcVault) << "migration to schema" << version + 1 << "failed:" << migrated.error().message;
            return migrated;
        }
        qCInfo(lcVault) << "vault schema migrated to version" << version + 1;
    }
    return {};
}

Result<QString> Vault::integrityCheck() const
{
    QSqlQuery query(database());
    if (!query.exec(u"PRAGMA integrity_check"_s) || !query.next()) {
        return toError(query.lastError());
    }
    return query.value(0).toString();
}

Status Vault::transaction(const std::function<Status()> &work)
{
    if (auto begun = exec(u"BEGIN IMMEDIATE"_s); !begun) {
        return begun;
    }
    Status result = work();
    if (result) {
        result = exec(u"COMMIT"_s);
    }
    if (!result) {
        QSqlQuery rollback(database());
        rollback.exec(u"ROLLBACK"_s); // may fail if SQLite already rolled back; nothing to add then
    }
    return result;
}

Status Vault::exec(QSqlQuery &query) const
{
    if (!query.exec()) {
        return toError(query.lastError());
    }
    return {};
}

Status Vault::exec(const QString &sql) const
{
    QSqlQuery query(database());
    if (!query.exec(sql)) {
        return toError(query.lastError());
    }
    return {};
}

Error Vault::toError(const QSqlError &error) const
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    qCWarning(lcVault) << "SQLite error" << error.nativeErrorCode() << error.text();
    switch (code) {
    case sqliteFull:
        return {u"vault_full"_s,
                tr("The register's disk is full, so nothing was saved. Free some space, or take another form of "
                   "payment.")};
    case sqliteIoErr:
    case sqliteCantOpen:
        return {u"vault_write_failed"_s,
                tr("The register could not write to its disk, so nothing was saved. Check the disk, or take "
                   "another form of payment.")};
    case sqliteBusy:
    case sqliteLocked:
        return {u"vault_busy"_s, tr("The payment vault is busy in another program. Try again.")};
    case sqliteCorrupt:
    case sqliteNotADb:
        return {u"vault_corrupt"_s, tr("The payment vault is damaged. Contact support; do not delete it.")};
    case sqliteConstraint:
        return {u"vault_constraint"_s, tr("The payment vault refused a change that would break its rules.")};
    default:
        return {u"vault_error"_s, tr("The payment vault failed: %1").arg(error.text())};
    }
}

} // namespace holdfast::payments
