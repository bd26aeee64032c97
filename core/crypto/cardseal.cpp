#include "cardseal.h"

#include "hpke.h"

using namespace Qt::StringLiterals;

namespace holdfast::crypto::cardseal {

Result<Envelope> seal(const CardData &card, QByteArrayView recipientPublicKey, const PaymentBinding &binding)
{
    auto aad = buildAad(binding);
    if (!aad) {
        return aad.error();
    }
    const SecretBytes plaintext = card.toPlaintext();
    auto sealed = hpke::seal(recipientPublicKey, sealInfo, aad.value(), plaintext.view());
    if (!sealed) {
        return sealed.error();
    }
    return Envelope {binding.kid, std::move(sealed.value().enc), std::move(sealed.value().ciphertext)};
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
