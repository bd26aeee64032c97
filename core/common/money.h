#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>
#include <QString>

#include <compare>
#include <optional>

namespace holdfast {

/// An amount of money: integer minor units of one ISO 4217 currency. Never floating point.
class Money
{
    Q_DECLARE_TR_FUNCTIONS(Money)

public:
    /// Largest magnitude accepted, 2^53 - 1 minor units. JSON numbers are exact up to there,
    /// so an amount survives every wire and file format unchanged.
    static constexpr qint64 maxMinor = (qint64(1) << 53) - 1;

    /// An invalid amount (no currency); every factory below returns a valid one.
    Money() = default;

    /// The amount `minor` in the smallest unit of `currency` (cents for CAD).
    static Result<Money> fromMinor(qint64 minor, QStringView currency);
    /// Reads a plain decimal such as "12.34", "-0.5" or "1200" (JPY); '.' is the separator.
    static Result<Money> parse(QStringView text, QStringView currency);
    /// Reads what a person typed in `locale`: its decimal point and group separators.
    static Result<Money> parseLocalized(QStringView text, QStringView currency, const QLocale &locale);
    /// Reads the wire form {"amount": <integer minor units>, "currency": "CAD"}, strictly.
    static Result<Money> fromJson(const QJsonValue &value);
    /// Zero in `currency`; the currency must be known (use fromMinor to validate input).
    static Money zero(QStringView currency);

    bool isValid() const { return !m_currency.isEmpty(); }
    qint64 minor() const { return m_minor; }
    const QString &currency() const { return m_currency; }
    int minorDigits() const;
    bool isZero() const { return m_minor == 0; }
    bool isNegative() const { return m_minor < 0; }

    Result<Money> plus(const Money &other) const;
    Result<Money> minus(const Money &other) const;
    Result<Money> times(qint64 factor) const;
    Money negated() const { return Money(-m_minor, m_currency); }

    /// Ordering within one currency; nothing when the currencies differ.
    std::optional<std::strong_ordering> compare(const Money &other) const;

    /// "12.34", "-0.05", "1200" for JPY: what parse() reads back exactly.
    QString toPlainString() const;
    /// "$12.34" in en_CA, "12,34 $" in fr_CA; other currencies show their ISO code.
    QString format(const QLocale &locale = QLocale()) const;
    QJsonObject toJson() const;

    bool operator==(const Money &) const = default;

private:
    Money(qint64 minor, QString currency) : m_minor(minor), m_currency(std::move(currency)) { }

    static Result<Money> checked(qint64 minor, const QString &currency);
    Result<Money> sameCurrency(const Money &other) const;

    qint64 m_minor = 0;
    QString m_currency;
};

} // namespace holdfast
