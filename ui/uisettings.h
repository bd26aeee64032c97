#pragma once

#include <QString>

namespace holdfast::ui {

/// The register's own screen settings (nothing secret: secrets live in the keyring), typed, each
/// with its default, in the platform's settings store (QSettings).
struct UiSettings
{
    /// "" follows the system locale; otherwise a locale name ("fr_CA", "es", "en").
    QString language;
    /// Minutes without input before the screen locks; 0 never locks.
    int idleLockMinutes = 5;

    static UiSettings load();
    void save() const;
};

} // namespace holdfast::ui
