#!/bin/sh
# Builds the Debian package from the build tree $1 into a temporary folder and checks what an
# installer relies on: the programs, the user unit, the desktop entry, the upgrade guard
# (preinst) and library dependencies found by dpkg-shlibdeps.
set -eu
build=$1
out=$(mktemp -d "${TMPDIR:-/tmp}/holdfast-deb.XXXXXX")
trap 'rm -rf "$out"' EXIT

cpack -G DEB --config "$build/CPackConfig.cmake" -B "$out" >"$out/cpack.log" 2>&1 || {
    cat "$out/cpack.log" >&2
    exit 1
}
deb=$(ls "$out"/holdfast_*.deb)
contents=$(dpkg-deb -c "$deb")
for file in /usr/bin/holdfast /usr/bin/holdfastctl /usr/bin/holdfast-gateway /usr/bin/holdfast-terminal \
    /usr/lib/systemd/user/holdfast-sync.service /usr/share/applications/holdfast.desktop \
    /usr/share/metainfo/org.holdfast.Holdfast.metainfo.xml /usr/share/doc/holdfast/sync.md \
    /usr/share/doc/holdfast/examples/holdfast-gateway.conf; do
    if ! printf '%s\n' "$contents" | grep -q " \.$file\$"; then
        echo "check-deb: $file is missing from $deb" >&2
        exit 1
    fi
done
dpkg-deb -e "$deb" "$out/control"
if ! cmp -s "$out/control/preinst" "$(dirname "$0")/../../packaging/debian/preinst"; then
    echo "check-deb: the package's preinst is not packaging/debian/preinst" >&2
    exit 1
fi
[ -x "$out/control/preinst" ] || { echo "check-deb: preinst is not executable" >&2; exit 1; }
depends=$(dpkg-deb -f "$deb" Depends)
for library in libqt6keychain1 libqt6httpserver6 libssl3 gnome-keyring; do
    case "$depends" in
        *"$library"*) ;;
        *) echo "check-deb: Depends lacks $library: $depends" >&2; exit 1 ;;
    esac
done
echo "check-deb: $(basename "$deb") is complete"
