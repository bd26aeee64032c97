// Languages: the French (Canada) and Spanish translations are complete and embedded in the
// program, and with the fr_CA translator loaded the screens a cashier sees are in French, with
// Canadian French money.

#include "cartpanel.h"
#include "firstrunpage.h"
#include "guifixture.h"
#include "pinpad.h"
#include "salepage.h"
#include "signinpage.h"
#include "statusindicators.h"
#include "translations.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace holdfast;

namespace {

/// One message of a .ts file.
struct Message
{
    QString context;
    QString source;
    QStringList translations; ///< one, or the numerus forms
    bool numerus = false;
    bool unfinished = false;
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == "message"_L1) {
                messages << current;
            }
            continue;
        }
        if (xml.name() == "name"_L1) {
            context = xml.readElementText();
        } else if (xml.name() == "message"_L1) {
            current = Message {context, {}, {}, xml.attributes().value("numerus"_L1) == "yes"_L1, false};
        } else if (xml.name() == "source"_L1) {
            current.source = xml.readElementText();
        } else if (xml.name() == "translation"_L1) {
            current.unfinished = xml.attributes().value("type"_L1) == "unfinished"_L1;
            if (!current.numerus) {
                current.translations << xml.readElementText();
            }
        } else if (xml.name() == "numerusform"_L1) {
            current.translations << xml.readElementText();
        }
    }
    if (xml.hasError()) {
        *error = xml.errorString();
    }
    return messages;
}

} // namespace

class TestGuiTranslations : public QObject
{
    Q_OBJECT

private slots:
    void translations_areCompleteAndEmbedded_data();
    void translations_areCompleteAndEmbedded();
    void frenchCanada_screensAndMoneyInFrench();
};

void TestGuiTranslations::translations_areCompleteAndEmbedded_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("fr_CA") << u"fr_CA"_s;
    QTest::newRow("es") << u"es"_s;
}

void TestGuiTranslations::translations_areCompleteAndEmbedded()
{
    QFETCH(QString, language);
    const QString path
        = qEnvironmentVariable("HOLDFAST_SOURCE_DIR") + u"/translations/holdfast_"_s + language + u".ts"_s;
    QString error;
    const QList<Message> messages = readTs(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 500);

    QTranslator embedded;
    QVERIFY(embedded.load(u"holdfast_"_s + language, u":/i18n"_s));
    int checked = 0;
    for (const Message &message : messages) {
        const QString where = message.context + u": "_s + message.source;
        QVERIFY2(!message.unfinished, qPrintable(u"unfinished: "_s + where));
        QVERIFY2(message.translations.size() == (message.numerus ? 2 : 1), qPrintable(where));
        for (const QString &translation : message.translations) {
            QVERIFY2(!translation.trimmed().isEmpty(), qPrintable(u"empty: "_s + where));
        }
        // The program carries it: the embedded file answers with the translation.
        const QByteArray context = message.context.toUtf8();
        const QByteArray source = message.source.toUtf8();
        const QString answer
            = embedded.translate(context.constData(), source.constData(), nullptr, message.numerus ? 2 : -1);
        QVERIFY2(!answer.isEmpty(), qPrintable(u"not embedded: "_s + where));
        ++checked;
    }
    QCOMPARE(checked, messages.size());
}

void TestGuiTranslations::frenchCanada_screensAndMoneyInFrench()
{
    test::GuiFixture gui(nullptr, {}, QLocale(u"fr_CA"_s));
    QVERIFY(gui.open());
    auto *firstRun = gui.window().firstRunPage();
    QVERIFY(firstRun->findChild<QPushButton *>(u"createManagerButton"_s)->text().contains(u"Créer le gérant"_s));
    QVERIFY(gui.createManagerThroughTheScreen());
    QCOMPARE(gui.window().signInPage()->pinPad()->findChild<QPushButton *>(u"signInButton"_s)->text(),
             u"Se connecter (Entrée)"_s);
    QVERIFY(gui.signIn(u"Morgan"_s, QString::fromLatin1(test::EngineFixture::managerPin)));

    // Menus, the sale screen, the status bar and the money are French.
    QStringList menus;
    for (QAction *action : gui.window().menuBar()->actions()) {
        menus << action->text();
    }
    QCOMPARE(menus, (QStringList {u"&Vente"_s, u"&Caisse"_s, u"&Aide"_s}));
    ui::SalePage *sale = gui.window().salePage();
    const QModelIndex tile = gui.firstTile();
    QVERIFY(tile.isValid());
    const QString price = tile.data(Qt::UserRole + 1).toString(); // "7,99 $"
    QVERIFY2(price.endsWith(u'$') && price.contains(u',') && !price.startsWith(u'$'), qPrintable(price));
    QVERIFY(sale->cart()->payButton()->text().startsWith(u"Payer"_s));
    auto *gateway = gui.window().findChild<ui::LinkIndicator *>(u"gatewayIndicator"_s);
    QVERIFY2(gateway->text().contains(u"Passerelle"_s) && gateway->text().contains(u"Non jumelée"_s),
             qPrintable(gateway->text()));
    auto *mode = gui.window().findChild<QToolButton *>(u"modeIndicator"_s);
    QCOMPARE(mode->text(), u"Cartes : En ligne seulement"_s);
    sale->cart()->changeQuantity(1);
    QCOMPARE(sale->noticeText(), u"Choisissez d'abord un article."_s);
    // A sentence from core, translated where it is made (in the engine thread).
    sale->addBarcode(u"20000004"_s);
    QTRY_VERIFY_WITH_TIMEOUT(sale->noticeText().startsWith(u"Aucun produit n'a le code-barres"_s), 10000);

    ui::installTranslations(QLocale(u"en_CA"_s));
}

QTEST_MAIN(TestGuiTranslations)
#include "tst_gui_translations.moc"
