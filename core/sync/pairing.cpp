#include "pairing.h"

#include "crypto/keyschedule.h"
#include "gatewayclient.h"
#include "payments/policycache.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QUuid>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcRegisterPairing, "holdfast.core.pairing")

namespace holdfast::sync {

Result<QString> normaliseDeviceCode(const QString &typed)
{
    static const QRegularExpression shape(u"^[A-Z0-9]{2,8}(-[A-Z0-9]{2,8}){1,4}$"_s);
    const QString code = typed.trimmed().toUpper().remove(u' ');
    if (!shape.match(code).hasMatch()) {
        return Error {u"device_code_malformed"_s,
                      QCoreApplication::translate("pairing",
                                                  "A device code looks like K7QF-2M9X: letters and digits "
                                                  "in groups separated by dashes.")};
    }
    return code;
}

namespace {

// Pairing uses up the device code; find out first whether the token could be kept at all.
Status checkKeyring(SecretStore &secrets)
{
    const QString probe = u"pairing-probe/"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (auto written = secrets.write(probe, "probe"); !written) {
        return written;
    }
    return secrets.remove(probe);
}

} // namespace

void refreshPolicy(payments::Vault &vault, TrustedClock &clock, GatewayClient *client, const Credential &credential,
                   std::function<void(Status)> done)
{
    client->health([&vault, &clock, client, credential, done = std::move(done)](Result<Health> health) {
        if (!health) {
            return done(health.error());
        }
        // Half the round trip is the best guess of when the gateway read its clock.
        if (auto anchored = clock.anchor(health->serverTime + health->latencyMs / 2); !anchored) {
            return done(anchored);
        }
        client->keys([&vault, &clock, client, credential, done](Result<QString> jws) {
            if (!jws) {
                return done(jws.error());
            }
            const qint64 now = clock.now();
            auto schedule = crypto::KeySchedule::verify(jws.value(), credential.signingKey, now);
            if (!schedule) {
                qCWarning(lcRegisterPairing) << "refused the gateway's key schedule:" << schedule.error().code;
                return done(schedule.error());
            }
            client->settings([&vault, credential, jws = jws.value(), now,
                              done](Result<wire::OfflineSettings> settings) {
                if (!settings) {
                    return done(settings.error());
                }
                if (settings->locationId != credential.locationId) {
                    return done(Error {
                        u"settings_wrong_location"_s,
                        QCoreApplication::translate("pairing", "The gateway sent the settings of another location.")});
                }
                payments::PolicyCache cache(vault);
                if (auto stored = cache.storeSchedule(credential.id, jws, now); !stored) {
                    return done(stored);
                }
                done(cache.storeSettings(settings.value(), now));
            });
        });
    });
}

void pair(payments::Vault &vault, SecretStore &secrets, TrustedClock &clock, const QUrl &gateway,
          const QString &deviceCode, const QString &registerName, QObject *context,
          std::function<void(Result<PairingOutcome>)> done)
{
    auto code = normaliseDeviceCode(deviceCode);
    if (!code) {
        return done(code.error());
    }
    if (!gateway.isValid() || (gateway.scheme() != u"https"_s && gateway.scheme() != u"http"_s)) {
        return done(Error {u"gateway_url_invalid"_s,
                           QCoreApplication::translate("pairing", "The gateway address must start with https://.")});
    }
    if (auto keyring = checkKeyring(secrets); !keyring) {
        return done(keyring.error());
    }
    auto *client = new GatewayClient(gateway, context);
    client->pair(code.value(), registerName,
                 [&vault, &secrets, &clock, client, gateway, registerName,
                  done = std::move(done)](Result<PairingAnswer> answer) {
                     if (!answer) {
                         client->deleteLater();
                         return done(answer.error());
                     }
                     Credential credential;
                     credential.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
                     credential.gatewayUrl = gateway.toString();
                     credential.locationId = answer->locationId;
                     credential.registerId = answer->registerId;
                     credential.registerName = registerName;
                     credential.signingKey = answer->signingKey;
                     credential.pairedAt = answer->serverTime;
                     if (auto kept = secrets.write(credential.tokenKey(), answer->token); !kept) {
                         client->deleteLater();
                         return done(kept.error());
                     }
                     if (auto added = CredentialStore(vault).add(credential); !added) {
                         if (auto removed = secrets.remove(credential.tokenKey()); !removed) {
                             qCWarning(lcRegisterPairing)
                                 << "an unused token stays in the keyring:" << removed.error().message;
                         }
                         client->deleteLater();
                         return done(added.error());
                     }
                     qCInfo(lcRegisterPairing)
                         << "paired as register" << credential.registerId << "of location" << credential.locationId;
                     client->setToken(answer->token);
                     refreshPolicy(vault, clock, client, credential, [client, credential, done](Status refreshed) {
                         client->deleteLater();
                         done(PairingOutcome {credential, refreshed ? std::nullopt : std::optional(refreshed.error())});
                     });
                 });
}

} // namespace holdfast::sync
