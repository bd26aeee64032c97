// holdfast's command line: --help and --version answer without a display, and a wrong argument
// gets a sentence on stderr and exit code 2 before any window opens.

#include "serverprocess.h"

#include <QTest>

using namespace Qt::StringLiterals;
using holdfast::test::runProgram;

class TestHoldfastCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void version_printsTheProjectVersion();
    void help_listsTheOptions();
    void badArguments_refusedWithExitCode2_data();
    void badArguments_refusedWithExitCode2();
};

void TestHoldfastCli::init()
{
    // No display at all: the answers must not need one.
    qunsetenv("QT_QPA_PLATFORM");
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
}

void TestHoldfastCli::version_printsTheProjectVersion()
{
    const auto run = runProgram(u"holdfast"_s, {u"--version"_s});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed(), QByteArray("holdfast " HOLDFAST_VERSION));
}

void TestHoldfastCli::help_listsTheOptions()
{
    const auto run = runProgram(u"holdfast"_s, {u"--help"_s});
    QCOMPARE(run.exitCode, 0);
    for (const char *option : {"--data", "--demo-outage-control", "--language", "--version"}) {
        QVERIFY2(run.out.contains(option), run.out.constData());
    }
}

void TestHoldfastCli::badArguments_refusedWithExitCode2_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("says");
    QTest::newRow("unknown option") << QStringList {u"--bogus"_s} << QByteArray("bogus");
    QTest::newRow("missing value") << QStringList {u"--data"_s} << QByteArray("data");
    QTest::newRow("outage control not http")
        << QStringList {u"--demo-outage-control"_s, u"ftp://127.0.0.1:1"_s} << QByteArray("http://HOST:PORT");
}

void TestHoldfastCli::badArguments_refusedWithExitCode2()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, says);
    const auto run = runProgram(u"holdfast"_s, arguments);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(says), run.err.constData());
    QVERIFY(run.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestHoldfastCli)
#include "tst_holdfast_cli.moc"
