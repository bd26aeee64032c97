#include "uisettings.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace holdfast::ui {

namespace {

constexpr auto keyLanguage = "ui/language";
constexpr auto keyIdleLock = "ui/idleLockMinutes";
constexpr int maxIdleLockMinutes = 24 * 60;

} // namespace

UiSettings UiSettings::load()
{
    QSettings settings;
    UiSettings loaded;
    loaded.language = settings.value(QLatin1String(keyLanguage), loaded.language).toString();
    bool ok = false;
    const int minutes = settings.value(QLatin1String(keyIdleLock), loaded.idleLockMinutes).toInt(&ok);
    if (ok && minutes >= 0 && minutes <= maxIdleLockMinutes) {
        loaded.idleLockMinutes = minutes;
    }
    return loaded;
}

void UiSettings::save() const
{
    QSettings settings;
    settings.setValue(QLatin1String(keyLanguage), language);
    settings.setValue(QLatin1String(keyIdleLock), idleLockMinutes);
}

} // namespace holdfast::ui
