#pragma once

#include "common/result.h"
#include "crypto/ed25519.h"
#include "ingest/processor.h"
#include "platform/clock.h"
#include "store/database.h"

#include <QCoreApplication>

#include <memory>

namespace holdfast::gateway {

class Authorizer;
class Ingest;
class KeyEncryptionKey;
class KeyManager;
class LocationStore;
class PaymentStore;
class RegisterStore;

/// Everything one gateway process works with, opened from `--data` (and `--database`): the
/// database, the key-encrypting key, the schedule signing key, the stores, the processor and
/// ingest. Every command, `serve` included, starts by opening one.
class Gateway
{
    Q_DECLARE_TR_FUNCTIONS(Gateway)

public:
    /// Opens the store at `location`, creating the data directory, the KEK, the signing key and
    /// the schema on first use. Refuses a KEK or signing key that differs from the one the
    /// database was started with (instances sharing a PostgreSQL database must share both).
    /// Without a processor the built-in sandbox is used.
    static Result<std::unique_ptr<Gateway>> open(const StoreLocation &location, const Clock &clock,
                                                 std::unique_ptr<Processor> processor = {});
    ~Gateway();
    Gateway(const Gateway &) = delete;
    Gateway &operator=(const Gateway &) = delete;

    const Clock &clock() const { return m_clock; }
    const Database &database() const { return *m_database; }
    const LocationStore &locations() const { return *m_locations; }
    const RegisterStore &registers() const { return *m_registers; }
    const PaymentStore &payments() const { return *m_payments; }
    const KeyManager &keys() const { return *m_keys; }
    Authorizer &authorizer() { return *m_authorizer; }
    Ingest &ingest() { return *m_ingest; }
    const crypto::Ed25519KeyPair &signingKey() const { return m_signingKey; }

    /// Destroys the private keys whose time has come (`keys destroy-expired`).
    Result<QStringList> destroyExpiredKeys() const;
    /// What `serve` runs on a timer: generate the coming days' keys, destroy expired ones.
    Status maintain() const;

private:
    Gateway(const Clock &clock, std::unique_ptr<Database> database, crypto::Ed25519KeyPair signingKey);
    static Status checkKeysMatchDatabase(const Database &database, const KeyEncryptionKey &kek,
                                         const crypto::Ed25519KeyPair &signingKey);

    const Clock &m_clock;
    std::unique_ptr<Database> m_database;
    crypto::Ed25519KeyPair m_signingKey;
    std::unique_ptr<LocationStore> m_locations;
    std::unique_ptr<RegisterStore> m_registers;
    std::unique_ptr<PaymentStore> m_payments;
    std::unique_ptr<KeyManager> m_keys;
    std::unique_ptr<Processor> m_processor;
    std::unique_ptr<Authorizer> m_authorizer;
    std::unique_ptr<Ingest> m_ingest;
};

} // namespace holdfast::gateway
