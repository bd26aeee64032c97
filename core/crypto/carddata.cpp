#include "carddata.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace holdfast::crypto {

namespace {

bool allDigits(QByteArrayView text)
{
    return std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool isValidExpiry(QByteArrayView text)
{
    if (text.size() != 5 || text[2] != '/' || !allDigits(text.first(2)) || !allDigits(text.last(2))) {
        return false;
    }
    const int month = (text[0] - '0') * 10 + (text[1] - '0');
    return month >= 1 && month <= 12;
}

Error badWireValue()
{
    return {u"card_data_malformed"_s, CardData::tr("The card data names an unknown entry or verification method.")};
}

} // namespace

QString toWire(EntryMethod method)
{
    switch (method) {
    case EntryMethod::Chip:
        return u"CHIP"_s;
    case EntryMethod::Contactless:
        return u"CONTACTLESS"_s;
    case EntryMethod::Swipe:
        return u"SWIPE"_s;
    case EntryMethod::Keyed:
        return u"KEYED"_s;
    }
    Q_UNREACHABLE();
}

QString toWire(Cvm cvm)
{
    switch (cvm) {
    case Cvm::Pin:
        return u"PIN"_s;
    case Cvm::Signature:
        return u"SIGNATURE"_s;
    case Cvm::None:
        return u"NONE"_s;
    }
    Q_UNREACHABLE();
}

Result<EntryMethod> entryMethodFromWire(QStringView text)
{
    for (const auto method : {EntryMethod::Chip, EntryMethod::Contactless, EntryMethod::Swipe, EntryMethod::Keyed}) {
        if (text == toWire(method)) {
            return method;
        }
    }
    return badWireValue();
}

Result<Cvm> cvmFromWire(QStringView text)
{
    for (const auto cvm : {Cvm::Pin, Cvm::Signature, Cvm::None}) {
        if (text == toWire(cvm)) {
            return cvm;
        }
    }
    return badWireValue();
}

bool isLuhnValid(QByteArrayView digits)
{
    if (digits.isEmpty() || !allDigits(digits)) {
        return false;
    }
    int sum = 0;
    bool twice = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits[i] - '0';
        if (twice) {
            d = d * 2 > 9 ? d * 2 - 9 : d * 2;
        }
        sum += d;
        twice = !twice;
    }
    return sum % 10 == 0;
}

Result<CardData> CardData::create(QByteArrayView pan, QByteArrayView expiry, EntryMethod entry, Cvm cvm)
{
    if (pan.size() < 12 || pan.size() > 19 || !isLuhnValid(pan)) {
        return Error {u"card_number_invalid"_s, tr("The card number is not valid. Check it and enter it again.")};
    }
    if (!isValidExpiry(expiry)) {
        return Error {u"card_expiry_invalid"_s, tr("The expiry date must be written MM/YY, like 04/29.")};
    }
    CardData card;
    card.m_pan = SecretBytes::copyOf(pan);
    card.m_expiry = SecretBytes::copyOf(expiry);
    card.m_entry = entry;
    card.m_cvm = cvm;
    return card;
}

SecretBytes CardData::toPlaintext() const
{
    // Written by hand rather than through QJsonDocument so that no unwiped copy of the PAN is
    // left in Qt's heap. Every field was validated (digits, MM/YY, fixed words): nothing to escape.
    SecretBytes json;
    json.append(R"({"pan":")");
    json.append(m_pan.view());
    json.append(R"(","exp":")");
    json.append(m_expiry.view());
    json.append(R"(","entry":")");
    json.append(toWire(m_entry).toLatin1());
    json.append(R"(","cvm":")");
    json.append(toWire(m_cvm).toLatin1());
    json.append(R"("})");
    return json;
}

Result<CardData> CardData::fromPlaintext(QByteArrayView plaintext)
{
    // QJsonDocument keeps transient copies that are freed without wiping; this runs only on
    // the gateway, the one place where card data is meant to be decrypted.
    const QJsonObject object = QJsonDocument::fromJson(plaintext.toByteArray()).object();
    const Error malformed {u"card_data_malformed"_s, tr("The sealed card data does not have the expected fields.")};
    if (object.size() != 4 || !object.value("pan"_L1).isString() || !object.value("exp"_L1).isString()
        || !object.value("entry"_L1).isString() || !object.value("cvm"_L1).isString()) {
        return malformed;
    }
    const auto entry = entryMethodFromWire(object.value("entry"_L1).toString());
    const auto cvm = cvmFromWire(object.value("cvm"_L1).toString());
    if (!entry || !cvm) {
        return malformed;
    }
    QByteArray pan = object.value("pan"_L1).toString().toLatin1();
    QByteArray expiry = object.value("exp"_L1).toString().toLatin1();
    auto card = create(pan, expiry, entry.value(), cvm.value());
    wipe(pan);
    wipe(expiry);
    return card;
}

QString CardData::last4() const
{
    return QString::fromLatin1(m_pan.view().last(4));
}

QString CardData::brand() const
{
    const QByteArrayView pan = m_pan.view();
    const auto prefix = [&pan](qsizetype digits) {
        return pan.first(digits).toByteArray().toInt();
    };
    if (pan.startsWith("4")) {
        return u"VISA"_s;
    }
    if ((prefix(2) >= 51 && prefix(2) <= 55) || (prefix(4) >= 2221 && prefix(4) <= 2720)) {
        return u"MASTERCARD"_s;
    }
    if (prefix(2) == 34 || prefix(2) == 37) {
        return u"AMEX"_s;
    }
    if (pan.startsWith("6011") || pan.startsWith("65")) {
        return u"DISCOVER"_s;
    }
    return u"UNKNOWN"_s;
}

} // namespace holdfast::crypto
