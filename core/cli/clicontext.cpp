#include "clicontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace holdfast::cli {

CliContext::CliContext(QString dataDir, bool json, SecretStore &secrets)
    : m_dataDir(std::move(dataDir)), m_json(json), m_secrets(secrets), m_out(stdout), m_err(stderr)
{
}

RegisterCore *CliContext::registerCore()
{
    if (!m_core && !m_openFailed) {
        auto core = RegisterCore::open(m_dataDir, m_secrets);
        if (!core) {
            m_openFailed = true;
            fail(core.error());
            return nullptr;
        }
        m_core = std::move(core).value();
    }
    return m_core.get();
}

int CliContext::fail(const Error &error, int code)
{
    if (m_json) {
        printJson(QJsonObject {{"error"_L1, QJsonObject {{"code"_L1, error.code}, {"detail"_L1, error.message}}}});
    } else {
        m_err << tr("holdfastctl: %1").arg(error.message) << Qt::endl;
    }
    return code;
}

void CliContext::printJson(const QJsonValue &value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    m_out.flush();
}

} // namespace holdfast::cli
