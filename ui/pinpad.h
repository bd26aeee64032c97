#pragma once

#include "crypto/secretbytes.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace holdfast::ui {

/// A PIN pad: a masked field that takes keyboard digits, and large buttons for a touch screen.
/// What was typed leaves it only through takePin(), which wipes the field's copy.
class PinPad : public QWidget
{
    Q_OBJECT

public:
    explicit PinPad(QWidget *parent = nullptr);

    /// Moves the typed PIN into wiped memory and clears the field.
    crypto::SecretBytes takePin();
    void clear();
    void setPrompt(const QString &prompt);
    void setError(const QString &error);
    void setBusy(bool busy);
    QLineEdit *field() const { return m_field; }
    /// Adds a digit as if its button was pressed.
    void press(QChar digit);

signals:
    void submitted();

private:
    QLabel *m_prompt;
    QLineEdit *m_field;
    QLabel *m_error;
    QPushButton *m_submit;
};

} // namespace holdfast::ui
