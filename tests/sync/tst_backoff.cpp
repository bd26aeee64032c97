#include "sync/backoff.h"

#include <QTest>

using holdfast::sync::BackoffBounds;
using holdfast::sync::backoffDelayMs;

class TestBackoff : public QObject
{
    Q_OBJECT

private slots:
    void delay_table_data();
    void delay_table();
    void jitter_staysWithinAQuarter();
    void bounds_areSettable();
};

void TestBackoff::delay_table_data()
{
    QTest::addColumn<int>("failures");
    QTest::addColumn<bool>("near");
    QTest::addColumn<qint64>("expected"); // with jitter 0.5: the middle of the spread

    QTest::newRow("first failure") << 1 << false << qint64(2000);
    QTest::newRow("second") << 2 << false << qint64(4000);
    QTest::newRow("third") << 3 << false << qint64(8000);
    QTest::newRow("fifth") << 5 << false << qint64(32000);
    QTest::newRow("sixth hits the cap") << 6 << false << qint64(60000);
    QTest::newRow("hundredth stays capped") << 100 << false << qint64(60000);
    QTest::newRow("zero treated as first") << 0 << false << qint64(2000);
    QTest::newRow("near deadline, third") << 3 << true << qint64(8000);
    QTest::newRow("near deadline, capped at 15 s") << 5 << true << qint64(15000);
    QTest::newRow("near deadline, hundredth") << 100 << true << qint64(15000);
}

void TestBackoff::delay_table()
{
    QFETCH(int, failures);
    QFETCH(bool, near);
    QFETCH(qint64, expected);
    QCOMPARE(backoffDelayMs(failures, 0.5, near), expected);
}

void TestBackoff::jitter_staysWithinAQuarter()
{
    QCOMPARE(backoffDelayMs(3, 0.0, false), 6000); // -25 %
    QCOMPARE(backoffDelayMs(3, 0.999999, false), 9999); // just under +25 %
    QCOMPARE(backoffDelayMs(3, 7.0, false), 9999); // out-of-range jitter is clamped
    QCOMPARE(backoffDelayMs(3, -1.0, false), 6000);
}

void TestBackoff::bounds_areSettable()
{
    const BackoffBounds fast {5, 40, 20};
    QCOMPARE(backoffDelayMs(1, 0.5, false, fast), 5);
    QCOMPARE(backoffDelayMs(4, 0.5, false, fast), 40);
    QCOMPARE(backoffDelayMs(4, 0.5, true, fast), 20);
}

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
