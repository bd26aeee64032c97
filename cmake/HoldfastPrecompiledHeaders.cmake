# Precompiled headers. Parsing Qt's headers is about half of every translation unit's compile
# time here (uploader.cpp: 9.2 s without, 4.6 s with), and CI builds the project from scratch.
#
# A precompiled header is only valid for translation units compiled with the same macros as
# it was, so there is one provider per flavour of target (Qt Core/Network/Sql, and the same
# with Widgets), each an object library compiled once, and every target reuses its flavour's
# header (REUSE_FROM). GCC's -Winvalid-pch, which CMake adds, turns a mismatch into a warning,
# and so into an error in the `ci` preset: a target given the wrong flavour fails the build
# instead of silently compiling slowly. Qt Test's headers stay out: Qt Test defines
# QT_TESTCASE_BUILDDIR per folder, which its headers read, so no one header fits every test.
#
#   holdfast_precompile_headers(<target> <core|widgets>)
#
# Set HOLDFAST_PRECOMPILED_HEADERS=OFF to build without them (tools that cannot read GCC's
# precompiled headers, such as clang-tidy, use the compile database of such a build).
option(HOLDFAST_PRECOMPILED_HEADERS "Precompile the Qt and standard headers every target uses" ON)

set(holdfast_pch_core_headers
    <QByteArray> <QCoreApplication> <QDateTime> <QDir> <QFile> <QHash> <QJsonArray> <QJsonDocument>
    <QJsonObject> <QJsonValue> <QList> <QLoggingCategory> <QMap> <QNetworkAccessManager> <QNetworkReply>
    <QNetworkRequest> <QObject> <QPointer> <QProcess> <QSqlDatabase> <QSqlError> <QSqlQuery> <QString> <QStringList>
    <QTemporaryDir> <QTimer> <QUrl> <QUuid> <QVariant>
    <algorithm> <chrono> <functional> <memory> <optional> <utility> <vector>)
set(holdfast_pch_widgets_headers
    <QApplication> <QBoxLayout> <QDialog> <QFormLayout> <QLabel> <QLineEdit> <QMessageBox> <QPainter>
    <QPushButton> <QTableView> <QWidget>)

function(holdfast_add_pch_provider flavour)
    set(provider holdfast_pch_${flavour})
    add_library(${provider} OBJECT ${PROJECT_SOURCE_DIR}/cmake/pch/empty.cpp)
    target_link_libraries(${provider} PRIVATE holdfast_warnings ${ARGN})
    target_precompile_headers(${provider} PRIVATE ${holdfast_pch_headers})
endfunction()

if(HOLDFAST_PRECOMPILED_HEADERS)
    set(holdfast_pch_headers ${holdfast_pch_core_headers})
    holdfast_add_pch_provider(core Qt6::Core Qt6::Network Qt6::Sql)
    list(APPEND holdfast_pch_headers ${holdfast_pch_widgets_headers})
    holdfast_add_pch_provider(widgets Qt6::Core Qt6::Network Qt6::Sql Qt6::Widgets)
endif()

function(holdfast_precompile_headers target flavour)
    if(HOLDFAST_PRECOMPILED_HEADERS)
        target_precompile_headers(${target} REUSE_FROM holdfast_pch_${flavour})
    endif()
endfunction()
