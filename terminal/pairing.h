#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>

namespace holdfast::simulator {

/// The terminal side of pairing: the one-time code shown to the operator, and the hash of the
/// bearer secret of the one register paired with it (kept in the data folder; never the secret).
class Pairing : public QObject
{
    Q_OBJECT

public:
    /// Wrong codes tolerated for one code before it is burnt and a new one must be issued.
    static constexpr int maxFailedAttempts = 10;

    /// Loads the paired register's secret hash from `dataDir`, if any.
    static Result<Pairing *> load(const QString &dataDir, QObject *parent = nullptr);

    /// A fresh one-time code (K7QF-2M9X style) valid for `ttl`; replaces any earlier code.
    QString issueCode(std::chrono::milliseconds ttl);
    /// The code on display, empty when none is active (used, expired or burnt).
    QString activeCode() const { return isCodeExpired() ? QString() : m_code; }
    bool isPaired() const { return !m_secretHash.isEmpty(); }

    /// Pairs the caller that knows the active code: makes a new bearer secret, stores its hash
    /// (replacing any previous register's) and burns the code. Errors pairing_code_invalid and
    /// pairing_code_expired.
    Result<QString> pair(QStringView code);
    /// Whether an Authorization header value is "Bearer <the paired register's secret>".
    bool authorize(QByteArrayView authorizationHeader) const;

    /// Upper-cases and drops dashes and spaces, so "k7qf 2m9x" reads as K7QF-2M9X.
    static QString normalizeCode(QStringView code);

signals:
    void codeChanged(const QString &code); ///< a new code was issued, or the code ended (empty)
    void codeExpired();
    void paired();

private:
    explicit Pairing(QString dataDir, QObject *parent);
    void clearCode();
    // The timer may fire a little before the deadline; either one ends the code.
    bool isCodeExpired() const { return m_codeExpired || m_codeDeadline.hasExpired(); }

    QString m_dataDir;
    QString m_code; // as shown, K7QF-2M9X; kept after it expires until replaced, used or burnt
    QDeadlineTimer m_codeDeadline;
    QTimer m_expiryTimer;
    bool m_codeExpired = false;
    int m_failedAttempts = 0;
    QByteArray m_secretHash; // SHA-256 of the secret
};

} // namespace holdfast::simulator
