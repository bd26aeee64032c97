# holdfast_add_test(<name> SOURCES <files…> [LIBS <targets…>] LABELS <labels…>
#                   [KEYRING] [WIDGETS] [TIMEOUT <seconds>] [FIXTURES <fixtures…>])
#
# Builds one Qt Test executable and registers it with CTest. Every test runs headless
# (offscreen platform), in the C.UTF-8 locale, and finds the project's programs through
# HOLDFAST_BIN_DIR. KEYRING runs it inside its own D-Bus session with a real, unlocked
# gnome-keyring Secret Service, isolated in a private HOME, so tests may run in parallel.
# WIDGETS says the test links Qt Widgets (it gets the matching precompiled headers).
set(HOLDFAST_TEST_RUNNER "${PROJECT_SOURCE_DIR}/tests/support/run-test.sh")

function(holdfast_add_test name)
    cmake_parse_arguments(T "KEYRING;WIDGETS" "TIMEOUT" "SOURCES;LIBS;LABELS;FIXTURES" ${ARGN})
    if(NOT T_LABELS)
        message(FATAL_ERROR "holdfast_add_test(${name}): LABELS is required")
    endif()
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()

    add_executable(${name} ${T_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test holdfast_test_support holdfast_warnings ${T_LIBS})
    if(T_WIDGETS)
        holdfast_precompile_headers(${name} widgets)
    else()
        holdfast_precompile_headers(${name} core)
    endif()
    # A test's moc output is included by its .cpp, leaving AUTOMOC's own unit empty: loading
    # the precompiled header there would cost seconds for nothing.
    set_source_files_properties(${CMAKE_CURRENT_BINARY_DIR}/${name}_autogen/mocs_compilation.cpp
        PROPERTIES SKIP_PRECOMPILE_HEADERS ON)

    set(mode plain)
    if(T_KEYRING)
        set(mode keyring)
    endif()
    add_test(NAME ${name} COMMAND ${HOLDFAST_TEST_RUNNER} ${mode} $<TARGET_FILE:${name}>)
    set_tests_properties(${name} PROPERTIES
        LABELS "${T_LABELS}"
        TIMEOUT ${T_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;HOLDFAST_BIN_DIR=${PROJECT_BINARY_DIR}/bin;HOLDFAST_SOURCE_DIR=${PROJECT_SOURCE_DIR}")
    if(T_FIXTURES)
        set_tests_properties(${name} PROPERTIES FIXTURES_REQUIRED "${T_FIXTURES}")
    endif()
endfunction()
