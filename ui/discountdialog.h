#pragma once

#include "sales/discount.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QRadioButton;

namespace holdfast::ui {

/// Asks for a discount: a percentage or an amount off, or none. The cart checks it.
class DiscountDialog : public QDialog
{
    Q_OBJECT

public:
    DiscountDialog(const QString &title, const QString &currency, const std::optional<sales::Discount> &current,
                   QWidget *parent = nullptr);

    /// What was chosen: a discount, or nullopt to remove it. Valid after accept().
    std::optional<sales::Discount> discount() const { return m_discount; }

    /// "12.5" (in the locale's notation) as basis points (1250); nothing when it is not a number
    /// with at most two decimals.
    static std::optional<qint64> parsePercent(const QString &text, const QLocale &locale);

private:
    void apply();

    QString m_currency;
    QRadioButton *m_percent;
    QRadioButton *m_amount;
    QLineEdit *m_value;
    QLabel *m_error;
    std::optional<sales::Discount> m_discount;
};

} // namespace holdfast::ui
