#pragma once

#include "common/result.h"

#include <QList>
#include <QMap>
#include <QRandomGenerator>
#include <QString>

#include <optional>

namespace holdfast::faultproxy {

/// What the proxy does to one HTTP request. `cut` is not here: it is a state of the whole
/// proxy (every connection refused), not something chosen per request.
enum class Fault { None, ResetBefore, ResetAfter, Stall, Trickle, Http500, Http503, Truncate };

/// The command-line and control-channel name of a fault ("reset-before", …; "none").
QString faultName(Fault fault);
/// The fault called `name`, if there is one.
std::optional<Fault> faultFromName(QStringView name);
/// Every fault that can be injected, in the fixed order random draws walk them.
const QList<Fault> &injectableFaults();

/// Chooses the fault for each request: the forced queue first, otherwise one draw from a
/// seeded generator against the probability table. The same seed, table and sequence of
/// requests always give the same faults.
class FaultPlan
{
public:
    explicit FaultPlan(quint32 seed);

    /// Replaces the whole probability table. Each must be in [0, 1] and together at most 1;
    /// on error nothing changes.
    Status setProbabilities(const QMap<Fault, double> &probabilities);
    QMap<Fault, double> probabilities() const { return m_probabilities; }

    /// The next `count` requests (after any already forced) get `fault`.
    Status force(Fault fault, int count);
    void clearForced() { m_forced.clear(); }
    /// The forced queue, oldest first: fault and how many requests it still applies to.
    QList<QPair<Fault, int>> forced() const { return m_forced; }

    quint32 seed() const { return m_seed; }

    /// The fault for the next request. A forced fault does not consume a random draw.
    Fault next();

private:
    quint32 m_seed;
    QRandomGenerator m_random;
    QMap<Fault, double> m_probabilities;
    QList<QPair<Fault, int>> m_forced;
};

} // namespace holdfast::faultproxy
