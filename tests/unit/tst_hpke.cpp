#include "crypto/hpke.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace holdfast::crypto;

namespace {

// RFC 9180 appendix A.1.1: DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-128-GCM, base mode.
const QByteArray info = QByteArray::fromHex("4f6465206f6e2061204772656369616e2055726e");
const QByteArray ikmE = QByteArray::fromHex("7268600d403fce431561aef583ee1613527cff655c1343f29812e66706df3234");
const QByteArray pkEm = QByteArray::fromHex("37fda3567bdbd628e88668c3c8d7e97d1d1253b6d4ea6d44c150f741f1bf4431");
const QByteArray skEm = QByteArray::fromHex("52c4a758a802cd8b936eceea314432798d5baf2d7e9235dc084ab1b9cfa2f736");
const QByteArray ikmR = QByteArray::fromHex("6db9df30aa07dd42ee5e8181afdb977e538f5e1fec8a06223f33f7013e525037");
const QByteArray pkRm = QByteArray::fromHex("3948cfe0ad1ddb695d780e59077195da6c56506b027329794ab02bca80815c4d");
const QByteArray skRm = QByteArray::fromHex("4612c550263fc8ad58375df3f557aac531d26850903e55a9f23f21d8534e8ac8");
const QByteArray expectedEnc = pkEm;
const QByteArray plaintext = QByteArray::fromHex("4265617574792069732074727574682c20747275746820626561757479");

// A.1.1.1 Encryptions: sequence number → ciphertext, with aad "Count-<sequence number>".
const QMap<int, QByteArray> &encryptions()
{
    static const QMap<int, QByteArray> map {
        {0,
         QByteArray::fromHex("f938558b5d72f1a23810b4be2ab4f84331acc02fc97babc53a52ae8218a355a96d8770ac83d07bea87e1"
                             "3c512a")},
        {1,
         QByteArray::fromHex("af2d7e9ac9ae7e270f46ba1f975be53c09f8d875bdc8535458c2494e8a6eab251c03d0c22a56b8ca42c2"
                             "063b84")},
        {2,
         QByteArray::fromHex("498dfcabd92e8acedc281e85af1cb4e3e31c7dc394a1ca20e173cb72516491588d96a19ad4a683518973"
                             "dcc180")},
        {4,
         QByteArray::fromHex("583bd32bc67a5994bb8ceaca813d369bca7b2a42408cddef5e22f880b631215a09fc0012bc69fccaa251"
                             "c0246d")},
        {255,
         QByteArray::fromHex("7175db9717964058640a3a11fb9007941a5d1757fda1a6935c805c21af32505bf106deefec4a49ac38"
                             "d71c9e0a")},
        {256,
         QByteArray::fromHex("957f9800542b0b8891badb026d79cc54597cb2d225b54c00c5238c25d05c30e3fbeda97d2e0e1aba48"
                             "3a2df9f2")},
    };
    return map;
}

QByteArray aadFor(int sequence)
{
    return "Count-" + QByteArray::number(sequence);
}

QByteArray flipBit(QByteArray bytes, qsizetype bit)
{
    bytes[bit / 8] = char(bytes[bit / 8] ^ (1 << (bit % 8)));
    return bytes;
}

} // namespace

class TestHpke : public QObject
{
    Q_OBJECT

private slots:
    void deriveKeyPair_rfcVector_matches();
    void setupBaseSender_rfcVector_everyEncryptionMatches();
    void setupBaseRecipient_rfcVector_opensEveryEncryption();
    void exportSecret_rfcVector_matches_data();
    void exportSecret_rfcVector_matches();
    void open_anyFlippedBit_fails_data();
    void open_anyFlippedBit_fails();
    void seal_freshEphemeral_roundTripsAndDiffers();
    void open_wrongKeyOrTruncated_failsWithoutLeaking();
    void seal_invalidRecipientKey_isRefused();
};

void TestHpke::deriveKeyPair_rfcVector_matches()
{
    const auto ephemeral = hpke::deriveKeyPair(ikmE);
    QVERIFY(ephemeral.ok());
    QVERIFY(ephemeral->privateKey().equals(skEm));
    QCOMPARE(ephemeral->publicKey(), pkEm);

    const auto recipient = hpke::deriveKeyPair(ikmR);
    QVERIFY(recipient.ok());
    QVERIFY(recipient->privateKey().equals(skRm));
    QCOMPARE(recipient->publicKey(), pkRm);
}

void TestHpke::setupBaseSender_rfcVector_everyEncryptionMatches()
{
    const auto ephemeral = X25519KeyPair::fromPrivateKey(skEm);
    QVERIFY(ephemeral.ok());
    auto sender = hpke::Context::setupBaseSender(pkRm, info, ephemeral.value());
    QVERIFY(sender.ok());
    QCOMPARE(sender->enc, expectedEnc);

    // The sequence number advances with every seal; seal 0..256 and check the RFC's samples.
    for (int sequence = 0; sequence <= 256; ++sequence) {
        const auto ciphertext = sender->context.seal(aadFor(sequence), plaintext);
        QVERIFY(ciphertext.ok());
        if (encryptions().contains(sequence)) {
            QCOMPARE(ciphertext->toHex(), encryptions().value(sequence).toHex());
        }
    }
}

void TestHpke::setupBaseRecipient_rfcVector_opensEveryEncryption()
{
    const auto recipientKey = X25519KeyPair::fromPrivateKey(skRm);
    QVERIFY(recipientKey.ok());
    auto recipient = hpke::Context::setupBaseRecipient(expectedEnc, recipientKey.value(), info);
    QVERIFY(recipient.ok());
    auto sender = hpke::Context::setupBaseSender(pkRm, info, X25519KeyPair::fromPrivateKey(skEm).value());
    QVERIFY(sender.ok());

    // The RFC lists samples only; the sealing sender supplies the ciphertexts in between.
    for (int sequence = 0; sequence <= 256; ++sequence) {
        const QByteArray sealed = sender->context.seal(aadFor(sequence), plaintext).value();
        const auto opened = recipient->open(aadFor(sequence), encryptions().value(sequence, sealed));
        QVERIFY2(opened.ok(), qPrintable(u"sequence %1"_s.arg(sequence)));
        QVERIFY(opened->equals(plaintext));
    }
}

void TestHpke::exportSecret_rfcVector_matches_data()
{
    QTest::addColumn<QByteArray>("exporterContext");
    QTest::addColumn<QByteArray>("expected");
    // A.1.1.2 Exported Values, all with L = 32.
    QTest::newRow("empty") << QByteArray()
                           << QByteArray::fromHex("3853fe2b4035195a573ffc53856e77058e15d9ea064de3e59f4961d0095250ee");
    QTest::newRow("00") << QByteArray::fromHex("00")
                        << QByteArray::fromHex("2e8f0b54673c7029649d4eb9d5e33bf1872cf76d623ff164ac185da9e88c21a5");
    QTest::newRow("TestContext") << QByteArray(
        "TestContext") << QByteArray::fromHex("e9e43065102c3836401bed8c3c3c75ae46be1639869391d62c61f1ec7af54931");
}

void TestHpke::exportSecret_rfcVector_matches()
{
    QFETCH(QByteArray, exporterContext);
    QFETCH(QByteArray, expected);

    const auto sender = hpke::Context::setupBaseSender(pkRm, info, X25519KeyPair::fromPrivateKey(skEm).value());
    const auto recipient
        = hpke::Context::setupBaseRecipient(expectedEnc, X25519KeyPair::fromPrivateKey(skRm).value(), info);
    QVERIFY(sender.ok() && recipient.ok());
    QCOMPARE(sender->context.exportSecret(exporterContext, 32)->view().toByteArray().toHex(), expected.toHex());
    QCOMPARE(recipient->exportSecret(exporterContext, 32)->view().toByteArray().toHex(), expected.toHex());
}

void TestHpke::open_anyFlippedBit_fails_data()
{
    QTest::addColumn<QString>("field");
    QTest::newRow("enc") << u"enc"_s;
    QTest::newRow("ct") << u"ct"_s;
    QTest::newRow("aad") << u"aad"_s;
    QTest::newRow("info") << u"info"_s;
}

void TestHpke::open_anyFlippedBit_fails()
{
    QFETCH(QString, field);
    const X25519KeyPair recipient = X25519KeyPair::fromPrivateKey(skRm).value();
    const QByteArray ct = encryptions().value(0);
    const QByteArray aad = aadFor(0);
    QVERIFY(hpke::open(recipient, expectedEnc, info, aad, ct).ok());

    const QByteArray original = field == u"enc"_s ? expectedEnc
        : field == u"ct"_s                        ? ct
        : field == u"aad"_s                       ? aad
                                                  : info;
    // Every single bit, including the top bit of enc that X25519 itself ignores.
    for (qsizetype bit = 0; bit < original.size() * 8; ++bit) {
        const QByteArray changed = flipBit(original, bit);
        const auto opened
            = hpke::open(recipient, field == u"enc"_s ? changed : expectedEnc, field == u"info"_s ? changed : info,
                         field == u"aad"_s ? changed : aad, field == u"ct"_s ? changed : ct);
        QVERIFY2(!opened.ok(), qPrintable(u"%1 bit %2 still opens"_s.arg(field).arg(bit)));
        QCOMPARE(opened.error().code, u"seal_open_failed"_s);
    }
}

void TestHpke::seal_freshEphemeral_roundTripsAndDiffers()
{
    const X25519KeyPair recipient = X25519KeyPair::generate().value();
    const auto first = hpke::seal(recipient.publicKey(), "info", "aad", plaintext);
    const auto second = hpke::seal(recipient.publicKey(), "info", "aad", plaintext);
    QVERIFY(first.ok() && second.ok());
    QCOMPARE(first->ciphertext.size(), plaintext.size() + hpke::tagSize);
    QVERIFY(first->enc != second->enc);
    QVERIFY(first->ciphertext != second->ciphertext);
    QVERIFY(hpke::open(recipient, first->enc, "info", "aad", first->ciphertext)->equals(plaintext));
    QVERIFY(hpke::open(recipient, second->enc, "info", "aad", second->ciphertext)->equals(plaintext));
}

void TestHpke::open_wrongKeyOrTruncated_failsWithoutLeaking()
{
    const X25519KeyPair recipient = X25519KeyPair::generate().value();
    const X25519KeyPair stranger = X25519KeyPair::generate().value();
    const auto sealed = hpke::seal(recipient.publicKey(), "info", "aad", plaintext).value();

    std::vector<holdfast::Result<SecretBytes>> failures;
    failures.push_back(hpke::open(stranger, sealed.enc, "info", "aad", sealed.ciphertext));
    failures.push_back(hpke::open(recipient, sealed.enc, "info", "aad", sealed.ciphertext.left(hpke::tagSize - 1)));
    failures.push_back(hpke::open(recipient, sealed.enc, "info", "aad", sealed.ciphertext.chopped(1)));
    failures.push_back(hpke::open(recipient, sealed.enc.left(31), "info", "aad", sealed.ciphertext));
    failures.push_back(hpke::open(recipient, QByteArray(32, '\0'), "info", "aad", sealed.ciphertext));
    for (const auto &failure : failures) {
        QVERIFY(!failure.ok());
        QCOMPARE(failure.error().code, u"seal_open_failed"_s);
        QVERIFY(!failure.error().message.contains(QString::fromLatin1(plaintext)));
        QVERIFY(!failure.error().message.toLatin1().contains(plaintext.toHex()));
    }
}

void TestHpke::seal_invalidRecipientKey_isRefused()
{
    QCOMPARE(hpke::seal(QByteArray(31, 'x'), "info", "aad", plaintext).error().code, u"key_invalid"_s);
    // The all-zero point has low order: X25519 with it yields the all-zero secret.
    QCOMPARE(hpke::seal(QByteArray(32, '\0'), "info", "aad", plaintext).error().code, u"key_invalid"_s);
}

QTEST_GUILESS_MAIN(TestHpke)
#include "tst_hpke.moc"
