#pragma once

#include <QLocale>
#include <QStringList>

namespace holdfast::ui {

/// Installs Holdfast's translation for `locale` (embedded in the program as :/i18n/*.qm) and
/// Qt's own (standard buttons), replacing any installed before, and makes `locale` the default
/// for numbers and money. Languages without a translation get English, whose file holds the
/// plural forms. Returns whether a Holdfast translation other than English was loaded.
bool installTranslations(const QLocale &locale);

/// The languages the register is translated into, as locale names ("en", "fr_CA", "es").
QStringList availableLanguages();

/// The locale to use for a `language` setting ("" for the system's).
QLocale localeFor(const QString &language);

} // namespace holdfast::ui
