#include "payments/offlinepolicy.h"
#include "payments/paymentqueries.h"
#include "payments/paymentstore.h"
#include "payments/reminders.h"
#include "qtestprinters.h"
#include "vaultfixture.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace holdfast;
using namespace holdfast::payments;

namespace {

constexpr qint64 hour = 3600 * 1000;
constexpr qint64 now = 1795348800000; // 2026-11-22T12:00:00Z

wire::OfflineSettings settings()
{
    wire::OfflineSettings s = wire::OfflineSettings::defaults(u"loc_test"_s, u"Test"_s, u"CAD"_s);
    s.offlineEntryMethods = {crypto::EntryMethod::Chip, crypto::EntryMethod::Contactless, crypto::EntryMethod::Swipe};
    return s; // 100.00 each, 2000.00 in all, 1000 payments, 24 h window, 72 h deadline
}

crypto::ScheduleKey todaysKey()
{
    return {u"k1"_s, QByteArray(32, 'p'), now - 12 * hour, now + 12 * hour};
}

OfflineRequest request(qint64 amountMinor, crypto::EntryMethod entry = crypto::EntryMethod::Chip, bool interac = false)
{
    return {Money::fromMinor(amountMinor, u"CAD").value(), entry, interac};
}

OfflineExposure exposureOf(const QueueSummary &summary)
{
    const StatusTotals queued = summary.totals(PaymentStatus::Queued);
    return {queued.count, queued.amountMinor, summary.oldestQueuedAt};
}

} // namespace

class TestOfflinePolicy : public QObject
{
    Q_OBJECT

private slots:
    void allows_limitEdges_data();
    void allows_limitEdges();
    void deadline_edges();
    void reminderLevel_edges_data();
    void reminderLevel_edges();
    void restart_inTheMiddle_keepsExposureAndDecisions();
    void reminderText_saysCountTotalAndTimeLeft();
};

void TestOfflinePolicy::allows_limitEdges_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<int>("count");
    QTest::addColumn<qint64>("stored");
    QTest::addColumn<qint64>("oldestAge"); // -1: nothing queued
    QTest::addColumn<int>("entry");
    QTest::addColumn<bool>("interac");
    QTest::addColumn<bool>("haveKey");
    QTest::addColumn<QString>("code"); // empty: allowed

    const int chip = int(crypto::EntryMethod::Chip);
    QTest::newRow("per-payment at limit")
        << qint64(10000) << 0 << qint64(0) << qint64(-1) << chip << false << true << QString();
    QTest::newRow("per-payment limit + 1")
        << qint64(10001) << 0 << qint64(0) << qint64(-1) << chip << false << true << u"offline_payment_limit"_s;
    QTest::newRow("total at limit") << qint64(10000) << 10 << qint64(190000) << qint64(hour) << chip << false << true
                                    << QString();
    QTest::newRow("total limit + 1") << qint64(10000) << 10 << qint64(190001) << qint64(hour) << chip << false << true
                                     << u"offline_total_limit"_s;
    QTest::newRow("count at limit") << qint64(1) << 999 << qint64(0) << qint64(hour) << chip << false << true
                                    << QString();
    QTest::newRow("count limit + 1") << qint64(1) << 1000 << qint64(0) << qint64(hour) << chip << false << true
                                     << u"offline_count_limit"_s;
    QTest::newRow("window 1 ms before closing")
        << qint64(100) << 1 << qint64(100) << qint64(24 * hour - 1) << chip << false << true << QString();
    QTest::newRow("window closed at 24 h")
        << qint64(100) << 1 << qint64(100) << qint64(24 * hour) << chip << false << true << u"offline_window_closed"_s;
    QTest::newRow("keyed not allowed here")
        << qint64(100) << 0 << qint64(0) << qint64(-1) << int(crypto::EntryMethod::Keyed) << false << true
        << u"offline_entry_method"_s;
    QTest::newRow("interac debit never") << qint64(100) << 0 << qint64(0) << qint64(-1) << chip << true << true
                                         << u"offline_interac_debit"_s;
    QTest::newRow("no key for now") << qint64(100) << 0 << qint64(0) << qint64(-1) << chip << false << false
                                    << u"offline_no_key"_s;
}

void TestOfflinePolicy::allows_limitEdges()
{
    QFETCH(qint64, amount);
    QFETCH(int, count);
    QFETCH(qint64, stored);
    QFETCH(qint64, oldestAge);
    QFETCH(int, entry);
    QFETCH(bool, interac);
    QFETCH(bool, haveKey);
    QFETCH(QString, code);

    const OfflinePolicy policy(settings());
    const OfflineExposure exposure {count, stored, oldestAge < 0 ? std::nullopt : std::optional(now - oldestAge)};
    const auto key = haveKey ? std::optional(todaysKey()) : std::nullopt;
    const Status result = policy.allows(request(amount, crypto::EntryMethod(entry), interac), exposure, key, now);
    if (code.isEmpty()) {
        QVERIFY2(result.ok(), qPrintable(result ? QString() : result.error().message));
    } else {
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, code);
        QVERIFY(!result.error().message.isEmpty());
    }
}

void TestOfflinePolicy::deadline_edges()
{
    const OfflinePolicy policy(settings());
    QCOMPARE(policy.uploadDeadlineFor(now), now + 72 * hour);

    test::VaultFixture fixture;
    PaymentRecord payment = fixture.makePayment(500, now);
    payment.uploadDeadline = policy.uploadDeadlineFor(now);
    QVERIFY(!payment.isPastDeadline(payment.uploadDeadline - 1));
    QVERIFY(payment.isPastDeadline(payment.uploadDeadline));
    payment.status = PaymentStatus::Processed;
    payment.uploadedAt = payment.uploadDeadline; // uploaded exactly at the deadline: on time
    QVERIFY(!payment.isPastDeadline(payment.uploadDeadline + hour));
    payment.uploadedAt = payment.uploadDeadline + 1;
    QVERIFY(payment.isPastDeadline(payment.uploadDeadline + 1));

    wire::OfflineSettings off = settings();
    off.offlineAllowed = false;
    QCOMPARE(OfflinePolicy(off).allows(request(100), {}, todaysKey(), now).error().code, u"offline_not_allowed"_s);
    const OfflineRequest usd {Money::fromMinor(100, u"USD").value(), crypto::EntryMethod::Chip, false};
    QCOMPARE(policy.allows(usd, {}, todaysKey(), now).error().code, u"offline_currency_mismatch"_s);
}

void TestOfflinePolicy::reminderLevel_edges_data()
{
    QTest::addColumn<int>("queued");
    QTest::addColumn<int>("uploaded");
    QTest::addColumn<qint64>("timeLeft");
    QTest::addColumn<bool>("reachable");
    QTest::addColumn<ReminderLevel>("level");

    QTest::newRow("nothing") << 0 << 0 << qint64(0) << false << ReminderLevel::None;
    QTest::newRow("uploaded only") << 0 << 3 << qint64(0) << true << ReminderLevel::Info;
    QTest::newRow("queued online") << 2 << 0 << qint64(70 * hour) << true << ReminderLevel::Info;
    QTest::newRow("queued offline") << 2 << 0 << qint64(70 * hour) << false << ReminderLevel::Warning;
    QTest::newRow("exactly 12 h left") << 2 << 0 << qint64(12 * hour) << false << ReminderLevel::Warning;
    QTest::newRow("just under 12 h") << 2 << 0 << qint64(12 * hour - 1) << true << ReminderLevel::Urgent;
    QTest::newRow("1 ms left") << 2 << 0 << qint64(1) << false << ReminderLevel::Urgent;
    QTest::newRow("deadline reached") << 2 << 0 << qint64(0) << true << ReminderLevel::Critical;
    QTest::newRow("deadline passed") << 1 << 5 << qint64(-hour) << false << ReminderLevel::Critical;
}

void TestOfflinePolicy::reminderLevel_edges()
{
    QFETCH(int, queued);
    QFETCH(int, uploaded);
    QFETCH(qint64, timeLeft);
    QFETCH(bool, reachable);
    QFETCH(ReminderLevel, level);

    QueueSummary summary;
    summary.currency = u"CAD"_s;
    summary.byStatus.insert(PaymentStatus::Queued, {queued, queued * 1000LL});
    summary.byStatus.insert(PaymentStatus::Uploaded, {uploaded, uploaded * 1000LL});
    if (queued > 0) {
        summary.nearestDeadline = now + timeLeft;
    }
    QCOMPARE(int(reminderLevel(summary, reachable, now)), int(level));
}

void TestOfflinePolicy::restart_inTheMiddle_keepsExposureAndDecisions()
{
    test::VaultFixture fixture;
    const OfflinePolicy policy(settings());
    const qint64 first = now - 23 * hour;
    {
        PaymentStore store(fixture.vault());
        QVERIFY(store.record(fixture.makePayment(10000, first), u"cashier:alex"_s, first).ok());
        for (int i = 0; i < 18; ++i) {
            QVERIFY(store.record(fixture.makePayment(10000, now - hour + i), u"cashier:alex"_s, now).ok());
        }
    }
    const QueueSummary before = PaymentQueries(fixture.vault()).summary(u"loc_test"_s).value();
    QVERIFY(fixture.reopen());
    const QueueSummary after = PaymentQueries(fixture.vault()).summary(u"loc_test"_s).value();
    QCOMPARE(after.totals(PaymentStatus::Queued), before.totals(PaymentStatus::Queued));
    QCOMPARE(after.oldestQueuedAt, std::optional(first));
    QCOMPARE(after.nearestDeadline, std::optional(first + 72 * hour));

    // 19 × 100.00 stored: one more 100.00 fits exactly, 100.01 does not.
    const OfflineExposure exposure = exposureOf(after);
    QVERIFY(policy.allows(request(10000), exposure, todaysKey(), now).ok());
    QCOMPARE(policy.allows(request(10001), exposure, todaysKey(), now).error().code, u"offline_payment_limit"_s);
    QCOMPARE(policy.allows(request(10000), {20, 200000, first}, todaysKey(), now).error().code,
             u"offline_total_limit"_s);
    // The oldest closes the window 24 h after it was taken, restart or not.
    QCOMPARE(policy.allows(request(100), exposure, todaysKey(), first + 24 * hour).error().code,
             u"offline_window_closed"_s);
}

void TestOfflinePolicy::reminderText_saysCountTotalAndTimeLeft()
{
    QueueSummary summary;
    summary.currency = u"CAD"_s;
    summary.byStatus.insert(PaymentStatus::Queued, {3, 4550});
    summary.nearestDeadline = now + 5 * hour;
    const QString text = reminderText(ReminderLevel::Urgent, summary, now);
    QVERIFY2(text.contains(u"3 payment"_s), qPrintable(text));
    QVERIFY2(text.contains(u"45.50"_s), qPrintable(text));
    QVERIFY2(text.contains(u"5 hour"_s), qPrintable(text));
    QVERIFY(reminderText(ReminderLevel::None, summary, now).isEmpty());
}

QTEST_GUILESS_MAIN(TestOfflinePolicy)
#include "tst_offlinepolicy.moc"
