#include "manualclock.h"
#include "sync/trustedclock.h"
#include "vaultfixture.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace holdfast;
using holdfast::sync::TrustedClock;

namespace {

constexpr qint64 minute = 60 * 1000;
constexpr qint64 day = 24 * 60 * minute;
constexpr qint64 start = 1795348800000;

} // namespace

class TestTrustedClock : public QObject
{
    Q_OBJECT

private slots:
    void unanchored_clockBack_neverGoesBackwards_data();
    void unanchored_clockBack_neverGoesBackwards();
    void unanchored_clockForward_bringsDeadlinesCloser_data();
    void unanchored_clockForward_bringsDeadlinesCloser();
    void anchored_wallJumps_doNotMoveTrustedTime_data();
    void anchored_wallJumps_doNotMoveTrustedTime();
    void smallDrift_isNotAJump();
    void restartSameBoot_jumpWhileClosed_isNoticed();
    void reboot_clockBackThreeDays_isNoticedAndFloored();
    void anchor_correctsAnInflatedHighWaterMark();
};

void TestTrustedClock::unanchored_clockBack_neverGoesBackwards_data()
{
    QTest::addColumn<qint64>("jump");
    QTest::newRow("10 minutes back") << -10 * minute;
    QTest::newRow("3 days back") << -3 * day;
}

void TestTrustedClock::unanchored_clockBack_neverGoesBackwards()
{
    QFETCH(qint64, jump);
    test::VaultFixture fixture;
    test::ManualClock clock(start);
    TrustedClock trusted(fixture.vault(), clock);
    QVERIFY(trusted.load().ok());
    clock.advance(30 * minute);
    const qint64 before = trusted.now();
    QCOMPARE(before, start + 30 * minute);

    clock.jumpWall(jump);
    QVERIFY(trusted.observe().ok());
    QCOMPARE(trusted.now(), before); // held at the high-water mark: a deadline cannot be extended
    QCOMPARE(trusted.jumps()->size(), 1);
    QCOMPARE(trusted.jumps()->first().deltaMs, jump);
    clock.advance(minute);
    QVERIFY(trusted.now() >= before);
}

void TestTrustedClock::unanchored_clockForward_bringsDeadlinesCloser_data()
{
    QTest::addColumn<qint64>("jump");
    QTest::newRow("10 minutes forward") << 10 * minute;
    QTest::newRow("3 days forward") << 3 * day;
}

void TestTrustedClock::unanchored_clockForward_bringsDeadlinesCloser()
{
    QFETCH(qint64, jump);
    test::VaultFixture fixture;
    test::ManualClock clock(start);
    TrustedClock trusted(fixture.vault(), clock);
    QVERIFY(trusted.load().ok());
    clock.jumpWall(jump);
    QVERIFY(trusted.observe().ok());
    // Without an anchor the later reading wins: a deadline only gets closer.
    QCOMPARE(trusted.now(), start + jump);
    QCOMPARE(trusted.jumps()->last().deltaMs, jump);
    // Moving the clock back again does not give the time back.
    clock.jumpWall(-jump);
    QVERIFY(trusted.observe().ok());
    QCOMPARE(trusted.now(), start + jump);
}

void TestTrustedClock::anchored_wallJumps_doNotMoveTrustedTime_data()
{
    QTest::addColumn<qint64>("jump");
    QTest::newRow("10 minutes back") << -10 * minute;
    QTest::newRow("3 days back") << -3 * day;
    QTest::newRow("10 minutes forward") << 10 * minute;
    QTest::newRow("3 days forward") << 3 * day;
}

void TestTrustedClock::anchored_wallJumps_doNotMoveTrustedTime()
{
    QFETCH(qint64, jump);
    test::VaultFixture fixture;
    test::ManualClock clock(start);
    TrustedClock trusted(fixture.vault(), clock);
    QVERIFY(trusted.load().ok());
    QVERIFY(trusted.anchor(start + 2 * minute).ok()); // gateway 2 min ahead
    QVERIFY(trusted.isAnchored());
    clock.advance(minute);
    clock.jumpWall(jump);
    QVERIFY(trusted.observe().ok());
    QCOMPARE(trusted.now(), start + 3 * minute);
    QCOMPARE(trusted.jumps()->size(), 1);
    // A restart in the same boot keeps the anchor: still unaffected.
    TrustedClock restarted(fixture.vault(), clock);
    QVERIFY(restarted.load().ok());
    clock.advance(minute);
    QCOMPARE(restarted.now(), start + 4 * minute);
}

void TestTrustedClock::smallDrift_isNotAJump()
{
    test::VaultFixture fixture;
    test::ManualClock clock(start);
    TrustedClock trusted(fixture.vault(), clock);
    QVERIFY(trusted.load().ok());
    clock.jumpWall(4 * minute);
    QVERIFY(trusted.observe().ok());
    clock.jumpWall(-4 * minute);
    QVERIFY(trusted.observe().ok());
    QVERIFY(trusted.jumps()->isEmpty());
}

void TestTrustedClock::restartSameBoot_jumpWhileClosed_isNoticed()
{
    test::VaultFixture fixture;
    test::ManualClock clock(start);
    {
        TrustedClock trusted(fixture.vault(), clock);
        QVERIFY(trusted.load().ok());
        clock.advance(5 * minute);
        QVERIFY(trusted.observe().ok());
    }
    clock.advance(minute); // closed for a minute...
    clock.jumpWall(-day); // ...while someone set the clock back a day
    TrustedClock trusted(fixture.vault(), clock);
    QVERIFY(trusted.load().ok());
    QCOMPARE(trusted.jumps()->size(), 1);
    QCOMPARE(trusted.jumps()->first().deltaMs, -day);
    QCOMPARE(trusted.now(), start + 5 * minute); // the persisted high-water mark
}

void TestTrustedClock::reboot_clockBackThreeDays_isNoticedAndFloored()
{
    test::VaultFixture fixture;
    test::ManualClock clock(start);
    {
        TrustedClock trusted(fixture.vault(), clock);
        QVERIFY(trusted.load().ok());
        QVERIFY(trusted.anchor(start).ok());
        clock.advance(10 * minute);
        QVERIFY(trusted.observe().ok());
    }
    clock.reboot(minute);
    clock.jumpWall(-3 * day);
    TrustedClock trusted(fixture.vault(), clock);
    QVERIFY(trusted.load().ok());
    QVERIFY(!trusted.isAnchored()); // an anchor from another boot means nothing
    QCOMPARE(trusted.jumps()->size(), 1);
    QVERIFY(trusted.jumps()->first().deltaMs <= -3 * day + 10 * minute);
    QCOMPARE(trusted.now(), start + 10 * minute);
}

void TestTrustedClock::anchor_correctsAnInflatedHighWaterMark()
{
    test::VaultFixture fixture;
    test::ManualClock clock(start);
    TrustedClock trusted(fixture.vault(), clock);
    QVERIFY(trusted.load().ok());
    clock.jumpWall(3 * day);
    QCOMPARE(trusted.now(), start + 3 * day);
    QVERIFY(trusted.anchor(start + minute).ok());
    QCOMPARE(trusted.now(), start + minute);
}

QTEST_GUILESS_MAIN(TestTrustedClock)
#include "tst_trustedclock.moc"
