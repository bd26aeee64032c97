#!/bin/sh
# Static analysis of Holdfast's own code, run by CTest (label "static") so that the README
# test command, and so CI, fails on any finding:
#   - cppcheck: warnings, style, performance and portability findings;
#   - clang-format: every C++ file must match .clang-format.
set -eu
cd "$(dirname "$0")/.."
dirs="core ui app gateway terminal tests bench"
existing=""
for d in $dirs; do
    [ -d "$d" ] && existing="$existing $d"
done

# Suppressed, deliberately:
#   noExplicitConstructor  Result<T> converts implicitly from T and from Error by design;
#   shadowFunction         a local named like an accessor inside a static factory is clear;
#   useStlAlgorithm        a plain loop is often the clearer code;
#   ignoredReturnErrorCode QSqlQuery::prepare(): a failed prepare makes the following exec()
#                          fail with the same error, and every exec() result is checked;
#   unusedStructMember     false positives on aggregates read through structured access.
# shellcheck disable=SC2086
cppcheck --enable=warning,style,performance,portability --std=c++20 --library=qt --inline-suppr \
    --error-exitcode=1 --quiet -j 2 -I core \
    --suppress=missingIncludeSystem --suppress=noExplicitConstructor --suppress=shadowFunction \
    --suppress=useStlAlgorithm --suppress=unknownMacro --suppress=ignoredReturnErrorCode \
    --suppress=unusedStructMember \
    $existing

# shellcheck disable=SC2086
files=$(find $existing -name '*.cpp' -o -name '*.h')
# shellcheck disable=SC2086
clang-format --dry-run --Werror $files
echo "static analysis: no findings"
