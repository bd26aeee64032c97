// Payments through a real holdfast-gateway: single uploads (authorised inline), batches
// (acknowledged, then processed by the worker), status and void, with every REJECTED reason.
#include "gatewayprocess.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace holdfast;
using namespace holdfast::test;
using wire::PaymentMode;
using wire::ResultStatus;

namespace {

QJsonObject tamper(const wire::Payment &payment, const QString &member, const QJsonValue &value)
{
    QJsonObject json = payment.toJson();
    if (member.startsWith("envelope."_L1)) {
        QJsonObject envelope = json.value("envelope"_L1).toObject();
        envelope.insert(member.mid(9), value);
        json.insert("envelope"_L1, envelope);
    } else if (value.isUndefined()) {
        json.remove(member);
    } else {
        json.insert(member, value);
    }
    return json;
}

} // namespace

class TestGatewayPayments : public QObject
{
    Q_OBJECT

private:
    wire::PaymentResult statusOf(const QString &localId, const PairedRegister &paired);
    wire::PaymentResult waitDecided(const QString &localId);
    QJsonObject listed(const QString &localId);
    wire::Payment make(const char *pan, PaymentMode mode = PaymentMode::Offline, qint64 createdAt = 0)
    {
        return testpayments::make(m_register, m_schedule, pan, 1250, mode, createdAt);
    }

    GatewayProcess m_gateway;
    PairedRegister m_register;
    PairedRegister m_other; ///< a register of another location
    crypto::KeySchedule m_schedule;

private slots:
    void initTestCase();
    void single_testCard_answersProcessorOutcome_data();
    void single_testCard_answersProcessorOutcome();
    void single_retrySameContent_sameAnswerAndOneCharge();
    void single_sameLocalIdOtherContent_is409();
    void single_rejectionReasons_areRefusedWithCode_data();
    void single_rejectionReasons_areRefusedWithCode();
    void single_uploadedAfterDeadline_failsOfflineDeadlinePassed();
    void batch_mixedItems_eachAnsweredThenProcessed();
    void batch_retryAndConflict_currentResultsOthersProceed();
    void batch_malformedEnvelopeOrCount_is400_data();
    void batch_malformedEnvelopeOrCount_is400();
    void status_answersInRequestOrder_unknownForOthers();
    void status_tooManyOrInvalidIds_is400();
    void void_processedPayment_isRefundedOnce();
    void void_failedPayment_staysFailed();
    void void_neverSeen_tombstoneRefusesLaterUpload();
    void void_otherLocationOrBadId_isRefused();
    void void_uploadedNotProcessed_isNeverProcessed();
    void repaired_paymentsOfRevokedRegisterOfTheLocation_accepted_othersRefused();
};

wire::PaymentResult TestGatewayPayments::statusOf(const QString &localId, const PairedRegister &paired)
{
    const HttpReply reply
        = m_gateway.post(u"/v1/payments/status"_s, QJsonObject {{"localIds"_L1, QJsonArray {localId}}}, paired.token);
    return wire::PaymentResult::fromJson(reply.json().value("results"_L1).toArray().first()).value();
}

wire::PaymentResult TestGatewayPayments::waitDecided(const QString &localId)
{
    wire::PaymentResult result;
    const auto decided = [&] {
        result = statusOf(localId, m_register);
        return result.status != ResultStatus::Uploaded;
    };
    // The worker runs as soon as a batch is stored; bounded, never a blind sleep.
    if (!QTest::qWaitFor(decided, 15000)) {
        qWarning("payment %s still UPLOADED", qPrintable(localId));
    }
    return result;
}

QJsonObject TestGatewayPayments::listed(const QString &localId)
{
    const auto all = m_gateway.listPayments();
    for (const QJsonObject &payment : all) {
        if (payment.value("localId"_L1).toString() == localId) {
            return payment;
        }
    }
    return {};
}

void TestGatewayPayments::initTestCase()
{
    QVERIFY2(m_gateway.setupError().isEmpty(), qPrintable(m_gateway.setupError()));
    QVERIFY2(m_gateway.start(), m_gateway.process().output().constData());
    auto paired = m_gateway.pairNewRegister();
    auto other = m_gateway.pairNewRegister();
    QVERIFY(paired && other);
    m_register = *paired;
    m_other = *other;
    auto schedule = m_gateway.fetchSchedule(m_register);
    QVERIFY(schedule);
    m_schedule = *schedule;
}

void TestGatewayPayments::single_testCard_answersProcessorOutcome_data()
{
    QTest::addColumn<QByteArray>("pan");
    QTest::addColumn<PaymentMode>("mode");
    QTest::addColumn<ResultStatus>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("approves") << QByteArray(testpayments::approve) << PaymentMode::Offline << ResultStatus::Processed
                              << QString();
    QTest::newRow("other Luhn-valid card")
        << "5555555555554444"_ba << PaymentMode::Offline << ResultStatus::Processed << QString();
    QTest::newRow("declined") << QByteArray(testpayments::decline) << PaymentMode::Online
                              << ResultStatus::FailedToProcess << u"card_declined"_s;
    QTest::newRow("insufficient funds") << QByteArray(testpayments::insufficientFunds) << PaymentMode::Offline
                                        << ResultStatus::FailedToProcess << u"insufficient_funds"_s;
    QTest::newRow("expired card") << QByteArray(testpayments::expired) << PaymentMode::Offline
                                  << ResultStatus::FailedToProcess << u"expired_card"_s;
    QTest::newRow("Interac online") << QByteArray(testpayments::interac) << PaymentMode::Online
                                    << ResultStatus::Processed << QString();
    QTest::newRow("Interac offline") << QByteArray(testpayments::interac) << PaymentMode::Offline
                                     << ResultStatus::FailedToProcess << u"interac_offline_not_allowed"_s;
}

void TestGatewayPayments::single_testCard_answersProcessorOutcome()
{
    QFETCH(QByteArray, pan);
    QFETCH(PaymentMode, mode);
    QFETCH(ResultStatus, status);
    QFETCH(QString, code);
    const wire::Payment payment = make(pan.constData(), mode);
    const HttpReply reply = m_gateway.post(u"/v1/payments"_s, payment.toJson(), m_register.token);
    QCOMPARE(reply.status, 200);
    auto result = wire::PaymentResult::fromJson(reply.json());
    QVERIFY2(result, reply.body.constData());
    QCOMPARE(result->localId, payment.localId);
    QCOMPARE(result->status, status);
    QCOMPARE(result->error ? result->error->code : QString(), code);
    QCOMPARE(result->paymentId.startsWith("pay_"_L1), status == ResultStatus::Processed);
    // The operator's list agrees, charged once when approved, and shows no card number.
    const QJsonObject row = listed(payment.localId);
    QCOMPARE(row.value("status"_L1).toString(), wire::toWire(status));
    QCOMPARE(row.value("charges"_L1).toInt(), status == ResultStatus::Processed ? 1 : 0);
    QCOMPARE(row.value("last4"_L1).toString(), QString::fromLatin1(pan.right(4)));
    QVERIFY(!QJsonDocument(row).toJson().contains(pan));
}

void TestGatewayPayments::single_retrySameContent_sameAnswerAndOneCharge()
{
    const wire::Payment payment = make(testpayments::approve);
    const HttpReply first = m_gateway.post(u"/v1/payments"_s, payment.toJson(), m_register.token);
    const HttpReply again = m_gateway.post(u"/v1/payments"_s, payment.toJson(), m_register.token);
    QCOMPARE(first.status, 200);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json(), first.json());
    QCOMPARE(listed(payment.localId).value("charges"_L1).toInt(), 1);
}

void TestGatewayPayments::single_sameLocalIdOtherContent_is409()
{
    const wire::Payment payment = make(testpayments::approve);
    QCOMPARE(m_gateway.post(u"/v1/payments"_s, payment.toJson(), m_register.token).status, 200);
    wire::Payment other = make(testpayments::approve);
    other.localId = payment.localId; // a different payment (amount sealed for another id): same key
    const HttpReply reply = m_gateway.post(u"/v1/payments"_s, other.toJson(), m_register.token);
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.errorCode(), u"idempotency_conflict"_s);
    QCOMPARE(listed(payment.localId).value("charges"_L1).toInt(), 1);
}

void TestGatewayPayments::single_rejectionReasons_areRefusedWithCode_data()
{
    QTest::addColumn<QString>("member");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("amount changed after sealing")
        << u"amount"_s << QJsonValue(QJsonObject {{"amount"_L1, 99999}, {"currency"_L1, u"CAD"_s}}) << 422
        << u"aad_mismatch"_s;
    QTest::newRow("createdAt changed") << u"createdAt"_s << QJsonValue(qint64(1700000000000)) << 422
                                       << u"aad_mismatch"_s;
    QTest::newRow("registerId changed") << u"registerId"_s << QJsonValue(u"reg_someoneelse"_s) << 403
                                        << u"wrong_location"_s;
    QTest::newRow("unknown kid") << u"envelope.kid"_s << QJsonValue(u"2001-01-01.abcdef"_s) << 422 << u"unknown_kid"_s;
    QTest::newRow("ciphertext damaged") << u"envelope.ct"_s << QJsonValue(u"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"_s)
                                        << 422 << u"aad_mismatch"_s;
    QTest::newRow("enc too short") << u"envelope.enc"_s << QJsonValue(u"AAAA"_s) << 400 << u"envelope_malformed"_s;
    QTest::newRow("envelope member added") << u"envelope.extra"_s << QJsonValue(1) << 400 << u"envelope_malformed"_s;
    QTest::newRow("brand missing") << u"brand"_s << QJsonValue(QJsonValue::Undefined) << 400 << u"payment_malformed"_s;
    QTest::newRow("amount fractional") << u"amount"_s
                                       << QJsonValue(QJsonObject {{"amount"_L1, 12.5}, {"currency"_L1, u"CAD"_s}})
                                       << 400 << u"payment_malformed"_s;
    QTest::newRow("localId not a UUID") << u"localId"_s << QJsonValue(u"12345"_s) << 400 << u"payment_malformed"_s;
}

void TestGatewayPayments::single_rejectionReasons_areRefusedWithCode()
{
    QFETCH(QString, member);
    QFETCH(QJsonValue, value);
    QFETCH(int, status);
    QFETCH(QString, code);
    const wire::Payment payment = make(testpayments::approve);
    const HttpReply reply = m_gateway.post(u"/v1/payments"_s, tamper(payment, member, value), m_register.token);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.errorCode(), code);
    // Bad input changes nothing: the localId is still free, and the untouched payment goes through.
    QCOMPARE(statusOf(payment.localId, m_register).status, ResultStatus::Unknown);
    const HttpReply good = m_gateway.post(u"/v1/payments"_s, payment.toJson(), m_register.token);
    QCOMPARE(good.json().value("status"_L1).toString(), u"PROCESSED"_s);
}

void TestGatewayPayments::single_uploadedAfterDeadline_failsOfflineDeadlinePassed()
{
    // 73 hours old, with the default 72 h upload deadline; a card that would approve.
    const qint64 createdAt = QDateTime::currentMSecsSinceEpoch() - 73 * 3600 * 1000LL;
    const wire::Payment payment = make(testpayments::approve, PaymentMode::Offline, createdAt);
    const HttpReply reply = m_gateway.post(u"/v1/payments"_s, payment.toJson(), m_register.token);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value("status"_L1).toString(), u"FAILED_TO_PROCESS"_s);
    QCOMPARE(reply.json().value("error"_L1).toObject().value("code"_L1).toString(), u"offline_deadline_passed"_s);
    QCOMPARE(listed(payment.localId).value("charges"_L1).toInt(), 0);
}

void TestGatewayPayments::batch_mixedItems_eachAnsweredThenProcessed()
{
    const wire::Payment approved = make(testpayments::approve);
    const wire::Payment declined = make(testpayments::decline);
    const wire::Payment tampered = make(testpayments::approve);
    const wire::Payment unknownKid = make(testpayments::approve);
    const wire::Payment badEnvelope = make(testpayments::approve);
    const wire::Payment otherLocation = testpayments::make(m_other, m_schedule, testpayments::approve);
    const wire::Payment malformed = make(testpayments::approve);
    QJsonArray items {approved.toJson(),
                      declined.toJson(),
                      tamper(tampered, u"amount"_s, QJsonObject {{"amount"_L1, 1}, {"currency"_L1, u"CAD"_s}}),
                      tamper(unknownKid, u"envelope.kid"_s, u"2001-01-01.abcdef"_s),
                      tamper(badEnvelope, u"envelope.enc"_s, u"AAAA"_s),
                      otherLocation.toJson(),
                      tamper(malformed, u"mode"_s, u"SOMETIMES"_s),
                      approved.toJson(), // twice in one batch: one payment
                      42};
    const HttpReply reply = m_gateway.post(
        u"/v1/payments/batch"_s, QJsonObject {{"batchId"_L1, u"b-1"_s}, {"payments"_L1, items}}, m_register.token);
    QCOMPARE(reply.status, 200);
    const QJsonArray results = reply.json().value("results"_L1).toArray();
    QCOMPARE(results.size(), items.size());
    const QList<std::pair<QString, QString>> expected {{u"UPLOADED"_s, {}},
                                                       {u"UPLOADED"_s, {}},
                                                       {u"REJECTED"_s, u"aad_mismatch"_s},
                                                       {u"REJECTED"_s, u"unknown_kid"_s},
                                                       {u"REJECTED"_s, u"envelope_malformed"_s},
                                                       {u"REJECTED"_s, u"wrong_location"_s},
                                                       {u"REJECTED"_s, u"payment_malformed"_s},
                                                       {u"UPLOADED"_s, {}},
                                                       {u"REJECTED"_s, u"payment_malformed"_s}};
    for (qsizetype i = 0; i < results.size(); ++i) {
        const QJsonObject result = results[i].toObject();
        QCOMPARE(result.value("status"_L1).toString(), expected[i].first);
        QCOMPARE(result.value("error"_L1).toObject().value("code"_L1).toString(), expected[i].second);
        if (i < 8) {
            QCOMPARE(result.value("localId"_L1).toString(), items[i].toObject().value("localId"_L1).toString());
        }
    }
    QCOMPARE(results[8].toObject().value("localId"_L1).toString(), QString());

    QCOMPARE(waitDecided(approved.localId).status, ResultStatus::Processed);
    const auto declinedResult = waitDecided(declined.localId);
    QCOMPARE(declinedResult.status, ResultStatus::FailedToProcess);
    QCOMPARE(declinedResult.error->code, u"card_declined"_s);
    QCOMPARE(listed(approved.localId).value("charges"_L1).toInt(), 1);
    // Rejected items were not stored: their ids are still free.
    for (const auto *payment : {&tampered, &unknownKid, &badEnvelope, &malformed}) {
        QCOMPARE(statusOf(payment->localId, m_register).status, ResultStatus::Unknown);
    }
}

void TestGatewayPayments::batch_retryAndConflict_currentResultsOthersProceed()
{
    const QList<wire::Payment> first {make(testpayments::approve), make(testpayments::expired)};
    QCOMPARE(m_gateway.post(u"/v1/payments/batch"_s, testpayments::batch(first), m_register.token).status, 200);
    QCOMPARE(waitDecided(first[0].localId).status, ResultStatus::Processed);
    QCOMPARE(waitDecided(first[1].localId).status, ResultStatus::FailedToProcess);

    wire::Payment conflicting = make(testpayments::approve);
    conflicting.localId = first[0].localId;
    const wire::Payment fresh = make(testpayments::approve);
    const HttpReply reply = m_gateway.post(
        u"/v1/payments/batch"_s, testpayments::batch({first[0], first[1], conflicting, fresh}), m_register.token);
    const QJsonArray results = reply.json().value("results"_L1).toArray();
    QCOMPARE(results.size(), 4);
    QCOMPARE(results[0].toObject().value("status"_L1).toString(), u"PROCESSED"_s);
    QCOMPARE(results[0].toObject().value("paymentId"_L1).toString(), statusOf(first[0].localId, m_register).paymentId);
    QCOMPARE(results[1].toObject().value("status"_L1).toString(), u"FAILED_TO_PROCESS"_s);
    QCOMPARE(results[1].toObject().value("error"_L1).toObject().value("code"_L1).toString(), u"expired_card"_s);
    QCOMPARE(results[2].toObject().value("status"_L1).toString(), u"REJECTED"_s);
    QCOMPARE(results[2].toObject().value("error"_L1).toObject().value("code"_L1).toString(), u"idempotency_conflict"_s);
    QCOMPARE(results[3].toObject().value("status"_L1).toString(), u"UPLOADED"_s);
    QCOMPARE(waitDecided(fresh.localId).status, ResultStatus::Processed);
    QCOMPARE(listed(first[0].localId).value("charges"_L1).toInt(), 1);
}

void TestGatewayPayments::batch_malformedEnvelopeOrCount_is400_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("drop");
    QTest::addColumn<QString>("code");
    QTest::newRow("101 payments") << 101 << QString() << u"batch_too_large"_s;
    QTest::newRow("no payments") << 0 << QString() << u"bad_request"_s;
    QTest::newRow("no batchId") << 1 << u"batchId"_s << u"bad_request"_s;
    QTest::newRow("payments not an array") << 1 << u"payments"_s << u"bad_request"_s;
}

void TestGatewayPayments::batch_malformedEnvelopeOrCount_is400()
{
    QFETCH(int, count);
    QFETCH(QString, drop);
    QFETCH(QString, code);
    QList<wire::Payment> list;
    for (int i = 0; i < count; ++i) {
        list.append(make(testpayments::approve));
    }
    QJsonObject body = testpayments::batch(list);
    if (drop == "payments"_L1) {
        body.insert(drop, QJsonObject {});
    } else if (!drop.isEmpty()) {
        body.remove(drop);
    }
    const HttpReply reply = m_gateway.post(u"/v1/payments/batch"_s, body, m_register.token);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), code);
    if (!list.isEmpty()) {
        QCOMPARE(statusOf(list.first().localId, m_register).status, ResultStatus::Unknown);
    }
}

void TestGatewayPayments::status_answersInRequestOrder_unknownForOthers()
{
    const wire::Payment mine = make(testpayments::approve);
    const wire::Payment theirs = testpayments::make(m_other, m_schedule, testpayments::approve);
    QCOMPARE(m_gateway.post(u"/v1/payments"_s, mine.toJson(), m_register.token).status, 200);
    QCOMPARE(m_gateway.post(u"/v1/payments"_s, theirs.toJson(), m_other.token).status, 200);
    const QString never = u"3f1d0b4c-8a2e-4b6f-9c7d-5e4f3a2b1c0d"_s;
    const HttpReply reply = m_gateway.post(
        u"/v1/payments/status"_s,
        QJsonObject {{"localIds"_L1, QJsonArray {never, theirs.localId, mine.localId, never}}}, m_register.token);
    QCOMPARE(reply.status, 200);
    const QJsonArray results = reply.json().value("results"_L1).toArray();
    QCOMPARE(results.size(), 4);
    const QStringList ids {never, theirs.localId, mine.localId, never};
    const QStringList statuses {u"UNKNOWN"_s, u"UNKNOWN"_s, u"PROCESSED"_s, u"UNKNOWN"_s};
    for (qsizetype i = 0; i < results.size(); ++i) {
        QCOMPARE(results[i].toObject().value("localId"_L1).toString(), ids[i]);
        QCOMPARE(results[i].toObject().value("status"_L1).toString(), statuses[i]);
    }
    QVERIFY(!results[1].toObject().contains("paymentId"_L1)); // nothing of another location leaks
}

void TestGatewayPayments::status_tooManyOrInvalidIds_is400()
{
    QJsonArray many;
    for (int i = 0; i < 1001; ++i) {
        many.append(QUuid::createUuid().toString(QUuid::WithoutBraces));
    }
    HttpReply reply = m_gateway.post(u"/v1/payments/status"_s, QJsonObject {{"localIds"_L1, many}}, m_register.token);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), u"too_many_local_ids"_s);
    many.removeLast();
    reply = m_gateway.post(u"/v1/payments/status"_s, QJsonObject {{"localIds"_L1, many}}, m_register.token);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value("results"_L1).toArray().size(), 1000);
    for (const QJsonValue &bad :
         {QJsonValue(u"not-a-uuid"_s), QJsonValue(7), QJsonValue(u"{0f8fad5b-d9cb-469f-a165-70867728950e}"_s)}) {
        reply = m_gateway.post(u"/v1/payments/status"_s, QJsonObject {{"localIds"_L1, QJsonArray {bad}}},
                               m_register.token);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.errorCode(), u"bad_request"_s);
    }
}

void TestGatewayPayments::void_processedPayment_isRefundedOnce()
{
    const wire::Payment payment = make(testpayments::approve);
    QCOMPARE(m_gateway.post(u"/v1/payments"_s, payment.toJson(), m_register.token).status, 200);
    const QString path = u"/v1/payments/%1/void"_s.arg(payment.localId);
    for (int i = 0; i < 2; ++i) { // idempotent
        const HttpReply reply = m_gateway.post(path, QByteArray(), m_register.token);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value("localId"_L1).toString(), payment.localId);
        QCOMPARE(reply.json().value("status"_L1).toString(), u"REFUNDED"_s);
    }
    QCOMPARE(statusOf(payment.localId, m_register).status, ResultStatus::Refunded);
    QCOMPARE(listed(payment.localId).value("status"_L1).toString(), u"REFUNDED"_s);
    // A refunded payment uploaded again is not charged again.
    const HttpReply again = m_gateway.post(u"/v1/payments"_s, payment.toJson(), m_register.token);
    QCOMPARE(again.json().value("status"_L1).toString(), u"REFUNDED"_s);
    QCOMPARE(listed(payment.localId).value("charges"_L1).toInt(), 1);
}

void TestGatewayPayments::void_failedPayment_staysFailed()
{
    const wire::Payment payment = make(testpayments::decline);
    QCOMPARE(m_gateway.post(u"/v1/payments"_s, payment.toJson(), m_register.token).status, 200);
    const HttpReply reply
        = m_gateway.post(u"/v1/payments/%1/void"_s.arg(payment.localId), QByteArray(), m_register.token);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value("status"_L1).toString(), u"FAILED_TO_PROCESS"_s);
}

void TestGatewayPayments::void_neverSeen_tombstoneRefusesLaterUpload()
{
    const wire::Payment late = make(testpayments::approve);
    const wire::Payment lateBatch = make(testpayments::approve);
    for (const auto *payment : {&late, &lateBatch}) {
        const HttpReply reply
            = m_gateway.post(u"/v1/payments/%1/void"_s.arg(payment->localId), QByteArray(), m_register.token);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value("status"_L1).toString(), u"VOIDED"_s);
    }
    const HttpReply single = m_gateway.post(u"/v1/payments"_s, late.toJson(), m_register.token);
    QCOMPARE(single.status, 422);
    QCOMPARE(single.errorCode(), u"voided"_s);
    const HttpReply batch = m_gateway.post(u"/v1/payments/batch"_s, testpayments::batch({lateBatch}), m_register.token);
    const QJsonObject result = batch.json().value("results"_L1).toArray().first().toObject();
    QCOMPARE(result.value("status"_L1).toString(), u"REJECTED"_s);
    QCOMPARE(result.value("error"_L1).toObject().value("code"_L1).toString(), u"voided"_s);
    QCOMPARE(statusOf(late.localId, m_register).status, ResultStatus::Voided);
    QCOMPARE(listed(late.localId).value("charges"_L1).toInt(), 0);
}

void TestGatewayPayments::void_otherLocationOrBadId_isRefused()
{
    const wire::Payment theirs = testpayments::make(m_other, m_schedule, testpayments::approve);
    QCOMPARE(m_gateway.post(u"/v1/payments"_s, theirs.toJson(), m_other.token).status, 200);
    HttpReply reply = m_gateway.post(u"/v1/payments/%1/void"_s.arg(theirs.localId), QByteArray(), m_register.token);
    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.errorCode(), u"wrong_location"_s);
    QCOMPARE(statusOf(theirs.localId, m_other).status, ResultStatus::Processed);
    reply = m_gateway.post(u"/v1/payments/not-a-uuid/void"_s, QByteArray(), m_register.token);
    QCOMPARE(reply.status, 400);
}

void TestGatewayPayments::void_uploadedNotProcessed_isNeverProcessed()
{
    // An instance without a worker stores the batch and leaves it UPLOADED.
    GatewayProcess ingestOnly;
    QVERIFY(ingestOnly.start({u"--no-worker"_s}));
    auto paired = ingestOnly.pairNewRegister();
    QVERIFY(paired);
    auto schedule = ingestOnly.fetchSchedule(*paired);
    QVERIFY(schedule);
    const wire::Payment voided = testpayments::make(*paired, *schedule, testpayments::approve);
    const wire::Payment kept = testpayments::make(*paired, *schedule, testpayments::approve);
    HttpReply reply = ingestOnly.post(u"/v1/payments/batch"_s, testpayments::batch({voided}), paired->token);
    QCOMPARE(reply.json().value("results"_L1).toArray().first().toObject().value("status"_L1).toString(),
             u"UPLOADED"_s);
    reply = ingestOnly.post(u"/v1/payments/%1/void"_s.arg(voided.localId), QByteArray(), paired->token);
    QCOMPARE(reply.json().value("status"_L1).toString(), u"VOIDED"_s);

    // A processing instance on the same store then decides everything UPLOADED, but not it.
    GatewayProcess worker(ingestOnly.store());
    QVERIFY(worker.start());
    QCOMPARE(worker.post(u"/v1/payments/batch"_s, testpayments::batch({kept}), paired->token).status, 200);
    const auto keptDecided = [&] {
        const HttpReply status = worker.post(u"/v1/payments/status"_s,
                                             QJsonObject {{"localIds"_L1, QJsonArray {kept.localId}}}, paired->token);
        return status.json().value("results"_L1).toArray().first().toObject().value("status"_L1) == u"PROCESSED"_s;
    };
    QTRY_VERIFY_WITH_TIMEOUT(keptDecided(), 15000);
    const auto all = worker.listPayments();
    bool seen = false;
    for (const QJsonObject &row : all) {
        if (row.value("localId"_L1).toString() == voided.localId) {
            seen = true;
            QCOMPARE(row.value("status"_L1).toString(), u"VOIDED"_s);
            QCOMPARE(row.value("charges"_L1).toInt(), 0);
            QVERIFY(!row.contains("paymentId"_L1));
        }
    }
    QVERIFY(seen);
}

void TestGatewayPayments::repaired_paymentsOfRevokedRegisterOfTheLocation_accepted_othersRefused()
{
    // A register of m_register's location takes payments, is revoked and paired again (a new
    // register id): what it took before uploads under the new token.
    auto before = m_gateway.pair(m_gateway.createDeviceCode(m_register.locationId), u"Till 2"_s);
    QVERIFY(before);
    before->currency = m_register.currency;
    const wire::Payment batched = testpayments::make(*before, m_schedule, testpayments::approve);
    const wire::Payment single = testpayments::make(*before, m_schedule, testpayments::approve);
    QCOMPARE(m_gateway.run({u"register"_s, u"revoke"_s, before->registerId}).exitCode, 0);
    QCOMPARE(m_gateway.post(u"/v1/payments"_s, single.toJson(), before->token).status, 401);
    auto after = m_gateway.pair(m_gateway.createDeviceCode(m_register.locationId), u"Till 2"_s);
    QVERIFY(after);
    const HttpReply one = m_gateway.post(u"/v1/payments"_s, single.toJson(), after->token);
    QCOMPARE(one.status, 200);
    QCOMPARE(one.json().value("status"_L1).toString(), u"PROCESSED"_s);
    const HttpReply batch = m_gateway.post(u"/v1/payments/batch"_s, testpayments::batch({batched}), after->token);
    QCOMPARE(batch.status, 200);
    QCOMPARE(batch.json().value("results"_L1).toArray().first()["status"_L1].toString(), u"UPLOADED"_s);
    QCOMPARE(waitDecided(batched.localId).status, ResultStatus::Processed);
    QCOMPARE(listed(single.localId).value("registerId"_L1).toString(), before->registerId);
    QCOMPARE(listed(single.localId).value("uploadedBy"_L1).toString(), after->registerId);

    // Nothing weaker: a payment naming a register of another location is refused, even when it
    // claims this location (its sealed data opens: it was sealed with these fields).
    PairedRegister impostor = *after;
    impostor.registerId = m_other.registerId;
    const wire::Payment foreign = testpayments::make(impostor, m_schedule, testpayments::approve);
    const HttpReply refused = m_gateway.post(u"/v1/payments"_s, foreign.toJson(), after->token);
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.errorCode(), u"wrong_location"_s);
    const HttpReply refusedInBatch
        = m_gateway.post(u"/v1/payments/batch"_s, testpayments::batch({foreign}), after->token);
    QCOMPARE(refusedInBatch.json().value("results"_L1).toArray().first()["error"_L1]["code"_L1].toString(),
             u"wrong_location"_s);
    QCOMPARE(statusOf(foreign.localId, *after).status, ResultStatus::Unknown);
}

QTEST_GUILESS_MAIN(TestGatewayPayments)
#include "tst_gateway_payments.moc"
