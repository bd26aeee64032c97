#!/bin/sh
# The README's demo command: installs what is missing, builds Holdfast, and starts a demo
# gateway, a LAN terminal simulator and the register, paired with each other on loopback.
set -eu
cd "$(dirname "$0")/.."
scripts/setup-debian.sh
cmake --preset ci >/dev/null
cmake --build --preset ci --target holdfast holdfastctl holdfast-gateway holdfast-terminal holdfast-faultproxy
bin="$PWD/build/ci/bin"

# The demo keeps its secrets in a keyring of its own (a private D-Bus session with a fresh
# gnome-keyring in a temporary folder), so it never touches the desktop's keyring and also
# works on a machine without one. Without a display it runs the windows in a virtual one.
keyrings=$(mktemp -d "${TMPDIR:-/tmp}/holdfast-demo-keyring.XXXXXX")
trap 'rm -rf "$keyrings"' EXIT
export XDG_DATA_HOME="$keyrings"
run() {
    dbus-run-session -- sh -c '
        printf holdfast-demo | gnome-keyring-daemon --unlock --components=secrets >/dev/null
        exec "$@"' sh "$@"
}
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ "${QT_QPA_PLATFORM:-}" != offscreen ]; then
    echo "No display: the demo windows run in a virtual display (xvfb-run)."
    run xvfb-run -a -s "-screen 0 1280x800x24" scripts/demo-session.sh "$bin"
else
    run scripts/demo-session.sh "$bin"
fi
