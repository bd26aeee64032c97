#pragma once

#include "common/result.h"
#include "secretbytes.h"

#include <QCoreApplication>
#include <QString>

namespace holdfast::crypto {

/// How the card was read. Wire names: CHIP, CONTACTLESS, SWIPE, KEYED.
enum class EntryMethod { Chip, Contactless, Swipe, Keyed };
/// How the cardholder was verified. Wire names: PIN, SIGNATURE, NONE.
enum class Cvm { Pin, Signature, None };

QString toWire(EntryMethod method);
QString toWire(Cvm cvm);
Result<EntryMethod> entryMethodFromWire(QStringView text);
Result<Cvm> cvmFromWire(QStringView text);

/// Luhn (mod 10) check over a run of ASCII digits.
bool isLuhnValid(QByteArrayView digits);

/// The card data that is sealed, and only ever exists in memory: PAN and expiry live in
/// SecretBytes and are wiped when this goes away.
class CardData
{
    Q_DECLARE_TR_FUNCTIONS(CardData)

public:
    /// Validates a PAN (12 to 19 digits, Luhn) and an expiry "MM/YY"; the error names the
    /// field at fault but never repeats what was typed.
    static Result<CardData> create(QByteArrayView pan, QByteArrayView expiry, EntryMethod entry, Cvm cvm);

    /// The sealed plaintext of DESIGN section 5:
    /// {"pan":"…","exp":"MM/YY","entry":"CHIP|CONTACTLESS|SWIPE|KEYED","cvm":"PIN|SIGNATURE|NONE"}
    SecretBytes toPlaintext() const;
    /// Reads that plaintext back (on the gateway, after opening an envelope).
    static Result<CardData> fromPlaintext(QByteArrayView plaintext);

    QByteArrayView pan() const { return m_pan.view(); }
    QByteArrayView expiry() const { return m_expiry.view(); }
    EntryMethod entryMethod() const { return m_entry; }
    Cvm cvm() const { return m_cvm; }
    /// The last four digits: safe to keep, show and print.
    QString last4() const;
    /// VISA, MASTERCARD, AMEX, DISCOVER or UNKNOWN from the PAN's leading digits.
    QString brand() const;

private:
    CardData() = default;

    SecretBytes m_pan;
    SecretBytes m_expiry;
    EntryMethod m_entry = EntryMethod::Keyed;
    Cvm m_cvm = Cvm::None;
};

} // namespace holdfast::crypto
