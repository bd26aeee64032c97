#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

namespace holdfast::terminal {

/// What a register remembers about the terminal it is paired with, apart from the secret (which
/// lives in the SecretStore under secretKey()). Kept as a small JSON file in the register's data
/// folder, written with QSaveFile.
struct TerminalPairing
{
    Q_DECLARE_TR_FUNCTIONS(TerminalPairing)

public:
    QUrl url; ///< https://host:port of the terminal
    QString terminalId;
    QString certSha256; ///< the pinned certificate: lower-case hex SHA-256 of its DER form
    QString model;
    qint64 pairedAt = 0; ///< ms since the epoch

    /// The SecretStore key of this terminal's bearer secret.
    QString secretKey() const { return QStringLiteral("terminal/") + terminalId; }

    /// The pairing in `path`; nothing when the file does not exist; an error when it is damaged.
    static Result<std::optional<TerminalPairing>> load(const QString &path);
    /// Writes the pairing to `path` atomically (0600).
    Status save(const QString &path) const;
    /// Deletes the file; succeeds when there is none.
    static Status remove(const QString &path);

    bool operator==(const TerminalPairing &) const = default;
};

/// Whether `url` is a terminal address Holdfast accepts: https, a host, a port, no path.
bool isValidTerminalUrl(const QUrl &url);

} // namespace holdfast::terminal
