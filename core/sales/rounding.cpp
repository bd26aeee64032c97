#include "rounding.h"

#include <QList>

#include <algorithm>
#include <limits>
#include <numeric>

namespace holdfast::sales {

namespace {

// A 64 × 64-bit product needs 128 bits; GCC and Clang have the type, ISO C++ does not.
__extension__ using Wide = __int128;

std::optional<qint64> narrow(Wide value)
{
    if (value > std::numeric_limits<qint64>::max() || value < std::numeric_limits<qint64>::min()) {
        return std::nullopt;
    }
    return qint64(value);
}

} // namespace

std::optional<qint64> mulDivRoundHalfUp(qint64 value, qint64 numerator, qint64 denominator)
{
    Q_ASSERT(denominator > 0);
    const Wide product = Wide(value) * Wide(numerator);
    const Wide magnitude = product < 0 ? -product : product;
    Wide quotient = magnitude / denominator;
    if ((magnitude % denominator) * 2 >= denominator) {
        ++quotient;
    }
    return narrow(product < 0 ? -quotient : quotient);
}

std::optional<QList<qint64>> allocateProportionally(qint64 total, const QList<qint64> &weights)
{
    if (weights.isEmpty() || total < 0
        || std::any_of(weights.cbegin(), weights.cend(), [](qint64 weight) { return weight < 0; })) {
        return std::nullopt;
    }
    const Wide sum = std::accumulate(weights.cbegin(), weights.cend(), Wide(0));
    QList<qint64> shares(weights.size(), 0);
    if (sum == 0) {
        shares[0] = total;
        return shares;
    }
    QList<Wide> remainders(weights.size());
    qint64 allocated = 0;
    for (qsizetype i = 0; i < weights.size(); ++i) {
        const Wide exact = Wide(total) * Wide(weights[i]);
        shares[i] = qint64(exact / sum); // ≤ total, so it fits
        remainders[i] = exact % sum;
        allocated += shares[i];
    }
    // Largest remainder first; a stable sort keeps earlier lines first among equals, so the
    // same cart always gets the same cents.
    QList<qsizetype> order(weights.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return remainders[a] > remainders[b]; });
    for (qsizetype k = 0; allocated < total; ++k) {
        ++shares[order[k % order.size()]];
        ++allocated;
    }
    return shares;
}

} // namespace holdfast::sales
