#pragma once

#include "common/result.h"

#include <QString>

namespace holdfast::sales::barcode {

/// Reads a GTIN as a scanner types it or a catalog lists it — EAN-8, UPC-A (12 digits),
/// EAN-13 or GTIN-14, surrounding spaces ignored — checks its GS1 check digit and returns it
/// zero-padded to 14 digits, so a UPC-A and the EAN-13 with a leading 0 are the same code.
/// Anything else is "barcode_invalid" with a sentence saying why.
Result<QString> normalize(QStringView text);

/// Whether the last digit of `digits` (ASCII digits only) is the GS1 check digit of the rest.
bool hasValidCheckDigit(QStringView digits);

/// The GS1 check digit for `digitsWithoutCheck` (ASCII digits), as a character.
QChar checkDigit(QStringView digitsWithoutCheck);

} // namespace holdfast::sales::barcode
