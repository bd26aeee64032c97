#include "currency.h"

#include <QHash>
#include <QString>

namespace holdfast::currency {

namespace {

// ISO 4217 active codes and their minor-unit exponents (List One, 2024 edition). QLocale
// knows currency symbols per locale but not the exponent of an arbitrary currency, and the
// exponent decides whether "12.345" is a valid amount, so the table is kept here.
const QHash<QString, int> &exponents()
{
    static const QHash<QString, int> table = [] {
        QHash<QString, int> t;
        const char *zero = "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF";
        const char *three = "BHD IQD JOD KWD LYD OMR TND";
        const char *four = "CLF UYW";
        const char *two = "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BOV BRL BSD BTN "
                          "BWP BYN BZD CAD CDF CHE CHF CHW CNY COP COU CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB "
                          "EUR FJD FKP GBP GEL GHS GIP GMD GTQ GYD HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS "
                          "KHR KPW KYD KZT LAK LBP LKR LRD LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN "
                          "MXV MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN PGK PHP PKR PLN QAR RON RSD RUB SAR SBD "
                          "SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TOP TRY TTD TWD TZS "
                          "UAH USD USN UYU UZS VED VES WST XCD YER ZAR ZMW ZWG";
        const auto add = [&t](const char *codes, int digits) {
            const auto list = QString::fromLatin1(codes).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            for (const QString &code : list) {
                t.insert(code, digits);
            }
        };
        add(zero, 0);
        add(two, 2);
        add(three, 3);
        add(four, 4);
        return t;
    }();
    return table;
}

} // namespace

std::optional<int> minorDigits(QStringView code)
{
    const auto it = exponents().constFind(code.toString());
    if (it == exponents().constEnd()) {
        return std::nullopt;
    }
    return *it;
}

bool isKnown(QStringView code)
{
    return minorDigits(code).has_value();
}

} // namespace holdfast::currency
