#include "qtestprinters.h"
#include "sync/resultmapping.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace holdfast;
using payments::PaymentStatus;
using wire::ResultStatus;

namespace {

payments::PaymentRecord record(PaymentStatus status)
{
    payments::PaymentRecord payment;
    payment.localId = u"5f0c9a1e-2b3d-4c5e-8f70-112233445566"_s;
    payment.status = status;
    payment.uploadDeadline = 1000;
    return payment;
}

QString path(const QList<payments::Transition> &steps)
{
    QStringList names;
    for (const auto &step : steps) {
        names.append(payments::toWire(step.to));
    }
    return names.join(u'>');
}

} // namespace

class TestResultMapping : public QObject
{
    Q_OBJECT

private slots:
    void transitions_table_data();
    void transitions_table();
    void declined_keepsReasonAndPaymentId();
    void lateUpload_isSaidInTheLog();
    void rejectedAsVoided_isVoided();
};

void TestResultMapping::transitions_table_data()
{
    QTest::addColumn<PaymentStatus>("current");
    QTest::addColumn<ResultStatus>("answer");
    QTest::addColumn<QString>("expected");

    QTest::newRow("queued, accepted") << PaymentStatus::Queued << ResultStatus::Uploaded << u"UPLOADED"_s;
    QTest::newRow("queued, processed at once")
        << PaymentStatus::Queued << ResultStatus::Processed << u"UPLOADED>PROCESSED"_s;
    QTest::newRow("queued, declined at once")
        << PaymentStatus::Queued << ResultStatus::FailedToProcess << u"UPLOADED>FAILED_TO_PROCESS"_s;
    QTest::newRow("queued, rejected") << PaymentStatus::Queued << ResultStatus::Rejected << u"FAILED_TO_UPLOAD"_s;
    QTest::newRow("queued, tombstoned") << PaymentStatus::Queued << ResultStatus::Voided << u"VOIDED"_s;
    QTest::newRow("queued, refunded") << PaymentStatus::Queued << ResultStatus::Refunded << u"UPLOADED>VOIDED"_s;
    QTest::newRow("queued, unknown") << PaymentStatus::Queued << ResultStatus::Unknown << QString();
    QTest::newRow("uploaded, still uploaded") << PaymentStatus::Uploaded << ResultStatus::Uploaded << QString();
    QTest::newRow("uploaded, processed") << PaymentStatus::Uploaded << ResultStatus::Processed << u"PROCESSED"_s;
    QTest::newRow("uploaded, declined") << PaymentStatus::Uploaded << ResultStatus::FailedToProcess
                                        << u"FAILED_TO_PROCESS"_s;
    QTest::newRow("uploaded, voided") << PaymentStatus::Uploaded << ResultStatus::Voided << u"VOIDED"_s;
    QTest::newRow("uploaded, unknown") << PaymentStatus::Uploaded << ResultStatus::Unknown << QString();
    QTest::newRow("processed, processed again") << PaymentStatus::Processed << ResultStatus::Processed << QString();
    QTest::newRow("processed, refunded") << PaymentStatus::Processed << ResultStatus::Refunded << u"VOIDED"_s;
}

void TestResultMapping::rejectedAsVoided_isVoided()
{
    // A batch answer REJECTED "voided": the gateway holds a void (tombstone) for it.
    const wire::PaymentResult result {
        record(PaymentStatus::Queued).localId, ResultStatus::Rejected, {}, Error {u"voided"_s, u"voided"_s}};
    QCOMPARE(path(sync::transitionsFor(record(PaymentStatus::Queued), result, 10)), u"VOIDED"_s);
}

void TestResultMapping::transitions_table()
{
    QFETCH(PaymentStatus, current);
    QFETCH(ResultStatus, answer);
    QFETCH(QString, expected);
    const wire::PaymentResult result {record(current).localId, answer, {}, {}};
    QCOMPARE(path(sync::transitionsFor(record(current), result, 10)), expected);
}

void TestResultMapping::declined_keepsReasonAndPaymentId()
{
    const wire::PaymentResult result {record(PaymentStatus::Queued).localId, ResultStatus::FailedToProcess, u"pay_1"_s,
                                      Error {u"insufficient_funds"_s, u"Insufficient funds."_s}};
    const auto steps = sync::transitionsFor(record(PaymentStatus::Queued), result, 10);
    QCOMPARE(steps.size(), 2);
    QCOMPARE(steps.last().error->code, u"insufficient_funds"_s);
    QCOMPARE(steps.last().serverPaymentId, u"pay_1"_s);
    QCOMPARE(steps.last().reason, u"declined: insufficient_funds"_s);
    QCOMPARE(steps.first().actor, u"uploader"_s);
}

void TestResultMapping::lateUpload_isSaidInTheLog()
{
    const wire::PaymentResult result {record(PaymentStatus::Queued).localId, ResultStatus::Uploaded, {}, {}};
    QCOMPARE(sync::transitionsFor(record(PaymentStatus::Queued), result, 1000).first().reason,
             u"accepted by the gateway"_s);
    QCOMPARE(sync::transitionsFor(record(PaymentStatus::Queued), result, 1001).first().reason,
             u"accepted by the gateway after its upload deadline"_s);
}

QTEST_GUILESS_MAIN(TestResultMapping)
#include "tst_resultmapping.moc"
