#pragma once

#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

/// base64url without padding (RFC 4648 section 5), the encoding of every binary field on
/// Holdfast's wire: envelopes, keys, JWS. Decoding is strict: one text for one byte string.
namespace holdfast::base64url {

QByteArray encode(QByteArrayView bytes);
QString encodeToString(QByteArrayView bytes);

/// Refuses padding, characters outside the URL-safe alphabet and non-canonical trailing bits.
Result<QByteArray> decode(QByteArrayView text);
Result<QByteArray> decode(QStringView text);

} // namespace holdfast::base64url
