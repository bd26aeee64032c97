#include "panscanner.h"

#include "crypto/carddata.h"

#include <QRegularExpression>

namespace holdfast::test {

namespace {

// Millisecond timestamps are 13-digit numbers too (until the year 2286) and appear in JSON
// exports; the only 13-digit card numbers are old Visa ones, which start with 4.
bool couldBePan(QByteArrayView digits)
{
    return (digits.size() != 13 || digits.startsWith('4')) && crypto::isLuhnValid(digits);
}

bool isTokenCharacter(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-' || c == '_'
        || c == '+' || c == '/';
}

// A digit run inside a long encoded token (a SHA-256 hex digest, base64 of a ciphertext) is
// part of an encoding, not a number written out: hex digests alone hold 13+ digit runs often
// enough to make a scan of an export flaky. A PAN written as text stands apart from letters.
bool isInsideEncodedToken(const QByteArray &bytes, qsizetype begin, qsizetype end)
{
    constexpr qsizetype shortestEncodedToken = 32;
    qsizetype first = begin;
    while (first > 0 && isTokenCharacter(bytes[first - 1])) {
        --first;
    }
    qsizetype last = end;
    while (last < bytes.size() && isTokenCharacter(bytes[last])) {
        ++last;
    }
    const bool hasLetterBeside = first < begin || last > end;
    return hasLetterBeside && last - first >= shortestEncodedToken;
}

} // namespace

QStringList findPans(const QByteArray &bytes)
{
    QStringList found;
    qsizetype i = 0;
    while (i < bytes.size()) {
        if (bytes[i] < '0' || bytes[i] > '9') {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < bytes.size() && bytes[end] >= '0' && bytes[end] <= '9') {
            ++end;
        }
        if (isInsideEncodedToken(bytes, i, end)) {
            i = end;
            continue;
        }
        const QByteArrayView run(bytes.constData() + i, end - i);
        if (run.size() >= 13 && run.size() <= 19) {
            if (couldBePan(run)) {
                found.append(QString::fromLatin1(run));
            }
            i = end;
            continue;
        }
        // A card number glued to other digits: try every window of a longer run.
        for (qsizetype length = 13; length <= 19 && length <= run.size(); ++length) {
            for (qsizetype at = 0; at + length <= run.size(); ++at) {
                if (couldBePan(run.sliced(at, length))) {
                    found.append(QString::fromLatin1(run.sliced(at, length)));
                }
            }
        }
        i = end;
    }
    return found;
}

QStringList findCardFragments(const QByteArray &bytes)
{
    static const QRegularExpression fragment(QStringLiteral(R"re("(exp|cvm|pan)"\s*:\s*"[^"]*")re"));
    QStringList found;
    auto matches = fragment.globalMatch(QString::fromLatin1(bytes));
    while (matches.hasNext()) {
        found.append(matches.next().captured(0));
    }
    return found;
}

} // namespace holdfast::test
