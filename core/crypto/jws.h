#pragma once

#include "common/result.h"
#include "ed25519.h"

#include <QByteArray>
#include <QString>

/// JSON Web Signature in compact serialisation (RFC 7515), signed with EdDSA over Ed25519
/// (RFC 8037). The only algorithm accepted is EdDSA; there is no "none" and no negotiation.
namespace holdfast::crypto::jws {

/// BASE64URL({"alg":"EdDSA"}) . BASE64URL(payload) . BASE64URL(signature)
Result<QString> sign(QByteArrayView payload, const Ed25519KeyPair &key);

/// The payload of `compact` if it carries a valid EdDSA signature by the raw Ed25519
/// `publicKey`. Unknown critical header parameters are refused (RFC 7515 section 4.1.11).
Result<QByteArray> verify(QStringView compact, QByteArrayView publicKey);

} // namespace holdfast::crypto::jws
