#include "enginefixture.h"

#include "sales/pinhash.h"

using namespace Qt::StringLiterals;

namespace holdfast::test {

namespace {

crypto::SecretBytes pin(const char *digits)
{
    return crypto::SecretBytes::copyOf(QByteArrayView(digits));
}

} // namespace

EngineFixture::EngineFixture(const Clock *clock) : m_clock(clock), m_host(std::make_unique<EngineHost>())
{
}

EngineFixture::~EngineFixture()
{
    m_host.reset(); // the engine goes before the processes it talks to
    m_terminal.reset();
    m_proxy.reset();
    m_gateway.reset();
}

EngineOptions EngineFixture::options(bool backgroundWork) const
{
    EngineOptions options;
    options.dataDir = dataDir();
    options.secretService = secretService();
    options.clock = m_clock;
    options.timings = EngineTimings::forTests();
    options.backgroundWork = backgroundWork;
    return options;
}

Result<StartupInfo> EngineFixture::open(bool backgroundWork)
{
    std::optional<Result<StartupInfo>> result;
    QObject context;
    QEventLoop loop;
    m_host->open(options(backgroundWork), &context, [&](Result<StartupInfo> info) {
        result.emplace(std::move(info));
        loop.quit();
    });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    if (!result) {
        return Error {u"timeout"_s, u"the engine did not open in time"_s};
    }
    return *result;
}

Result<sales::StaffMember> EngineFixture::createManager()
{
    auto created = run([](RegisterEngine &engine) {
        return engine.createFirstManager(u"Morgan"_s, pin(managerPin), u"Corner Café"_s, u"ca-qc"_s, u"CAD"_s);
    });
    return created.value_or(Result<sales::StaffMember>(Error {u"timeout"_s, u"no answer"_s}));
}

Result<sales::StaffMember> EngineFixture::addCashier(const sales::StaffMember &manager)
{
    auto added = run([manager](RegisterEngine &engine) {
        return engine.addStaff(manager, u"Casey"_s, sales::Role::Cashier, pin(cashierPin));
    });
    return added.value_or(Result<sales::StaffMember>(Error {u"timeout"_s, u"no answer"_s}));
}

bool EngineFixture::startGateway(QString *error)
{
    m_gateway = std::make_unique<GatewayProcess>();
    if (!m_gateway->start()) {
        if (error) {
            *error = QString::fromUtf8(m_gateway->process().output());
        }
        return false;
    }
    m_location = m_gateway->addLocation(u"Corner Café"_s, u"CAD"_s);
    m_proxy = std::make_unique<FaultProxy>();
    if (m_location.isEmpty() || !m_proxy->start(m_gateway->url())) {
        if (error) {
            *error = m_proxy->errorString() + QString::fromUtf8(m_proxy->output());
        }
        return false;
    }
    return true;
}

Status EngineFixture::pairGateway(const sales::StaffMember &manager)
{
    const QString code = m_gateway->createDeviceCode(m_location);
    const QUrl url = m_proxy->url();
    auto paired = runAsync<Status>([manager, url, code](RegisterEngine &engine, std::function<void(Status)> reply) {
        engine.pairGateway(manager, url, code, u"Till 1"_s, reply);
    });
    return paired.value_or(Status(Error {u"timeout"_s, u"pairing did not finish"_s}));
}

Status EngineFixture::startAndPairTerminal(const sales::StaffMember &manager, const QStringList &arguments)
{
    m_terminal = std::make_unique<TerminalProcess>();
    if (!m_terminal->start(arguments)) {
        return Error {u"terminal_start"_s, QString::fromUtf8(m_terminal->output())};
    }
    const QUrl url = m_terminal->url();
    const QString code = m_terminal->pairingCode();
    auto paired = runAsync<Status>([manager, url, code](RegisterEngine &engine, std::function<void(Status)> reply) {
        engine.pairTerminal(manager, url, code, reply);
    });
    if (!paired || !*paired) {
        return paired.value_or(Status(Error {u"timeout"_s, u"terminal pairing did not finish"_s}));
    }
    // The control calls (present a card) need the secret the register got.
    auto secretKey = run([](RegisterEngine &engine) { return engine.core().terminal().pairing()->secretKey(); });
    KeychainSecretStore secrets(secretService());
    auto secret = secrets.read(secretKey.value_or(QString()));
    if (!secret) {
        return secret.error();
    }
    m_terminal->setSecret(secret.value());
    return {};
}

} // namespace holdfast::test
