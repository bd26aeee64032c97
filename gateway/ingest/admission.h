#pragma once

#include "common/result.h"
#include "crypto/carddata.h"
#include "crypto/x25519.h"
#include "wire/payment.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

#include <map>

namespace holdfast::gateway {

class KeyManager;
struct Caller;

/// Private keys unwrapped during one request or one worker step, so that a batch sealed to one
/// day's key unwraps it once. Never kept longer: a destroyed key must stop working at once.
class KeyCache
{
public:
    explicit KeyCache(const KeyManager &keys) : m_keys(keys) { }
    const Result<crypto::X25519KeyPair> &get(const QString &kid);

private:
    const KeyManager &m_keys;
    std::map<QString, Result<crypto::X25519KeyPair>> m_cache;
};

/// A payment read from a request, with the hash that decides idempotency.
struct Candidate
{
    wire::Payment payment;
    QString contentSha256;
};

/// The checks every uploaded payment passes before the gateway claims its localId. Each failure
/// is a REJECTED reason: it can never succeed, however often it is sent.
namespace admission {

/// Reads one payment strictly. Fails with payment_malformed, envelope_malformed or
/// wrong_location (a register uploads only payments of its own location, taken by itself or by
/// another register of that location: a re-paired register's earlier payments).
Result<Candidate> read(const QJsonValue &value, const Caller &caller);
/// The localId of a payment that could not be read, when it has a usable one, for the answer.
QString localIdOf(const QJsonValue &value);

/// Opens the sealed card data with the key of its kid and the payment's bound fields. Fails with
/// unknown_kid, key_destroyed, aad_mismatch (altered after sealing) or envelope_malformed; and
/// with storage_error when the key could not be read (not the payment's fault).
Result<crypto::CardData> open(const crypto::Envelope &envelope, const crypto::PaymentBinding &binding, KeyCache &keys);

/// Whether `error` is the payment's fault (REJECTED) rather than the gateway's (try again).
bool isRejection(const Error &error);

} // namespace admission

} // namespace holdfast::gateway
