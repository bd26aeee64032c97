#include "commandline.h"
#include "commands.h"
#include "common/base64url.h"
#include "gateway.h"
#include "ingest/sandboxprocessor.h"
#include "keys/keymanager.h"
#include "platform/clock.h"
#include "store/locationstore.h"
#include "store/paymentstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace holdfast::gateway::cli {

namespace {

QJsonObject paymentJson(const PaymentRecord &record, int charges)
{
    // Never card data: the sealed envelope is not listed, only what a receipt shows.
    QJsonObject object {{"localId"_L1, record.localId},
                        {"locationId"_L1, record.locationId},
                        {"registerId"_L1, record.registerId},
                        {"uploadedBy"_L1, record.uploadedBy},
                        {"status"_L1, wire::toWire(record.status)},
                        {"receivedAt"_L1, record.receivedAt},
                        {"charges"_L1, charges}};
    if (record.isTombstone()) {
        object.insert("tombstone"_L1, true);
    } else {
        object.insert("amount"_L1, record.amount.toJson());
        object.insert("createdAt"_L1, record.createdAt);
        object.insert("brand"_L1, record.brand);
        object.insert("last4"_L1, record.last4);
        object.insert("mode"_L1, wire::toWire(record.mode));
    }
    if (!record.paymentId.isEmpty()) {
        object.insert("paymentId"_L1, record.paymentId);
    }
    if (record.error) {
        object.insert("error"_L1, QJsonObject {{"code"_L1, record.error->code}, {"detail"_L1, record.error->message}});
    }
    if (record.processedAt) {
        object.insert("processedAt"_L1, *record.processedAt);
    }
    return object;
}

QString keyState(const SealingKeyInfo &key, qint64 now)
{
    if (key.destroyedAt) {
        return u"destroyed"_s;
    }
    if (key.retiredAt) {
        return u"replaced"_s;
    }
    if (key.notAfter <= now) {
        return u"expired"_s;
    }
    return key.notBefore <= now ? u"current"_s : u"upcoming"_s;
}

} // namespace

int paymentsList(const QStringList &arguments)
{
    Command command(u"payments list [--location ID] [--status S] [--json]"_s,
                    Command::tr("Lists payments, newest first, without any card data. 'charges' counts the "
                                "charges the sandbox processor recorded for each."));
    command.addValueOption(u"location"_s, Command::tr("Only this location's payments."), u"ID"_s);
    command.addValueOption(u"status"_s,
                           Command::tr("Only payments in this status: UPLOADED, PROCESSED, FAILED_TO_PROCESS, "
                                       "VOIDED or REFUNDED."),
                           u"S"_s);
    command.addFlag(u"json"_s, Command::tr("Print a JSON array."));
    if (auto done = command.parse(arguments, 0)) {
        return *done;
    }
    std::optional<wire::ResultStatus> status;
    if (command.isSet(u"status"_s)) {
        auto parsed = wire::resultStatusFromWire(command.value(u"status"_s));
        if (!parsed) {
            return usageError(Command::tr("--status must be UPLOADED, PROCESSED, FAILED_TO_PROCESS, VOIDED or "
                                          "REFUNDED."));
        }
        status = parsed.value();
    }
    SystemClock clock;
    auto gateway = command.openGateway(clock);
    if (!gateway) {
        return fail(gateway.error());
    }
    auto payments = gateway.value()->payments().list(command.value(u"location"_s), status);
    auto charges = SandboxProcessor::chargeCounts(gateway.value()->database());
    if (!payments || !charges) {
        return fail(!payments ? payments.error() : charges.error());
    }
    if (command.isSet(u"json"_s)) {
        QJsonArray array;
        for (const PaymentRecord &record : payments.value()) {
            array.append(paymentJson(record, charges->value(record.localId)));
        }
        printOut(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)).trimmed());
        return Success;
    }
    for (const PaymentRecord &record : payments.value()) {
        const QString amount = record.isTombstone() ? Command::tr("(tombstone)")
                                                    : record.amount.toPlainString() + u' ' + record.amount.currency();
        const QString outcome = record.error ? record.error->code : record.paymentId;
        printOut(u"%1  %2  %3  %4  %5  %6"_s.arg(formatTime(record.receivedAt), record.localId,
                                                 wire::toWire(record.status).leftJustified(17), amount,
                                                 record.registerId, outcome));
    }
    return Success;
}

int keysList(const QStringList &arguments)
{
    Command command(u"keys list [--json]"_s,
                    Command::tr("Lists the daily sealing keys (never their private halves): current, upcoming, "
                                "expired, replaced and destroyed, with when each will be destroyed."));
    command.addFlag(u"json"_s, Command::tr("Print a JSON array."));
    if (auto done = command.parse(arguments, 0)) {
        return *done;
    }
    SystemClock clock;
    auto gateway = command.openGateway(clock);
    if (!gateway) {
        return fail(gateway.error());
    }
    auto keys = gateway.value()->keys().list();
    auto longest = gateway.value()->locations().longestUploadDeadlineMs();
    if (!keys || !longest) {
        return fail(!keys ? keys.error() : longest.error());
    }
    const qint64 now = clock.wallMs();
    QJsonArray array;
    for (const SealingKeyInfo &key : keys.value()) {
        const qint64 destroyAfter = KeyManager::destroyAfter(key.notAfter, longest.value());
        if (command.isSet(u"json"_s)) {
            QJsonObject object {{"kid"_L1, key.kid},
                                {"pub"_L1, base64url::encodeToString(key.publicKey)},
                                {"notBefore"_L1, key.notBefore},
                                {"notAfter"_L1, key.notAfter},
                                {"createdAt"_L1, key.createdAt},
                                {"state"_L1, keyState(key, now)},
                                {"destroyAfter"_L1, destroyAfter}};
            if (key.retiredAt) {
                object.insert("replacedAt"_L1, *key.retiredAt);
            }
            if (key.destroyedAt) {
                object.insert("destroyedAt"_L1, *key.destroyedAt);
            }
            array.append(object);
        } else {
            const QString destroyed = key.destroyedAt ? Command::tr("destroyed %1").arg(formatTime(*key.destroyedAt))
                                                      : Command::tr("destroy after %1").arg(formatTime(destroyAfter));
            printOut(u"%1  %2  %3"_s.arg(key.kid.leftJustified(18), keyState(key, now).leftJustified(9), destroyed));
        }
    }
    if (command.isSet(u"json"_s)) {
        printOut(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)).trimmed());
    }
    return Success;
}

int keysRotate(const QStringList &arguments)
{
    Command command(u"keys rotate"_s,
                    Command::tr("Replaces the keys of every day after today with fresh ones (today's stays: "
                                "registers seal with it now). Registers fetch the new schedule on their next "
                                "sync; replaced keys still open what was sealed to them until destroyed."));
    if (auto done = command.parse(arguments, 0)) {
        return *done;
    }
    SystemClock clock;
    auto gateway = command.openGateway(clock);
    if (!gateway) {
        return fail(gateway.error());
    }
    auto replaced = gateway.value()->keys().rotate();
    if (!replaced) {
        return fail(replaced.error());
    }
    printOut(Command::tr("Replaced %n future key(s).", nullptr, replaced.value()));
    return Success;
}

int keysDestroyExpired(const QStringList &arguments)
{
    Command command(u"keys destroy-expired"_s,
                    Command::tr("Destroys the private halves of keys whose last day, plus the longest upload "
                                "deadline of any location, plus a day of grace, has passed, and prints their "
                                "kids. 'serve' does the same every minute."));
    if (auto done = command.parse(arguments, 0)) {
        return *done;
    }
    SystemClock clock;
    auto gateway = command.openGateway(clock);
    if (!gateway) {
        return fail(gateway.error());
    }
    auto destroyed = gateway.value()->destroyExpiredKeys();
    if (!destroyed) {
        return fail(destroyed.error());
    }
    for (const QString &kid : destroyed.value()) {
        printOut(kid);
    }
    return Success;
}

} // namespace holdfast::gateway::cli
