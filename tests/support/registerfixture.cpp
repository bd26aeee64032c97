#include "registerfixture.h"

#include "payments/paymentqueries.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace holdfast::test {

namespace {

// Waits (bounded) for an asynchronous call to hand its result to `start`'s callback.
template<typename T>
std::optional<T> await(const std::function<void(std::function<void(T)>)> &start, int timeoutMs)
{
    std::optional<T> result;
    QEventLoop loop;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    start([&](T value) {
        result.emplace(std::move(value));
        loop.quit();
    });
    if (!result) {
        loop.exec();
    }
    return result;
}

} // namespace

RegisterFixture::RegisterFixture(const Clock &clock)
{
    auto core = RegisterCore::open(m_dir.path(), m_secrets, clock);
    if (!core) {
        qWarning("cannot open the register: %s", qPrintable(core.error().message));
        return;
    }
    m_core = std::move(core).value();
    m_core->uploader().setCallTimeout(3000);
    m_core->uploader().setPollDelay(20);
    m_core->uploader().setBackoff({20, 300, 100});
    m_core->charger().setOnlineTimeout(3000);
}

RegisterFixture::~RegisterFixture() = default;

Status RegisterFixture::pair(const QUrl &gateway, const QString &deviceCode, const QString &name)
{
    const auto outcome
        = await<Result<sync::PairingOutcome>>([&](auto done) { m_core->pair(gateway, deviceCode, name, done); }, 30000);
    if (!outcome) {
        return Error {u"timeout"_s, u"pairing did not finish"_s};
    }
    if (!*outcome) {
        return outcome->error();
    }
    if (outcome->value().refreshWarning) {
        return *outcome->value().refreshWarning;
    }
    return {};
}

ChargeOutcome RegisterFixture::charge(qint64 amountMinor, payments::ProcessingMode mode, const char *pan)
{
    ChargeRequest request;
    request.amount = Money::fromMinor(amountMinor, u"CAD").value();
    request.cashier = u"test"_s;
    request.mode = mode;
    KeyedCardReader reader(
        crypto::CardData::create(pan, "12/29", crypto::EntryMethod::Keyed, crypto::Cvm::None).value());
    const auto outcome
        = await<ChargeOutcome>([&](auto done) { m_core->charger().charge(request, reader, done); }, 30000);
    return outcome.value_or(ChargeOutcome {});
}

sync::PassReport RegisterFixture::syncOnce(int timeoutMs)
{
    const auto report = await<sync::PassReport>(
        [&](auto done) {
            QObject::connect(&m_core->uploader(), &sync::Uploader::passFinished, m_core.get(), done,
                             Qt::SingleShotConnection);
            m_core->uploader().uploadNow();
        },
        timeoutMs);
    return report.value_or(sync::PassReport {});
}

bool RegisterFixture::drain(int timeoutMs)
{
    m_core->uploader().setAutomatic(true);
    m_core->uploader().uploadNow();
    const auto outstanding = [this] {
        return count(payments::PaymentStatus::Queued) + count(payments::PaymentStatus::Uploaded);
    };
    const QDeadlineTimer deadline(timeoutMs);
    while (outstanding() != 0 && !deadline.hasExpired()) {
        QTest::qWait(20); // processes events: the uploader works meanwhile
    }
    m_core->uploader().setAutomatic(false);
    return outstanding() == 0;
}

int RegisterFixture::count(payments::PaymentStatus status)
{
    const auto credential = m_core->activeCredential();
    return payments::PaymentQueries(m_core->vault())
        .count({credential ? credential->locationId : QString(), status, 0, 0})
        .value_or(-1);
}

int RegisterFixture::sealedCount()
{
    QSqlQuery query(m_core->vault().database());
    return query.exec(u"SELECT COUNT(*) FROM payments WHERE envelope IS NOT NULL"_s) && query.next()
        ? query.value(0).toInt()
        : -1;
}

} // namespace holdfast::test
