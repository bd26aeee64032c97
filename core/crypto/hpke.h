#pragma once

#include "common/result.h"
#include "secretbytes.h"
#include "x25519.h"

#include <QByteArray>

/// Hybrid Public Key Encryption, RFC 9180, base mode, with the one suite Holdfast uses:
/// DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-128-GCM (kem 0x0020, kdf 0x0001,
/// aead 0x0001). OpenSSL 3.0 has no HPKE (OSSL_HPKE_* arrived in 3.2), so the protocol is
/// written here on top of its EVP primitives: X25519, HKDF and AES-GCM.
namespace holdfast::crypto::hpke {

inline constexpr quint16 kemId = 0x0020;
inline constexpr quint16 kdfId = 0x0001;
inline constexpr quint16 aeadId = 0x0001;
inline constexpr qsizetype encSize = 32; ///< Nenc: the encapsulated key is an X25519 public key
inline constexpr qsizetype tagSize = 16; ///< Nt: the AES-GCM tag appended to every ciphertext

/// RFC 9180 DeriveKeyPair: the key pair derived from input keying material `ikm`.
Result<X25519KeyPair> deriveKeyPair(QByteArrayView ikm);

/// The KEM half of a sender's setup (RFC 9180 Encap): an ephemeral key and its shared secret
/// with the recipient. It does not depend on the message, so it can be made ahead of time;
/// each one must be used for exactly one context.
struct Encapsulation
{
    QByteArray recipientPublicKey;
    QByteArray enc;
    SecretBytes sharedSecret;
};

/// Encap with a fresh ephemeral key.
Result<Encapsulation> encapsulate(QByteArrayView recipientPublicKey);
/// Encap with a given ephemeral key: only for the RFC's known-answer tests.
Result<Encapsulation> encapsulate(QByteArrayView recipientPublicKey, const X25519KeyPair &ephemeral);

/// An encryption context (RFC 9180 section 5.2) for one sender or one recipient. Each seal
/// or open uses the next sequence number, so the two sides must process messages in order.
class Context
{
public:
    struct SenderSetup;

    /// SetupBaseS with a fresh ephemeral key: what every real sender does.
    static Result<SenderSetup> setupBaseSender(QByteArrayView recipientPublicKey, QByteArrayView info);
    /// SetupBaseS with a given ephemeral key: only for the RFC's known-answer tests.
    static Result<SenderSetup> setupBaseSender(QByteArrayView recipientPublicKey, QByteArrayView info,
                                               const X25519KeyPair &ephemeral);
    /// SetupBaseS from an encapsulation made earlier (which it consumes).
    static Result<SenderSetup> setupBaseSender(Encapsulation encapsulation, QByteArrayView info);
    static Result<Context> setupBaseRecipient(QByteArrayView enc, const X25519KeyPair &recipient, QByteArrayView info);

    Result<QByteArray> seal(QByteArrayView aad, QByteArrayView plaintext);
    /// Fails with "seal_open_failed" when the key, enc, info, aad or ciphertext do not match.
    Result<SecretBytes> open(QByteArrayView aad, QByteArrayView ciphertext);
    /// RFC 9180 Export: a secret of `length` bytes bound to this context and `exporterContext`.
    Result<SecretBytes> exportSecret(QByteArrayView exporterContext, qsizetype length) const;

private:
    Context() = default;
    static Result<Context> fromSharedSecret(const SecretBytes &sharedSecret, QByteArrayView info);
    Result<QByteArray> nextNonce();

    SecretBytes m_key;
    SecretBytes m_baseNonce;
    SecretBytes m_exporterSecret;
    quint64 m_sequence = 0;
};

struct Context::SenderSetup
{
    QByteArray enc; ///< the encapsulated key to send along with the ciphertexts
    Context context;
};

/// A single-shot seal's output: what the recipient needs besides its private key.
struct Sealed
{
    QByteArray enc;
    QByteArray ciphertext;
};

/// RFC 9180 SealBase: seals `plaintext` to `recipientPublicKey` under `info` and `aad`.
Result<Sealed> seal(QByteArrayView recipientPublicKey, QByteArrayView info, QByteArrayView aad,
                    QByteArrayView plaintext);
/// SealBase with an encapsulation made ahead of time for the same recipient (it is consumed).
Result<Sealed> seal(Encapsulation encapsulation, QByteArrayView info, QByteArrayView aad, QByteArrayView plaintext);
/// RFC 9180 OpenBase. The error never includes any of the inputs.
Result<SecretBytes> open(const X25519KeyPair &recipient, QByteArrayView enc, QByteArrayView info, QByteArrayView aad,
                         QByteArrayView ciphertext);

} // namespace holdfast::crypto::hpke
