#include "terminalpairing.h"

#include "wire/payment.h"
#include "wire/terminalprotocol.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace holdfast::terminal {

bool isValidTerminalUrl(const QUrl &url)
{
    return url.isValid() && url.scheme() == "https"_L1 && !url.host().isEmpty() && url.port() > 0
        && (url.path().isEmpty() || url.path() == "/"_L1) && !url.hasQuery() && !url.hasFragment()
        && url.userInfo().isEmpty();
}

Result<std::optional<TerminalPairing>> TerminalPairing::load(const QString &path)
{
    QFile file(path);
    if (!file.exists()) {
        return std::optional<TerminalPairing>();
    }
    const Error damaged {u"terminal_pairing_unreadable"_s,
                         tr("The terminal pairing file %1 cannot be read. Pair the terminal again.").arg(path)};
    if (!file.open(QIODevice::ReadOnly) || file.size() > 64 * 1024) {
        return damaged;
    }
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    TerminalPairing pairing;
    pairing.url = QUrl(object.value("url"_L1).toString(), QUrl::StrictMode);
    pairing.terminalId = object.value("terminalId"_L1).toString();
    pairing.certSha256 = object.value("certSha256"_L1).toString();
    pairing.model = object.value("model"_L1).toString();
    pairing.pairedAt = object.value("pairedAt"_L1).toInteger();
    if (!isValidTerminalUrl(pairing.url) || !wire::isValidIdentifier(pairing.terminalId)
        || !wire::terminal::isValidCertSha256(pairing.certSha256)) {
        return damaged;
    }
    return std::optional<TerminalPairing>(pairing);
}

Status TerminalPairing::save(const QString &path) const
{
    const QJsonObject object {{"url"_L1, url.toString()},
                              {"terminalId"_L1, terminalId},
                              {"certSha256"_L1, certSha256},
                              {"model"_L1, model},
                              {"pairedAt"_L1, pairedAt}};
    const QByteArray json = QJsonDocument(object).toJson();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(json) != json.size() || !file.commit()) {
        return Error {u"terminal_pairing_unwritable"_s,
                      tr("The terminal pairing cannot be saved to %1: %2").arg(path, file.errorString())};
    }
    return {};
}

Status TerminalPairing::remove(const QString &path)
{
    if (QFile::exists(path) && !QFile::remove(path)) {
        return Error {u"terminal_pairing_unwritable"_s,
                      tr("The terminal pairing file %1 cannot be removed.").arg(path)};
    }
    return {};
}

} // namespace holdfast::terminal
