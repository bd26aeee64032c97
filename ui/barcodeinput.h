#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QWidget;

namespace holdfast::ui {

/// A barcode scanner is a keyboard: it types the code's digits and Enter into whatever window
/// has focus. While the sale screen is showing and the focus is not in a text field, digit
/// keystrokes are collected here instead, and Enter hands the code over. Digits typed slowly
/// (more than a second apart) start a new code. Installed on the application.
class BarcodeInput : public QObject
{
    Q_OBJECT

public:
    /// Listens while `screen` is visible and active.
    explicit BarcodeInput(QWidget *screen, QObject *parent = nullptr);

    QString buffer() const { return m_buffer; }

signals:
    void scanned(const QString &code);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool listening() const;

    QPointer<QWidget> m_screen;
    QString m_buffer;
    QElapsedTimer m_lastKey;
};

} // namespace holdfast::ui
