#include "admission.h"

#include "crypto/cardseal.h"
#include "identifiers.h"
#include "keys/keymanager.h"
#include "store/registerstore.h"

using namespace Qt::StringLiterals;

namespace holdfast::gateway {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Admission", text);
}

} // namespace

const Result<crypto::X25519KeyPair> &KeyCache::get(const QString &kid)
{
    auto it = m_cache.find(kid);
    if (it == m_cache.end()) {
        it = m_cache.emplace(kid, m_keys.privateKey(kid)).first;
    }
    return it->second;
}

namespace admission {

Result<Candidate> read(const QJsonValue &value, const Caller &caller)
{
    auto payment = wire::Payment::fromJson(value);
    if (!payment) {
        // Money and entry-method errors keep their sentence but share one code on the wire.
        const Error &error = payment.error();
        if (error.code == u"envelope_malformed"_s) {
            return error;
        }
        return Error {u"payment_malformed"_s, error.message};
    }
    if (payment->locationId != caller.locationId) {
        return Error {u"wrong_location"_s, tr("A register may only upload payments of its own location.")};
    }
    // Taken by this register, or by a register of the same location that was re-paired (its
    // earlier pairing revoked or replaced): the sealed data still names the register that took it.
    if (payment->registerId != caller.registerId && !caller.locationRegisterIds.contains(payment->registerId)) {
        return Error {u"wrong_location"_s,
                      tr("This payment was taken by a register that does not belong to this location.")};
    }
    const QString hash = ids::sha256Hex(QByteArrayView(payment->canonicalJson()));
    return Candidate {std::move(payment).value(), hash};
}

QString localIdOf(const QJsonValue &value)
{
    const QString localId = value.toObject().value("localId"_L1).toString();
    return wire::isValidLocalId(localId) ? localId : QString();
}

Result<crypto::CardData> open(const crypto::Envelope &envelope, const crypto::PaymentBinding &binding, KeyCache &keys)
{
    const auto &key = keys.get(envelope.kid);
    if (!key) {
        return key.error();
    }
    auto card = crypto::cardseal::open(envelope, key.value(), binding);
    if (card) {
        return card;
    }
    if (card.error().code == u"seal_open_failed"_s) {
        return Error {u"aad_mismatch"_s,
                      tr("The sealed card data does not open with this payment's fields: the payment was altered "
                         "after the card was read.")};
    }
    return Error {u"envelope_malformed"_s, tr("The sealed card data does not hold readable card data.")};
}

bool isRejection(const Error &error)
{
    static const QStringList codes {
        u"payment_malformed"_s, u"envelope_malformed"_s, u"wrong_location"_s,       u"unknown_kid"_s,
        u"key_destroyed"_s,     u"aad_mismatch"_s,       u"idempotency_conflict"_s, u"voided"_s};
    return codes.contains(error.code);
}

} // namespace admission

} // namespace holdfast::gateway
