#pragma once

#include "common/money.h"
#include "common/result.h"
#include "crypto/carddata.h"
#include "crypto/envelope.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

/// The LAN terminal protocol (DESIGN section 7, docs/terminals.md): the JSON a register's
/// driver sends to a Holdfast terminal and what the terminal answers. The simulator and the
/// register's driver share these types, so each end reads the other with the same strict rules.
namespace holdfast::wire::terminal {

/// What the terminal is doing (GET /v1/status).
enum class TerminalState { Idle, WaitingForCard, Processing };
/// How a held payment request ended.
enum class ReadResult { CardRead, Cancelled, Timeout, NotAllowedOffline };
/// What the terminal knows about one saleId (GET /v1/sales/{saleId}).
enum class SaleState { WaitingForCard, Processing, Completed, Unknown };

QString toWire(TerminalState state);
QString toWire(ReadResult result);
QString toWire(SaleState state);
Result<TerminalState> terminalStateFromWire(QStringView text);
Result<ReadResult> readResultFromWire(QStringView text);
Result<SaleState> saleStateFromWire(QStringView text);

/// How long a payment request waits for a card when it does not say (ms).
inline constexpr qint64 defaultCardTimeoutMs = 60000;
/// The range a request's "timeoutMs" must lie in.
inline constexpr qint64 minCardTimeoutMs = 100;
inline constexpr qint64 maxCardTimeoutMs = 600000;
/// The model a Holdfast simulator reports.
inline constexpr QLatin1StringView simulatorModel("Holdfast Simulator");

/// Reasons of a NOT_ALLOWED_OFFLINE answer.
inline constexpr QLatin1StringView reasonInteracOffline("interac_offline");
inline constexpr QLatin1StringView reasonEntryMethodNotAllowed("entry_method_not_allowed");

/// Whether `text` is a saleId: 1 to 64 of A-Z a-z 0-9 _ - (safe as a file name and a URL segment).
bool isValidSaleId(QStringView text);
/// Whether `text` is a certificate fingerprint as the protocol writes it: 64 lower-case hex digits.
bool isValidCertSha256(QStringView text);

/// POST /v1/payment: what to charge, what the sealed card data is bound to, and the key to seal it to.
struct PaymentRequest
{
    Q_DECLARE_TR_FUNCTIONS(PaymentRequest)

public:
    QString saleId; ///< the terminal's idempotency key: one saleId never reads two cards
    Money amount;
    QString localId;
    QString locationId;
    QString registerId;
    qint64 createdAt = 0;
    QString kid; ///< the daily key the card data is sealed to
    QByteArray publicKey; ///< its raw 32-byte X25519 public key
    bool offline = false;
    QList<crypto::EntryMethod> allowedEntryMethods;
    std::optional<qint64> timeoutMs; ///< how long to wait for a card; the terminal's default when absent

    QJsonObject toJson() const;
    /// Strict: the required members with the right form, "timeoutMs" optional, nothing else.
    static Result<PaymentRequest> fromJson(const QJsonValue &value);
    /// The fields the envelope is bound to (its AAD, DESIGN section 5).
    crypto::PaymentBinding binding() const;
    /// Whether `other` asks for the same sale: every field equal except timeoutMs.
    bool isSameSale(const PaymentRequest &other) const;

    bool operator==(const PaymentRequest &) const = default;
};

/// The answer to a payment request, and the stored result of a completed sale.
struct PaymentAnswer
{
    Q_DECLARE_TR_FUNCTIONS(PaymentAnswer)

public:
    ReadResult result = ReadResult::Cancelled;
    // CARD_READ only: the sealed card data and what may be shown and kept in clear.
    crypto::Envelope envelope;
    crypto::EntryMethod entryMethod = crypto::EntryMethod::Chip;
    QString brand;
    QString last4;
    crypto::Cvm cvm = crypto::Cvm::None;
    // NOT_ALLOWED_OFFLINE only: why, as a stable code (reasonInteracOffline, …).
    QString reason;

    QJsonObject toJson() const;
    /// Strict: exactly the members its result has.
    static Result<PaymentAnswer> fromJson(const QJsonValue &value);

    bool operator==(const PaymentAnswer &) const = default;
};

/// GET /v1/sales/{saleId}, POST /v1/abort: what became of one sale.
struct Sale
{
    Q_DECLARE_TR_FUNCTIONS(Sale)

public:
    QString saleId;
    SaleState state = SaleState::Unknown;
    std::optional<PaymentAnswer> result; ///< present exactly when state is Completed

    QJsonObject toJson() const;
    static Result<Sale> fromJson(const QJsonValue &value);
};

/// POST /v1/pair answer.
struct PairAnswer
{
    Q_DECLARE_TR_FUNCTIONS(PairAnswer)

public:
    QString terminalId;
    QString secret; ///< the bearer secret for every later call; the terminal keeps only its hash
    QString certSha256; ///< lower-case hex SHA-256 of the terminal's DER certificate
    QString model;

    QJsonObject toJson() const;
    static Result<PairAnswer> fromJson(const QJsonValue &value);
};

/// GET /v1/status answer.
struct Status
{
    Q_DECLARE_TR_FUNCTIONS(Status)

public:
    QString terminalId;
    TerminalState state = TerminalState::Idle;
    QString model;
    std::optional<int> battery; ///< percent, for battery-powered terminals
    QString saleId; ///< the sale in progress, empty when idle

    QJsonObject toJson() const;
    static Result<Status> fromJson(const QJsonValue &value);
};

/// The body of every 4xx/5xx answer: {"error":{"code":"…","detail":"…"}}.
QJsonObject errorBody(const Error &error);
/// Reads such a body; nothing when it is not one.
std::optional<Error> errorFromBody(const QByteArray &body);

} // namespace holdfast::wire::terminal
