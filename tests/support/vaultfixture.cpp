#include "vaultfixture.h"

#include "crypto/cardseal.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace holdfast::test {

Result<sync::Credential> addTestCredential(payments::Vault &vault)
{
    sync::Credential credential;
    credential.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    credential.gatewayUrl = u"http://127.0.0.1:9"_s;
    credential.locationId = u"loc_test"_s;
    credential.registerId = u"reg_test"_s;
    credential.registerName = u"Till 1"_s;
    credential.signingKey = QByteArray(32, 's');
    credential.pairedAt = 1;
    if (auto added = sync::CredentialStore(vault).add(credential); !added) {
        return added.error();
    }
    return credential;
}

payments::PaymentRecord sealedPayment(const sync::Credential &credential, QByteArrayView dailyPublicKey,
                                      qint64 amountMinor, qint64 createdAtMs, const char *pan)
{
    payments::PaymentRecord record;
    record.localId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    record.locationId = credential.locationId;
    record.registerId = credential.registerId;
    record.credentialId = credential.id;
    record.orderId = u"order-"_s + record.localId.left(8);
    record.amount = Money::fromMinor(amountMinor, u"CAD").value();
    record.tip = Money::zero(u"CAD");
    record.createdAt = createdAtMs;
    record.entryMethod = crypto::EntryMethod::Chip;
    const auto card = crypto::CardData::create(pan, "12/29", crypto::EntryMethod::Chip, crypto::Cvm::Pin).value();
    record.brand = card.brand();
    record.last4 = card.last4();
    record.cashier = u"alex"_s;
    record.mode = wire::PaymentMode::Offline;
    record.kid = u"k1"_s;
    record.uploadDeadline = createdAtMs + 72LL * 3600 * 1000;
    const crypto::PaymentBinding binding {record.localId, record.locationId, record.registerId, amountMinor,
                                          u"CAD"_s,       createdAtMs,       record.kid};
    record.envelope = crypto::cardseal::seal(card, dailyPublicKey, binding).value();
    return record;
}

VaultFixture::VaultFixture() : m_dailyKey(crypto::X25519KeyPair::generate().value())
{
    auto vault = payments::Vault::open(m_dir.path());
    if (!vault) {
        qWarning("cannot open test vault: %s", qPrintable(vault.error().message));
        return;
    }
    m_vault = std::move(vault).value();
    auto credential = addTestCredential(*m_vault);
    if (!credential) {
        m_vault.reset();
        return;
    }
    m_credential = credential.value();
}

payments::PaymentRecord VaultFixture::makePayment(qint64 amountMinor, qint64 createdAtMs, const char *pan) const
{
    return sealedPayment(m_credential, m_dailyKey.publicKey(), amountMinor, createdAtMs, pan);
}

bool VaultFixture::reopen()
{
    m_vault.reset();
    auto vault = payments::Vault::open(m_dir.path());
    if (!vault) {
        return false;
    }
    m_vault = std::move(vault).value();
    return true;
}

} // namespace holdfast::test
