#!/bin/sh
# Installs every Debian 12 package Holdfast needs to build, run its demo and run its tests.
# Idempotent: when everything is already installed it prints nothing and changes nothing.
set -eu

packages="
    build-essential cmake ninja-build pkg-config git openssl curl
    qt6-base-dev qt6-httpserver-dev qt6-websockets-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n qtkeychain-qt6-dev libqt6sql6-sqlite libqt6sql6-psql
    libssl-dev libxkbcommon-dev libgl-dev fonts-dejavu-core
    xvfb xauth dbus-daemon dbus-bin gnome-keyring postgresql nginx-light cppcheck clang-format
"

missing=""
for package in $packages; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q '^install ok installed$'; then
        missing="$missing $package"
    fi
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
    as_root=""
elif command -v sudo >/dev/null 2>&1; then
    as_root="sudo"
else
    echo "setup-debian.sh: these packages are missing and installing them needs root:$missing" >&2
    exit 1
fi

echo "Installing:$missing"
export DEBIAN_FRONTEND=noninteractive
$as_root apt-get update -q
# shellcheck disable=SC2086 # word splitting of the package list is intended
$as_root apt-get install -y -q --no-install-recommends $missing
# The Debian postgresql package starts a cluster on port 5432; Holdfast's tests start their
# own throw-away servers on free ports and do not need (or touch) that one.
