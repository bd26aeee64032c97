#pragma once

#include "hpke.h"

#include <deque>

namespace holdfast::crypto {

/// Encapsulations made ahead of time for one recipient key (the day's sealing key). HPKE's
/// costly half — an ephemeral X25519 key and its Diffie-Hellman with the recipient — does not
/// depend on the card, so the register prepares a few while it is idle and a seal at the
/// counter costs only the key schedule and AES. Each encapsulation is handed out once; its
/// shared secret lives in SecretBytes and is wiped when used or dropped. One thread only.
class EncapsulationPool
{
public:
    explicit EncapsulationPool(int capacity = 4) : m_capacity(capacity) { }

    /// A prepared encapsulation for `recipientPublicKey`, or a fresh one when none is ready.
    Result<hpke::Encapsulation> take(QByteArrayView recipientPublicKey);
    /// Prepares encapsulations for `recipientPublicKey` up to the capacity (call when idle);
    /// those for another key are dropped.
    Status fill(QByteArrayView recipientPublicKey);
    int ready() const { return int(m_ready.size()); }

private:
    int m_capacity;
    std::deque<hpke::Encapsulation> m_ready;
};

} // namespace holdfast::crypto
