#include "barcode.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace holdfast::sales::barcode {

namespace {

constexpr qsizetype gtinLength = 14;

// A named translation context that lupdate sees (a free tr() helper hides it from lupdate).
struct BarcodeText
{
    Q_DECLARE_TR_FUNCTIONS(Barcode)
};

} // namespace

QChar checkDigit(QStringView digitsWithoutCheck)
{
    // GS1: from the rightmost digit leftwards, weights 3, 1, 3, 1, …; the check digit tops the
    // sum up to a multiple of ten.
    int sum = 0;
    int weight = 3;
    for (qsizetype i = digitsWithoutCheck.size() - 1; i >= 0; --i) {
        sum += (digitsWithoutCheck[i].unicode() - u'0') * weight;
        weight = weight == 3 ? 1 : 3;
    }
    return QChar(u'0' + (10 - sum % 10) % 10);
}

bool hasValidCheckDigit(QStringView digits)
{
    return digits.size() >= 2 && checkDigit(digits.chopped(1)) == digits.back();
}

Result<QString> normalize(QStringView text)
{
    const QStringView code = text.trimmed();
    if (code.isEmpty()) {
        return Error {u"barcode_invalid"_s, BarcodeText::tr("The barcode is empty.")};
    }
    for (QChar c : code) {
        if (c < u'0' || c > u'9') {
            return Error {u"barcode_invalid"_s,
                          BarcodeText::tr("A barcode has digits only; \"%1\" has other characters.")
                              .arg(code.left(32).toString())};
        }
    }
    const qsizetype length = code.size();
    if (length != 8 && length != 12 && length != 13 && length != gtinLength) {
        return Error {
            u"barcode_invalid"_s,
            BarcodeText::tr("The barcode %1 has %2 digits; EAN-8, UPC-A, EAN-13 and GTIN-14 have 8, 12, 13 or 14.")
                .arg(code.toString())
                .arg(length)};
    }
    if (!hasValidCheckDigit(code)) {
        return Error {
            u"barcode_invalid"_s,
            BarcodeText::tr("The barcode %1 has a wrong check digit; it was probably mistyped.").arg(code.toString())};
    }
    return QString(QString(gtinLength - length, u'0') + code.toString());
}

} // namespace holdfast::sales::barcode
