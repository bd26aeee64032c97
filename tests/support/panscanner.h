#pragma once

#include <QByteArray>
#include <QStringList>

namespace holdfast::test {

/// Every Luhn-valid run of 13 to 19 ASCII digits in `bytes` (also inside longer digit runs):
/// what a card number left in plaintext looks like in a file, a log or an export. 13-digit
/// runs count only when they start with 4 (the only 13-digit PANs), so that millisecond
/// timestamps in exports are not mistaken for card numbers. Digit runs inside a long encoded
/// token (hex digest, base64) are part of that encoding and are not reported.
QStringList findPans(const QByteArray &bytes);

/// Plaintext card-data fragments other than the PAN: the sealed JSON's "exp"/"cvm" members.
QStringList findCardFragments(const QByteArray &bytes);

} // namespace holdfast::test
