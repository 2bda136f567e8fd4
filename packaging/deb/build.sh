#!/usr/bin/env bash
# Build dist/clearance_VERSION_amd64.deb from the PyInstaller bundle in dist/clearance/.
# Usage: packaging/deb/build.sh [PYTHON]   (PYTHON renders the icon and reads the version)
set -euo pipefail
cd "$(dirname "$0")/../.."
PYTHON=${1:-.venv/bin/python}
VERSION=$("$PYTHON" -c 'import desktop; print(desktop.__version__)')
ARCH=$(dpkg --print-architecture)
BUNDLE=dist/clearance
[ -x "$BUNDLE/clearance" ] || { echo "build.sh: $BUNDLE/clearance is missing; run make package" >&2; exit 1; }

ROOT=build/deb/root
rm -rf "$ROOT"
mkdir -p "$ROOT/DEBIAN" "$ROOT/opt" "$ROOT/usr/bin" "$ROOT/usr/share/applications" \
         "$ROOT/usr/share/icons/hicolor/256x256/apps" "$ROOT/usr/share/icons/hicolor/scalable/apps"
cp -a "$BUNDLE" "$ROOT/opt/clearance"
ln -s /opt/clearance/clearance "$ROOT/usr/bin/clearance"
install -m 644 packaging/deb/clearance.desktop "$ROOT/usr/share/applications/clearance.desktop"
"$PYTHON" packaging/render_icon.py build/icons
install -m 644 build/icons/clearance.png "$ROOT/usr/share/icons/hicolor/256x256/apps/clearance.png"
install -m 644 resources/icons/clearance.svg "$ROOT/usr/share/icons/hicolor/scalable/apps/clearance.svg"

SIZE_KB=$(du -sk --exclude=DEBIAN "$ROOT" | cut -f1)
sed -e "s/@VERSION@/$VERSION/" -e "s/@ARCH@/$ARCH/" -e "s/@SIZE@/$SIZE_KB/" \
    packaging/deb/control.in > "$ROOT/DEBIAN/control"
OUT="dist/clearance_${VERSION}_${ARCH}.deb"
dpkg-deb --build --root-owner-group -Zgzip "$ROOT" "$OUT" >/dev/null
echo "$OUT"
