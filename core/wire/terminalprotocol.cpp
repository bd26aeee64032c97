#include "terminalprotocol.h"

#include "common/base64url.h"
#include "payment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace holdfast::wire::terminal {

namespace {

std::optional<qint64> integer(const QJsonValue &value)
{
    // toInteger() answers its default for a non-integral number; two defaults tell them apart.
    if (!value.isDouble() || value.toInteger(0) != value.toInteger(1)) {
        return std::nullopt;
    }
    return value.toInteger();
}

bool isUpperWord(QStringView text)
{
    return !text.isEmpty() && text.size() <= 20
        && std::all_of(text.begin(), text.end(), [](QChar c) { return (c >= u'A' && c <= u'Z') || c == u'_'; });
}

bool isLowerCode(QStringView text)
{
    return !text.isEmpty() && text.size() <= 64
        && std::all_of(text.begin(), text.end(), [](QChar c) { return (c >= u'a' && c <= u'z') || c == u'_'; });
}

bool isDigits(QStringView text, qsizetype size)
{
    return text.size() == size && std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
}

template<typename Enum, size_t N>
Result<Enum> fromWire(QStringView text, const Enum (&values)[N], const Error &error)
{
    for (const Enum value : values) {
        if (text == toWire(value)) {
            return value;
        }
    }
    return error;
}

Error malformed(const QString &detail)
{
    return {u"terminal_message_malformed"_s, detail};
}

} // namespace

QString toWire(TerminalState state)
{
    switch (state) {
    case TerminalState::Idle:
        return u"IDLE"_s;
    case TerminalState::WaitingForCard:
        return u"WAITING_FOR_CARD"_s;
    case TerminalState::Processing:
        return u"PROCESSING"_s;
    }
    Q_UNREACHABLE();
}

QString toWire(ReadResult result)
{
    switch (result) {
    case ReadResult::CardRead:
        return u"CARD_READ"_s;
    case ReadResult::Cancelled:
        return u"CANCELLED"_s;
    case ReadResult::Timeout:
        return u"TIMEOUT"_s;
    case ReadResult::NotAllowedOffline:
        return u"NOT_ALLOWED_OFFLINE"_s;
    }
    Q_UNREACHABLE();
}

QString toWire(SaleState state)
{
    switch (state) {
    case SaleState::WaitingForCard:
        return u"WAITING_FOR_CARD"_s;
    case SaleState::Processing:
        return u"PROCESSING"_s;
    case SaleState::Completed:
        return u"COMPLETED"_s;
    case SaleState::Unknown:
        return u"UNKNOWN"_s;
    }
    Q_UNREACHABLE();
}

Result<TerminalState> terminalStateFromWire(QStringView text)
{
    static const TerminalState all[] {TerminalState::Idle, TerminalState::WaitingForCard, TerminalState::Processing};
    return fromWire(text, all, malformed(Status::tr("The terminal reported an unknown state.")));
}

Result<ReadResult> readResultFromWire(QStringView text)
{
    static const ReadResult all[] {ReadResult::CardRead, ReadResult::Cancelled, ReadResult::Timeout,
                                   ReadResult::NotAllowedOffline};
    return fromWire(text, all, malformed(PaymentAnswer::tr("The terminal reported an unknown payment result.")));
}

Result<SaleState> saleStateFromWire(QStringView text)
{
    static const SaleState all[] {SaleState::WaitingForCard, SaleState::Processing, SaleState::Completed,
                                  SaleState::Unknown};
    return fromWire(text, all, malformed(Sale::tr("The terminal reported an unknown sale state.")));
}

bool isValidSaleId(QStringView text)
{
    return isValidIdentifier(text);
}

bool isValidCertSha256(QStringView text)
{
    return text.size() == 64 && std::all_of(text.begin(), text.end(), [](QChar c) {
               return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
           });
}

QJsonObject PaymentRequest::toJson() const
{
    QJsonArray methods;
    for (const auto method : allowedEntryMethods) {
        methods.append(crypto::toWire(method));
    }
    QJsonObject object {{"saleId"_L1, saleId},
                        {"amount"_L1, amount.toJson()},
                        {"localId"_L1, localId},
                        {"locationId"_L1, locationId},
                        {"registerId"_L1, registerId},
                        {"createdAt"_L1, createdAt},
                        {"key"_L1, QJsonObject {{"kid"_L1, kid}, {"pub"_L1, base64url::encodeToString(publicKey)}}},
                        {"offline"_L1, offline},
                        {"allowedEntryMethods"_L1, methods}};
    if (timeoutMs) {
        object.insert("timeoutMs"_L1, *timeoutMs);
    }
    return object;
}

Result<PaymentRequest> PaymentRequest::fromJson(const QJsonValue &value)
{
    const auto invalid = [](const QString &detail) {
        return Error {u"request_invalid"_s, detail};
    };
    const QJsonObject object = value.toObject();
    static const QStringList required {u"saleId"_s,     u"amount"_s,     u"localId"_s,
                                       u"locationId"_s, u"registerId"_s, u"createdAt"_s,
                                       u"key"_s,        u"offline"_s,    u"allowedEntryMethods"_s};
    if (!value.isObject()) {
        return invalid(tr("The payment request must be a JSON object."));
    }
    for (const QString &name : required) {
        if (!object.contains(name)) {
            return invalid(tr("The payment request lacks \"%1\".").arg(name));
        }
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!required.contains(it.key()) && it.key() != "timeoutMs"_L1) {
            return invalid(tr("The payment request has an unknown member \"%1\".").arg(it.key().left(64)));
        }
    }
    PaymentRequest request;
    request.saleId = object.value("saleId"_L1).toString();
    if (!isValidSaleId(request.saleId)) {
        return invalid(tr("The saleId must be 1 to 64 letters, digits, '_' or '-'."));
    }
    auto amount = Money::fromJson(object.value("amount"_L1));
    if (!amount) {
        return invalid(amount.error().message);
    }
    if (amount.value().minor() <= 0) {
        return invalid(tr("The amount must be more than zero."));
    }
    request.amount = amount.value();
    request.localId = object.value("localId"_L1).toString();
    if (!isValidLocalId(request.localId)) {
        return invalid(tr("The localId must be a lower-case UUID."));
    }
    request.locationId = object.value("locationId"_L1).toString();
    request.registerId = object.value("registerId"_L1).toString();
    if (!isValidIdentifier(request.locationId) || !isValidIdentifier(request.registerId)) {
        return invalid(tr("The locationId or registerId is not a valid identifier."));
    }
    const auto createdAt = integer(object.value("createdAt"_L1));
    if (!createdAt || *createdAt <= 0) {
        return invalid(tr("The createdAt must be milliseconds since the epoch."));
    }
    request.createdAt = *createdAt;
    const QJsonObject key = object.value("key"_L1).toObject();
    const auto pub = base64url::decode(key.value("pub"_L1).toString());
    if (key.size() != 2 || !key.value("kid"_L1).isString() || !crypto::isValidKeyId(key.value("kid"_L1).toString())
        || !pub || pub.value().size() != 32) {
        return invalid(tr("The key must be {\"kid\",\"pub\"} with a valid kid and a 32-byte base64url public key."));
    }
    request.kid = key.value("kid"_L1).toString();
    request.publicKey = pub.value();
    if (!object.value("offline"_L1).isBool()) {
        return invalid(tr("The offline member must be true or false."));
    }
    request.offline = object.value("offline"_L1).toBool();
    const QJsonValue methods = object.value("allowedEntryMethods"_L1);
    if (!methods.isArray() || methods.toArray().isEmpty() || methods.toArray().size() > 4) {
        return invalid(tr("The allowedEntryMethods must list one to four entry methods."));
    }
    for (const QJsonValue &name : methods.toArray()) {
        const auto method = crypto::entryMethodFromWire(name.toString());
        if (!name.isString() || !method || request.allowedEntryMethods.contains(method.value())) {
            return invalid(tr("The allowedEntryMethods may only hold CHIP, CONTACTLESS, SWIPE and KEYED, once each."));
        }
        request.allowedEntryMethods.append(method.value());
    }
    if (object.contains("timeoutMs"_L1)) {
        const auto timeout = integer(object.value("timeoutMs"_L1));
        if (!timeout || *timeout < minCardTimeoutMs || *timeout > maxCardTimeoutMs) {
            return invalid(
                tr("The timeoutMs must be a whole number from %1 to %2.").arg(minCardTimeoutMs).arg(maxCardTimeoutMs));
        }
        request.timeoutMs = timeout;
    }
    return request;
}

crypto::PaymentBinding PaymentRequest::binding() const
{
    return {localId, locationId, registerId, amount.minor(), amount.currency(), createdAt, kid};
}

bool PaymentRequest::isSameSale(const PaymentRequest &other) const
{
    PaymentRequest a = *this;
    PaymentRequest b = other;
    a.timeoutMs.reset();
    b.timeoutMs.reset();
    return a == b;
}

QJsonObject PaymentAnswer::toJson() const
{
    QJsonObject object {{"result"_L1, toWire(result)}};
    if (result == ReadResult::CardRead) {
        object.insert("envelope"_L1, envelope.toJson());
        object.insert("entryMethod"_L1, crypto::toWire(entryMethod));
        object.insert("brand"_L1, brand);
        object.insert("last4"_L1, last4);
        object.insert("cvm"_L1, crypto::toWire(cvm));
    } else if (result == ReadResult::NotAllowedOffline) {
        object.insert("reason"_L1, reason);
    }
    return object;
}

Result<PaymentAnswer> PaymentAnswer::fromJson(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    const auto result = readResultFromWire(object.value("result"_L1).toString());
    if (!value.isObject() || !result) {
        return malformed(tr("The terminal's payment answer has no valid result."));
    }
    PaymentAnswer answer;
    answer.result = result.value();
    switch (answer.result) {
    case ReadResult::CardRead: {
        auto envelope = crypto::Envelope::fromJson(object.value("envelope"_L1));
        const auto entry = crypto::entryMethodFromWire(object.value("entryMethod"_L1).toString());
        const auto cvm = crypto::cvmFromWire(object.value("cvm"_L1).toString());
        answer.brand = object.value("brand"_L1).toString();
        answer.last4 = object.value("last4"_L1).toString();
        if (object.size() != 6 || !envelope || !entry || !cvm || !isUpperWord(answer.brand)
            || !isDigits(answer.last4, 4)) {
            return malformed(tr("The terminal's CARD_READ answer lacks valid card fields."));
        }
        answer.envelope = std::move(envelope).value();
        answer.entryMethod = entry.value();
        answer.cvm = cvm.value();
        break;
    }
    case ReadResult::NotAllowedOffline:
        answer.reason = object.value("reason"_L1).toString();
        if (object.size() != 2 || !isLowerCode(answer.reason)) {
            return malformed(tr("The terminal's NOT_ALLOWED_OFFLINE answer lacks a valid reason."));
        }
        break;
    case ReadResult::Cancelled:
    case ReadResult::Timeout:
        if (object.size() != 1) {
            return malformed(tr("The terminal's payment answer has unexpected members."));
        }
        break;
    }
    return answer;
}

QJsonObject Sale::toJson() const
{
    QJsonObject object {{"saleId"_L1, saleId}, {"state"_L1, toWire(state)}};
    if (result) {
        object.insert("result"_L1, result->toJson());
    }
    return object;
}

Result<Sale> Sale::fromJson(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    const auto state = saleStateFromWire(object.value("state"_L1).toString());
    Sale sale;
    sale.saleId = object.value("saleId"_L1).toString();
    const bool completed = state && state.value() == SaleState::Completed;
    if (!value.isObject() || !state || !isValidSaleId(sale.saleId) || object.size() != (completed ? 3 : 2)) {
        return malformed(tr("The terminal's sale record is malformed."));
    }
    sale.state = state.value();
    if (completed) {
        auto result = PaymentAnswer::fromJson(object.value("result"_L1));
        if (!result) {
            return result.error();
        }
        sale.result = std::move(result).value();
    }
    return sale;
}

QJsonObject PairAnswer::toJson() const
{
    return {{"terminalId"_L1, terminalId}, {"secret"_L1, secret}, {"certSha256"_L1, certSha256}, {"model"_L1, model}};
}

Result<PairAnswer> PairAnswer::fromJson(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    PairAnswer answer;
    answer.terminalId = object.value("terminalId"_L1).toString();
    answer.secret = object.value("secret"_L1).toString();
    answer.certSha256 = object.value("certSha256"_L1).toString();
    answer.model = object.value("model"_L1).toString();
    // "model" is optional so that a terminal speaking plain DESIGN section 7 still pairs.
    const bool hasModel = object.contains("model"_L1);
    if (!value.isObject() || object.size() != (hasModel ? 4 : 3) || !isValidIdentifier(answer.terminalId)
        || answer.secret.size() < 16 || answer.secret.size() > 256 || !isValidCertSha256(answer.certSha256)
        || (hasModel && (answer.model.isEmpty() || answer.model.size() > 100))) {
        return malformed(tr("The terminal's pairing answer is malformed."));
    }
    return answer;
}

QJsonObject Status::toJson() const
{
    QJsonObject object {{"terminalId"_L1, terminalId}, {"state"_L1, toWire(state)}, {"model"_L1, model}};
    if (battery) {
        object.insert("battery"_L1, *battery);
    }
    if (!saleId.isEmpty()) {
        object.insert("saleId"_L1, saleId);
    }
    return object;
}

Result<Status> Status::fromJson(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    const auto state = terminalStateFromWire(object.value("state"_L1).toString());
    Status status;
    status.terminalId = object.value("terminalId"_L1).toString();
    status.model = object.value("model"_L1).toString();
    if (!value.isObject() || !state || !isValidIdentifier(status.terminalId) || status.model.isEmpty()
        || status.model.size() > 100) {
        return malformed(tr("The terminal's status is malformed."));
    }
    status.state = state.value();
    if (object.contains("battery"_L1)) {
        const auto battery = integer(object.value("battery"_L1));
        if (!battery || *battery < 0 || *battery > 100) {
            return malformed(tr("The terminal's battery level is malformed."));
        }
        status.battery = int(*battery);
    }
    if (object.contains("saleId"_L1)) {
        status.saleId = object.value("saleId"_L1).toString();
        if (!isValidSaleId(status.saleId)) {
            return malformed(tr("The terminal's status names a malformed saleId."));
        }
    }
    return status;
}

QJsonObject errorBody(const Error &error)
{
    return {{"error"_L1, QJsonObject {{"code"_L1, error.code}, {"detail"_L1, error.message}}}};
}

std::optional<Error> errorFromBody(const QByteArray &body)
{
    const QJsonObject error = QJsonDocument::fromJson(body).object().value("error"_L1).toObject();
    const QString code = error.value("code"_L1).toString();
    if (!isLowerCode(code)) {
        return std::nullopt;
    }
    return Error {code, error.value("detail"_L1).toString().left(500)};
}

} // namespace holdfast::wire::terminal
