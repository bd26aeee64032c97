#!/bin/sh
# Runs one test executable for CTest.
#   run-test.sh plain   EXE [ARGS…]   in a private temporary directory
#   run-test.sh keyring EXE [ARGS…]   also inside its own D-Bus session with an unlocked
#                                     gnome-keyring Secret Service (what QtKeychain talks to)
# Each run gets its own HOME and XDG folders, so tests running in parallel never share a
# keyring, a settings file or an app-data folder.
set -eu
mode=$1
shift
scratch=$(mktemp -d "${TMPDIR:-/tmp}/holdfast-test.XXXXXX")
trap 'rm -rf "$scratch"' EXIT INT TERM
export HOME="$scratch/home"
export XDG_CONFIG_HOME="$HOME/.config" XDG_DATA_HOME="$HOME/.local/share" XDG_CACHE_HOME="$HOME/.cache"
export XDG_RUNTIME_DIR="$scratch/run" TMPDIR="$scratch/tmp"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$TMPDIR"
mkdir -m 700 "$XDG_RUNTIME_DIR"

set +e
case "$mode" in
plain)
    "$@"
    ;;
keyring)
    # The keyring is unlocked with a throw-away password; it lives and dies with $scratch.
    dbus-run-session -- sh -c '
        printf holdfast-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
        exec "$@"' sh "$@"
    ;;
*)
    echo "run-test.sh: unknown mode '$mode'" >&2
    exit 2
    ;;
esac
status=$?
exit $status
