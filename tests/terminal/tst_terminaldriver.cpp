// The register's terminal driver against real holdfast-terminal processes, with its secret in a
// real Secret Service (KEYRING): pairing and pinning, and every way a payment can lose its answer.
#include "crypto/cardseal.h"
#include "crypto/x25519.h"
#include "platform/secretstore.h"
#include "terminal/holdfastterminaldriver.h"
#include "terminalprocess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace holdfast;
using namespace holdfast::terminal;
using holdfast::test::TerminalProcess;
using Kind = PaymentOutcome::Kind;

namespace {

constexpr int waitMs = 20000;
const QStringList fast {u"--processing-time"_s, u"20ms"_s};

/// Catches an asynchronous answer and counts how often it came (it must come once).
template<typename T>
struct Answer
{
    int calls = 0;
    std::optional<Result<T>> result;

    TerminalDriver::Callback<T> callback()
    {
        return [this](const Result<T> &value) {
            ++calls;
            result = value;
        };
    }
    bool arrived() const { return calls > 0; }
    const T &value() const { return result->value(); }
    QString errorCode() const { return result && !result->ok() ? result->error().code : QString(); }
};

HoldfastTerminalDriver::Timeouts fastTimeouts()
{
    HoldfastTerminalDriver::Timeouts timeouts;
    timeouts.request = std::chrono::milliseconds(5000);
    timeouts.paymentGrace = std::chrono::milliseconds(3000);
    timeouts.recoveryWindow = std::chrono::milliseconds(15000);
    timeouts.recoveryInterval = std::chrono::milliseconds(100);
    return timeouts;
}

PaymentRequest paymentRequest(const QString &saleId, const QByteArray &publicKey, bool offline = false)
{
    PaymentRequest request;
    request.saleId = saleId;
    request.amount = Money::fromMinor(2599, u"CAD").value();
    request.localId = u"7d1c2b3a-0000-4e8e-9d7e-2f3a4c5d6e7f"_s;
    request.locationId = u"loc-1"_s;
    request.registerId = u"reg-1"_s;
    request.createdAt = 1767225600000;
    request.kid = u"2026-01-01"_s;
    request.publicKey = publicKey;
    request.offline = offline;
    request.allowedEntryMethods = {crypto::EntryMethod::Chip, crypto::EntryMethod::Contactless};
    request.timeoutMs = 30000;
    return request;
}

} // namespace

class TestTerminalDriver : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void pair_pinsCertificateAndKeepsSecretInKeyring();
    void pair_wrongCode_isRefusedAndSavesNothing();
    void pair_expiredCode_isRefused();
    void calls_anotherTerminalAtTheAddress_certificateChanged();
    void calls_terminalPairedWithAnotherRegister_unauthorized();
    void payment_cardRead_isSealedToTheKey();
    void payment_terminalKilledWhileWaiting_recoversOnceWithoutReadingACard();
    void payment_answerLostWhileProcessing_followsTheOneRead();
    void payment_terminalRestartedAfterReadingCard_recoversTheRead();
    void payment_cashierCancel_isCancelledAndNewSaleWorks();
    void payment_interac_offlineRefusedWithReason_onlineRead();
    void payment_busyOrInProgress_isRefused();
    void payment_badRequestOrNotPaired_isRefusedLocally();
    void recoverSale_terminalDown_givesUpAfterBoundedTries();

private:
    bool pair(TerminalProcess &terminal);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<KeychainSecretStore> m_secrets;
    std::unique_ptr<HoldfastTerminalDriver> m_driver;
    crypto::X25519KeyPair m_key = crypto::X25519KeyPair::generate().value();
};

void TestTerminalDriver::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_secrets = std::make_unique<KeychainSecretStore>(u"Holdfast POS test"_s);
    m_driver = std::make_unique<HoldfastTerminalDriver>(*m_secrets, m_dir->filePath(u"terminal.json"_s));
    QVERIFY(m_driver->load().ok());
    m_driver->setTimeouts(fastTimeouts());
}

void TestTerminalDriver::cleanup()
{
    m_driver.reset();
    m_secrets.reset();
    m_dir.reset();
}

bool TestTerminalDriver::pair(TerminalProcess &terminal)
{
    Answer<TerminalPairing> paired;
    m_driver->pair(terminal.url(), terminal.pairingCode(), paired.callback());
    if (!QTest::qWaitFor([&] { return paired.arrived(); }, waitMs) || !paired.result->ok()) {
        qWarning() << "pairing failed:" << paired.errorCode();
        return false;
    }
    // The test talks to the terminal too (state, control calls) as the paired register.
    terminal.setSecret(m_secrets->read(paired.value().secretKey()).value());
    return true;
}

void TestTerminalDriver::pair_pinsCertificateAndKeepsSecretInKeyring()
{
    TerminalProcess terminal;
    QVERIFY(terminal.start(fast));
    Answer<TerminalPairing> paired;
    m_driver->pair(terminal.url(), terminal.pairingCode(), paired.callback());
    QTRY_VERIFY_WITH_TIMEOUT(paired.arrived(), waitMs);
    QVERIFY2(paired.result->ok(), qPrintable(paired.errorCode()));
    QCOMPARE(paired.value().certSha256, terminal.certSha256());
    QCOMPARE(paired.value().model, u"Holdfast Simulator"_s);
    QCOMPARE(paired.value().url, terminal.url());

    // The secret is in the keyring, it is the terminal's, and the pairing file does not hold it.
    const auto secret = m_secrets->read(paired.value().secretKey());
    QVERIFY(secret.ok());
    QCOMPARE(terminal.request("GET", u"/v1/status"_s, QByteArray(), secret.value()).status, 200);
    QFile file(m_dir->filePath(u"terminal.json"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray record = file.readAll();
    QVERIFY(!record.contains(secret.value()));
    QVERIFY(record.contains(terminal.certSha256().toLatin1()));
    QCOMPARE(QFile::permissions(file.fileName()) & (QFileDevice::ReadOther | QFileDevice::ReadGroup), 0);

    // Another driver (the register restarted) loads the pairing and talks to the terminal.
    HoldfastTerminalDriver restarted(*m_secrets, m_dir->filePath(u"terminal.json"_s));
    QVERIFY(restarted.load().ok());
    QCOMPARE(restarted.pairing(), paired.value());
    Answer<TerminalStatus> status;
    restarted.status(status.callback());
    QTRY_VERIFY_WITH_TIMEOUT(status.arrived(), waitMs);
    QVERIFY2(status.result->ok(), qPrintable(status.errorCode()));
    QCOMPARE(status.value().terminalId, paired.value().terminalId);
    QCOMPARE(status.value().state, TerminalState::Idle);
}

void TestTerminalDriver::pair_wrongCode_isRefusedAndSavesNothing()
{
    TerminalProcess terminal;
    QVERIFY(terminal.start(fast));
    Answer<TerminalPairing> paired;
    m_driver->pair(terminal.url(), u"2222-2222"_s, paired.callback());
    QTRY_VERIFY_WITH_TIMEOUT(paired.arrived(), waitMs);
    QCOMPARE(paired.errorCode(), u"pairing_code_invalid"_s);
    QVERIFY(!paired.result->error().message.isEmpty());
    QVERIFY(!m_driver->pairing());
    QVERIFY(!QFile::exists(m_dir->filePath(u"terminal.json"_s)));
    Answer<TerminalStatus> status;
    m_driver->status(status.callback());
    QCOMPARE(status.errorCode(), u"terminal_not_paired"_s);
    QCOMPARE(paired.calls, 1);
}

void TestTerminalDriver::pair_expiredCode_isRefused()
{
    TerminalProcess terminal;
    QVERIFY(terminal.start({u"--pairing-ttl"_s, u"300ms"_s}));
    QVERIFY(terminal.waitForOutput("pairing code expired"));
    Answer<TerminalPairing> paired;
    m_driver->pair(terminal.url(), terminal.pairingCode(), paired.callback());
    QTRY_VERIFY_WITH_TIMEOUT(paired.arrived(), waitMs);
    QCOMPARE(paired.errorCode(), u"pairing_code_expired"_s);
    QVERIFY(paired.result->error().message.contains(u"expired"_s));
    QVERIFY(!m_driver->pairing());
}

void TestTerminalDriver::calls_anotherTerminalAtTheAddress_certificateChanged()
{
    TerminalProcess original;
    QVERIFY(original.start(fast));
    QVERIFY(pair(original));
    const QString firstSecretKey = m_driver->pairing()->secretKey();
    original.stop();
    TerminalProcess impostor; // another data folder: another certificate, same address
    QVERIFY(impostor.start(fast, original.port()));

    Answer<TerminalStatus> status;
    m_driver->status(status.callback());
    QTRY_VERIFY_WITH_TIMEOUT(status.arrived(), waitMs);
    QCOMPARE(status.errorCode(), u"terminal_certificate_changed"_s);
    QVERIFY(status.result->error().message.contains(u"certificate"_s));
    Answer<PaymentOutcome> payment;
    m_driver->startPayment(paymentRequest(u"s1"_s, m_key.publicKey()), payment.callback());
    QTRY_VERIFY_WITH_TIMEOUT(payment.arrived(), waitMs);
    QCOMPARE(payment.errorCode(), u"terminal_certificate_changed"_s);
    QCOMPARE(impostor.request("GET", u"/v1/sales/s1"_s, QByteArray(), impostor.pair()).body["state"_L1].toString(),
             u"UNKNOWN"_s);

    // Pairing over the pinned one is refused too, until the operator removes the old pairing.
    impostor.stop();
    QVERIFY(impostor.restart(QStringList {u"--repair"_s} + fast));
    Answer<TerminalPairing> repaired;
    m_driver->pair(impostor.url(), impostor.pairingCode(), repaired.callback());
    QTRY_VERIFY_WITH_TIMEOUT(repaired.arrived(), waitMs);
    QCOMPARE(repaired.errorCode(), u"terminal_certificate_changed"_s);
    QVERIFY(m_driver->forget().ok());
    QCOMPARE(m_secrets->read(firstSecretKey).error().code, u"secret_not_found"_s);
    QVERIFY(pair(impostor));
    QCOMPARE(m_driver->pairing()->certSha256, impostor.certSha256());
}

void TestTerminalDriver::calls_terminalPairedWithAnotherRegister_unauthorized()
{
    TerminalProcess terminal;
    QVERIFY(terminal.start(fast));
    QVERIFY(pair(terminal));
    terminal.stop();
    QVERIFY(terminal.restart(QStringList {u"--repair"_s} + fast));
    QVERIFY(!terminal.pair().isEmpty()); // another register takes the terminal over
    Answer<TerminalStatus> status;
    m_driver->status(status.callback());
    QTRY_VERIFY_WITH_TIMEOUT(status.arrived(), waitMs);
    QCOMPARE(status.errorCode(), u"terminal_unauthorized"_s);
}

void TestTerminalDriver::payment_cardRead_isSealedToTheKey()
{
    TerminalProcess terminal;
    QVERIFY(terminal.start(fast));
    QVERIFY(pair(terminal));
    const auto request = paymentRequest(u"s1"_s, m_key.publicKey());
    Answer<PaymentOutcome> payment;
    m_driver->startPayment(request, payment.callback());
    QTRY_COMPARE_WITH_TIMEOUT(terminal.state(), u"WAITING_FOR_CARD"_s, waitMs);
    QVERIFY(!payment.arrived());
    QCOMPARE(terminal.present(u"approve"_s).status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(payment.arrived(), waitMs);
    QVERIFY2(payment.result->ok(), qPrintable(payment.errorCode()));
    const PaymentOutcome &outcome = payment.value();
    QCOMPARE(outcome.kind, Kind::CardRead);
    QCOMPARE(outcome.saleId, u"s1"_s);
    QCOMPARE(outcome.last4, u"4242"_s);
    QCOMPARE(outcome.brand, u"VISA"_s);
    QCOMPARE(outcome.entryMethod, crypto::EntryMethod::Contactless);
    QVERIFY(!outcome.recovered);
    const auto card = crypto::cardseal::open(outcome.envelope, m_key, request.binding());
    QVERIFY(card.ok());
    QCOMPARE(card->last4(), u"4242"_s);
    QCOMPARE(payment.calls, 1);
}

void TestTerminalDriver::payment_terminalKilledWhileWaiting_recoversOnceWithoutReadingACard()
{
    TerminalProcess terminal;
    QVERIFY(terminal.start(fast));
    QVERIFY(pair(terminal));
    const auto request = paymentRequest(u"s1"_s, m_key.publicKey());
    Answer<PaymentOutcome> first;
    m_driver->startPayment(request, first.callback());
    QTRY_COMPARE_WITH_TIMEOUT(terminal.state(), u"WAITING_FOR_CARD"_s, waitMs);

    terminal.kill();
    QVERIFY(terminal.restart(fast));
    QTRY_VERIFY_WITH_TIMEOUT(first.arrived(), waitMs);
    QVERIFY2(first.result->ok(), qPrintable(first.errorCode()));
    QCOMPARE(first.value().kind, Kind::Unknown);
    QVERIFY(first.value().recovered);
    QVERIFY(!first.value().reason.isEmpty());
    // The driver only asked: nothing was started again behind the cashier's back.
    QCOMPARE(terminal.state(), u"IDLE"_s);
    QCOMPARE(terminal.request("GET", u"/v1/sales/s1"_s).body["state"_L1].toString(), u"UNKNOWN"_s);

    // The same saleId may be retried; it reads exactly one card, and asking again returns it.
    Answer<PaymentOutcome> retry;
    m_driver->startPayment(request, retry.callback());
    QTRY_COMPARE_WITH_TIMEOUT(terminal.state(), u"WAITING_FOR_CARD"_s, waitMs);
    QCOMPARE(terminal.present(u"approve"_s).status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(retry.arrived(), waitMs);
    QCOMPARE(retry.value().kind, Kind::CardRead);
    Answer<SaleRecord> sale;
    m_driver->recoverSale(u"s1"_s, sale.callback());
    QTRY_VERIFY_WITH_TIMEOUT(sale.arrived(), waitMs);
    QCOMPARE(sale.value().state, SaleState::Completed);
    QCOMPARE(sale.value().outcome->envelope, retry.value().envelope);
    QCOMPARE(first.calls, 1);
    QCOMPARE(retry.calls, 1);
}

void TestTerminalDriver::payment_answerLostWhileProcessing_followsTheOneRead()
{
    // The driver gives up on the held request before the terminal finishes reading the card
    // (a slow read, a dropped connection): it must follow that read, not start another.
    TerminalProcess terminal;
    QVERIFY(terminal.start({u"--processing-time"_s, u"3s"_s}));
    QVERIFY(pair(terminal));
    auto timeouts = fastTimeouts();
    timeouts.paymentGrace = std::chrono::milliseconds(200);
    m_driver->setTimeouts(timeouts);
    auto request = paymentRequest(u"s1"_s, m_key.publicKey());
    request.timeoutMs = 1000;
    Answer<PaymentOutcome> payment;
    m_driver->startPayment(request, payment.callback());
    QTRY_COMPARE_WITH_TIMEOUT(terminal.state(), u"WAITING_FOR_CARD"_s, waitMs);
    QNetworkReply *present = terminal.requestAsync("POST", u"/v1/simulator/present"_s, {{"card"_L1, u"approve"_s}});
    QTRY_COMPARE_WITH_TIMEOUT(terminal.state(), u"PROCESSING"_s, waitMs);

    QTRY_VERIFY_WITH_TIMEOUT(payment.arrived() && present->isFinished(), waitMs);
    QVERIFY2(payment.result->ok(), qPrintable(payment.errorCode()));
    QCOMPARE(payment.value().kind, Kind::CardRead);
    QVERIFY(payment.value().recovered);
    const auto presented = TerminalProcess::replyOf(present);
    QCOMPARE(payment.value().envelope.toJson(), presented.body["sale"_L1]["result"_L1]["envelope"_L1].toObject());
    QVERIFY(crypto::cardseal::open(payment.value().envelope, m_key, request.binding()).ok());
    QCOMPARE(payment.calls, 1);
}

void TestTerminalDriver::payment_terminalRestartedAfterReadingCard_recoversTheRead()
{
    // The terminal stores the sale before answering; --answer-delay widens the window between
    // the two, and the terminal is killed inside it: the answer never leaves.
    TerminalProcess terminal;
    QVERIFY(terminal.start(fast + QStringList {u"--answer-delay"_s, u"60s"_s}));
    QVERIFY(pair(terminal));
    const auto request = paymentRequest(u"s1"_s, m_key.publicKey());
    Answer<PaymentOutcome> payment;
    m_driver->startPayment(request, payment.callback());
    QTRY_COMPARE_WITH_TIMEOUT(terminal.state(), u"WAITING_FOR_CARD"_s, waitMs);
    const auto presented = terminal.present(u"approve"_s);
    QCOMPARE(presented.body["sale"_L1]["state"_L1].toString(), u"COMPLETED"_s);
    terminal.kill();
    QVERIFY(!payment.arrived());

    QVERIFY(terminal.restart(fast));
    QTRY_VERIFY_WITH_TIMEOUT(payment.arrived(), waitMs);
    QVERIFY2(payment.result->ok(), qPrintable(payment.errorCode()));
    QCOMPARE(payment.value().kind, Kind::CardRead);
    QVERIFY(payment.value().recovered);
    QCOMPARE(payment.value().envelope.toJson(), presented.body["sale"_L1]["result"_L1]["envelope"_L1].toObject());
    QCOMPARE(payment.value().last4, u"4242"_s);
    QVERIFY(crypto::cardseal::open(payment.value().envelope, m_key, request.binding()).ok());
    QCOMPARE(terminal.state(), u"IDLE"_s);
    QCOMPARE(payment.calls, 1);
}

void TestTerminalDriver::payment_cashierCancel_isCancelledAndNewSaleWorks()
{
    TerminalProcess terminal;
    QVERIFY(terminal.start(fast));
    QVERIFY(pair(terminal));
    const auto request = paymentRequest(u"s1"_s, m_key.publicKey());
    Answer<PaymentOutcome> payment;
    m_driver->startPayment(request, payment.callback());
    QTRY_COMPARE_WITH_TIMEOUT(terminal.state(), u"WAITING_FOR_CARD"_s, waitMs);
    Answer<SaleRecord> cancelled;
    m_driver->cancel(u"s1"_s, cancelled.callback());
    QTRY_VERIFY_WITH_TIMEOUT(cancelled.arrived() && payment.arrived(), waitMs);
    QCOMPARE(cancelled.value().state, SaleState::Completed);
    QCOMPARE(cancelled.value().outcome->kind, Kind::Cancelled);
    QCOMPARE(payment.value().kind, Kind::Cancelled);
    QVERIFY(!payment.value().recovered);

    Answer<PaymentOutcome> again;
    m_driver->startPayment(request, again.callback());
    QTRY_VERIFY_WITH_TIMEOUT(again.arrived(), waitMs);
    QCOMPARE(again.value().kind, Kind::Cancelled); // a cancelled sale stays cancelled
    Answer<PaymentOutcome> retry;
    m_driver->startPayment(paymentRequest(u"s2"_s, m_key.publicKey()), retry.callback());
    QTRY_COMPARE_WITH_TIMEOUT(terminal.state(), u"WAITING_FOR_CARD"_s, waitMs);
    terminal.present(u"approve"_s);
    QTRY_VERIFY_WITH_TIMEOUT(retry.arrived(), waitMs);
    QCOMPARE(retry.value().kind, Kind::CardRead);
    QCOMPARE(payment.calls, 1);
}

void TestTerminalDriver::payment_interac_offlineRefusedWithReason_onlineRead()
{
    TerminalProcess terminal;
    QVERIFY(terminal.start(fast + QStringList {u"--present"_s, u"interac,interac"_s}));
    QVERIFY(pair(terminal));
    Answer<PaymentOutcome> offline;
    m_driver->startPayment(paymentRequest(u"s1"_s, m_key.publicKey(), true), offline.callback());
    QTRY_VERIFY_WITH_TIMEOUT(offline.arrived(), waitMs);
    QCOMPARE(offline.value().kind, Kind::NotAllowedOffline);
    QCOMPARE(offline.value().reasonCode, u"interac_offline"_s);
    QVERIFY(offline.value().reason.contains(u"Interac"_s));
    QVERIFY(offline.value().envelope.ct.isEmpty());

    Answer<PaymentOutcome> online;
    m_driver->startPayment(paymentRequest(u"s2"_s, m_key.publicKey(), false), online.callback());
    QTRY_VERIFY_WITH_TIMEOUT(online.arrived(), waitMs);
    QCOMPARE(online.value().kind, Kind::CardRead);
    QCOMPARE(online.value().brand, u"INTERAC"_s);
}

void TestTerminalDriver::payment_busyOrInProgress_isRefused()
{
    TerminalProcess terminal;
    QVERIFY(terminal.start(fast));
    QVERIFY(pair(terminal));
    // Another register's sale holds the terminal.
    const QByteArray secret = m_secrets->read(m_driver->pairing()->secretKey()).value();
    QNetworkReply *other = terminal.requestAsync("POST", u"/v1/payment"_s,
                                                 paymentRequest(u"other"_s, m_key.publicKey()).toJson(), secret);
    QTRY_COMPARE_WITH_TIMEOUT(
        terminal.request("GET", u"/v1/status"_s, QByteArray(), secret).body["state"_L1].toString(),
        u"WAITING_FOR_CARD"_s, waitMs);
    Answer<PaymentOutcome> busy;
    m_driver->startPayment(paymentRequest(u"s1"_s, m_key.publicKey()), busy.callback());
    QTRY_VERIFY_WITH_TIMEOUT(busy.arrived(), waitMs);
    QCOMPARE(busy.errorCode(), u"terminal_busy"_s);
    other->abort();
    QCOMPARE(terminal.request("POST", u"/v1/abort"_s, QJsonObject {{"saleId"_L1, u"other"_s}}, secret).status, 200);

    Answer<PaymentOutcome> first;
    Answer<PaymentOutcome> second;
    m_driver->startPayment(paymentRequest(u"s2"_s, m_key.publicKey()), first.callback());
    m_driver->startPayment(paymentRequest(u"s3"_s, m_key.publicKey()), second.callback());
    QCOMPARE(second.errorCode(), u"terminal_payment_in_progress"_s);
    Answer<SaleRecord> cancelled;
    m_driver->cancel(u"s2"_s, cancelled.callback());
    QTRY_VERIFY_WITH_TIMEOUT(first.arrived(), waitMs);
    QCOMPARE(first.value().kind, Kind::Cancelled);
}

void TestTerminalDriver::payment_badRequestOrNotPaired_isRefusedLocally()
{
    Answer<PaymentOutcome> unpaired;
    m_driver->startPayment(paymentRequest(u"s1"_s, m_key.publicKey()), unpaired.callback());
    QCOMPARE(unpaired.errorCode(), u"terminal_not_paired"_s);

    TerminalProcess terminal;
    QVERIFY(terminal.start(fast));
    QVERIFY(pair(terminal));
    auto bad = paymentRequest(u"s/1"_s, m_key.publicKey());
    Answer<PaymentOutcome> refused;
    m_driver->startPayment(bad, refused.callback());
    QCOMPARE(refused.errorCode(), u"terminal_request_invalid"_s);
    QCOMPARE(terminal.state(), u"IDLE"_s);

    Answer<TerminalPairing> badUrl;
    m_driver->pair(QUrl(u"http://127.0.0.1:1"_s), u"2222-2222"_s, badUrl.callback());
    QCOMPARE(badUrl.errorCode(), u"terminal_url_invalid"_s);
}

void TestTerminalDriver::recoverSale_terminalDown_givesUpAfterBoundedTries()
{
    TerminalProcess terminal;
    QVERIFY(terminal.start(fast));
    QVERIFY(pair(terminal));
    terminal.stop();
    auto timeouts = fastTimeouts();
    timeouts.recoveryWindow = std::chrono::milliseconds(300);
    timeouts.recoveryInterval = std::chrono::milliseconds(50);
    m_driver->setTimeouts(timeouts);

    QElapsedTimer elapsed;
    elapsed.start();
    Answer<SaleRecord> sale;
    m_driver->recoverSale(u"s1"_s, sale.callback());
    QTRY_VERIFY_WITH_TIMEOUT(sale.arrived(), waitMs);
    QCOMPARE(sale.errorCode(), u"terminal_unreachable"_s);
    QVERIFY2(elapsed.elapsed() < 3000, "gives up once the recovery window is over");
    Answer<PaymentOutcome> payment;
    m_driver->startPayment(paymentRequest(u"s1"_s, m_key.publicKey()), payment.callback());
    QTRY_VERIFY_WITH_TIMEOUT(payment.arrived(), waitMs);
    QCOMPARE(payment.errorCode(), u"terminal_outcome_unknown"_s);
    QCOMPARE(sale.calls, 1);
    QCOMPARE(payment.calls, 1);
}

QTEST_GUILESS_MAIN(TestTerminalDriver)
#include "tst_terminaldriver.moc"
