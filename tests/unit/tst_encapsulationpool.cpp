#include "crypto/cardseal.h"
#include "crypto/encapsulationpool.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace holdfast::crypto;

class TestEncapsulationPool : public QObject
{
    Q_OBJECT

private slots:
    void fill_thenTake_handsEachOutOnce();
    void take_otherKey_isFreshAndFillDropsTheOld();
    void sealWithPrepared_opensWithTheRecipientKey();
};

void TestEncapsulationPool::fill_thenTake_handsEachOutOnce()
{
    const X25519KeyPair today = X25519KeyPair::generate().value();
    EncapsulationPool pool(3);
    QVERIFY(pool.fill(today.publicKey()).ok());
    QCOMPARE(pool.ready(), 3);
    QSet<QByteArray> encs;
    for (int i = 0; i < 3; ++i) {
        const auto encapsulation = pool.take(today.publicKey());
        QVERIFY(encapsulation.ok());
        encs.insert(encapsulation->enc);
    }
    QCOMPARE(encs.size(), 3); // never the same ephemeral key twice
    QCOMPARE(pool.ready(), 0);
    QVERIFY(pool.take(today.publicKey()).ok()); // empty: a fresh one on the spot
}

void TestEncapsulationPool::take_otherKey_isFreshAndFillDropsTheOld()
{
    const X25519KeyPair today = X25519KeyPair::generate().value();
    const X25519KeyPair tomorrow = X25519KeyPair::generate().value();
    EncapsulationPool pool(2);
    QVERIFY(pool.fill(today.publicKey()).ok());
    const auto other = pool.take(tomorrow.publicKey());
    QCOMPARE(other->recipientPublicKey, tomorrow.publicKey());
    QCOMPARE(pool.ready(), 2);
    QVERIFY(pool.fill(tomorrow.publicKey()).ok());
    QCOMPARE(pool.ready(), 2);
    QCOMPARE(pool.take(tomorrow.publicKey())->recipientPublicKey, tomorrow.publicKey());
}

void TestEncapsulationPool::sealWithPrepared_opensWithTheRecipientKey()
{
    const X25519KeyPair today = X25519KeyPair::generate().value();
    EncapsulationPool pool(1);
    QVERIFY(pool.fill(today.publicKey()).ok());
    const PaymentBinding binding {
        u"5f0c9a1e-2b3d-4c5e-8f70-112233445566"_s, u"loc"_s, u"reg"_s, 500, u"CAD"_s, 1, u"k1"_s};
    const CardData card = CardData::create("4242424242424242", "12/29", EntryMethod::Keyed, Cvm::None).value();
    const auto envelope = cardseal::seal(card, pool.take(today.publicKey()).value(), binding);
    QVERIFY(envelope.ok());
    const auto opened = cardseal::open(envelope.value(), today, binding);
    QVERIFY(opened.ok());
    QCOMPARE(opened->pan().toByteArray(), "4242424242424242");
    PaymentBinding altered = binding;
    altered.amountMinor = 501;
    QVERIFY(!cardseal::open(envelope.value(), today, altered).ok());
}

QTEST_GUILESS_MAIN(TestEncapsulationPool)
#include "tst_encapsulationpool.moc"
