#include "moneytext.h"

namespace holdfast::ui {

QString decimalText(qint64 value, int decimals, const QLocale &locale)
{
    qint64 scale = 1;
    for (int i = 0; i < decimals; ++i) {
        scale *= 10;
    }
    const qint64 magnitude = value < 0 ? -value : value;
    QString text = (value < 0 ? QString(locale.negativeSign()) : QString())
        + locale.toString(magnitude / scale).remove(locale.groupSeparator());
    if (decimals > 0) {
        text += locale.decimalPoint() + QString::number(magnitude % scale).rightJustified(decimals, u'0');
    }
    return text;
}

QString editableAmount(const Money &amount, const QLocale &locale)
{
    return amount.isValid() ? decimalText(amount.minor(), amount.minorDigits(), locale) : QString();
}

} // namespace holdfast::ui
