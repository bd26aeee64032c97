#pragma once

#include "crypto/secretbytes.h"

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;

namespace holdfast::ui {

/// Keyed card entry (managers only): the card number and expiry, typed on the register. When
/// the manager confirms, both leave the fields at once into wiped memory (SecretBytes), the
/// fields are cleared, and core seals the card straight away. Nothing typed here is logged,
/// shown again or kept.
class KeyedCardDialog : public QDialog
{
    Q_OBJECT

public:
    explicit KeyedCardDialog(const QString &amountText, QWidget *parent = nullptr);
    ~KeyedCardDialog() override;

    /// What was typed; valid after accept(), once. The caller hands them to core and drops them.
    std::shared_ptr<crypto::SecretBytes> takePan() { return std::move(m_pan); }
    std::shared_ptr<crypto::SecretBytes> takeExpiry() { return std::move(m_expiry); }

    QLineEdit *panField() const { return m_panField; }
    QLineEdit *expiryField() const { return m_expiryField; }

private:
    void take();
    void wipeFields();

    QLineEdit *m_panField;
    QLineEdit *m_expiryField;
    QLabel *m_error;
    std::shared_ptr<crypto::SecretBytes> m_pan;
    std::shared_ptr<crypto::SecretBytes> m_expiry;
};

} // namespace holdfast::ui
