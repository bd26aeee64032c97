#include "platform/secretstore.h"

#include <QTest>

using namespace Qt::StringLiterals;
using holdfast::KeychainSecretStore;

// Runs against a real Secret Service: gnome-keyring in a private D-Bus session (KEYRING).
class TestSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void writeReadRemove_realKeyring_roundTrips();
    void read_missingKey_isNotFound();
    void write_withoutSecretService_isRefused();
};

void TestSecretStore::writeReadRemove_realKeyring_roundTrips()
{
    if (qEnvironmentVariableIsSet("HOLDFAST_EXPECT_NO_KEYRING")) {
        QSKIP("no Secret Service in this registration");
    }
    KeychainSecretStore store(u"Holdfast POS test"_s);
    const QByteArray secret("tok\0en-with-binary\xff", 20);
    QVERIFY2(store.write(u"register/token"_s, secret).ok(), "is a Secret Service running?");
    QCOMPARE(store.read(u"register/token"_s).value(), secret);
    QVERIFY(store.remove(u"register/token"_s).ok());
    QCOMPARE(store.read(u"register/token"_s).error().code, u"secret_not_found"_s);
    QVERIFY(store.remove(u"register/token"_s).ok());
}

void TestSecretStore::read_missingKey_isNotFound()
{
    if (qEnvironmentVariableIsSet("HOLDFAST_EXPECT_NO_KEYRING")) {
        QSKIP("no Secret Service in this registration");
    }
    KeychainSecretStore store(u"Holdfast POS test"_s);
    QCOMPARE(store.read(u"never/written"_s).error().code, u"secret_not_found"_s);
}

void TestSecretStore::write_withoutSecretService_isRefused()
{
    // Registered a second time in CTest without a session bus (tests/unit/CMakeLists.txt).
    if (!qEnvironmentVariableIsSet("HOLDFAST_EXPECT_NO_KEYRING")) {
        QSKIP("runs only in the no-Secret-Service registration");
    }
    KeychainSecretStore store(u"Holdfast POS test"_s);
    const auto written = store.write(u"register/token"_s, "secret");
    QVERIFY(!written.ok());
    QCOMPARE(written.error().code, u"secret_store_unavailable"_s);
    QVERIFY(written.error().message.contains(u"Secret Service"_s));
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
