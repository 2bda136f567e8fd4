#!/usr/bin/env bash
# Build dist/Clearance-VERSION.dmg on macOS from the same PyInstaller spec (BUNDLE makes Clearance.app).
# UNTESTED until a macOS build machine exists. Needs Xcode command line tools (iconutil, hdiutil).
set -euo pipefail
cd "$(dirname "$0")/../.."
PYTHON=${PYTHON:-.venv/bin/python}
VERSION=$("$PYTHON" -c 'import desktop; print(desktop.__version__)')
"$PYTHON" packaging/render_icon.py build/icons
iconutil --convert icns --output build/icons/clearance.icns build/icons/clearance.iconset
"$PYTHON" -m PyInstaller --noconfirm --clean --workpath build/pyinstaller --distpath dist packaging/clearance.spec
APP=dist/Clearance.app
[ -d "$APP" ] || { echo "build.sh: $APP was not built" >&2; exit 1; }
QT_QPA_PLATFORM=offscreen "$APP/Contents/MacOS/clearance" --self-test
STAGE=build/dmg
rm -rf "$STAGE" && mkdir -p "$STAGE"
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
hdiutil create -volname "Clearance $VERSION" -srcfolder "$STAGE" -ov -format UDZO "dist/Clearance-$VERSION.dmg"
echo "dist/Clearance-$VERSION.dmg"
