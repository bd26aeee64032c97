#include "common/base64url.h"

#include <QTest>

using namespace Qt::StringLiterals;
namespace base64url = holdfast::base64url;

class TestBase64Url : public QObject
{
    Q_OBJECT

private slots:
    void encode_rfc4648Vectors_data();
    void encode_rfc4648Vectors();
    void decode_urlAlphabet_roundTrips();
    void decode_nonCanonical_isRefused_data();
    void decode_nonCanonical_isRefused();
};

void TestBase64Url::encode_rfc4648Vectors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("text");
    // RFC 4648 section 10, without the padding.
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("f") << QByteArray("f") << QByteArray("Zg");
    QTest::newRow("fo") << QByteArray("fo") << QByteArray("Zm8");
    QTest::newRow("foo") << QByteArray("foo") << QByteArray("Zm9v");
    QTest::newRow("foob") << QByteArray("foob") << QByteArray("Zm9vYg");
    QTest::newRow("fooba") << QByteArray("fooba") << QByteArray("Zm9vYmE");
    QTest::newRow("foobar") << QByteArray("foobar") << QByteArray("Zm9vYmFy");
}

void TestBase64Url::encode_rfc4648Vectors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, text);
    QCOMPARE(base64url::encode(bytes), text);
    QCOMPARE(base64url::decode(text).value(), bytes);
}

void TestBase64Url::decode_urlAlphabet_roundTrips()
{
    const QByteArray bytes = QByteArray::fromHex("fbff fe 3e 3f");
    QCOMPARE(base64url::encode(bytes), QByteArray("-__-Pj8"));
    QCOMPARE(base64url::decode(u"-__-Pj8"_s).value(), bytes);
}

void TestBase64Url::decode_nonCanonical_isRefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("padding") << u"Zg=="_s;
    QTest::newRow("standard alphabet plus") << u"+/8"_s;
    QTest::newRow("dangling sextet") << u"Zm9vY"_s;
    QTest::newRow("non-zero trailing bits") << u"Zh"_s;
    QTest::newRow("space") << u"Zm 9v"_s;
    QTest::newRow("non-ascii") << u"Zm9é"_s;
}

void TestBase64Url::decode_nonCanonical_isRefused()
{
    QFETCH(QString, text);
    const auto decoded = base64url::decode(text);
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error().code, u"base64url_invalid"_s);
}

QTEST_GUILESS_MAIN(TestBase64Url)
#include "tst_base64url.moc"
