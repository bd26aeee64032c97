// The simulator's window (--gui), offscreen: it shows the pairing code and the sale, and its
// card buttons present cards.
#include "crypto/x25519.h"
#include "pairing.h"
#include "salestore.h"
#include "terminaldevice.h"
#include "terminalwindow.h"

#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace holdfast;
using namespace holdfast::simulator;

namespace {

QPushButton *button(QWidget &window, const QString &prefix)
{
    for (QPushButton *candidate : window.findChildren<QPushButton *>()) {
        if (candidate->text().startsWith(prefix)) {
            return candidate;
        }
    }
    return nullptr;
}

bool showsText(QWidget &window, const QString &text)
{
    const auto labels = window.findChildren<QLabel *>();
    return std::any_of(labels.begin(), labels.end(), [&text](QLabel *label) { return label->text().contains(text); });
}

} // namespace

class TestTerminalWindow : public QObject
{
    Q_OBJECT

private slots:
    void window_showsCodeAndSale_buttonsPresentCards();
};

void TestTerminalWindow::window_showsCodeAndSale_buttonsPresentCards()
{
    QTemporaryDir dir;
    TerminalDevice device(SaleStore::open(dir.path()).value(), DeviceTimings {});
    std::unique_ptr<Pairing> pairing(Pairing::load(dir.path()).value());
    const QString code = pairing->issueCode(std::chrono::minutes(10));
    TerminalWindow window(&device, pairing.get(), std::chrono::minutes(10));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(showsText(window, code));

    QPushButton *newCode = button(window, u"New pairing code"_s);
    QVERIFY(newCode);
    newCode->click();
    QVERIFY(!pairing->activeCode().isEmpty() && pairing->activeCode() != code);
    QVERIFY(showsText(window, pairing->activeCode()));

    QPushButton *approve = button(window, u"approve"_s);
    QVERIFY(approve);
    approve->click();
    QCOMPARE(device.queuedCards(), 1);
    QVERIFY(showsText(window, u"waiting to be read: 1"_s));

    wire::terminal::PaymentRequest request;
    request.saleId = u"s1"_s;
    request.amount = Money::fromMinor(1999, u"CAD").value();
    request.localId = u"0b7c1f4e-6a61-4b8e-9d7e-2f3a4c5d6e7f"_s;
    request.locationId = u"loc"_s;
    request.registerId = u"reg"_s;
    request.createdAt = 1767225600000;
    request.kid = u"k"_s;
    request.publicKey = crypto::X25519KeyPair::generate()->publicKey();
    request.allowedEntryMethods = {crypto::EntryMethod::Contactless};
    QVERIFY(device.startSale(request).ok());
    QCOMPARE(device.state(), wire::terminal::TerminalState::Processing); // took the queued card
    QVERIFY(showsText(window, u"Processing"_s));
    QVERIFY(showsText(window, u"19.99"_s));
    QTRY_COMPARE(device.state(), wire::terminal::TerminalState::Idle);
    QVERIFY(showsText(window, u"Welcome"_s));
}

QTEST_MAIN(TestTerminalWindow)
#include "tst_terminalwindow.moc"
