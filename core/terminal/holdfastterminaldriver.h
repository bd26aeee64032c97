#pragma once

#include "terminalconnection.h"
#include "terminaldriver.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QString>

#include <chrono>
#include <memory>
#include <optional>

namespace holdfast {
class SecretStore;
}

namespace holdfast::terminal {

/// TerminalDriver for terminals speaking the Holdfast terminal protocol (DESIGN section 7,
/// docs/terminals.md), the simulator among them: HTTPS with the certificate pinned at pairing,
/// a bearer secret kept in the SecretStore, and sale recovery through GET /v1/sales/{saleId}.
class HoldfastTerminalDriver final : public TerminalDriver
{
    Q_OBJECT

public:
    /// Bounds on every wait; tests shorten them to milliseconds.
    struct Timeouts
    {
        std::chrono::milliseconds request {10000}; ///< any call but the held payment
        /// Added to the payment's card timeout: how long past it the answer may take.
        std::chrono::milliseconds paymentGrace {15000};
        /// How long the driver keeps asking an unreachable terminal about a sale (it may be
        /// rebooting) before it gives up with terminal_outcome_unknown / terminal_unreachable.
        std::chrono::milliseconds recoveryWindow {60000};
        std::chrono::milliseconds recoveryInterval {1000}; ///< between those tries
        /// Times a payment request is sent again to follow a sale still in progress on the
        /// terminal after its connection dropped (the same saleId never reads a second card).
        int reattachments = 5;
    };

    /// A driver whose pairing record lives in `pairingFile` and whose secret lives in `secrets`
    /// (KeychainSecretStore in the product). Call load() before use.
    HoldfastTerminalDriver(SecretStore &secrets, QString pairingFile, QObject *parent = nullptr);
    ~HoldfastTerminalDriver() override;

    /// Reads the pairing record and its secret, if the register was paired.
    Status load();
    void setTimeouts(const Timeouts &timeouts) { m_timeouts = timeouts; }
    const Timeouts &timeouts() const { return m_timeouts; }

    std::optional<TerminalPairing> pairing() const override { return m_pairing; }
    void pair(const QUrl &url, const QString &code, Callback<TerminalPairing> done) override;
    Status forget() override;
    void status(Callback<TerminalStatus> done) override;
    void startPayment(const PaymentRequest &request, Callback<PaymentOutcome> done) override;
    void cancel(const QString &saleId, Callback<SaleRecord> done) override;
    void recoverSale(const QString &saleId, Callback<SaleRecord> done) override;

private:
    struct Payment;

    TerminalCall call(const QByteArray &method, const QString &path, std::optional<QJsonObject> body = std::nullopt,
                      std::optional<std::chrono::milliseconds> timeout = std::nullopt) const;
    std::optional<Error> notPaired() const;
    void finishPairing(const QUrl &url, const Result<TerminalResponse> &response,
                       const Callback<TerminalPairing> &done);
    void querySale(const QString &saleId, QDeadlineTimer deadline, const Callback<SaleRecord> &done);
    void sendPayment(const std::shared_ptr<Payment> &payment);
    void paymentFailed(const std::shared_ptr<Payment> &payment, const Error &error);
    void followSale(const std::shared_ptr<Payment> &payment, const Result<SaleRecord> &sale);
    void report(const std::shared_ptr<Payment> &payment, const Result<PaymentOutcome> &outcome);

    SecretStore &m_secrets;
    QString m_pairingFile;
    std::optional<TerminalPairing> m_pairing;
    QByteArray m_secret;
    Timeouts m_timeouts;
    TerminalConnection m_connection;
    bool m_paymentInProgress = false;
};

} // namespace holdfast::terminal
