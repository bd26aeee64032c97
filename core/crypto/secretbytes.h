#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>

namespace holdfast::crypto {

/// A byte buffer for secrets (card data, private keys, derived keys). It is never copied
/// implicitly, and its memory is overwritten with OPENSSL_cleanse when it is freed or grown,
/// so a secret does not linger in the heap after use.
class SecretBytes
{
public:
    SecretBytes() = default;
    explicit SecretBytes(qsizetype size); ///< zero-filled
    static SecretBytes copyOf(QByteArrayView bytes);
    ~SecretBytes();

    SecretBytes(SecretBytes &&other) noexcept;
    SecretBytes &operator=(SecretBytes &&other) noexcept;
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;

    unsigned char *data() { return m_data.get(); }
    const unsigned char *data() const { return m_data.get(); }
    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    /// A view of the bytes; valid while this buffer lives and is not changed.
    QByteArrayView view() const { return QByteArrayView(m_data.get(), m_size); }

    void append(QByteArrayView bytes);
    void resize(qsizetype size); ///< shrinking wipes the bytes cut off
    void clear(); ///< wipes and frees

    /// Constant-time comparison, so that checking a secret does not leak where it differs.
    bool equals(QByteArrayView other) const;

private:
    void reserve(qsizetype capacity);

    std::unique_ptr<unsigned char[]> m_data;
    qsizetype m_size = 0;
    qsizetype m_capacity = 0;
};

/// Overwrites a QByteArray's bytes in place (after detaching it) and empties it.
void wipe(QByteArray &bytes);
/// Overwrites a QString's characters in place (after detaching it) and empties it.
void wipe(QString &text);

} // namespace holdfast::crypto
