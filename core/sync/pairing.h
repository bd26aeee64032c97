#pragma once

#include "common/result.h"
#include "credentials.h"
#include "payments/vault.h"
#include "platform/secretstore.h"
#include "trustedclock.h"

#include <QObject>
#include <QUrl>

#include <functional>
#include <optional>

namespace holdfast::sync {

class GatewayClient;

/// Device codes look like K7QF-2M9X: upper-case letters and digits in dash-separated groups.
/// Returns the code as the gateway expects it (upper-case, no spaces), or an error.
Result<QString> normaliseDeviceCode(const QString &typed);

/// What pairing did: the new pairing, and a warning if the keys or settings could not be
/// fetched yet (they are fetched again whenever the gateway is reachable).
struct PairingOutcome
{
    Credential credential;
    std::optional<Error> refreshWarning;
};

/// Pairs this register with a gateway location using a one-time device code: checks first that
/// the system keyring works (without one, pairing is refused before the code is used up), then
/// keeps the token in the keyring, pins the gateway's Ed25519 key, and fetches and verifies the
/// key schedule and offline settings. Earlier pairings are retired, never deleted: their
/// payments keep uploading with them.
void pair(payments::Vault &vault, SecretStore &secrets, TrustedClock &clock, const QUrl &gateway,
          const QString &deviceCode, const QString &registerName, QObject *context,
          std::function<void(Result<PairingOutcome>)> done);

/// Fetches and verifies the key schedule and offline settings of `credential` and caches them
/// in the vault; anchors the trusted clock to the gateway's time on the way.
void refreshPolicy(payments::Vault &vault, TrustedClock &clock, GatewayClient *client, const Credential &credential,
                   std::function<void(Status)> done);

} // namespace holdfast::sync
