#pragma once

#include "common/result.h"
#include "platform/secretstore.h"
#include "register/registercore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonValue>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

namespace holdfast::cli {

/// The translation context of holdfastctl's own words.
struct Ctl
{
    Q_DECLARE_TR_FUNCTIONS(holdfastctl)
};

/// holdfastctl's exit codes (DESIGN section 7a, plus 5 for "outcome pending").
enum ExitCode {
    Success = 0,
    Failure = 1,
    Usage = 2,
    Declined = 3,
    RefusedByPolicy = 4,
    OutcomePending = 5,
};

/// What every holdfastctl command gets: where the register's data is, how to print, and the
/// register itself (opened on first use).
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    CliContext(QString dataDir, bool json, SecretStore &secrets);

    QString dataDir() const { return m_dataDir; }
    bool json() const { return m_json; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    SecretStore &secrets() { return m_secrets; }

    /// The register of dataDir(); null (after printing why) when its vault cannot be opened.
    RegisterCore *registerCore();

    /// Prints the error to stderr (or as JSON on stdout with --json) and returns `code`.
    int fail(const Error &error, int code = Failure);
    void printJson(const QJsonValue &value);

    /// Runs an asynchronous operation to completion with a local event loop.
    template<typename T>
    static T wait(const std::function<void(std::function<void(T)>)> &start)
    {
        std::optional<T> result;
        QEventLoop loop;
        start([&](T value) {
            result.emplace(std::move(value));
            loop.quit();
        });
        if (!result) {
            loop.exec();
        }
        return std::move(*result);
    }

private:
    QString m_dataDir;
    bool m_json;
    SecretStore &m_secrets;
    QTextStream m_out;
    QTextStream m_err;
    std::unique_ptr<RegisterCore> m_core;
    bool m_openFailed = false;
};

} // namespace holdfast::cli
