#include "faultplan.h"

#include <QCoreApplication>

#include <cmath>

using namespace Qt::StringLiterals;

namespace holdfast::faultproxy {

namespace {

struct NamedFault
{
    Fault fault;
    QStringView name;
};

constexpr NamedFault names[] = {
    {Fault::None, u"none"},        {Fault::ResetBefore, u"reset-before"}, {Fault::ResetAfter, u"reset-after"},
    {Fault::Stall, u"stall"},      {Fault::Trickle, u"trickle"},          {Fault::Http500, u"http-500"},
    {Fault::Http503, u"http-503"}, {Fault::Truncate, u"truncate"},
};

// Probabilities are compared with a little slack so that 0.1 + 0.2 + 0.7 is accepted.
constexpr double slack = 1e-9;

Error badInput(const QString &message)
{
    return Error {u"bad_fault_plan"_s, message};
}

} // namespace

QString faultName(Fault fault)
{
    for (const NamedFault &entry : names) {
        if (entry.fault == fault) {
            return entry.name.toString();
        }
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<Fault> faultFromName(QStringView name)
{
    for (const NamedFault &entry : names) {
        if (entry.name == name) {
            return entry.fault;
        }
    }
    return std::nullopt;
}

const QList<Fault> &injectableFaults()
{
    static const QList<Fault> faults = {Fault::ResetBefore, Fault::ResetAfter, Fault::Stall,   Fault::Trickle,
                                        Fault::Http500,     Fault::Http503,    Fault::Truncate};
    return faults;
}

FaultPlan::FaultPlan(quint32 seed) : m_seed(seed), m_random(seed)
{
}

Status FaultPlan::setProbabilities(const QMap<Fault, double> &probabilities)
{
    double total = 0;
    for (auto it = probabilities.cbegin(); it != probabilities.cend(); ++it) {
        if (it.key() == Fault::None) {
            return badInput(QCoreApplication::translate("FaultPlan",
                                                        "\"none\" has no probability of its own: "
                                                        "it is whatever the faults leave."));
        }
        if (!std::isfinite(it.value()) || it.value() < 0 || it.value() > 1) {
            return badInput(QCoreApplication::translate("FaultPlan", "The probability of %1 must be between 0 and 1.")
                                .arg(faultName(it.key())));
        }
        total += it.value();
    }
    if (total > 1 + slack) {
        return badInput(
            QCoreApplication::translate("FaultPlan", "The probabilities add up to %1, more than 1.").arg(total));
    }
    m_probabilities.clear();
    for (auto it = probabilities.cbegin(); it != probabilities.cend(); ++it) {
        if (it.value() > 0) {
            m_probabilities.insert(it.key(), it.value());
        }
    }
    return {};
}

Status FaultPlan::force(Fault fault, int count)
{
    if (count < 1 || count > 1000000) {
        return badInput(QCoreApplication::translate("FaultPlan", "A forced fault needs a count from 1 to 1000000."));
    }
    if (!m_forced.isEmpty() && m_forced.last().first == fault) {
        m_forced.last().second += count;
    } else {
        m_forced.append({fault, count});
    }
    return {};
}

Fault FaultPlan::next()
{
    if (!m_forced.isEmpty()) {
        const Fault fault = m_forced.first().first;
        if (--m_forced.first().second == 0) {
            m_forced.removeFirst();
        }
        return fault;
    }
    const double draw = m_random.generateDouble();
    double cumulative = 0;
    for (const Fault fault : injectableFaults()) {
        cumulative += m_probabilities.value(fault, 0.0);
        if (draw < cumulative) {
            return fault;
        }
    }
    return Fault::None;
}

} // namespace holdfast::faultproxy
