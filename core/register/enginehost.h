#pragma once

#include "registerengine.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>
#include <type_traits>

namespace holdfast {

/// Runs a RegisterEngine in its own thread, the engine thread, and lets the UI thread talk to it
/// without ever waiting on SQLite or the network. Work is queued to the engine thread as a
/// function of the engine; its result comes back as a queued call on the host's thread and is
/// handed to `done` if the `context` object that asked still exists. The engine is created, used
/// and destroyed in its thread (Qt Sql connections belong to the thread that opened them).
class EngineHost : public QObject
{
    Q_OBJECT

public:
    explicit EngineHost(QObject *parent = nullptr);
    /// Closes the engine in its thread and waits (bounded) for the thread to end.
    ~EngineHost() override;

    /// Opens the engine in its thread; `done` runs in this thread with what the screens need.
    void open(const EngineOptions &options, QObject *context, std::function<void(Result<StartupInfo>)> done);
    bool isOpen() const { return m_open; }
    /// Closes the engine now (the destructor does it too); bounded wait for the thread.
    void close();

    /// Runs `work(engine)` in the engine thread; its result goes to `done(result)` in this thread,
    /// unless `context` was destroyed meanwhile.
    template<typename Work, typename Done>
    void call(QObject *context, Work work, Done done)
    {
        using T = std::invoke_result_t<Work &, RegisterEngine &>;
        QPointer<QObject> guard(context);
        post([this, guard, work = std::move(work), done = std::move(done)](RegisterEngine &engine) mutable {
            auto result = std::make_shared<T>(work(engine));
            deliver([guard, done, result] {
                if (guard) {
                    done(*result);
                }
            });
        });
    }

    /// Like call() for work that answers later: `work(engine, reply)` calls `reply(value)` once.
    template<typename T, typename Work>
    void callAsync(QObject *context, Work work, std::function<void(T)> done)
    {
        QPointer<QObject> guard(context);
        post([this, guard, work = std::move(work), done = std::move(done)](RegisterEngine &engine) mutable {
            work(engine, std::function<void(T)>([this, guard, done](T value) {
                     auto result = std::make_shared<T>(std::move(value));
                     deliver([guard, done, result] {
                         if (guard) {
                             done(*result);
                         }
                     });
                 }));
        });
    }

    /// Runs `work(engine)` in the engine thread; nothing comes back.
    void post(std::function<void(RegisterEngine &)> work);
    /// Asks the engine for a fresh status (statusChanged follows).
    void requestStatus();

signals:
    /// The engine's latest RegisterStatus, in this thread.
    void statusChanged(const holdfast::RegisterStatus &status);
    /// An order changed after its sale (a card processed, declined or voided later).
    void orderChanged(const holdfast::sales::Order &order);

private:
    /// Runs `function` in this object's thread (from any thread).
    void deliver(std::function<void()> function);

    QThread m_thread;
    QObject *m_anchor = nullptr; ///< lives in the engine thread; queued work runs in its context
    std::unique_ptr<RegisterEngine> m_engine; ///< touched only in the engine thread
    bool m_open = false; ///< touched only in this thread
};

} // namespace holdfast
