#!/bin/sh
# Builds the release preset and the Debian package holdfast_<version>_<arch>.deb in build/release.
# Install with: apt-get install ./build/release/holdfast_*.deb
set -eu
cd "$(dirname "$0")/.."
scripts/setup-debian.sh
cmake --preset release >/dev/null
cmake --build --preset release --target holdfast holdfastctl holdfast-gateway holdfast-terminal
cd build/release
cpack -G DEB
