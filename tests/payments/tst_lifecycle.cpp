#include "payments/lifecycle.h"
#include "payments/paymentstore.h"
#include "qtestprinters.h"
#include "vaultfixture.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace holdfast;
using namespace holdfast::payments;

namespace {

constexpr qint64 t0 = 1795305600000;

// The legal path from QUEUED to each status.
QList<PaymentStatus> pathTo(PaymentStatus status)
{
    switch (status) {
    case PaymentStatus::Queued:
        return {};
    case PaymentStatus::Uploaded:
    case PaymentStatus::FailedToUpload:
    case PaymentStatus::Voided:
        return {status};
    case PaymentStatus::Processed:
    case PaymentStatus::FailedToProcess:
        return {PaymentStatus::Uploaded, status};
    }
    Q_UNREACHABLE();
}

} // namespace

class TestLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void transition_everyPair_followsTheTable_data();
    void transition_everyPair_followsTheTable();
    void eventLog_recordsEveryStepWithActorAndReason();
    void upload_erasesEnvelopeAndKeepsNonSensitiveFields();
    void void_erasesEnvelopeAtOnce();
    void transitionBatch_oneIllegal_changesNothing();
    void record_duplicateOrIncomplete_isRefused();
    void purgeFinished_removesOnlyOldFinishedPayments();
};

void TestLifecycle::transition_everyPair_followsTheTable_data()
{
    QTest::addColumn<PaymentStatus>("from");
    QTest::addColumn<PaymentStatus>("to");
    QTest::addColumn<bool>("legal");
    const QList<std::pair<PaymentStatus, PaymentStatus>> legal {
        {PaymentStatus::Queued, PaymentStatus::Uploaded},
        {PaymentStatus::Queued, PaymentStatus::FailedToUpload},
        {PaymentStatus::Queued, PaymentStatus::Voided},
        {PaymentStatus::Uploaded, PaymentStatus::Processed},
        {PaymentStatus::Uploaded, PaymentStatus::FailedToProcess},
        {PaymentStatus::Uploaded, PaymentStatus::Voided},
        {PaymentStatus::Processed, PaymentStatus::Voided}, // refunded by the gateway
    };
    for (const auto from : allPaymentStatuses()) {
        for (const auto to : allPaymentStatuses()) {
            const QByteArray name = (toWire(from) + u" -> "_s + toWire(to)).toLatin1();
            QTest::newRow(name.constData()) << from << to << legal.contains({from, to});
        }
    }
}

void TestLifecycle::transition_everyPair_followsTheTable()
{
    QFETCH(PaymentStatus, from);
    QFETCH(PaymentStatus, to);
    QFETCH(bool, legal);
    QCOMPARE(lifecycle::isAllowed(from, to), legal);

    test::VaultFixture fixture;
    QVERIFY(fixture.isValid());
    PaymentStore store(fixture.vault());
    const PaymentRecord payment = fixture.makePayment(1000, t0);
    QVERIFY(store.record(payment, u"cashier:alex"_s, t0).ok());
    for (const auto step : pathTo(from)) {
        QVERIFY(store.transition({{payment.localId, step, u"uploader"_s, u"setup"_s, {}, {}}}, t0 + 1).ok());
    }
    const int eventsBefore = int(store.events(payment.localId)->size());

    const Status result = store.transition({{payment.localId, to, u"uploader"_s, u"under test"_s, {}, {}}}, t0 + 2);
    QCOMPARE(result.ok(), legal);
    const PaymentRecord after = store.find(payment.localId).value();
    QCOMPARE(after.status, legal ? to : from);
    QCOMPARE(store.events(payment.localId)->size(), eventsBefore + (legal ? 1 : 0));
    if (!legal) {
        QCOMPARE(result.error().code, u"transition_illegal"_s);
    }
    QCOMPARE(after.envelope.has_value(), after.status == PaymentStatus::Queued);
}

void TestLifecycle::eventLog_recordsEveryStepWithActorAndReason()
{
    test::VaultFixture fixture;
    PaymentStore store(fixture.vault());
    const PaymentRecord payment = fixture.makePayment(2599, t0);
    QVERIFY(store.record(payment, u"cashier:alex"_s, t0).ok());
    QVERIFY(store
                .transition({{payment.localId, PaymentStatus::Uploaded, u"uploader"_s, u"batch b1"_s, {}, {}},
                             {payment.localId,
                              PaymentStatus::FailedToProcess,
                              u"uploader"_s,
                              u"declined"_s,
                              {},
                              Error {u"card_declined"_s, u"The card was declined."_s}}},
                            t0 + 5000)
                .ok());
    const QList<PaymentEvent> events = store.events(payment.localId).value();
    QCOMPARE(events.size(), 3);
    QVERIFY(!events[0].from.has_value());
    QCOMPARE(events[0].to, PaymentStatus::Queued);
    QCOMPARE(events[0].actor, u"cashier:alex"_s);
    QCOMPARE(events[0].at, t0);
    QCOMPARE(events[0].reason, u"taken offline"_s);
    QCOMPARE(*events[1].from, PaymentStatus::Queued);
    QCOMPARE(events[1].to, PaymentStatus::Uploaded);
    QCOMPARE(events[1].reason, u"batch b1"_s);
    QCOMPARE(*events[2].from, PaymentStatus::Uploaded);
    QCOMPARE(events[2].to, PaymentStatus::FailedToProcess);
    QCOMPARE(events[2].at, t0 + 5000);
    const PaymentRecord after = store.find(payment.localId).value();
    QCOMPARE(after.lastError->code, u"card_declined"_s);
}

void TestLifecycle::upload_erasesEnvelopeAndKeepsNonSensitiveFields()
{
    test::VaultFixture fixture;
    PaymentStore store(fixture.vault());
    const PaymentRecord payment = fixture.makePayment(4200, t0);
    QVERIFY(store.record(payment, u"cashier:alex"_s, t0).ok());
    QVERIFY(store.find(payment.localId)->envelope.has_value());
    QVERIFY(store
                .transition({{payment.localId, PaymentStatus::Uploaded, u"uploader"_s, u"ack"_s, {}, {}},
                             {payment.localId, PaymentStatus::Processed, u"uploader"_s, u"approved"_s, u"pay_9"_s, {}}},
                            t0 + 60000)
                .ok());
    const PaymentRecord after = store.find(payment.localId).value();
    QVERIFY(!after.envelope.has_value());
    QCOMPARE(after.serverPaymentId, u"pay_9"_s);
    QCOMPARE(after.brand, u"VISA"_s);
    QCOMPARE(after.last4, u"4242"_s);
    QCOMPARE(after.amount.minor(), 4200);
    QCOMPARE(*after.uploadedAt, t0 + 60000);
    QVERIFY(!after.isPastDeadline(t0 + 100LL * 3600 * 1000));

    QSqlQuery query(fixture.vault().database());
    QVERIFY(query.exec(u"SELECT COUNT(*) FROM payments WHERE envelope IS NOT NULL"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

void TestLifecycle::void_erasesEnvelopeAtOnce()
{
    test::VaultFixture fixture;
    PaymentStore store(fixture.vault());
    const PaymentRecord payment = fixture.makePayment(100, t0);
    QVERIFY(store.record(payment, u"cashier:alex"_s, t0).ok());
    QVERIFY(store
                .transition({{payment.localId, PaymentStatus::Voided, u"manager:sam"_s, u"customer left"_s, {}, {}}},
                            t0 + 1)
                .ok());
    const PaymentRecord after = store.find(payment.localId).value();
    QCOMPARE(after.status, PaymentStatus::Voided);
    QVERIFY(!after.envelope.has_value());
    QVERIFY(!after.uploadedAt.has_value());
}

void TestLifecycle::transitionBatch_oneIllegal_changesNothing()
{
    test::VaultFixture fixture;
    PaymentStore store(fixture.vault());
    const PaymentRecord a = fixture.makePayment(100, t0);
    const PaymentRecord b = fixture.makePayment(200, t0);
    QVERIFY(store.record(a, u"cashier:alex"_s, t0).ok());
    QVERIFY(store.record(b, u"cashier:alex"_s, t0).ok());
    const Status result = store.transition({{a.localId, PaymentStatus::Uploaded, u"uploader"_s, u"ack"_s, {}, {}},
                                            {b.localId, PaymentStatus::Processed, u"uploader"_s, u"skip"_s, {}, {}}},
                                           t0 + 1);
    QVERIFY(!result.ok());
    QCOMPARE(store.find(a.localId)->status, PaymentStatus::Queued);
    QVERIFY(store.find(a.localId)->envelope.has_value());
    QCOMPARE(store.events(a.localId)->size(), 1);
}

void TestLifecycle::record_duplicateOrIncomplete_isRefused()
{
    test::VaultFixture fixture;
    PaymentStore store(fixture.vault());
    const PaymentRecord payment = fixture.makePayment(100, t0);
    QVERIFY(store.record(payment, u"cashier:alex"_s, t0).ok());
    QCOMPARE(store.record(payment, u"cashier:alex"_s, t0).error().code, u"payment_duplicate"_s);

    PaymentRecord unsealed = fixture.makePayment(100, t0);
    unsealed.envelope.reset();
    QCOMPARE(store.record(unsealed, u"cashier:alex"_s, t0).error().code, u"payment_invalid"_s);
    PaymentRecord orphan = fixture.makePayment(100, t0);
    orphan.credentialId = u"no-such-pairing"_s;
    QCOMPARE(store.record(orphan, u"cashier:alex"_s, t0).error().code, u"vault_constraint"_s);
    QCOMPARE(store.find(u"no-such-id"_s).error().code, u"payment_not_found"_s);
}

void TestLifecycle::purgeFinished_removesOnlyOldFinishedPayments()
{
    test::VaultFixture fixture;
    PaymentStore store(fixture.vault());
    const PaymentRecord old = fixture.makePayment(100, t0);
    const PaymentRecord recent = fixture.makePayment(100, t0);
    const PaymentRecord queued = fixture.makePayment(100, t0);
    for (const auto *p : {&old, &recent, &queued}) {
        QVERIFY(store.record(*p, u"cashier:alex"_s, t0).ok());
    }
    QVERIFY(store.transition({{old.localId, PaymentStatus::Voided, u"manager"_s, u"x"_s, {}, {}}}, t0 + 10).ok());
    QVERIFY(store.transition({{recent.localId, PaymentStatus::Voided, u"manager"_s, u"x"_s, {}, {}}}, t0 + 1000).ok());
    QCOMPARE(store.purgeFinished(t0 + 500).value(), 1);
    QCOMPARE(store.find(old.localId).error().code, u"payment_not_found"_s);
    QVERIFY(store.events(old.localId)->isEmpty());
    QVERIFY(store.find(recent.localId).ok());
    QVERIFY(store.find(queued.localId).ok());
    QCOMPARE(store.purgeFinished(t0 + 1000000).value(), 1); // a queued payment is never purged
    QVERIFY(store.find(queued.localId).ok());
}

QTEST_GUILESS_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
