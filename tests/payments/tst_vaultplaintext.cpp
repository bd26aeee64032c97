#include "panscanner.h"
#include "serverprocess.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace holdfast;

namespace {

QByteArray filesIn(const QString &dir)
{
    QByteArray all;
    const QFileInfoList files = QDir(dir).entryInfoList(QDir::Files | QDir::Hidden);
    for (const QFileInfo &info : files) {
        QFile file(info.filePath());
        if (file.open(QIODevice::ReadOnly)) {
            all += file.readAll();
        }
    }
    return all;
}

} // namespace

class TestVaultPlaintext : public QObject
{
    Q_OBJECT

private slots:
    void scanner_findsPlaintextWhenItIsThere();
    void thousandPayments_leaveNoPlaintextAnywhere();
};

void TestVaultPlaintext::scanner_findsPlaintextWhenItIsThere()
{
    // The scan below proves nothing unless it would catch a leak.
    QCOMPARE(test::findPans("id=7;4242424242424242;x"), QStringList {u"4242424242424242"_s});
    QVERIFY(test::findPans("card 378282246310005 end").contains(u"378282246310005"_s));
    QVERIFY(test::findPans("x00004242424242424242x").contains(u"4242424242424242"_s));
    QVERIFY(test::findPans("4242424242424241").isEmpty()); // not Luhn-valid
    QVERIFY(test::findPans("4222222222222").contains(u"4222222222222"_s)); // a 13-digit Visa
    QVERIFY(test::findPans("{\"createdAt\":1795348800008}").isEmpty()); // a timestamp, Luhn-valid
    QCOMPARE(test::findCardFragments(R"({"pan":"4","exp":"12/29","cvm":"PIN"})").size(), 3);
    QVERIFY(test::findPans("uuid 5f0c9a1e-2b3d-4c5e-8f70-112233445566").isEmpty());
    // Digits inside a hex digest or base64 are part of the encoding (a rescue file's checksum).
    QVERIFY(
        test::findPans("\"sha256\":\"9f86d0814242424242424242b0f00a08d0e1c7e3b2a1f4d5c6b7a8e9f0a1b2c3d\"").isEmpty());
}

void TestVaultPlaintext::thousandPayments_leaveNoPlaintextAnywhere()
{
    QTemporaryDir dir;
    QProcess child;
    child.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_LOGGING_RULES"_s, u"holdfast.*=true"_s); // every log line, debug included
    child.setProcessEnvironment(environment);
    child.start(test::programPath(u"holdfast-vault-child"_s), {dir.path(), u"--count"_s, u"1000"_s, u"--wait-stdin"_s});
    QVERIFY(child.waitForStarted(10000));
    QByteArray output;
    while (!output.contains("\ndone\n")) {
        QVERIFY2(child.waitForReadyRead(60000), "the child did not finish recording");
        output += child.readAll();
    }
    QCOMPARE(output.count("recorded "), 1000);

    // While the child still holds the vault open, its WAL and shared-memory files exist.
    const QStringList names = QDir(dir.path()).entryList(QDir::Files);
    QVERIFY2(names.contains(u"vault.sqlite-wal"_s), qPrintable(names.join(u' ')));
    QVERIFY(names.contains(u"vault.sqlite-shm"_s));
    QByteArray everything = filesIn(dir.path()) + output;

    child.closeWriteChannel();
    QVERIFY(child.waitForFinished(30000));
    QCOMPARE(child.exitCode(), 0);
    everything += filesIn(dir.path()) + child.readAll();

    QCOMPARE(test::findPans(everything), QStringList());
    QCOMPARE(test::findCardFragments(everything), QStringList());
    QVERIFY(!everything.contains("12/29")); // the expiry of every test card
}

QTEST_GUILESS_MAIN(TestVaultPlaintext)
#include "tst_vaultplaintext.moc"
