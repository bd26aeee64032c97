#pragma once

#include "crypto/secretbytes.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace holdfast::ui {

/// What the first-run screen asks for.
struct FirstRunAnswers
{
    QString storeName;
    QString managerName;
    std::shared_ptr<crypto::SecretBytes> pin;
    QString taxPreset; ///< "ca-qc", "ca-on", "vat-20"
    QString currency;
};

/// First run, while nobody exists: the store's name, how its taxes work, and the first manager
/// (name and PIN), who can then add the rest of the staff.
class FirstRunPage : public QWidget
{
    Q_OBJECT

public:
    explicit FirstRunPage(QWidget *parent = nullptr);

    void setError(const QString &error);
    void setBusy(bool busy);

signals:
    void createRequested(const holdfast::ui::FirstRunAnswers &answers);

private:
    void submit();

    QLineEdit *m_store;
    QComboBox *m_taxes;
    QComboBox *m_currency;
    QLineEdit *m_name;
    QLineEdit *m_pin;
    QLineEdit *m_confirm;
    QLabel *m_error;
    QPushButton *m_create;
};

} // namespace holdfast::ui
