#include "discountdialog.h"

#include "moneytext.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace holdfast::ui {

DiscountDialog::DiscountDialog(const QString &title, const QString &currency,
                               const std::optional<sales::Discount> &current, QWidget *parent)
    : QDialog(parent)
    , m_currency(currency)
    , m_percent(new QRadioButton(tr("&Percentage off"), this))
    , m_amount(new QRadioButton(tr("&Amount off"), this))
    , m_value(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(u"discountDialog"_s);
    setWindowTitle(title);
    m_value->setObjectName(u"discountValueEdit"_s);
    m_value->setMinimumHeight(40);
    m_error->setStyleSheet(u"color: #b91c1c;"_s);
    m_error->setWordWrap(true);
    if (current && current->kind == sales::Discount::Kind::Amount) {
        m_amount->setChecked(true);
        m_value->setText(decimalText(current->amount.minor(), current->amount.minorDigits(), QLocale()));
    } else {
        m_percent->setChecked(true);
        if (current) {
            m_value->setText(decimalText(current->basisPoints, 2, QLocale()));
        }
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *remove = buttons->addButton(tr("&Remove discount"), QDialogButtonBox::ResetRole);
    remove->setEnabled(current.has_value());
    connect(buttons, &QDialogButtonBox::accepted, this, &DiscountDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(remove, &QPushButton::clicked, this, [this] {
        m_discount.reset();
        accept();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_percent);
    layout->addWidget(m_amount);
    auto *form = new QFormLayout;
    form->addRow(tr("Value:"), m_value);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_value->setFocus();
}

std::optional<qint64> DiscountDialog::parsePercent(const QString &text, const QLocale &locale)
{
    const QString trimmed = text.trimmed().remove(u'%').trimmed();
    const QStringList parts = trimmed.split(locale.decimalPoint());
    if (trimmed.isEmpty() || parts.size() > 2 || parts[0].size() > 3) {
        return std::nullopt;
    }
    bool ok = false;
    const qint64 whole = parts[0].isEmpty() ? 0 : parts[0].toLongLong(&ok);
    if (!parts[0].isEmpty() && !ok) {
        return std::nullopt;
    }
    qint64 fraction = 0;
    if (parts.size() == 2) {
        if (parts[1].isEmpty() || parts[1].size() > 2) {
            return std::nullopt;
        }
        fraction = parts[1].leftJustified(2, u'0').toLongLong(&ok);
        if (!ok) {
            return std::nullopt;
        }
    }
    return whole * 100 + fraction;
}

void DiscountDialog::apply()
{
    if (m_percent->isChecked()) {
        const auto basisPoints = parsePercent(m_value->text(), QLocale());
        if (!basisPoints) {
            m_error->setText(tr("Type a percentage such as 10 or 12.5."));
            return;
        }
        m_discount = sales::Discount::percent(*basisPoints);
    } else {
        auto amount = Money::parseLocalized(m_value->text().trimmed(), m_currency, QLocale());
        if (!amount) {
            m_error->setText(amount.error().message);
            return;
        }
        m_discount = sales::Discount::off(amount.value());
    }
    accept();
}

} // namespace holdfast::ui
