#pragma once

// Lets QCOMPARE print Holdfast's enums.

#include "payments/paymentstatus.h"
#include "wire/payment.h"

#include <QtTest/qtestcase.h>

namespace QTest {

template<>
inline char *toString(const holdfast::payments::PaymentStatus &status)
{
    return qstrdup(qPrintable(holdfast::payments::toWire(status)));
}

template<>
inline char *toString(const holdfast::payments::ProcessingMode &mode)
{
    return qstrdup(qPrintable(holdfast::payments::toWire(mode)));
}

template<>
inline char *toString(const holdfast::wire::ResultStatus &status)
{
    return qstrdup(qPrintable(holdfast::wire::toWire(status)));
}

} // namespace QTest
