#include "payments/paymentqueries.h"
#include "payments/vault.h"
#include "randomseed.h"
#include "serverprocess.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace holdfast;

namespace {

struct ChildLine
{
    QByteArray kind; // attempt, recorded, failed, done
    QString rest;
};

std::optional<ChildLine> readLine(QProcess &child, int timeoutMs)
{
    if (!child.canReadLine() && !child.waitForReadyRead(timeoutMs) && !child.canReadLine()) {
        return std::nullopt;
    }
    const QByteArray line = child.readLine().trimmed();
    const qsizetype space = line.indexOf(' ');
    return ChildLine {line.left(space), QString::fromUtf8(line.mid(space + 1))};
}

// Every id in `ids` is in the vault exactly once, and the vault is intact.
void verifyVault(const QString &dir, const QSet<QString> &ids, int *rows)
{
    auto vault = payments::Vault::open(dir); // runs PRAGMA integrity_check
    QVERIFY2(vault.ok(), qPrintable(vault ? QString() : vault.error().message));
    QCOMPARE(vault.value()->integrityCheck().value(), u"ok"_s);
    QSqlQuery query(vault.value()->database());
    QVERIFY(query.exec(u"SELECT local_id FROM payments"_s));
    QSet<QString> stored;
    int count = 0;
    while (query.next()) {
        stored.insert(query.value(0).toString());
        ++count;
    }
    QCOMPARE(stored.size(), count); // nobody twice
    for (const QString &id : ids) {
        QVERIFY2(stored.contains(id), qPrintable(u"reported as recorded but missing: "_s + id));
    }
    *rows = count;
}

} // namespace

class TestVaultCrash : public QObject
{
    Q_OBJECT

private slots:
    void sigkill_atRandomInstants_losesNothing();
    void diskFull_recordFails_clearlyAndQueueIntact();
};

void TestVaultCrash::sigkill_atRandomInstants_losesNothing()
{
    QTemporaryDir dir;
    QRandomGenerator random(test::randomSeed());
    QSet<QString> reported;
    constexpr int kills = 60;
    for (int round = 0; round < kills; ++round) {
        QProcess child;
        child.start(test::programPath(u"holdfast-vault-child"_s), {dir.path()});
        QVERIFY(child.waitForStarted(10000));
        // Kill after a random number of lines, landing sometimes between "attempt" and
        // "recorded" (inside the transaction) and sometimes between payments.
        const int linesBeforeKill = int(random.bounded(1, 40));
        for (int line = 0; line < linesBeforeKill; ++line) {
            const auto next = readLine(child, 20000);
            QVERIFY2(next.has_value(), "the child stopped talking");
            QVERIFY2(next->kind != "failed", qPrintable(next->rest));
            if (next->kind == "recorded") {
                reported.insert(next->rest);
            }
        }
        child.kill();
        QVERIFY(child.waitForFinished(10000));
        // Lines it managed to print before dying were printed after their commit.
        while (child.canReadLine()) {
            const auto next = readLine(child, 0);
            if (next && next->kind == "recorded") {
                reported.insert(next->rest);
            }
        }
        int rows = 0;
        verifyVault(dir.path(), reported, &rows);
        if (QTest::currentTestFailed()) {
            return;
        }
        // A kill can lose at most the report of one committed payment, never the payment.
        QVERIFY(rows >= reported.size() && rows <= reported.size() + round + 1);
    }
    QVERIFY(reported.size() >= kills);
}

void TestVaultCrash::diskFull_recordFails_clearlyAndQueueIntact()
{
    QTemporaryDir dir;
    QProcess child;
    // Files this child writes may not grow past 1 MiB: the vault's disk fills up.
    child.start(test::programPath(u"holdfast-vault-child"_s), {dir.path(), u"--max-file-size"_s, u"1048576"_s});
    QVERIFY(child.waitForStarted(10000));
    QSet<QString> recorded;
    QString lastAttempt;
    std::optional<ChildLine> failure;
    while (!failure) {
        const auto next = readLine(child, 60000);
        QVERIFY2(next.has_value(), "the child neither filled the disk nor failed");
        if (next->kind == "attempt") {
            lastAttempt = next->rest;
        } else if (next->kind == "recorded") {
            recorded.insert(next->rest);
        } else if (next->kind == "failed") {
            failure = next;
        }
    }
    QVERIFY(child.waitForFinished(10000));
    QCOMPARE(child.exitCode(), 3);
    QVERIFY2(failure->rest.startsWith(u"vault_full "_s) || failure->rest.startsWith(u"vault_write_failed "_s),
             qPrintable(failure->rest));
    QVERIFY2(failure->rest.contains(u"nothing was saved"_s), qPrintable(failure->rest));
    QVERIFY(!recorded.contains(lastAttempt)); // never reported as recorded, so never "approved"
    QVERIFY2(recorded.size() > 10, qPrintable(QString::number(recorded.size())));

    int rows = 0;
    verifyVault(dir.path(), recorded, &rows);
    QCOMPARE(rows, recorded.size()); // and the failed one is not half-there
}

QTEST_GUILESS_MAIN(TestVaultCrash)
#include "tst_vaultcrash.moc"
