#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

/// Identifiers and secrets the gateway hands out: location, register and payment ids, device
/// codes and bearer tokens. All randomness comes from OpenSSL's CSPRNG.
namespace holdfast::gateway::ids {

/// `prefix` + "_" + `length` random characters of [a-z0-9], e.g. "loc_4kq8z2m7xw3p".
QString random(QStringView prefix, int length = 16);

/// `length` random characters of [a-z0-9] (key ids use them after the date).
QString randomLower(int length);

/// A device code: 8 characters without look-alikes (no 0 O 1 I L) in two groups, "K7QF-2M9X".
QString newDeviceCode();
/// The canonical form of what a person typed: upper case, spaces and dashes ignored, grouped
/// by four. Nothing when it cannot be a device code (wrong length or characters).
std::optional<QString> normalizeDeviceCode(QStringView typed);

/// A bearer token: 32 random bytes, base64url without padding.
QString newToken();

/// Lower-case hex SHA-256 of UTF-8 `text`: how device codes and tokens are stored.
QString sha256Hex(QStringView text);
QString sha256Hex(QByteArrayView bytes);

} // namespace holdfast::gateway::ids
