#pragma once

#include "paymentrecord.h"
#include "vault.h"

#include <QCoreApplication>
#include <QString>

namespace holdfast::payments {

/// What an import did.
struct ImportSummary
{
    int imported = 0; ///< new payments now queued here
    int alreadyPresent = 0; ///< identical payments this vault already had (import is idempotent)
};

/// A rescue file carries queued (still sealed) payments off a failing register so another
/// register of the same location can upload them. It holds only the sealed envelope and
/// non-sensitive fields, is versioned, and carries a SHA-256 over its content:
/// {"format":"holdfast-rescue","version":1,"exportedAt":ms,"payments":[…],"sha256":"…"}
class RescueFile
{
    Q_DECLARE_TR_FUNCTIONS(RescueFile)

public:
    static constexpr int version = 1;

    explicit RescueFile(Vault &vault) : m_vault(vault) { }

    /// Writes every QUEUED payment to `path` (atomically, owner-only). Returns how many.
    Result<int> exportTo(const QString &path, qint64 nowMs) const;
    /// Reads `path` and queues its payments to upload under the pairing `credentialId`, which
    /// must belong to their location `locationId`; all or nothing. Refuses (changing nothing) a
    /// corrupt, foreign or conflicting file.
    Result<ImportSummary> importFrom(const QString &path, const QString &credentialId, const QString &locationId,
                                     qint64 nowMs);

private:
    Vault &m_vault;
};

} // namespace holdfast::payments
