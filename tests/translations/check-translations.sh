#!/bin/sh
# fr_CA and es must stay complete: runs lupdate over the sources into copies of the .ts files
# and fails if any text is new, changed or untranslated (fix: `cmake --build --preset ci
# --target update_translations`, then translate what Qt Linguist shows as unfinished).
set -eu
lupdate=$1
cd "$(dirname "$0")/../.."
copy=$(mktemp -d "${TMPDIR:-/tmp}/holdfast-ts.XXXXXX")
trap 'rm -rf "$copy"' EXIT
cp translations/*.ts "$copy/"
sources="-I core -I ui core ui app/holdfast"
# shellcheck disable=SC2086 # the source list is split on purpose
"$lupdate" -silent -no-obsolete -locations none $sources -ts "$copy/holdfast_fr_CA.ts" "$copy/holdfast_es.ts"
# shellcheck disable=SC2086
"$lupdate" -silent -pluralonly -no-obsolete -locations none $sources -ts "$copy/holdfast_en.ts"
status=0
for ts in translations/*.ts; do
    if ! cmp -s "$ts" "$copy/$(basename "$ts")"; then
        echo "check-translations: $ts is out of date with the sources:" >&2
        diff -u "$ts" "$copy/$(basename "$ts")" | head -40 >&2
        status=1
    fi
done
for ts in translations/holdfast_fr_CA.ts translations/holdfast_es.ts; do
    unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
    if [ "$unfinished" -gt 0 ]; then
        echo "check-translations: $ts has $unfinished untranslated text(s)." >&2
        status=1
    fi
done
[ "$status" = 0 ] && echo "check-translations: fr_CA and es are complete"
exit "$status"
