#pragma once

class QApplication;

namespace holdfast::ui {

/// The register's look: Fusion, a readable base font, and controls big enough for a finger on
/// a countertop touch screen (44 px and up), with a visible keyboard focus.
void applyRegisterStyle(QApplication &application);

/// Registers the embedded icons (a static library's resources need it once).
void initResources();

} // namespace holdfast::ui
