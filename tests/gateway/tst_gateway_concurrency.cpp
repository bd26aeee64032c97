// Duplicate uploads racing through two real gateway instances on one store (PostgreSQL in the
// _postgres run, one SQLite file otherwise): every payment is decided and charged exactly once.
#include "gatewayprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace holdfast;
using namespace holdfast::test;

class TestGatewayConcurrency : public QObject
{
    Q_OBJECT

private:
    QHash<QString, QJsonObject> listedByLocalId();

    GatewayProcess m_first;
    std::unique_ptr<GatewayProcess> m_second;
    PairedRegister m_register;
    crypto::KeySchedule m_schedule;

private slots:
    void initTestCase();
    void sameBatchTenTimesOnTwoInstances_eachPaymentProcessedOnce();
    void samePaymentTenTimesOnTwoInstances_chargedOnce();
};

QHash<QString, QJsonObject> TestGatewayConcurrency::listedByLocalId()
{
    QHash<QString, QJsonObject> byId;
    const auto rows = m_first.listPayments(m_register.locationId);
    for (const QJsonObject &row : rows) {
        byId.insert(row.value("localId"_L1).toString(), row);
    }
    return byId;
}

void TestGatewayConcurrency::initTestCase()
{
    QVERIFY2(m_first.setupError().isEmpty(), qPrintable(m_first.setupError()));
    // Both workers poll every 20 ms, so that they compete for the same uploaded payments
    // (otherwise only the instance that stored a batch is woken to process it).
    const QStringList fastPolling {u"--poll-interval"_s, u"20"_s};
    QVERIFY2(m_first.start(fastPolling), m_first.process().output().constData());
    // The second instance shares the first's data folder (KEK, signing key) and database.
    m_second = std::make_unique<GatewayProcess>(m_first.store());
    QVERIFY2(m_second->start(fastPolling), m_second->process().output().constData());
    QVERIFY(m_first.url() != m_second->url());
    auto paired = m_first.pairNewRegister();
    QVERIFY(paired);
    m_register = *paired;
    auto schedule = m_second->fetchSchedule(m_register); // a token issued by one works on both
    QVERIFY(schedule);
    m_schedule = *schedule;
}

void TestGatewayConcurrency::sameBatchTenTimesOnTwoInstances_eachPaymentProcessedOnce()
{
    QList<wire::Payment> list;
    QHash<QString, QString> expectedCode; // localId → decline code ("" when approved)
    for (int i = 0; i < wire::maxBatchSize; ++i) {
        const char *pan = i % 10 == 3 ? testpayments::decline
            : i % 10 == 7             ? testpayments::interac
                                      : testpayments::approve;
        list.append(testpayments::make(m_register, m_schedule, pan, 100 + i));
        expectedCode.insert(list.last().localId,
                            i % 10 == 3       ? u"card_declined"_s
                                : i % 10 == 7 ? u"interac_offline_not_allowed"_s
                                              : QString());
    }
    const QByteArray body = QJsonDocument(testpayments::batch(list)).toJson(QJsonDocument::Compact);
    QList<HttpCall> calls;
    for (int i = 0; i < 10; ++i) {
        GatewayProcess &target = i % 2 == 0 ? m_first : *m_second;
        calls.append({"POST", target.url(u"/v1/payments/batch"_s), body, m_register.token});
    }
    const QList<HttpReply> replies = m_first.http().sendAll(calls, 120000);

    // Every answer is a valid view of one history: stored, or already decided as it ends up.
    QHash<QString, QSet<QString>> paymentIdsSeen;
    for (const HttpReply &reply : replies) {
        QCOMPARE(reply.status, 200);
        const QJsonArray results = reply.json().value("results"_L1).toArray();
        QCOMPARE(results.size(), list.size());
        for (qsizetype i = 0; i < results.size(); ++i) {
            const auto result = wire::PaymentResult::fromJson(results[i]).value();
            QCOMPARE(result.localId, list[i].localId);
            const QString code = expectedCode.value(result.localId);
            switch (result.status) {
            case wire::ResultStatus::Uploaded:
                break;
            case wire::ResultStatus::Processed:
                QVERIFY(code.isEmpty());
                paymentIdsSeen[result.localId].insert(result.paymentId);
                break;
            case wire::ResultStatus::FailedToProcess:
                QCOMPARE(result.error->code, code);
                break;
            default:
                QFAIL(qPrintable(u"unexpected answer %1"_s.arg(QString::fromUtf8(reply.body))));
            }
        }
    }

    QStringList ids;
    for (const auto &payment : list) {
        ids.append(payment.localId);
    }
    const auto allDecided = [&] {
        const HttpReply reply = m_second->post(
            u"/v1/payments/status"_s, QJsonObject {{"localIds"_L1, QJsonArray::fromStringList(ids)}}, m_register.token);
        const QJsonArray results = reply.json().value("results"_L1).toArray();
        return results.size() == ids.size() && std::none_of(results.begin(), results.end(), [](const QJsonValue &r) {
                   return r.toObject().value("status"_L1).toString() == "UPLOADED"_L1;
               });
    };
    QTRY_VERIFY_WITH_TIMEOUT(allDecided(), 30000);

    const auto listed = listedByLocalId();
    QSet<QString> paymentIds;
    for (const auto &payment : std::as_const(list)) {
        const QJsonObject row = listed.value(payment.localId);
        const QString code = expectedCode.value(payment.localId);
        QCOMPARE(row.value("status"_L1).toString(), code.isEmpty() ? u"PROCESSED"_s : u"FAILED_TO_PROCESS"_s);
        QCOMPARE(row.value("charges"_L1).toInt(), code.isEmpty() ? 1 : 0);
        if (code.isEmpty()) {
            const QString paymentId = row.value("paymentId"_L1).toString();
            QVERIFY(!paymentIds.contains(paymentId));
            paymentIds.insert(paymentId);
            // Answers that said PROCESSED named this very payment id.
            for (const QString &seen : paymentIdsSeen.value(payment.localId)) {
                QCOMPARE(seen, paymentId);
            }
        } else {
            QCOMPARE(row.value("error"_L1).toObject().value("code"_L1).toString(), code);
        }
    }
    QCOMPARE(listed.size(), list.size());
}

void TestGatewayConcurrency::samePaymentTenTimesOnTwoInstances_chargedOnce()
{
    const wire::Payment payment = testpayments::make(m_register, m_schedule, testpayments::approve, 4200);
    const QByteArray body = QJsonDocument(payment.toJson()).toJson(QJsonDocument::Compact);
    QList<HttpCall> calls;
    for (int i = 0; i < 10; ++i) {
        GatewayProcess &target = i % 2 == 0 ? m_first : *m_second;
        calls.append({"POST", target.url(u"/v1/payments"_s), body, m_register.token});
    }
    const QList<HttpReply> replies = m_first.http().sendAll(calls, 60000);
    QSet<QString> paymentIds;
    for (const HttpReply &reply : replies) {
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value("status"_L1).toString(), u"PROCESSED"_s);
        paymentIds.insert(reply.json().value("paymentId"_L1).toString());
    }
    QCOMPARE(paymentIds.size(), 1);
    QCOMPARE(listedByLocalId().value(payment.localId).value("charges"_L1).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestGatewayConcurrency)
#include "tst_gateway_concurrency.moc"
