#include "cardseal.h"

#include "hpke.h"

#include <functional>

using namespace Qt::StringLiterals;

namespace holdfast::crypto::cardseal {

namespace {

Result<Envelope> sealTo(const CardData &card, const PaymentBinding &binding,
                        const std::function<Result<hpke::Sealed>(QByteArrayView aad, QByteArrayView plaintext)> &seal)
{
    auto aad = buildAad(binding);
    if (!aad) {
        return aad.error();
    }
    const SecretBytes plaintext = card.toPlaintext();
    auto sealed = seal(aad.value(), plaintext.view());
    if (!sealed) {
        return sealed.error();
    }
    return Envelope {binding.kid, std::move(sealed.value().enc), std::move(sealed.value().ciphertext)};
}

} // namespace

Result<Envelope> seal(const CardData &card, QByteArrayView recipientPublicKey, const PaymentBinding &binding)
{
    return sealTo(card, binding, [&](QByteArrayView aad, QByteArrayView plaintext) {
        return hpke::seal(recipientPublicKey, sealInfo, aad, plaintext);
    });
}

Result<Envelope> seal(const CardData &card, hpke::Encapsulation encapsulation, const PaymentBinding &binding)
{
    return sealTo(card, binding, [&](QByteArrayView aad, QByteArrayView plaintext) {
        return hpke::seal(std::move(encapsulation), sealInfo, aad, plaintext);
    });
}

Result<CardData> open(const Envelope &envelope, const X25519KeyPair &recipient, const PaymentBinding &binding)
{
    if (envelope.kid != binding.kid) {
        return Error {u"seal_open_failed"_s,
                      QCoreApplication::translate("cardseal", "The sealed card data belongs to another key.")};
    }
    auto aad = buildAad(binding);
    if (!aad) {
        return aad.error();
    }
    auto plaintext = hpke::open(recipient, envelope.enc, sealInfo, aad.value(), envelope.ct);
    if (!plaintext) {
        return plaintext.error();
    }
    return CardData::fromPlaintext(plaintext.value().view());
}

} // namespace holdfast::crypto::cardseal
