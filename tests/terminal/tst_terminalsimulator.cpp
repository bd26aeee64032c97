// The simulator's payment protocol, against a real holdfast-terminal on loopback.
#include "crypto/cardseal.h"
#include "crypto/x25519.h"
#include "terminalprocess.h"
#include "wire/terminalprotocol.h"

#include <QDate>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace holdfast;
using holdfast::test::TerminalProcess;
namespace wt = holdfast::wire::terminal;

namespace {

constexpr int waitMs = 10000;
const QStringList fast {u"--processing-time"_s, u"20ms"_s};

wt::PaymentRequest paymentRequest(const QString &saleId, const QByteArray &publicKey, bool offline = false)
{
    wt::PaymentRequest request;
    request.saleId = saleId;
    request.amount = Money::fromMinor(1234, u"CAD").value();
    request.localId = u"0b7c1f4e-6a61-4b8e-9d7e-2f3a4c5d6e7f"_s;
    request.locationId = u"loc-1"_s;
    request.registerId = u"reg-7"_s;
    request.createdAt = 1767225600000;
    request.kid = u"2026-01-01"_s;
    request.publicKey = publicKey;
    request.offline = offline;
    request.allowedEntryMethods = {crypto::EntryMethod::Chip, crypto::EntryMethod::Contactless};
    return request;
}

QByteArray somePublicKey()
{
    return crypto::X25519KeyPair::generate()->publicKey();
}

bool startPaired(TerminalProcess &terminal, const QStringList &arguments = fast)
{
    return terminal.start(arguments) && !terminal.pair().isEmpty();
}

} // namespace

class TestTerminalSimulator : public QObject
{
    Q_OBJECT

private slots:
    void payment_isHeldUntilCardPresented();
    void status_followsTheSale();
    void abort_endsHeldPaymentCancelled();
    void abort_unknownSale_isRecordedSoALateRequestReadsNoCard();
    void timeout_endsHeldPayment_data();
    void timeout_endsHeldPayment();
    void payment_otherSaleWhileBusy_is409();
    void payment_sameSaleId_neverReadsASecondCard();
    void payment_sameSaleIdWhileWaiting_sharesTheOneCardRead();
    void payment_sameSaleIdOtherContent_isConflict();
    void sales_surviveRestart();
    void envelope_opensWithMatchingKeyOnly_data();
    void envelope_opensWithMatchingKeyOnly();
    void payment_badInput_isRefusedAndChangesNothing_data();
    void payment_badInput_isRefusedAndChangesNothing();
    void interac_offlineIsNotAllowed_onlineIsRead();
    void entryMethod_notAllowed_isRefused();
    void presentOption_queuesCardsInOrder();
    void run_leavesNoCardNumberInOutputOrFiles();
};

void TestTerminalSimulator::payment_isHeldUntilCardPresented()
{
    TerminalProcess terminal;
    QVERIFY(startPaired(terminal));
    QNetworkReply *payment
        = terminal.requestAsync("POST", u"/v1/payment"_s, paymentRequest(u"s1"_s, somePublicKey()).toJson());
    QTRY_COMPARE_WITH_TIMEOUT(terminal.state(), u"WAITING_FOR_CARD"_s, waitMs);
    QVERIFY(!payment->isFinished());

    const auto presented = terminal.present(u"approve"_s);
    QCOMPARE(presented.status, 200);
    QCOMPARE(presented.body.value("sale"_L1)["state"_L1].toString(), u"COMPLETED"_s);
    QTRY_VERIFY_WITH_TIMEOUT(payment->isFinished(), waitMs);
    const auto answer = TerminalProcess::replyOf(payment);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.body["result"_L1].toString(), u"CARD_READ"_s);
    QCOMPARE(answer.body["brand"_L1].toString(), u"VISA"_s);
    QCOMPARE(answer.body["last4"_L1].toString(), u"4242"_s);
    QCOMPARE(answer.body["entryMethod"_L1].toString(), u"CONTACTLESS"_s);
    QCOMPARE(answer.body["cvm"_L1].toString(), u"NONE"_s);
    QCOMPARE(answer.body, presented.body.value("sale"_L1)["result"_L1].toObject());
    QVERIFY(wt::PaymentAnswer::fromJson(answer.body).ok());
    QCOMPARE(terminal.state(), u"IDLE"_s);
}

void TestTerminalSimulator::status_followsTheSale()
{
    TerminalProcess terminal;
    QVERIFY(startPaired(terminal, {u"--processing-time"_s, u"1500ms"_s}));
    const auto idle = terminal.request("GET", u"/v1/status"_s);
    QCOMPARE(idle.body["state"_L1].toString(), u"IDLE"_s);
    QCOMPARE(idle.body["model"_L1].toString(), u"Holdfast Simulator"_s);
    QVERIFY(idle.body["terminalId"_L1].toString().startsWith(u"term-"_s));

    QNetworkReply *payment
        = terminal.requestAsync("POST", u"/v1/payment"_s, paymentRequest(u"s1"_s, somePublicKey()).toJson());
    QTRY_COMPARE_WITH_TIMEOUT(terminal.state(), u"WAITING_FOR_CARD"_s, waitMs);
    QCOMPARE(terminal.request("GET", u"/v1/status"_s).body["saleId"_L1].toString(), u"s1"_s);
    QNetworkReply *present = terminal.requestAsync("POST", u"/v1/simulator/present"_s, {{"card"_L1, u"approve"_s}});
    QTRY_COMPARE_WITH_TIMEOUT(terminal.state(), u"PROCESSING"_s, waitMs);
    QCOMPARE(terminal.request("GET", u"/v1/sales/s1"_s).body["state"_L1].toString(), u"PROCESSING"_s);
    QTRY_VERIFY_WITH_TIMEOUT(payment->isFinished() && present->isFinished(), waitMs);
    QCOMPARE(terminal.state(), u"IDLE"_s);
    QVERIFY(!terminal.request("GET", u"/v1/status"_s).body.contains("saleId"_L1));
}

void TestTerminalSimulator::abort_endsHeldPaymentCancelled()
{
    TerminalProcess terminal;
    QVERIFY(startPaired(terminal));
    const auto request = paymentRequest(u"s1"_s, somePublicKey());
    QNetworkReply *payment = terminal.requestAsync("POST", u"/v1/payment"_s, request.toJson());
    QTRY_COMPARE_WITH_TIMEOUT(terminal.state(), u"WAITING_FOR_CARD"_s, waitMs);

    const auto aborted = terminal.request("POST", u"/v1/abort"_s, QJsonObject {{"saleId"_L1, u"s1"_s}});
    QCOMPARE(aborted.status, 200);
    QCOMPARE(aborted.body["state"_L1].toString(), u"COMPLETED"_s);
    QCOMPARE(aborted.body["result"_L1]["result"_L1].toString(), u"CANCELLED"_s);
    QTRY_VERIFY_WITH_TIMEOUT(payment->isFinished(), waitMs);
    QCOMPARE(TerminalProcess::replyOf(payment).body, (QJsonObject {{"result"_L1, u"CANCELLED"_s}}));
    QCOMPARE(terminal.state(), u"IDLE"_s);

    // The cancelled sale stays cancelled, even with a card ready; a new saleId takes the card.
    QCOMPARE(terminal.present(u"approve"_s).body["queued"_L1].toInt(), 1);
    QCOMPARE(terminal.request("POST", u"/v1/payment"_s, request.toJson()).body["result"_L1].toString(), u"CANCELLED"_s);
    const auto retried
        = terminal.request("POST", u"/v1/payment"_s, paymentRequest(u"s2"_s, request.publicKey).toJson());
    QCOMPARE(retried.body["result"_L1].toString(), u"CARD_READ"_s);
}

void TestTerminalSimulator::abort_unknownSale_isRecordedSoALateRequestReadsNoCard()
{
    TerminalProcess terminal;
    QVERIFY(startPaired(terminal));
    QCOMPARE(terminal.request("GET", u"/v1/sales/late"_s).body["state"_L1].toString(), u"UNKNOWN"_s);
    const auto aborted = terminal.request("POST", u"/v1/abort"_s, QJsonObject {{"saleId"_L1, u"late"_s}});
    QCOMPARE(aborted.body["result"_L1]["result"_L1].toString(), u"CANCELLED"_s);
    QCOMPARE(terminal.present(u"approve"_s).body["queued"_L1].toInt(), 1);
    const auto late = terminal.request("POST", u"/v1/payment"_s, paymentRequest(u"late"_s, somePublicKey()).toJson());
    QCOMPARE(late.body["result"_L1].toString(), u"CANCELLED"_s);
    QCOMPARE(terminal.state(), u"IDLE"_s);
    QCOMPARE(terminal.present(u"decline"_s).body["queued"_L1].toInt(), 2);
}

void TestTerminalSimulator::timeout_endsHeldPayment_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<qint64>("timeoutMs");
    QTest::newRow("request timeoutMs") << fast << qint64(300);
    QTest::newRow("--card-timeout") << (fast + QStringList {u"--card-timeout"_s, u"300ms"_s}) << qint64(0);
}

void TestTerminalSimulator::timeout_endsHeldPayment()
{
    QFETCH(QStringList, arguments);
    QFETCH(qint64, timeoutMs);
    TerminalProcess terminal;
    QVERIFY(startPaired(terminal, arguments));
    auto request = paymentRequest(u"s1"_s, somePublicKey());
    if (timeoutMs > 0) {
        request.timeoutMs = timeoutMs;
    }
    const auto answer = terminal.request("POST", u"/v1/payment"_s, request.toJson());
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.body, (QJsonObject {{"result"_L1, u"TIMEOUT"_s}}));
    QCOMPARE(terminal.request("GET", u"/v1/sales/s1"_s).body["result"_L1]["result"_L1].toString(), u"TIMEOUT"_s);
    QCOMPARE(terminal.state(), u"IDLE"_s);
}

void TestTerminalSimulator::payment_otherSaleWhileBusy_is409()
{
    TerminalProcess terminal;
    QVERIFY(startPaired(terminal));
    QNetworkReply *first
        = terminal.requestAsync("POST", u"/v1/payment"_s, paymentRequest(u"s1"_s, somePublicKey()).toJson());
    QTRY_COMPARE_WITH_TIMEOUT(terminal.state(), u"WAITING_FOR_CARD"_s, waitMs);
    const auto busy = terminal.request("POST", u"/v1/payment"_s, paymentRequest(u"s2"_s, somePublicKey()).toJson());
    QCOMPARE(busy.status, 409);
    QCOMPARE(busy.errorCode(), u"terminal_busy"_s);
    QCOMPARE(terminal.request("GET", u"/v1/sales/s2"_s).body["state"_L1].toString(), u"UNKNOWN"_s);
    QVERIFY(!first->isFinished());
    terminal.present(u"approve"_s);
    QTRY_VERIFY_WITH_TIMEOUT(first->isFinished(), waitMs);
    QCOMPARE(TerminalProcess::replyOf(first).body["result"_L1].toString(), u"CARD_READ"_s);
}

void TestTerminalSimulator::payment_sameSaleId_neverReadsASecondCard()
{
    TerminalProcess terminal;
    QVERIFY(startPaired(terminal));
    const auto request = paymentRequest(u"s1"_s, somePublicKey());
    terminal.present(u"approve"_s);
    const auto first = terminal.request("POST", u"/v1/payment"_s, request.toJson());
    QCOMPARE(first.body["result"_L1].toString(), u"CARD_READ"_s);

    // A card waits; asking for s1 again must answer the stored read, not take that card.
    QCOMPARE(terminal.present(u"decline"_s).body["queued"_L1].toInt(), 1);
    auto again = request;
    again.timeoutMs = 5000; // a retry may wait differently: still the same sale
    const auto second = terminal.request("POST", u"/v1/payment"_s, again.toJson());
    QCOMPARE(second.status, 200);
    QCOMPARE(second.body, first.body);
    QCOMPARE(terminal.state(), u"IDLE"_s);
    const auto next = terminal.request("POST", u"/v1/payment"_s, paymentRequest(u"s2"_s, request.publicKey).toJson());
    QCOMPARE(next.body["last4"_L1].toString(), u"0002"_s);
}

void TestTerminalSimulator::payment_sameSaleIdWhileWaiting_sharesTheOneCardRead()
{
    TerminalProcess terminal;
    QVERIFY(startPaired(terminal));
    const QJsonObject request = paymentRequest(u"s1"_s, somePublicKey()).toJson();
    QNetworkReply *lost = terminal.requestAsync("POST", u"/v1/payment"_s, request);
    QTRY_COMPARE_WITH_TIMEOUT(terminal.state(), u"WAITING_FOR_CARD"_s, waitMs);
    QNetworkReply *retry = terminal.requestAsync("POST", u"/v1/payment"_s, request);
    QTRY_VERIFY_WITH_TIMEOUT(terminal.request("GET", u"/v1/status"_s).status == 200, waitMs);
    QVERIFY(!retry->isFinished());

    terminal.present(u"approve"_s);
    QTRY_VERIFY_WITH_TIMEOUT(lost->isFinished() && retry->isFinished(), waitMs);
    const auto a = TerminalProcess::replyOf(lost);
    const auto b = TerminalProcess::replyOf(retry);
    QCOMPARE(a.body["result"_L1].toString(), u"CARD_READ"_s);
    QCOMPARE(b.body, a.body);
}

void TestTerminalSimulator::payment_sameSaleIdOtherContent_isConflict()
{
    TerminalProcess terminal;
    QVERIFY(startPaired(terminal, fast + QStringList {u"--present"_s, u"approve"_s}));
    const auto request = paymentRequest(u"s1"_s, somePublicKey());
    QCOMPARE(terminal.request("POST", u"/v1/payment"_s, request.toJson()).body["result"_L1].toString(), u"CARD_READ"_s);
    auto changed = request;
    changed.amount = Money::fromMinor(99999, u"CAD").value();
    const auto conflict = terminal.request("POST", u"/v1/payment"_s, changed.toJson());
    QCOMPARE(conflict.status, 409);
    QCOMPARE(conflict.errorCode(), u"sale_conflict"_s);
}

void TestTerminalSimulator::sales_surviveRestart()
{
    TerminalProcess terminal;
    QVERIFY(startPaired(terminal, fast + QStringList {u"--present"_s, u"approve"_s}));
    const auto request = paymentRequest(u"s1"_s, somePublicKey());
    const auto answer = terminal.request("POST", u"/v1/payment"_s, request.toJson());
    QCOMPARE(answer.body["result"_L1].toString(), u"CARD_READ"_s);
    const QString terminalId = terminal.request("GET", u"/v1/status"_s).body["terminalId"_L1].toString();
    const QString certificate = terminal.certSha256();

    terminal.kill();
    QVERIFY(terminal.restart(fast));
    QVERIFY(terminal.pairingCode().isEmpty()); // still paired: no code shown
    QCOMPARE(terminal.certSha256(), certificate);
    QCOMPARE(terminal.request("GET", u"/v1/status"_s).body["terminalId"_L1].toString(), terminalId);
    const auto sale = terminal.request("GET", u"/v1/sales/s1"_s);
    QCOMPARE(sale.status, 200);
    QCOMPARE(sale.body["state"_L1].toString(), u"COMPLETED"_s);
    QCOMPARE(sale.body["result"_L1].toObject(), answer.body);
    QCOMPARE(terminal.request("POST", u"/v1/payment"_s, request.toJson()).body, answer.body);
    QCOMPARE(terminal.request("GET", u"/v1/sales/other"_s).body,
             (QJsonObject {{"saleId"_L1, u"other"_s}, {"state"_L1, u"UNKNOWN"_s}}));
}

void TestTerminalSimulator::envelope_opensWithMatchingKeyOnly_data()
{
    QTest::addColumn<QString>("field");
    for (const char *field : {"", "localId", "locationId", "registerId", "amount", "currency", "createdAt", "kid"}) {
        QTest::newRow(*field ? field : "unchanged") << QString::fromLatin1(field);
    }
}

void TestTerminalSimulator::envelope_opensWithMatchingKeyOnly()
{
    QFETCH(QString, field);
    TerminalProcess terminal;
    QVERIFY(startPaired(terminal, fast + QStringList {u"--present"_s, u"decline"_s}));
    const auto key = crypto::X25519KeyPair::generate().value();
    const auto request = paymentRequest(u"s1"_s, key.publicKey());
    const auto answer = wt::PaymentAnswer::fromJson(terminal.request("POST", u"/v1/payment"_s, request.toJson()).body);
    QVERIFY(answer.ok());
    QCOMPARE(answer->result, wt::ReadResult::CardRead);

    crypto::PaymentBinding binding = request.binding();
    if (field == "localId"_L1) {
        binding.localId = u"1b7c1f4e-6a61-4b8e-9d7e-2f3a4c5d6e7f"_s;
    } else if (field == "locationId"_L1) {
        binding.locationId = u"loc-2"_s;
    } else if (field == "registerId"_L1) {
        binding.registerId = u"reg-8"_s;
    } else if (field == "amount"_L1) {
        binding.amountMinor += 1;
    } else if (field == "currency"_L1) {
        binding.currency = u"USD"_s;
    } else if (field == "createdAt"_L1) {
        binding.createdAtMs += 1;
    } else if (field == "kid"_L1) {
        binding.kid = u"2026-01-02"_s;
    }
    const auto card = crypto::cardseal::open(answer->envelope, key, binding);
    if (!field.isEmpty()) {
        QVERIFY(!card.ok());
        return;
    }
    QVERIFY2(card.ok(), qPrintable(card.ok() ? QString() : card.error().message));
    QCOMPARE(card->pan().toByteArray(), "4000000000000002");
    QCOMPARE(card->entryMethod(), crypto::EntryMethod::Chip);
    QCOMPARE(card->cvm(), crypto::Cvm::Pin);
    const QDate expiry(2000 + card->expiry().sliced(3).toByteArray().toInt(),
                       card->expiry().first(2).toByteArray().toInt(), 1);
    QVERIFY(expiry > QDate::currentDate().addYears(1));
    // A different private key does not open it either.
    QVERIFY(!crypto::cardseal::open(answer->envelope, crypto::X25519KeyPair::generate().value(), binding).ok());
}

void TestTerminalSimulator::payment_badInput_isRefusedAndChangesNothing_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const QJsonObject good = paymentRequest(u"bad"_s, somePublicKey()).toJson();
    const auto with = [&good](const QString &key, const QJsonValue &value) {
        QJsonObject changed = good;
        if (value.isUndefined()) {
            changed.remove(key);
        } else {
            changed.insert(key, value);
        }
        return QJsonDocument(changed).toJson();
    };
    QJsonObject amount = good["amount"_L1].toObject();
    QTest::newRow("not JSON") << QByteArray("{\"saleId\":") << 400 << u"bad_json"_s;
    QTest::newRow("array") << QByteArray("[]") << 400 << u"bad_json"_s;
    QTest::newRow("no saleId") << with(u"saleId"_s, QJsonValue::Undefined) << 400 << u"request_invalid"_s;
    QTest::newRow("saleId with slash") << with(u"saleId"_s, u"a/b"_s) << 400 << u"request_invalid"_s;
    QTest::newRow("saleId too long") << with(u"saleId"_s, QString(65, u'x')) << 400 << u"request_invalid"_s;
    QTest::newRow("unknown member") << with(u"pan"_s, u"4242424242424242"_s) << 400 << u"request_invalid"_s;
    QTest::newRow("fractional amount") << with(u"amount"_s,
                                               QJsonObject {{"amount"_L1, 12.5}, {"currency"_L1, u"CAD"_s}})
                                       << 400 << u"request_invalid"_s;
    QTest::newRow("zero amount") << with(u"amount"_s, QJsonObject {{"amount"_L1, 0}, {"currency"_L1, u"CAD"_s}}) << 400
                                 << u"request_invalid"_s;
    QTest::newRow("lower-case currency") << with(u"amount"_s, QJsonObject {{"amount"_L1, 5}, {"currency"_L1, u"cad"_s}})
                                         << 400 << u"request_invalid"_s;
    QTest::newRow("localId not a UUID") << with(u"localId"_s, u"sale-1"_s) << 400 << u"request_invalid"_s;
    QTest::newRow("registerId with bar") << with(u"registerId"_s, u"reg|1"_s) << 400 << u"request_invalid"_s;
    QTest::newRow("createdAt text") << with(u"createdAt"_s, u"now"_s) << 400 << u"request_invalid"_s;
    QTest::newRow("short key") << with(u"key"_s, QJsonObject {{"kid"_L1, u"k"_s}, {"pub"_L1, u"AAAA"_s}}) << 400
                               << u"request_invalid"_s;
    QTest::newRow("all-zero key") << with(u"key"_s, QJsonObject {{"kid"_L1, u"k"_s}, {"pub"_L1, QString(43, u'A')}})
                                  << 400 << u"key_invalid"_s;
    QTest::newRow("offline text") << with(u"offline"_s, u"yes"_s) << 400 << u"request_invalid"_s;
    QTest::newRow("no entry method") << with(u"allowedEntryMethods"_s, QJsonArray()) << 400 << u"request_invalid"_s;
    QTest::newRow("unknown entry method")
        << with(u"allowedEntryMethods"_s, QJsonArray {u"TAP"_s}) << 400 << u"request_invalid"_s;
    QTest::newRow("timeout too short") << with(u"timeoutMs"_s, 5) << 400 << u"request_invalid"_s;
    QTest::newRow("too large") << QByteArray(70 * 1024, ' ') << 413 << u"body_too_large"_s;
}

void TestTerminalSimulator::payment_badInput_isRefusedAndChangesNothing()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    TerminalProcess terminal;
    QVERIFY(startPaired(terminal, fast + QStringList {u"--present"_s, u"approve"_s}));
    const auto refused = terminal.request("POST", u"/v1/payment"_s, body);
    QCOMPARE(refused.status, status);
    QCOMPARE(refused.errorCode(), code);
    QVERIFY(!refused.raw.contains("4242424242424242"));
    QCOMPARE(terminal.state(), u"IDLE"_s);
    QCOMPARE(terminal.request("GET", u"/v1/sales/bad"_s).body["state"_L1].toString(), u"UNKNOWN"_s);
    // The queued card is still there for the next good request.
    const auto good = terminal.request("POST", u"/v1/payment"_s, paymentRequest(u"good"_s, somePublicKey()).toJson());
    QCOMPARE(good.body["result"_L1].toString(), u"CARD_READ"_s);
}

void TestTerminalSimulator::interac_offlineIsNotAllowed_onlineIsRead()
{
    TerminalProcess terminal;
    QVERIFY(startPaired(terminal, fast + QStringList {u"--present"_s, u"interac,interac"_s}));
    const QByteArray key = somePublicKey();
    const auto offline = terminal.request("POST", u"/v1/payment"_s, paymentRequest(u"s1"_s, key, true).toJson());
    QCOMPARE(offline.status, 200);
    QCOMPARE(offline.body,
             (QJsonObject {{"result"_L1, u"NOT_ALLOWED_OFFLINE"_s}, {"reason"_L1, u"interac_offline"_s}}));
    QCOMPARE(terminal.request("GET", u"/v1/sales/s1"_s).body["result"_L1].toObject(), offline.body);

    const auto online = terminal.request("POST", u"/v1/payment"_s, paymentRequest(u"s2"_s, key, false).toJson());
    QCOMPARE(online.body["result"_L1].toString(), u"CARD_READ"_s);
    QCOMPARE(online.body["brand"_L1].toString(), u"INTERAC"_s);
    QCOMPARE(online.body["last4"_L1].toString(), u"0009"_s);
    QCOMPARE(online.body["cvm"_L1].toString(), u"PIN"_s);
}

void TestTerminalSimulator::entryMethod_notAllowed_isRefused()
{
    TerminalProcess terminal;
    QVERIFY(startPaired(terminal, fast + QStringList {u"--present"_s, u"swipe"_s}));
    const auto answer = terminal.request("POST", u"/v1/payment"_s, paymentRequest(u"s1"_s, somePublicKey()).toJson());
    QCOMPARE(answer.body,
             (QJsonObject {{"result"_L1, u"NOT_ALLOWED_OFFLINE"_s}, {"reason"_L1, u"entry_method_not_allowed"_s}}));
}

void TestTerminalSimulator::presentOption_queuesCardsInOrder()
{
    TerminalProcess terminal;
    QVERIFY(startPaired(terminal, fast + QStringList {u"--present"_s, u"insufficient,4242424242424242,expired"_s}));
    QStringList last4s;
    for (const QString &saleId : {u"a"_s, u"b"_s, u"c"_s}) {
        last4s.append(terminal.request("POST", u"/v1/payment"_s, paymentRequest(saleId, somePublicKey()).toJson())
                          .body["last4"_L1]
                          .toString());
    }
    QCOMPARE(last4s, (QStringList {u"9995"_s, u"4242"_s, u"0069"_s}));
}

void TestTerminalSimulator::run_leavesNoCardNumberInOutputOrFiles()
{
    TerminalProcess terminal;
    QVERIFY(startPaired(terminal, fast + QStringList {u"--present"_s, u"approve,decline,insufficient,expired"_s}));
    int sale = 0;
    for (int i = 0; i < 4; ++i) {
        terminal.request("POST", u"/v1/payment"_s, paymentRequest(u"q%1"_s.arg(++sale), somePublicKey()).toJson());
    }
    for (const QString &card : {u"interac"_s, u"interac"_s, u"swipe"_s}) {
        const QString saleId = u"p%1"_s.arg(++sale);
        QNetworkReply *payment = terminal.requestAsync(
            "POST", u"/v1/payment"_s,
            paymentRequest(saleId, somePublicKey(), card == "interac"_L1 && sale == 5).toJson());
        QTRY_COMPARE_WITH_TIMEOUT(terminal.state(), u"WAITING_FOR_CARD"_s, waitMs);
        QCOMPARE(terminal.present(card).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(payment->isFinished(), waitMs);
    }
    terminal.stop();

    const QByteArray expiry = "12/" + QByteArray::number((QDate::currentDate().year() + 3) % 100);
    const QList<QByteArray> secrets {"4242424242424242", "4000000000000002", "4000000000009995",
                                     "4000000000000069", "4506440000000009", expiry};
    for (const QByteArray &secret : secrets) {
        QVERIFY2(!terminal.output().contains(secret), secret.constData());
    }
    int files = 0;
    QDirIterator it(terminal.dataDir(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray contents = file.readAll();
        ++files;
        for (const QByteArray &secret : secrets) {
            QVERIFY2(!contents.contains(secret), qPrintable(file.fileName()));
        }
    }
    QCOMPARE(files, 4 + 7); // key, certificate, terminal.json, pairing.json and one file per sale
}

QTEST_GUILESS_MAIN(TestTerminalSimulator)
#include "tst_terminalsimulator.moc"
