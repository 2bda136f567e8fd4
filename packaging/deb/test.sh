#!/usr/bin/env bash
# Install the .deb into a temporary root (dpkg -x) and run `clearance --self-test` from there:
# no virtual environment, no source tree, a minimal PATH and HOME, offscreen Qt, and, where the
# kernel allows a private network namespace, no network at all.
set -euo pipefail
cd "$(dirname "$0")/../.."
DEB=$(ls -t dist/clearance_*.deb | head -n 1)
TMPROOT=$(mktemp -d /tmp/clearance-deb-XXXXXX)
trap 'rm -rf "$TMPROOT"' EXIT
dpkg -x "$DEB" "$TMPROOT"
mkdir -p "$TMPROOT/home"
for path in usr/bin/clearance usr/share/applications/clearance.desktop \
            usr/share/icons/hicolor/256x256/apps/clearance.png opt/clearance/clearance; do
    [ -e "$TMPROOT/$path" ] || [ -L "$TMPROOT/$path" ] || { echo "test.sh: $path is missing from $DEB" >&2; exit 1; }
done

ISOLATE=()
if unshare -rn true 2>/dev/null; then
    ISOLATE=(unshare -rn)  # a new network namespace holds only a loopback device, and it is down
    echo "self-test of $DEB without network (unshare -rn)"
else
    echo "self-test of $DEB (no network namespace here; the app's own guard still refuses connections)"
fi
# A long document for the installed `redact --accept-detected`: its detector workers and the verifier's
# second reader are spawned processes of the frozen app (written with the build's Python, which has PyMuPDF).
LONG="$TMPROOT/long.pdf"
.venv/bin/python - "$LONG" <<'PY'
import sys
import pymupdf
doc = pymupdf.open()
for n in range(45):
    doc.new_page().insert_text((72, 100), f"Section {n + 1}. Payments go to Zelda Quartermain of Harbour Lane.")
doc.save(sys.argv[1])
PY
cd "$TMPROOT/home"
"${ISOLATE[@]}" env -i PATH=/usr/bin:/bin HOME="$TMPROOT/home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
    "$TMPROOT/opt/clearance/clearance" --self-test
# The German catalogue ships: the installed command line says its help in German when asked to.
german=$(env -i PATH=/usr/bin:/bin HOME="$TMPROOT/home" LANG=C.UTF-8 CLEARANCE_LANGUAGE=de \
    "$TMPROOT/opt/clearance/clearance" --help)
grep -q "das Prüffenster öffnen" <<<"$german" || { echo "the installed app has no German catalogue" >&2; exit 1; }
[ -n "$(find "$TMPROOT/opt/clearance" -path "*/resources/i18n/clearance_de.qm")" ] \
    || { echo "the installed app has no clearance_de.qm for the window" >&2; exit 1; }
echo "German catalogue shipped"
"${ISOLATE[@]}" env -i PATH=/usr/bin:/bin HOME="$TMPROOT/home" LANG=C.UTF-8 \
    "$TMPROOT/opt/clearance/clearance" redact "$LONG" -o "$TMPROOT/home/long-redacted.pdf" --accept-detected
[ -s "$TMPROOT/home/long-redacted.pdf" ] || { echo "the installed app wrote no redacted long document" >&2; exit 1; }
echo "45-page document redacted and verified by the installed app (spawned detector and verifier processes)"
