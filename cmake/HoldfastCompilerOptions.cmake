# Warnings every Holdfast target is built with. CI turns them into errors through
# CMAKE_COMPILE_WARNING_AS_ERROR (see CMakePresets.json), so a warning fails the build there.
add_library(holdfast_warnings INTERFACE)
target_compile_options(holdfast_warnings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
    -Woverloaded-virtual -Wconversion -Wformat=2 -Wimplicit-fallthrough
    # Aggregates here give every member a default; leaving trailing ones out is intended.
    -Wno-missing-field-initializers)
# Qt's string and JSON APIs are built on implicit conversions that are deliberate; keep the
# rest of the Qt build honest without drowning in them.
target_compile_definitions(holdfast_warnings INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH)
