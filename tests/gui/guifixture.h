#pragma once

#include "enginefixture.h"
#include "mainwindow.h"

#include <QApplication>
#include <QDialog>
#include <QTest>

#include <memory>

namespace holdfast::test {

/// The register's window on a real engine (EngineFixture: temporary data, test timings, real
/// gateway and terminal processes when a test starts them), offscreen, with helpers that drive
/// it the way a cashier would: through its widgets and the keyboard.
class GuiFixture
{
public:
    /// `locale` picks the language and money format, as the program does from the system.
    explicit GuiFixture(const Clock *clock = nullptr, const QUrl &outageControl = {},
                        const QLocale &locale = QLocale(QStringLiteral("en_CA")));
    /// The window with these options (the other constructor turns the idle lock off).
    explicit GuiFixture(const ui::MainWindow::Options &options, const Clock *clock = nullptr,
                        const QLocale &locale = QLocale(QStringLiteral("en_CA")));
    ~GuiFixture();

    /// Opens the engine through the window and waits (bounded) for the first screen.
    bool open();
    ui::MainWindow &window() { return *m_window; }
    EngineFixture &engine() { return m_engine; }

    /// First run through the first-run screen: store, taxes (Québec), manager Morgan.
    bool createManagerThroughTheScreen();
    /// Signs `name` in through the sign-in screen with `pin` typed on the keyboard; waits for
    /// the sale screen (or, when `expectFailure`, for the error).
    bool signIn(const QString &name, const QString &pin, bool expectFailure = false);
    /// Manager (and a cashier) created, the manager signed in: the common start of a test.
    bool startAsManager(bool withCashier = false);
    sales::StaffMember manager() const { return m_manager; }
    sales::StaffMember cashier() const { return m_cashier; }

    /// The status the window shows, fresh from the engine (bounded wait).
    bool refreshStatus();

    /// The visible top-level widget of type T (a dialog), waiting (bounded) for it.
    template<typename T>
    T *waitForWindow(int timeoutMs = 10000)
    {
        T *found = nullptr;
        const auto find = [&found] {
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                if (auto *candidate = qobject_cast<T *>(widget); candidate && candidate->isVisible()) {
                    found = candidate;
                }
            }
            return found != nullptr;
        };
        return QTest::qWaitFor(find, timeoutMs) ? found : nullptr;
    }

    /// The first product tile of the grid, waiting for the catalog to show.
    QModelIndex firstTile();

private:
    EngineFixture m_engine;
    std::unique_ptr<ui::MainWindow> m_window;
    sales::StaffMember m_manager;
    sales::StaffMember m_cashier;
};

} // namespace holdfast::test
