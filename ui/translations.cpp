#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QPointer>
#include <QTranslator>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcTranslations, "holdfast.ui.translations")

namespace holdfast::ui {

namespace {

/// The translators installTranslations() put in place, so that the next call replaces them.
using TranslatorList = QList<QPointer<QTranslator>>;
Q_GLOBAL_STATIC(TranslatorList, installedTranslators)

TranslatorList &installed()
{
    return *installedTranslators;
}

} // namespace

QStringList availableLanguages()
{
    return {u"en"_s, u"fr_CA"_s, u"es"_s};
}

QLocale localeFor(const QString &language)
{
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

bool installTranslations(const QLocale &locale)
{
    for (const QPointer<QTranslator> &translator : std::as_const(installed())) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    installed().clear();
    QLocale::setDefault(locale);

    auto *holdfast = new QTranslator(QCoreApplication::instance());
    // fr_CA finds holdfast_fr_CA, es_MX falls back to holdfast_es; anything else gets English.
    bool translated
        = locale.language() != QLocale::English && holdfast->load(locale, u"holdfast"_s, u"_"_s, u":/i18n"_s);
    if (!translated && !holdfast->load(u"holdfast_en"_s, u":/i18n"_s)) {
        qCWarning(lcTranslations) << "the embedded translations are missing";
    }
    QCoreApplication::installTranslator(holdfast);
    installed().append(holdfast);

    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        installed().append(qt);
    } else {
        delete qt;
    }
    qCDebug(lcTranslations) << "language" << locale.name() << (translated ? "translated" : "English");
    return translated;
}

} // namespace holdfast::ui
