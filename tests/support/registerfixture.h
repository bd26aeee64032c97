#pragma once

#include "platform/secretstore.h"
#include "register/registercore.h"

#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace holdfast::test {

/// A register (RegisterCore in this process) on a temporary data folder, with a real Secret
/// Service (run the suite with KEYRING) and timeouts short enough for tests.
class RegisterFixture
{
public:
    /// `clock` lets a test move the register's time; it must outlive the fixture.
    explicit RegisterFixture(const Clock &clock = SystemClock::instance());
    ~RegisterFixture();

    bool isValid() const { return m_core != nullptr; }
    QString dataDir() const { return m_dir.path(); }
    RegisterCore &core() { return *m_core; }
    KeychainSecretStore &secrets() { return m_secrets; }

    /// Pairs with the gateway (or a proxy in front of it) at `gateway` using `deviceCode`.
    Status pair(const QUrl &gateway, const QString &deviceCode, const QString &name = QStringLiteral("Till 1"));

    /// Takes a payment with keyed entry of `pan` and waits (bounded) for the outcome.
    ChargeOutcome charge(qint64 amountMinor, payments::ProcessingMode mode, const char *pan = "4242424242424242");
    /// Runs one upload pass and waits (bounded) for its report.
    sync::PassReport syncOnce(int timeoutMs = 60000);
    /// Lets the uploader run by itself until nothing is QUEUED or UPLOADED, or `timeoutMs` passes.
    bool drain(int timeoutMs);

    /// Payments of the active location in `status`.
    int count(payments::PaymentStatus status);
    /// Rows that still hold sealed card data.
    int sealedCount();

private:
    QTemporaryDir m_dir;
    KeychainSecretStore m_secrets {QStringLiteral("Holdfast POS test")};
    std::unique_ptr<RegisterCore> m_core;
};

} // namespace holdfast::test
