#include "money.h"

#include "currency.h"

#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace holdfast {

namespace {

qint64 scaleFor(int digits)
{
    qint64 scale = 1;
    for (int i = 0; i < digits; ++i) {
        scale *= 10;
    }
    return scale;
}

Error unknownCurrency()
{
    return {u"currency_unknown"_s, Money::tr("The currency is not an ISO 4217 code such as CAD, USD or EUR.")};
}

Error tooLarge()
{
    return {u"amount_too_large"_s, Money::tr("The amount is too large.")};
}

} // namespace

Money Money::zero(QStringView currency)
{
    Q_ASSERT(currency::isKnown(currency));
    return Money(0, currency.toString());
}

Result<Money> Money::checked(qint64 minor, const QString &currency)
{
    if (!currency::isKnown(currency)) {
        return unknownCurrency();
    }
    if (minor > maxMinor || minor < -maxMinor) {
        return tooLarge();
    }
    return Money(minor, currency);
}

Result<Money> Money::fromMinor(qint64 minor, QStringView currency)
{
    return checked(minor, currency.toString());
}

Result<Money> Money::parse(QStringView text, QStringView currency)
{
    const auto digits = currency::minorDigits(currency);
    if (!digits) {
        return unknownCurrency();
    }
    QStringView rest = text.trimmed();
    if (rest.isEmpty()) {
        return Error {u"amount_empty"_s, tr("Enter an amount.")};
    }
    const bool negative = rest.startsWith(u'-');
    if (negative) {
        rest = rest.mid(1);
    }
    const qsizetype point = rest.indexOf(u'.');
    const QStringView whole = point < 0 ? rest : rest.left(point);
    const QStringView fraction = point < 0 ? QStringView() : rest.mid(point + 1);
    const auto allDigits = [](QStringView part) {
        return std::all_of(part.begin(), part.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    };
    if ((whole.isEmpty() && fraction.isEmpty()) || !allDigits(whole) || !allDigits(fraction)) {
        return Error {u"amount_invalid"_s,
                      tr("Write the amount with digits and at most one decimal point, like 12.34.")};
    }
    if (fraction.size() > *digits) {
        return Error {u"amount_too_precise"_s,
                      tr("%1 amounts have at most %n decimal place(s).", nullptr, *digits).arg(currency)};
    }
    // 16 digits always fit in qint64; anything longer is over maxMinor anyway.
    if (whole.size() + *digits > 16) {
        return tooLarge();
    }
    const qint64 scale = scaleFor(*digits);
    const qint64 major = whole.isEmpty() ? 0 : whole.toLongLong();
    qint64 minor = fraction.isEmpty() ? 0 : fraction.toLongLong() * scaleFor(*digits - int(fraction.size()));
    minor += major * scale;
    return checked(negative ? -minor : minor, currency.toString());
}

Result<Money> Money::parseLocalized(QStringView text, QStringView currency, const QLocale &locale)
{
    QString plain = text.trimmed().toString();
    for (const QString &separator : {locale.groupSeparator(), u"\u00a0"_s, u"\u202f"_s, u" "_s}) {
        plain.remove(separator);
    }
    if (locale.decimalPoint() != u"."_s) {
        if (plain.contains(u'.')) {
            return Error {
                u"amount_invalid"_s,
                tr("Write the amount with digits and at most one '%1', like 12%134.").arg(locale.decimalPoint())};
        }
        plain.replace(locale.decimalPoint(), u"."_s);
    }
    if (locale.negativeSign() != u"-"_s) {
        plain.replace(locale.negativeSign(), u"-"_s);
    }
    return parse(plain, currency);
}

Result<Money> Money::fromJson(const QJsonValue &value)
{
    const Error malformed {u"money_malformed"_s,
                           tr("An amount must be {\"amount\": integer minor units, \"currency\": ISO 4217 code}.")};
    if (!value.isObject()) {
        return malformed;
    }
    const QJsonObject object = value.toObject();
    const QJsonValue amount = object.value("amount"_L1);
    const QJsonValue currency = object.value("currency"_L1);
    // toInteger() answers its default for a non-integral number; two defaults tell them apart.
    const bool integral = amount.isDouble() && amount.toInteger(0) == amount.toInteger(1);
    if (object.size() != 2 || !integral || !currency.isString()) {
        return malformed;
    }
    return checked(amount.toInteger(), currency.toString());
}

int Money::minorDigits() const
{
    return currency::minorDigits(m_currency).value_or(0);
}

Result<Money> Money::sameCurrency(const Money &other) const
{
    if (!isValid() || !other.isValid() || m_currency != other.m_currency) {
        return Error {u"currency_mismatch"_s, tr("Amounts in different currencies cannot be combined.")};
    }
    return *this;
}

Result<Money> Money::plus(const Money &other) const
{
    if (auto same = sameCurrency(other); !same) {
        return same.error();
    }
    return checked(m_minor + other.m_minor, m_currency); // both within 2^53: cannot overflow
}

Result<Money> Money::minus(const Money &other) const
{
    if (auto same = sameCurrency(other); !same) {
        return same.error();
    }
    return checked(m_minor - other.m_minor, m_currency);
}

Result<Money> Money::times(qint64 factor) const
{
    qint64 product = 0;
    if (__builtin_mul_overflow(m_minor, factor, &product)) {
        return tooLarge();
    }
    return checked(product, m_currency);
}

std::optional<std::strong_ordering> Money::compare(const Money &other) const
{
    if (m_currency != other.m_currency) {
        return std::nullopt;
    }
    return m_minor <=> other.m_minor;
}

QString Money::toPlainString() const
{
    const int digits = minorDigits();
    const qint64 scale = scaleFor(digits);
    const qint64 magnitude = m_minor < 0 ? -m_minor : m_minor;
    QString text = m_minor < 0 ? u"-"_s : QString();
    text += QString::number(magnitude / scale);
    if (digits > 0) {
        text += u'.' + u"%1"_s.arg(magnitude % scale, digits, 10, QLatin1Char('0'));
    }
    return text;
}

QString Money::format(const QLocale &locale) const
{
    const bool ownCurrency = locale.currencySymbol(QLocale::CurrencyIsoCode) == m_currency;
    const QString symbol = ownCurrency ? locale.currencySymbol(QLocale::CurrencySymbol) : m_currency;
    // QLocale formats currency from integers or doubles only. To stay exact, take the locale's
    // pattern for plus or minus one (symbol placement, sign, brackets) and put the digits in.
    const QString one = locale.toString(1);
    QString pattern = locale.toCurrencyString(qlonglong(m_minor < 0 ? -1 : 1), symbol);

    const int digits = minorDigits();
    const qint64 scale = scaleFor(digits);
    const qint64 magnitude = m_minor < 0 ? -m_minor : m_minor;
    QString number = locale.toString(magnitude / scale);
    if (digits > 0) {
        QString fraction = locale.toString(magnitude % scale);
        fraction.prepend(QString(digits - int(fraction.size()), locale.zeroDigit().at(0)));
        number += locale.decimalPoint() + fraction;
    }
    if (!ownCurrency) {
        // An ISO code glued to digits ("CAD12.34") is hard to read; keep them apart.
        const qsizetype at = pattern.indexOf(symbol);
        if (pattern.mid(at + symbol.size()).startsWith(one)) {
            pattern.insert(at + symbol.size(), u'\u00a0');
        } else if (at >= one.size() && pattern.mid(at - one.size(), one.size()) == one) {
            pattern.insert(at, u'\u00a0');
        }
    }
    return pattern.replace(pattern.indexOf(one), one.size(), number);
}

QJsonObject Money::toJson() const
{
    return QJsonObject {{"amount"_L1, m_minor}, {"currency"_L1, m_currency}};
}

} // namespace holdfast
