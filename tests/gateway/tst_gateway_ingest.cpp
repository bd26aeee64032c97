// 1000 payments through a real gateway the way a register drains its queue: ten batches of
// 100, then one status call, until every payment is decided as its test card says.
#include "gatewayprocess.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace holdfast;
using namespace holdfast::test;

class TestGatewayIngest : public QObject
{
    Q_OBJECT

private slots:
    void thousandPayments_inTenBatches_allDecidedOnce();
};

void TestGatewayIngest::thousandPayments_inTenBatches_allDecidedOnce()
{
    GatewayProcess gateway;
    QVERIFY2(gateway.setupError().isEmpty(), qPrintable(gateway.setupError()));
    QVERIFY2(gateway.start(), gateway.process().output().constData());
    auto paired = gateway.pairNewRegister();
    QVERIFY(paired);
    auto schedule = gateway.fetchSchedule(*paired);
    QVERIFY(schedule);

    constexpr int total = 1000;
    QList<wire::Payment> all;
    int approvals = 0;
    qint64 approvedMinor = 0;
    for (int i = 0; i < total; ++i) {
        const char *pan = i % 20 == 5 ? testpayments::decline
            : i % 20 == 11            ? testpayments::insufficientFunds
                                      : testpayments::approve;
        all.append(testpayments::make(*paired, *schedule, pan, 500 + i % 300));
        if (pan == testpayments::approve) {
            ++approvals;
            approvedMinor += all.last().amount.minor();
        }
    }

    QElapsedTimer timer;
    timer.start();
    for (qsizetype start = 0; start < all.size(); start += wire::maxBatchSize) {
        const HttpReply reply = gateway.post(u"/v1/payments/batch"_s,
                                             testpayments::batch(all.mid(start, wire::maxBatchSize)), paired->token);
        QCOMPARE(reply.status, 200);
        const QJsonArray results = reply.json().value("results"_L1).toArray();
        QCOMPARE(results.size(), wire::maxBatchSize);
        for (const QJsonValue &result : results) {
            QVERIFY2(result.toObject().value("status"_L1).toString() != "REJECTED"_L1,
                     QJsonDocument(result.toObject()).toJson().constData());
        }
    }
    const qint64 uploadedMs = timer.elapsed();

    QStringList ids;
    for (const auto &payment : std::as_const(all)) {
        ids.append(payment.localId);
    }
    QJsonArray finalResults;
    const auto allDecided = [&] {
        const HttpReply reply = gateway.post(
            u"/v1/payments/status"_s, QJsonObject {{"localIds"_L1, QJsonArray::fromStringList(ids)}}, paired->token);
        finalResults = reply.json().value("results"_L1).toArray();
        return finalResults.size() == total
            && std::none_of(finalResults.begin(), finalResults.end(), [](const QJsonValue &r) {
                   return r.toObject().value("status"_L1).toString() == "UPLOADED"_L1;
               });
    };
    QTRY_VERIFY_WITH_TIMEOUT(allDecided(), 60000);
    qInfo("1000 payments: uploaded in %lld ms, all decided after %lld ms", uploadedMs, timer.elapsed());

    int processed = 0;
    for (qsizetype i = 0; i < finalResults.size(); ++i) {
        const QJsonObject result = finalResults[i].toObject();
        QCOMPARE(result.value("localId"_L1).toString(), all[i].localId);
        processed += result.value("status"_L1).toString() == "PROCESSED"_L1 ? 1 : 0;
    }
    QCOMPARE(processed, approvals);

    const auto listed = gateway.listPayments(paired->locationId);
    QCOMPARE(listed.size(), total);
    int charges = 0;
    qint64 chargedMinor = 0;
    for (const QJsonObject &row : listed) {
        charges += row.value("charges"_L1).toInt();
        if (row.value("status"_L1).toString() == "PROCESSED"_L1) {
            chargedMinor += row.value("amount"_L1).toObject().value("amount"_L1).toInteger();
        }
    }
    QCOMPARE(charges, approvals);
    QCOMPARE(chargedMinor, approvedMinor);
}

QTEST_GUILESS_MAIN(TestGatewayIngest)
#include "tst_gateway_ingest.moc"
