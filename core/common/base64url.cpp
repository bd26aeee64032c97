#include "base64url.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace holdfast::base64url {

namespace {

constexpr auto options = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

Error invalid()
{
    return {u"base64url_invalid"_s,
            QCoreApplication::translate("base64url", "The data is not valid unpadded base64url text.")};
}

} // namespace

QByteArray encode(QByteArrayView bytes)
{
    return bytes.toByteArray().toBase64(options);
}

QString encodeToString(QByteArrayView bytes)
{
    return QString::fromLatin1(encode(bytes));
}

Result<QByteArray> decode(QByteArrayView text)
{
    if (text.contains('=')) {
        return invalid();
    }
    auto decoded = QByteArray::fromBase64Encoding(
        text.toByteArray(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    // Qt accepts a dangling sixth bit group and non-zero padding bits; re-encoding exposes both.
    if (decoded.decodingStatus != QByteArray::Base64DecodingStatus::Ok || encode(decoded.decoded) != text) {
        return invalid();
    }
    return std::move(decoded.decoded);
}

Result<QByteArray> decode(QStringView text)
{
    const bool ascii = std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
    if (!ascii) {
        return invalid();
    }
    return decode(QByteArrayView(text.toLatin1()));
}

} // namespace holdfast::base64url
