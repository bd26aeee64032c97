#include "secretbytes.h"

#include <openssl/crypto.h>

#include <cstring>
#include <utility>

namespace holdfast::crypto {

SecretBytes::SecretBytes(qsizetype size)
{
    resize(size);
}

SecretBytes SecretBytes::copyOf(QByteArrayView bytes)
{
    SecretBytes secret;
    secret.append(bytes);
    return secret;
}

SecretBytes::~SecretBytes()
{
    clear();
}

SecretBytes::SecretBytes(SecretBytes &&other) noexcept
    : m_data(std::move(other.m_data))
    , m_size(std::exchange(other.m_size, 0))
    , m_capacity(std::exchange(other.m_capacity, 0))
{
}

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::move(other.m_data);
        m_size = std::exchange(other.m_size, 0);
        m_capacity = std::exchange(other.m_capacity, 0);
    }
    return *this;
}

void SecretBytes::reserve(qsizetype capacity)
{
    if (capacity <= m_capacity) {
        return;
    }
    auto grown = std::make_unique<unsigned char[]>(size_t(capacity)); // value-initialised: zeros
    if (m_size > 0) {
        std::memcpy(grown.get(), m_data.get(), size_t(m_size));
    }
    if (m_data) {
        OPENSSL_cleanse(m_data.get(), size_t(m_capacity));
    }
    m_data = std::move(grown);
    m_capacity = capacity;
}

void SecretBytes::append(QByteArrayView bytes)
{
    if (bytes.isEmpty()) {
        return;
    }
    if (m_size + bytes.size() > m_capacity) {
        reserve(std::max(m_size + bytes.size(), 2 * m_capacity));
    }
    std::memcpy(m_data.get() + m_size, bytes.data(), size_t(bytes.size()));
    m_size += bytes.size();
}

void SecretBytes::resize(qsizetype size)
{
    Q_ASSERT(size >= 0);
    if (size > m_capacity) {
        reserve(size);
    } else if (size < m_size) {
        OPENSSL_cleanse(m_data.get() + size, size_t(m_size - size));
    }
    m_size = size;
}

void SecretBytes::clear()
{
    if (m_data) {
        OPENSSL_cleanse(m_data.get(), size_t(m_capacity));
    }
    m_data.reset();
    m_size = 0;
    m_capacity = 0;
}

bool SecretBytes::equals(QByteArrayView other) const
{
    return other.size() == m_size && (m_size == 0 || CRYPTO_memcmp(m_data.get(), other.data(), size_t(m_size)) == 0);
}

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty()) {
        OPENSSL_cleanse(bytes.data(), size_t(bytes.size())); // data() detaches first
    }
    bytes.clear();
}

void wipe(QString &text)
{
    if (!text.isEmpty()) {
        OPENSSL_cleanse(text.data(), size_t(text.size()) * sizeof(QChar));
    }
    text.clear();
}

} // namespace holdfast::crypto
