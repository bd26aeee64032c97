#include "encapsulationpool.h"

namespace holdfast::crypto {

Result<hpke::Encapsulation> EncapsulationPool::take(QByteArrayView recipientPublicKey)
{
    if (!m_ready.empty() && m_ready.front().recipientPublicKey == recipientPublicKey) {
        hpke::Encapsulation prepared = std::move(m_ready.front());
        m_ready.pop_front();
        return prepared;
    }
    return hpke::encapsulate(recipientPublicKey);
}

Status EncapsulationPool::fill(QByteArrayView recipientPublicKey)
{
    if (!m_ready.empty() && m_ready.front().recipientPublicKey != recipientPublicKey) {
        m_ready.clear(); // a new day's key: yesterday's are of no use
    }
    while (int(m_ready.size()) < m_capacity) {
        auto encapsulation = hpke::encapsulate(recipientPublicKey);
        if (!encapsulation) {
            return encapsulation.error();
        }
        m_ready.push_back(std::move(encapsulation).value());
    }
    return {};
}

} // namespace holdfast::crypto
