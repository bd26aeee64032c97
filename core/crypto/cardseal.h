#pragma once

#include "carddata.h"
#include "common/result.h"
#include "envelope.h"
#include "hpke.h"
#include "x25519.h"

/// Sealing card data to the processor's daily key, the one path every card payment takes
/// (on a terminal, and on the register for keyed entry), and opening it on the gateway.
namespace holdfast::crypto::cardseal {

/// Seals `card` to `recipientPublicKey` (the daily key `binding.kid`), bound to the payment
/// fields in `binding` through the AAD. The plaintext is wiped before this returns.
Result<Envelope> seal(const CardData &card, QByteArrayView recipientPublicKey, const PaymentBinding &binding);
/// The same, with an encapsulation prepared ahead of time for the recipient (see EncapsulationPool).
Result<Envelope> seal(const CardData &card, hpke::Encapsulation encapsulation, const PaymentBinding &binding);

/// Opens an envelope with the private key of its kid. Fails with "seal_open_failed" when any
/// bound field differs from what was sealed, and never says more about the contents.
Result<CardData> open(const Envelope &envelope, const X25519KeyPair &recipient, const PaymentBinding &binding);

} // namespace holdfast::crypto::cardseal
