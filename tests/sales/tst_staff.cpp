#include "platform/secretstore.h"
#include "sales/staffstore.h"
#include "storefixture.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace holdfast;
using namespace holdfast::sales;

namespace {

constexpr qint64 t0 = 1795348800000;
constexpr qint64 second = 1000;
// Cheap scrypt for the flows; one test measures the product's cost.
const PinKdfParams cheap {1024, 8, 1};

crypto::SecretBytes pin(const char *digits)
{
    return crypto::SecretBytes::copyOf(QByteArrayView(digits));
}

bool noKeyring()
{
    return qEnvironmentVariableIsSet("HOLDFAST_EXPECT_NO_KEYRING");
}

} // namespace

class TestStaff : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void can_managerOnlyActions_data();
    void can_managerOnlyActions();
    void lockout_growsAndIsCapped_data();
    void lockout_growsAndIsCapped();
    void kdfParams_roundTripAndStrictParse();
    void pinHasher_validatesAndSeparatesInputs_data();
    void pinHasher_validatesAndSeparatesInputs();
    void pinHasher_productCost_isTimed();
    void take_wipesTheTypedText();
    void firstRun_createsManagerAndPepperOnce();
    void verify_rightAndWrongPins();
    void verify_fiveWrongPins_locksAndGrows();
    void staffManagement_needsAManager();
    void changeOwnPin_needsTheCurrentPin();
    void verify_olderCost_isRehashed();
    void verify_pepperGone_isRefused();
    void firstRun_withoutKeyring_isRefused();

private:
    KeychainSecretStore m_secrets {u"Holdfast POS test"_s};
};

void TestStaff::init()
{
    const QString name = QString::fromLatin1(QTest::currentTestFunction());
    const bool needsKeyring = name.startsWith(u"firstRun_createsManager"_s) || name.startsWith(u"verify_"_s)
        || name.startsWith(u"staffManagement"_s) || name.startsWith(u"changeOwnPin"_s);
    if (noKeyring() && needsKeyring) {
        QSKIP("no Secret Service in this registration");
    }
    if (!noKeyring() && name == u"firstRun_withoutKeyring_isRefused"_s) {
        QSKIP("runs only in the no-Secret-Service registration");
    }
    if (needsKeyring) {
        QVERIFY(m_secrets.remove(QString::fromLatin1(StaffStore::pepperKey)).ok());
    }
}

void TestStaff::can_managerOnlyActions_data()
{
    QTest::addColumn<Action>("action");
    QTest::addColumn<bool>("cashier");
    QTest::newRow("sell") << Action::Sell << true;
    QTest::newRow("discount") << Action::ApplyDiscount << true;
    QTest::newRow("cancel open sale") << Action::VoidOpenOrder << true;
    QTest::newRow("offline mode") << Action::ChangeOfflineMode << false;
    QTest::newRow("keyed entry") << Action::KeyedCardEntry << false;
    QTest::newRow("void payment") << Action::VoidPayment << false;
    QTest::newRow("manage staff") << Action::ManageStaff << false;
    QTest::newRow("import catalog") << Action::ImportCatalog << false;
    QTest::newRow("end shift") << Action::EndShift << false;
    QTest::newRow("pair devices") << Action::PairDevices << false;
}

void TestStaff::can_managerOnlyActions()
{
    QFETCH(Action, action);
    QFETCH(bool, cashier);
    QCOMPARE(can(Role::Cashier, action), cashier);
    QVERIFY(can(Role::Manager, action));
    const Status required = require(Role::Cashier, action);
    QCOMPARE(required.ok(), cashier);
    if (!cashier) {
        QCOMPARE(required.error().code, u"permission_denied"_s);
        QVERIFY(required.error().message.contains(displayName(action)));
    }
}

void TestStaff::lockout_growsAndIsCapped_data()
{
    QTest::addColumn<int>("failures");
    QTest::addColumn<qint64>("sinceLastFailure");
    QTest::addColumn<qint64>("lockedFor"); // from now; 0: free
    QTest::newRow("4 failures: free") << 4 << qint64(0) << qint64(0);
    QTest::newRow("5 failures: 30 s") << 5 << qint64(0) << 30 * second;
    QTest::newRow("5 failures, 10 s ago: 20 s left") << 5 << 10 * second << 20 * second;
    QTest::newRow("5 failures, 30 s ago: free") << 5 << 30 * second << qint64(0);
    QTest::newRow("6 failures: 60 s") << 6 << qint64(0) << 60 * second;
    QTest::newRow("7 failures: 120 s") << 7 << qint64(0) << 120 * second;
    QTest::newRow("9 failures: 480 s") << 9 << qint64(0) << 480 * second;
    QTest::newRow("10 failures: capped at 15 min") << 10 << qint64(0) << 900 * second;
    QTest::newRow("1000 failures: capped") << 1000 << qint64(0) << 900 * second;
    QTest::newRow("clock set back an hour: one lock from now") << 5 << -3600 * second << 30 * second;
}

void TestStaff::lockout_growsAndIsCapped()
{
    QFETCH(int, failures);
    QFETCH(qint64, sinceLastFailure);
    QFETCH(qint64, lockedFor);
    const LockoutPolicy policy;
    const auto until = policy.lockedUntil(failures, t0 - sinceLastFailure, t0);
    QCOMPARE(until.has_value(), lockedFor > 0);
    if (until) {
        QCOMPARE(*until - t0, lockedFor);
    }
    QVERIFY(!policy.lockedUntil(failures, std::nullopt, t0).has_value());
}

void TestStaff::kdfParams_roundTripAndStrictParse()
{
    const PinKdfParams product;
    QCOMPARE(product.toString(), u"scrypt:n=32768,r=8,p=1"_s);
    QCOMPARE(PinKdfParams::fromString(product.toString()), std::optional(product));
    QCOMPARE(PinKdfParams::fromString(cheap.toString()), std::optional(cheap));
    for (const QString &bad : {u""_s, u"pbkdf2:n=1024,r=8,p=1"_s, u"scrypt:n=1000,r=8,p=1"_s, u"scrypt:n=1024,r=8"_s,
                               u"scrypt:n=1024,r=8,p=0"_s, u"scrypt:n=1024,r=8,q=1"_s, u"scrypt:n=x,r=8,p=1"_s}) {
        QVERIFY2(!PinKdfParams::fromString(bad).has_value(), qPrintable(bad));
    }
}

void TestStaff::pinHasher_validatesAndSeparatesInputs_data()
{
    QTest::addColumn<QByteArray>("pin");
    QTest::addColumn<bool>("valid");
    QTest::newRow("4 digits") << QByteArray("0000") << true;
    QTest::newRow("8 digits") << QByteArray("12345678") << true;
    QTest::newRow("3 digits") << QByteArray("123") << false;
    QTest::newRow("9 digits") << QByteArray("123456789") << false;
    QTest::newRow("letters") << QByteArray("12a4") << false;
    QTest::newRow("space") << QByteArray("12 34") << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void TestStaff::pinHasher_validatesAndSeparatesInputs()
{
    QFETCH(QByteArray, pin);
    QFETCH(bool, valid);
    const Status checked = PinHasher::validate(pin);
    QCOMPARE(checked.ok(), valid);
    if (!valid) {
        QCOMPARE(checked.error().code, u"pin_invalid"_s);
        QVERIFY(pin.isEmpty() || !checked.error().message.contains(QString::fromLatin1(pin)));
        return;
    }
    const QByteArray pepper = PinHasher::randomBytes(PinHasher::pepperBytes).value();
    const QByteArray salt = PinHasher::randomBytes(PinHasher::saltBytes).value();
    const QByteArray hash = PinHasher::hash(pin, pepper, salt, cheap)->view().toByteArray();
    QCOMPARE(hash.size(), PinHasher::hashBytes);
    QVERIFY(PinHasher::matches(PinHasher::hash(pin, pepper, salt, cheap).value(), hash));
    QByteArray otherPin = pin;
    otherPin[0] = otherPin[0] == '9' ? '8' : char(otherPin[0] + 1);
    QVERIFY(!PinHasher::matches(PinHasher::hash(otherPin, pepper, salt, cheap).value(), hash));
    const QByteArray otherSalt = PinHasher::randomBytes(PinHasher::saltBytes).value();
    QVERIFY(!PinHasher::matches(PinHasher::hash(pin, pepper, otherSalt, cheap).value(), hash));
    const QByteArray otherPepper = PinHasher::randomBytes(PinHasher::pepperBytes).value();
    QVERIFY(!PinHasher::matches(PinHasher::hash(pin, otherPepper, salt, cheap).value(), hash));
    QVERIFY(!PinHasher::matches(PinHasher::hash(pin, pepper, salt, {2048, 8, 1}).value(), hash));
    QVERIFY(!hash.contains(pin));
}

void TestStaff::pinHasher_productCost_isTimed()
{
    const QByteArray pepper = PinHasher::randomBytes(PinHasher::pepperBytes).value();
    const QByteArray salt = PinHasher::randomBytes(PinHasher::saltBytes).value();
    QElapsedTimer timer;
    timer.start();
    QVERIFY(PinHasher::hash("4821", pepper, salt, PinKdfParams()).ok());
    qInfo("one PIN check at the product cost (%s): %lld ms", qPrintable(PinKdfParams().toString()), timer.elapsed());
}

void TestStaff::take_wipesTheTypedText()
{
    QString typed = u"4821"_s;
    const crypto::SecretBytes taken = PinHasher::take(typed);
    QVERIFY(typed.isEmpty());
    QVERIFY(taken.equals("4821"));
    QString odd = u"48é1"_s;
    QVERIFY(!PinHasher::validate(PinHasher::take(odd).view()).ok());
}

void TestStaff::firstRun_createsManagerAndPepperOnce()
{
    test::StoreFixture store;
    StaffStore staff(store.db(), m_secrets, cheap);
    QVERIFY(staff.isEmpty().value());
    QCOMPARE(m_secrets.read(QString::fromLatin1(StaffStore::pepperKey)).error().code, u"secret_not_found"_s);

    QCOMPARE(staff.createFirstManager(u"Ana"_s, pin("12"), t0).error().code, u"pin_invalid"_s);
    QCOMPARE(staff.createFirstManager(u"  "_s, pin("4821"), t0).error().code, u"staff_name_invalid"_s);
    QVERIFY(staff.isEmpty().value());
    auto ana = staff.createFirstManager(u" Ana  Lopez "_s, pin("4821"), t0);
    QVERIFY2(ana.ok(), qPrintable(ana.ok() ? QString() : ana.error().message));
    QCOMPARE(ana->name, u"Ana Lopez"_s);
    QCOMPARE(ana->role, Role::Manager);
    QVERIFY(!staff.isEmpty().value());
    const QByteArray pepper = m_secrets.read(QString::fromLatin1(StaffStore::pepperKey)).value();
    QCOMPARE(pepper.size(), PinHasher::pepperBytes);

    QCOMPARE(staff.createFirstManager(u"Mallory"_s, pin("0000"), t0).error().code, u"staff_exists"_s);
    QCOMPARE(staff.list()->size(), 1);

    // The database holds salt, hash and cost; never the PIN or the pepper.
    QSqlQuery query(store.db().database());
    QVERIFY(query.exec(u"SELECT pin_salt, pin_hash, pin_kdf FROM staff"_s) && query.next());
    QCOMPARE(query.value(0).toByteArray().size(), PinHasher::saltBytes);
    QCOMPARE(query.value(1).toByteArray().size(), PinHasher::hashBytes);
    QCOMPARE(query.value(2).toString(), cheap.toString());
    QVERIFY(store.reopen());
    QFile file(store.db().path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.contains(pepper));
    QVERIFY(!bytes.contains("4821"));

    // A restart keeps the staff and their PINs.
    StaffStore reopened(store.db(), m_secrets, cheap);
    QCOMPARE(reopened.verify(ana->id, pin("4821"), t0)->name, u"Ana Lopez"_s);
}

void TestStaff::verify_rightAndWrongPins()
{
    test::StoreFixture store;
    StaffStore staff(store.db(), m_secrets, cheap);
    const StaffMember ana = staff.createFirstManager(u"Ana"_s, pin("4821"), t0).value();
    QCOMPARE(staff.verify(ana.id, pin("4821"), t0).value(), ana);
    const auto wrong = staff.verify(ana.id, pin("4822"), t0);
    QCOMPARE(wrong.error().code, u"pin_wrong"_s);
    QVERIFY(!wrong.error().message.contains(u"4822"_s));
    QCOMPARE(staff.verify(ana.id, pin("48"), t0).error().code, u"pin_invalid"_s);
    QCOMPARE(staff.verify(u"nobody"_s, pin("4821"), t0).error().code, u"staff_not_found"_s);
    // Another StaffStore (another program) reads the same pepper from the keyring.
    StaffStore other(store.db(), m_secrets, cheap);
    QVERIFY(other.verify(ana.id, pin("4821"), t0).ok());
}

void TestStaff::verify_fiveWrongPins_locksAndGrows()
{
    test::StoreFixture store;
    StaffStore staff(store.db(), m_secrets, cheap);
    const StaffMember ana = staff.createFirstManager(u"Ana"_s, pin("4821"), t0).value();
    qint64 now = t0;
    for (int i = 1; i <= 4; ++i) {
        QCOMPARE(staff.verify(ana.id, pin("1111"), now += second).error().code, u"pin_wrong"_s);
    }
    QVERIFY(!staff.lockedUntil(ana.id, now)->has_value());
    const auto fifth = staff.verify(ana.id, pin("1111"), now += second);
    QCOMPARE(fifth.error().code, u"pin_wrong"_s);
    QVERIFY2(fifth.error().message.contains(u"30"_s), qPrintable(fifth.error().message));
    QCOMPARE(staff.lockedUntil(ana.id, now).value(), std::optional(now + 30 * second));

    // Locked: even the right PIN is refused, and nothing is counted.
    const auto locked = staff.verify(ana.id, pin("4821"), now + 10 * second);
    QCOMPARE(locked.error().code, u"staff_locked"_s);
    QVERIFY2(locked.error().message.contains(u"in 20 second"_s), qPrintable(locked.error().message));
    QCOMPARE(staff.verify(ana.id, pin("1111"), now + 29 * second).error().code, u"staff_locked"_s);

    // After the lock, one more failure locks for twice as long.
    now += 30 * second;
    QCOMPARE(staff.verify(ana.id, pin("1111"), now).error().code, u"pin_wrong"_s);
    QCOMPARE(staff.lockedUntil(ana.id, now).value(), std::optional(now + 60 * second));
    // The counters are in store.sqlite: a restart does not lift the lock.
    QVERIFY(store.reopen());
    StaffStore restarted(store.db(), m_secrets, cheap);
    QCOMPARE(restarted.verify(ana.id, pin("4821"), now + 59 * second).error().code, u"staff_locked"_s);
    // Once it has passed, the right PIN works and clears the count.
    QCOMPARE(restarted.verify(ana.id, pin("4821"), now + 60 * second)->id, ana.id);
    for (int i = 1; i <= 4; ++i) {
        QCOMPARE(restarted.verify(ana.id, pin("1111"), now + 61 * second).error().code, u"pin_wrong"_s);
    }
    QVERIFY(!restarted.lockedUntil(ana.id, now + 61 * second)->has_value());
}

void TestStaff::staffManagement_needsAManager()
{
    test::StoreFixture store;
    StaffStore staff(store.db(), m_secrets, cheap);
    const StaffMember ana = staff.createFirstManager(u"Ana"_s, pin("4821"), t0).value();
    const StaffMember ben = staff.add(ana, u"Ben"_s, Role::Cashier, pin("1357"), t0).value();
    QCOMPARE(ben.role, Role::Cashier);
    QCOMPARE(staff.add(ben, u"Eve"_s, Role::Manager, pin("0000"), t0).error().code, u"permission_denied"_s);
    // The caller's idea of a role does not count; the stored one does.
    StaffMember forged = ben;
    forged.role = Role::Manager;
    QCOMPARE(staff.add(forged, u"Eve"_s, Role::Manager, pin("0000"), t0).error().code, u"permission_denied"_s);
    QCOMPARE(staff.resetPin(ben, ana.id, pin("0000"), t0).error().code, u"permission_denied"_s);
    QCOMPARE(staff.list()->size(), 2);

    QCOMPARE(staff.setActive(ana, ana.id, false, t0).error().code, u"last_manager"_s);
    QVERIFY(staff.setActive(ana, ben.id, false, t0).ok());
    QCOMPARE(staff.verify(ben.id, pin("1357"), t0).error().code, u"staff_inactive"_s);
    QCOMPARE(staff.list()->size(), 1);
    QCOMPARE(staff.list(true)->size(), 2);
    QVERIFY(staff.setActive(ana, ben.id, true, t0).ok());

    // A forgotten PIN: the manager sets a new one, which also lifts a lockout.
    for (int i = 0; i < 5; ++i) {
        QVERIFY(!staff.verify(ben.id, pin("9999"), t0).ok());
    }
    QCOMPARE(staff.verify(ben.id, pin("1357"), t0).error().code, u"staff_locked"_s);
    QVERIFY(staff.resetPin(ana, ben.id, pin("2468"), t0).ok());
    QCOMPARE(staff.verify(ben.id, pin("2468"), t0)->id, ben.id);
    QCOMPARE(staff.verify(ben.id, pin("1357"), t0).error().code, u"pin_wrong"_s);
}

void TestStaff::changeOwnPin_needsTheCurrentPin()
{
    test::StoreFixture store;
    StaffStore staff(store.db(), m_secrets, cheap);
    const StaffMember ana = staff.createFirstManager(u"Ana"_s, pin("4821"), t0).value();
    QCOMPARE(staff.changeOwnPin(ana.id, pin("0000"), pin("13579"), t0).error().code, u"pin_wrong"_s);
    QCOMPARE(staff.changeOwnPin(ana.id, pin("4821"), pin("12"), t0).error().code, u"pin_invalid"_s);
    QVERIFY(staff.verify(ana.id, pin("4821"), t0).ok());
    QVERIFY(staff.changeOwnPin(ana.id, pin("4821"), pin("13579"), t0).ok());
    QVERIFY(staff.verify(ana.id, pin("13579"), t0).ok());
    QCOMPARE(staff.verify(ana.id, pin("4821"), t0).error().code, u"pin_wrong"_s);
}

void TestStaff::verify_olderCost_isRehashed()
{
    test::StoreFixture store;
    const PinKdfParams older {512, 8, 1};
    const StaffMember ana
        = StaffStore(store.db(), m_secrets, older).createFirstManager(u"Ana"_s, pin("4821"), t0).value();
    StaffStore raised(store.db(), m_secrets, cheap);
    QVERIFY(raised.verify(ana.id, pin("4821"), t0).ok());
    QSqlQuery query(store.db().database());
    QVERIFY(query.exec(u"SELECT pin_kdf FROM staff"_s) && query.next());
    QCOMPARE(query.value(0).toString(), cheap.toString());
    QVERIFY(raised.verify(ana.id, pin("4821"), t0).ok());
    QCOMPARE(raised.verify(ana.id, pin("4820"), t0).error().code, u"pin_wrong"_s);
}

void TestStaff::verify_pepperGone_isRefused()
{
    test::StoreFixture store;
    const StaffMember ana
        = StaffStore(store.db(), m_secrets, cheap).createFirstManager(u"Ana"_s, pin("4821"), t0).value();
    QVERIFY(m_secrets.remove(QString::fromLatin1(StaffStore::pepperKey)).ok());
    StaffStore staff(store.db(), m_secrets, cheap);
    const auto refused = staff.verify(ana.id, pin("4821"), t0);
    QCOMPARE(refused.error().code, u"pin_pepper_missing"_s);
    // It is not counted as a wrong PIN, and no new pepper was made behind anyone's back.
    QVERIFY(!staff.lockedUntil(ana.id, t0)->has_value());
    QCOMPARE(m_secrets.read(QString::fromLatin1(StaffStore::pepperKey)).error().code, u"secret_not_found"_s);
}

void TestStaff::firstRun_withoutKeyring_isRefused()
{
    // Registered a second time in CTest without a session bus (tests/sales/CMakeLists.txt).
    test::StoreFixture store;
    StaffStore staff(store.db(), m_secrets, cheap);
    const auto refused = staff.createFirstManager(u"Ana"_s, pin("4821"), t0);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, u"secret_store_unavailable"_s);
    QVERIFY(staff.isEmpty().value()); // nothing half-made
}

QTEST_GUILESS_MAIN(TestStaff)
#include "tst_staff.moc"
