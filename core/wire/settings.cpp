#include "settings.h"

#include "common/currency.h"
#include "payment.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace holdfast::wire {

namespace {

std::optional<qint64> integer(const QJsonValue &value)
{
    if (!value.isDouble() || value.toInteger(0) != value.toInteger(1)) {
        return std::nullopt;
    }
    return value.toInteger();
}

} // namespace

OfflineSettings OfflineSettings::defaults(const QString &locationId, const QString &locationName,
                                          const QString &currency)
{
    OfflineSettings settings;
    settings.locationId = locationId;
    settings.locationName = locationName;
    settings.currency = currency;
    const qint64 unit = Money::parse(u"1", currency).value().minor();
    settings.perPaymentLimit = Money::fromMinor(100 * unit, currency).value();
    settings.totalLimit = Money::fromMinor(2000 * unit, currency).value();
    settings.offlineEntryMethods = {crypto::EntryMethod::Chip, crypto::EntryMethod::Contactless,
                                    crypto::EntryMethod::Swipe, crypto::EntryMethod::Keyed};
    return settings;
}

QJsonObject OfflineSettings::toJson() const
{
    QJsonArray methods;
    for (const auto method : offlineEntryMethods) {
        methods.append(crypto::toWire(method));
    }
    return QJsonObject {{"locationId"_L1, locationId},
                        {"locationName"_L1, locationName},
                        {"currency"_L1, currency},
                        {"offlineAllowed"_L1, offlineAllowed},
                        {"perPaymentLimit"_L1, perPaymentLimit.toJson()},
                        {"totalLimit"_L1, totalLimit.toJson()},
                        {"maxCount"_L1, maxCount},
                        {"acceptWindowMs"_L1, acceptWindowMs},
                        {"uploadDeadlineMs"_L1, uploadDeadlineMs},
                        {"offlineEntryMethods"_L1, methods},
                        {"serverTime"_L1, serverTime}};
}

Result<OfflineSettings> OfflineSettings::fromJson(const QJsonValue &value)
{
    const Error malformed {u"settings_malformed"_s, tr("The offline settings from the gateway are malformed.")};
    const QJsonObject object = value.toObject();
    const auto maxCount = integer(object.value("maxCount"_L1));
    const auto window = integer(object.value("acceptWindowMs"_L1));
    const auto deadline = integer(object.value("uploadDeadlineMs"_L1));
    const auto serverTime = integer(object.value("serverTime"_L1));
    if (!value.isObject() || object.size() != 11 || !object.value("offlineAllowed"_L1).isBool() || !maxCount || !window
        || !deadline || !serverTime || !object.value("offlineEntryMethods"_L1).isArray()) {
        return malformed;
    }
    OfflineSettings settings;
    settings.locationId = object.value("locationId"_L1).toString();
    settings.locationName = object.value("locationName"_L1).toString();
    settings.currency = object.value("currency"_L1).toString();
    settings.offlineAllowed = object.value("offlineAllowed"_L1).toBool();
    auto perPayment = Money::fromJson(object.value("perPaymentLimit"_L1));
    auto total = Money::fromJson(object.value("totalLimit"_L1));
    if (!isValidIdentifier(settings.locationId) || !currency::isKnown(settings.currency) || !perPayment || !total
        || perPayment.value().currency() != settings.currency || total.value().currency() != settings.currency
        || perPayment.value().minor() <= 0 || total.value().minor() <= 0) {
        return malformed;
    }
    settings.perPaymentLimit = perPayment.value();
    settings.totalLimit = total.value();
    if (*maxCount <= 0 || *maxCount > 1'000'000 || *window <= 0 || *deadline <= 0 || *window > *deadline) {
        return malformed;
    }
    settings.maxCount = int(*maxCount);
    settings.acceptWindowMs = *window;
    settings.uploadDeadlineMs = *deadline;
    settings.serverTime = *serverTime;
    const QJsonArray methods = object.value("offlineEntryMethods"_L1).toArray();
    for (const QJsonValue &method : methods) {
        auto entry = crypto::entryMethodFromWire(method.toString());
        if (!entry) {
            return malformed;
        }
        settings.offlineEntryMethods.append(entry.value());
    }
    return settings;
}

} // namespace holdfast::wire
