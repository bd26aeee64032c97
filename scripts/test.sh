#!/bin/sh
# The README's test command: installs what is missing, builds Holdfast with warnings as
# errors, and runs the whole test suite (unit, integration, gui, slow, static analysis)
# through CTest. Extra arguments go to ctest, e.g. scripts/test.sh -L unit
set -eu
cd "$(dirname "$0")/.."
scripts/setup-debian.sh
cmake --preset ci
cmake --build --preset ci
ctest --preset ci "$@"
