#include "style.h"

#include <QApplication>
#include <QFont>
#include <QIcon>
#include <QStyleFactory>

using namespace Qt::StringLiterals;

static void initIcons()
{
    Q_INIT_RESOURCE(icons);
}

namespace holdfast::ui {

void initResources()
{
    initIcons();
}

void applyRegisterStyle(QApplication &application)
{
    initResources();
    application.setStyle(QStyleFactory::create(u"Fusion"_s));
    QFont font = application.font();
    font.setPointSizeF(std::max(11.0, font.pointSizeF()));
    application.setFont(font);
    application.setWindowIcon(QIcon(u":/holdfast/icons/holdfast.png"_s));
    application.setStyleSheet(u"QPushButton { min-height: 44px; padding: 4px 14px; }"
                              "QToolButton { min-height: 32px; padding: 2px 8px; }"
                              "QLineEdit, QComboBox { min-height: 36px; }"
                              "QRadioButton, QCheckBox { min-height: 32px; }"
                              "QTabBar::tab { min-height: 40px; min-width: 80px; padding: 0 14px; }"
                              "QPushButton:focus, QToolButton:focus { border: 2px solid #2563eb; border-radius: 4px; }"
                              "QMenuBar::item { padding: 6px 12px; }"_s);
}

} // namespace holdfast::ui
