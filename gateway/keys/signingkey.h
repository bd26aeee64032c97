#pragma once

#include "common/result.h"
#include "crypto/ed25519.h"
#include "kek.h"

#include <QString>

/// The gateway's Ed25519 key that signs key schedules; registers pin its public half when they
/// pair. It lives in the data directory as `signing-key`: {"version":1,"publicKey":…,"sealed":…},
/// the private half sealed under the key-encrypting key, the public half readable for operators.
namespace holdfast::gateway::signingkey {

inline constexpr const char *fileName = "signing-key";

/// Reads the signing key of `dataDir`, creating it on first use.
Result<crypto::Ed25519KeyPair> loadOrCreate(const QString &dataDir, const KeyEncryptionKey &kek);

} // namespace holdfast::gateway::signingkey
