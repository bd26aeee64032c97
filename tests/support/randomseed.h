#pragma once

#include <QRandomGenerator>
#include <QtGlobal>

namespace holdfast::test {

/// The seed of a randomised test: HOLDFAST_TEST_SEED when set, else a fresh one, printed so a
/// failing run can be repeated exactly.
inline quint32 randomSeed()
{
    const quint32 value = qEnvironmentVariableIsSet("HOLDFAST_TEST_SEED")
        ? quint32(qEnvironmentVariableIntValue("HOLDFAST_TEST_SEED"))
        : QRandomGenerator::system()->generate();
    qInfo("seed %u (set HOLDFAST_TEST_SEED to repeat)", value);
    return value;
}

} // namespace holdfast::test
