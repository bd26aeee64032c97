#include "holdfastterminaldriver.h"

#include "crypto/secretbytes.h"
#include "platform/secretstore.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QLoggingCategory>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDriver, "holdfast.core.terminal.driver")

namespace holdfast::terminal {

namespace wt = wire::terminal;

namespace {

Error protocolError()
{
    return {u"terminal_protocol_error"_s,
            QCoreApplication::translate("TerminalDriver", "The terminal's answer is not what Holdfast expects.")};
}

Result<SaleRecord> saleRecordFrom(const QString &saleId, const Result<TerminalResponse> &response)
{
    if (!response) {
        return response.error();
    }
    const auto sale = wt::Sale::fromJson(response->body);
    if (!sale || sale->saleId != saleId) {
        return protocolError();
    }
    SaleRecord record {saleId, sale->state, std::nullopt};
    if (sale->result) {
        record.outcome = outcomeFromAnswer(saleId, *sale->result);
    }
    return record;
}

bool sameAddress(const QUrl &a, const QUrl &b)
{
    return a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && a.port() == b.port();
}

} // namespace

HoldfastTerminalDriver::HoldfastTerminalDriver(SecretStore &secrets, QString pairingFile, QObject *parent)
    : TerminalDriver(parent), m_secrets(secrets), m_pairingFile(std::move(pairingFile))
{
}

HoldfastTerminalDriver::~HoldfastTerminalDriver()
{
    crypto::wipe(m_secret);
}

Status HoldfastTerminalDriver::load()
{
    auto pairing = TerminalPairing::load(m_pairingFile);
    if (!pairing) {
        return pairing.error();
    }
    if (!pairing.value()) {
        return {};
    }
    auto secret = m_secrets.read(pairing.value()->secretKey());
    if (!secret) {
        return secret.error();
    }
    m_pairing = pairing.value();
    m_secret = secret.value();
    return {};
}

TerminalCall HoldfastTerminalDriver::call(const QByteArray &method, const QString &path,
                                          std::optional<QJsonObject> body,
                                          std::optional<std::chrono::milliseconds> timeout) const
{
    Q_ASSERT(m_pairing);
    return {m_pairing->url,
            method,
            path,
            std::move(body),
            m_pairing->certSha256,
            m_secret,
            timeout.value_or(m_timeouts.request)};
}

std::optional<Error> HoldfastTerminalDriver::notPaired() const
{
    if (m_pairing) {
        return std::nullopt;
    }
    return Error {u"terminal_not_paired"_s, tr("No payment terminal is paired with this register. Pair one first.")};
}

void HoldfastTerminalDriver::pair(const QUrl &url, const QString &code, Callback<TerminalPairing> done)
{
    if (!isValidTerminalUrl(url)) {
        return done(
            Error {u"terminal_url_invalid"_s, tr("The terminal address must look like https://192.168.1.40:8443.")});
    }
    const QString trimmed = code.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 32) {
        return done(Error {u"pairing_code_invalid"_s, tr("Enter the pairing code the terminal shows.")});
    }
    // First contact trusts the certificate it sees (and checks it against what the terminal
    // says it has); a terminal already paired at this address must still present its pinned one.
    const QString pin = m_pairing && sameAddress(m_pairing->url, url) ? m_pairing->certSha256 : QString();
    const TerminalCall pairCall {url, "POST", u"/v1/pair"_s,     QJsonObject {{"pairingCode"_L1, trimmed}},
                                 pin, {},     m_timeouts.request};
    m_connection.send(
        pairCall, [this, url, done](const Result<TerminalResponse> &response) { finishPairing(url, response, done); });
}

void HoldfastTerminalDriver::finishPairing(const QUrl &url, const Result<TerminalResponse> &response,
                                           const Callback<TerminalPairing> &done)
{
    if (!response) {
        return done(response.error());
    }
    auto answer = wt::PairAnswer::fromJson(response->body);
    if (!answer) {
        return done(protocolError());
    }
    if (answer->certSha256 != response->certSha256) {
        // Someone between the register and the terminal answered with another certificate.
        return done(Error {u"terminal_certificate_mismatch"_s,
                           tr("The terminal's certificate is not the one it reports. Pairing was stopped; check "
                              "the network between the register and the terminal.")});
    }
    QUrl base;
    base.setScheme(u"https"_s);
    base.setHost(url.host());
    base.setPort(url.port());
    const TerminalPairing pairing {base, answer->terminalId, answer->certSha256, answer->model,
                                   QDateTime::currentMSecsSinceEpoch()};
    QByteArray secret = answer->secret.toLatin1();
    if (Status stored = m_secrets.write(pairing.secretKey(), secret); !stored) {
        crypto::wipe(secret);
        return done(stored.error());
    }
    if (Status saved = pairing.save(m_pairingFile); !saved) {
        crypto::wipe(secret);
        return done(saved.error());
    }
    if (m_pairing && m_pairing->terminalId != pairing.terminalId) {
        (void)m_secrets.remove(m_pairing->secretKey());
    }
    crypto::wipe(m_secret);
    m_secret = secret;
    crypto::wipe(secret);
    m_pairing = pairing;
    m_connection.resetConnections();
    qCInfo(lcDriver).noquote() << "paired with terminal" << pairing.terminalId << "at" << pairing.url.authority();
    done(pairing);
}

Status HoldfastTerminalDriver::forget()
{
    if (!m_pairing) {
        return TerminalPairing::remove(m_pairingFile);
    }
    if (Status removed = m_secrets.remove(m_pairing->secretKey()); !removed) {
        return removed;
    }
    if (Status removed = TerminalPairing::remove(m_pairingFile); !removed) {
        return removed;
    }
    m_pairing.reset();
    crypto::wipe(m_secret);
    m_connection.resetConnections();
    return {};
}

void HoldfastTerminalDriver::status(Callback<TerminalStatus> done)
{
    if (auto error = notPaired()) {
        return done(*error);
    }
    m_connection.send(call("GET", u"/v1/status"_s), [done](const Result<TerminalResponse> &response) {
        if (!response) {
            return done(response.error());
        }
        const auto status = wt::Status::fromJson(response->body);
        if (!status) {
            return done(protocolError());
        }
        done(TerminalStatus {status->terminalId, status->state, status->model, status->battery, status->saleId});
    });
}

void HoldfastTerminalDriver::cancel(const QString &saleId, Callback<SaleRecord> done)
{
    if (auto error = notPaired()) {
        return done(*error);
    }
    m_connection.send(
        call("POST", u"/v1/abort"_s, QJsonObject {{"saleId"_L1, saleId}}),
        [saleId, done](const Result<TerminalResponse> &response) { done(saleRecordFrom(saleId, response)); });
}

void HoldfastTerminalDriver::recoverSale(const QString &saleId, Callback<SaleRecord> done)
{
    if (auto error = notPaired()) {
        return done(*error);
    }
    querySale(saleId, QDeadlineTimer(m_timeouts.recoveryWindow), done);
}

void HoldfastTerminalDriver::querySale(const QString &saleId, QDeadlineTimer deadline, const Callback<SaleRecord> &done)
{
    if (auto error = notPaired()) {
        return done(*error); // forgotten while retrying
    }
    if (!wt::isValidSaleId(saleId)) {
        return done(Error {u"terminal_request_invalid"_s, tr("The saleId is not valid.")});
    }
    // Each try ends by the deadline too, so that the whole recovery is bounded by the window.
    const auto timeout = std::clamp(std::chrono::milliseconds(deadline.remainingTime()), std::chrono::milliseconds(1),
                                    m_timeouts.request);
    m_connection.send(call("GET", u"/v1/sales/"_s + saleId, std::nullopt, timeout),
                      [this, saleId, deadline, done](const Result<TerminalResponse> &response) {
                          const bool retry = !response && TerminalConnection::isTransportFailure(response.error().code)
                              && deadline.remainingTime() > m_timeouts.recoveryInterval.count();
                          if (!retry) {
                              return done(saleRecordFrom(saleId, response));
                          }
                          // The terminal may be rebooting: ask again until the window closes.
                          QTimer::singleShot(m_timeouts.recoveryInterval, this,
                                             [this, saleId, deadline, done] { querySale(saleId, deadline, done); });
                      });
}

} // namespace holdfast::terminal
