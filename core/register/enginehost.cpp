#include "enginehost.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcEngineHost, "holdfast.core.enginehost")

namespace holdfast {

namespace {

constexpr int closeWaitMs = 15000;

} // namespace

EngineHost::EngineHost(QObject *parent) : QObject(parent)
{
    m_thread.setObjectName(u"engine"_s);
    m_anchor = new QObject;
    m_anchor->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_anchor, &QObject::deleteLater);
    m_thread.start();
}

EngineHost::~EngineHost()
{
    close();
}

void EngineHost::close()
{
    if (!m_thread.isRunning()) {
        return;
    }
    // The engine goes in its own thread, then the thread ends; nothing else is waited for.
    QMetaObject::invokeMethod(
        m_anchor,
        [this] {
            m_engine.reset();
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    if (!m_thread.wait(closeWaitMs)) {
        qCCritical(lcEngineHost) << "the engine thread did not stop in time";
        m_thread.terminate();
        m_thread.wait();
    }
    m_open = false;
}

void EngineHost::open(const EngineOptions &options, QObject *context, std::function<void(Result<StartupInfo>)> done)
{
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
        m_anchor,
        [this, options, guard, done = std::move(done)] {
            auto engine = RegisterEngine::open(options);
            if (!engine) {
                auto failed = std::make_shared<Result<StartupInfo>>(engine.error());
                return deliver([guard, done, failed] {
                    if (guard) {
                        done(*failed);
                    }
                });
            }
            m_engine = std::move(engine).value();
            connect(m_engine.get(), &RegisterEngine::statusChanged, m_anchor,
                    [this](const RegisterStatus &status) { deliver([this, status] { emit statusChanged(status); }); });
            connect(m_engine.get(), &RegisterEngine::orderChanged, m_anchor,
                    [this](const sales::Order &order) { deliver([this, order] { emit orderChanged(order); }); });
            auto info = std::make_shared<Result<StartupInfo>>(m_engine->startup());
            deliver([this, guard, done, info] {
                m_open = info->ok();
                if (guard) {
                    done(*info);
                }
            });
        },
        Qt::QueuedConnection);
}

void EngineHost::post(std::function<void(RegisterEngine &)> work)
{
    QMetaObject::invokeMethod(
        m_anchor,
        [this, work = std::move(work)] {
            if (m_engine) {
                work(*m_engine);
            } else {
                qCWarning(lcEngineHost) << "work for a closed engine was dropped";
            }
        },
        Qt::QueuedConnection);
}

void EngineHost::requestStatus()
{
    post([](RegisterEngine &engine) { engine.requestStatus(); });
}

void EngineHost::deliver(std::function<void()> function)
{
    QMetaObject::invokeMethod(this, std::move(function), Qt::QueuedConnection);
}

} // namespace holdfast
