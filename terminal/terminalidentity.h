#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace holdfast::simulator {

/// Who a terminal is: its terminalId and its self-signed TLS certificate (ECDSA P-256), made
/// on first start and kept in the terminal's data folder. Another folder is another terminal.
class TerminalIdentity
{
    Q_DECLARE_TR_FUNCTIONS(TerminalIdentity)

public:
    /// Loads the identity from `dataDir`, creating the folder (0700), the key (0600), the
    /// certificate and the terminalId on first use.
    static Result<TerminalIdentity> loadOrCreate(const QString &dataDir);

    QString terminalId() const { return m_terminalId; }
    QSslCertificate certificate() const { return m_certificate; }
    QSslKey privateKey() const { return m_key; }
    /// Lower-case hex SHA-256 of the DER certificate: what registers pin.
    QString certSha256() const;

    static QString keyFileName() { return QStringLiteral("tls-key.pem"); }
    static QString certificateFileName() { return QStringLiteral("tls-cert.pem"); }
    static QString identityFileName() { return QStringLiteral("terminal.json"); }

private:
    TerminalIdentity() = default;

    QString m_terminalId;
    QSslCertificate m_certificate;
    QSslKey m_key;
};

} // namespace holdfast::simulator
