#pragma once

#include "faultproxy.h"
#include "gatewayprocess.h"
#include "register/enginehost.h"
#include "terminalprocess.h"

#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>
#include <optional>

namespace holdfast::test {

/// A register engine (EngineHost, its own thread) on a temporary data folder with test timings,
/// and the real processes around it: a gateway (behind the fault proxy, so a test can cut the
/// link), a terminal simulator, and the staff a sale needs. Run the suite with KEYRING.
class EngineFixture
{
public:
    static constexpr auto managerPin = "2468";
    static constexpr auto cashierPin = "1357";

    /// `clock` (optional) must outlive the fixture and be safe to read from another thread.
    explicit EngineFixture(const Clock *clock = nullptr);
    ~EngineFixture();

    /// Opens the engine; the startup information, or why it failed.
    Result<StartupInfo> open(bool backgroundWork = true);
    EngineHost &host() { return *m_host; }
    QString dataDir() const { return m_dataDir.isEmpty() ? m_dir.path() : m_dataDir; }
    /// Opens the engine on another fixture's (or a killed program's) data folder instead of its own.
    void setDataDir(const QString &dataDir) { m_dataDir = dataDir; }
    QString secretService() const { return QStringLiteral("Holdfast POS test"); }
    EngineOptions options(bool backgroundWork = true) const;

    /// Runs `work(engine)` in the engine thread and waits (bounded) for its result.
    template<typename Work>
    auto run(Work work, int timeoutMs = 30000) -> std::optional<std::invoke_result_t<Work &, RegisterEngine &>>
    {
        using T = std::invoke_result_t<Work &, RegisterEngine &>;
        std::optional<T> result;
        QObject context; // gone when this returns: a late answer is dropped, not written to `result`
        QEventLoop loop;
        m_host->call(&context, std::move(work), [&](const T &value) {
            result.emplace(value);
            loop.quit();
        });
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
        return result;
    }

    /// Runs asynchronous work (`work(engine, reply)`) and waits (bounded) for its reply.
    template<typename T, typename Work>
    std::optional<T> runAsync(Work work, int timeoutMs = 30000)
    {
        std::optional<T> result;
        QObject context;
        QEventLoop loop;
        m_host->callAsync<T>(&context, std::move(work), [&](const T &value) {
            result.emplace(value);
            loop.quit();
        });
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
        return result;
    }

    /// The first manager ("Morgan", managerPin) with the Québec tax preset, in CAD.
    Result<sales::StaffMember> createManager();
    /// A cashier ("Casey", cashierPin) added by `manager`.
    Result<sales::StaffMember> addCashier(const sales::StaffMember &manager);

    /// Starts a gateway with a location, and the fault proxy in front of it.
    bool startGateway(QString *error = nullptr);
    /// Pairs the register through the proxy.
    Status pairGateway(const sales::StaffMember &manager);
    /// Starts a terminal simulator (with `arguments`, e.g. --present) and pairs the register with it.
    Status startAndPairTerminal(const sales::StaffMember &manager, const QStringList &arguments = {});

    GatewayProcess &gateway() { return *m_gateway; }
    FaultProxy &proxy() { return *m_proxy; }
    TerminalProcess &terminal() { return *m_terminal; }
    QString locationId() const { return m_location; }

private:
    QTemporaryDir m_dir;
    QString m_dataDir;
    const Clock *m_clock;
    std::unique_ptr<EngineHost> m_host;
    std::unique_ptr<GatewayProcess> m_gateway;
    std::unique_ptr<FaultProxy> m_proxy;
    std::unique_ptr<TerminalProcess> m_terminal;
    QString m_location;
};

} // namespace holdfast::test
