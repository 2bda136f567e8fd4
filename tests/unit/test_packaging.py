"""The installer recipes stay honest: versions agree, files they name exist, entries parse, filters hold."""

from __future__ import annotations

import configparser
import os
import plistlib
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import __version__

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
sys.path.insert(0, str(PACKAGING))

from bundle_filter import (  # noqa: E402
    keep_chart_file,
    keep_qt_file,
    prunable,
    prune_orphans,
)
from render_icon import ico_from_png, render_png  # noqa: E402


def iss_defines() -> dict[str, str]:
    text = (PACKAGING / "windows" / "clearance.iss").read_text(encoding="utf-8")
    return dict(re.findall(r'^#define (\w+) "([^"]*)"', text, re.MULTILINE))


def test_every_recipe_carries_the_app_version():
    plist = plistlib.loads((PACKAGING / "macos" / "Info.plist").read_bytes())
    assert plist["CFBundleShortVersionString"] == plist["CFBundleVersion"] == __version__
    assert iss_defines()["AppVersion"] == __version__
    # The .deb and the macOS script read it from the package itself.
    for script in ("deb/build.sh", "macos/build.sh"):
        assert "desktop.__version__" in (PACKAGING / script).read_text(encoding="utf-8")


def test_plist_names_the_executable_and_icon_the_spec_produces():
    plist = plistlib.loads((PACKAGING / "macos" / "Info.plist").read_bytes())
    spec = (PACKAGING / "clearance.spec").read_text(encoding="utf-8")
    assert f'name="{plist["CFBundleExecutable"]}"' in spec
    assert plist["CFBundleIconFile"] in spec and "Clearance.app" in spec
    assert "clearance.icns" in (PACKAGING / "macos" / "build.sh").read_text(encoding="utf-8")


def test_inno_setup_takes_the_files_of_the_one_folder_bundle():
    text = (PACKAGING / "windows" / "clearance.iss").read_text(encoding="utf-8")
    iss_dir = PACKAGING / "windows"
    bundle = (iss_dir / iss_defines()["Bundle"].replace("\\", "/")).resolve()
    assert bundle == ROOT / "dist" / "clearance"  # where the spec's COLLECT(name="clearance") writes
    sources = re.findall(r'^Source: "\{#Bundle\}\\([^"]+)"', text, re.MULTILINE)
    assert sources == ["clearance.exe", "_internal\\*"]
    icon = (iss_dir / re.search(r"^SetupIconFile=(.+)$", text, re.MULTILINE)[1].replace("\\", "/")).resolve()
    assert icon == ROOT / "build" / "icons" / "clearance.ico"  # what render_icon.py writes
    assert "build/icons" in (PACKAGING / "deb" / "build.sh").read_text(encoding="utf-8")


def test_desktop_entry_is_valid_and_starts_the_window():
    entry = PACKAGING / "deb" / "clearance.desktop"
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(entry, encoding="utf-8")
    section = parser["Desktop Entry"]
    assert section["Type"] == "Application" and section["Exec"].split()[:2] == ["clearance", "gui"]
    assert section["Icon"] == "clearance" and section["Categories"].endswith(";")
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
        assert result.returncode == 0 and "error" not in result.stdout, result.stdout


def test_deb_control_template_has_every_field_dpkg_needs():
    control = (PACKAGING / "deb" / "control.in").read_text(encoding="utf-8")
    fields = dict(re.findall(r"^([A-Za-z-]+): (.*)$", control, re.MULTILINE))
    for name in ("Package", "Version", "Architecture", "Maintainer", "Installed-Size", "Depends", "Description"):
        assert name in fields
    assert fields["Version"] == "@VERSION@"
    assert "libxcb-cursor0" in fields["Depends"]  # Qt 6's xcb plug-in does not start without it


@pytest.mark.parametrize(("dest", "kept"), [
    ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
    ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
    ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
    ("PySide6/Qt/plugins/platforms/libqminimalegl.so", False),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
    ("PySide6/Qt/plugins/imageformats/libqjpeg.so", True),
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", False),
    ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
    ("PySide6/Qt/translations/qtbase_de.qm", True),  # the German window's standard buttons
    ("PySide6/Qt/translations/qtbase_fr.qm", False),
    ("PySide6/Qt/translations/designer_de.qm", False),
    ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
    ("spacy/lang/en/__init__.py", True),
])
def test_qt_files_kept_in_the_bundle(dest, kept):
    assert keep_qt_file(dest) is kept


@pytest.mark.parametrize(("dest", "kept"), [
    ("matplotlib/mpl-data/matplotlibrc", True),
    ("matplotlib/mpl-data/stylelib/classic.mplstyle", True),
    ("matplotlib/mpl-data/fonts/ttf/DejaVuSans.ttf", True),
    ("matplotlib/mpl-data/fonts/ttf/DejaVuSans-Bold.ttf", True),
    ("matplotlib/mpl-data/fonts/ttf/LastResortHE-Regular.ttf", True),
    ("matplotlib/mpl-data/fonts/ttf/DejaVuSans-Oblique.ttf", False),
    ("matplotlib/mpl-data/fonts/ttf/DejaVuSansMono.ttf", False),
    ("matplotlib/mpl-data/fonts/ttf/STIXGeneral.ttf", False),
    ("matplotlib/mpl-data/fonts/afm/pagd8a.afm", False),
    ("matplotlib/mpl-data/sample_data/goog.npz", False),
    ("matplotlib/mpl-data/images/home.png", False),
    ("matplotlib/_afm.py", True),
    ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
])
def test_matplotlib_data_kept_in_the_bundle(dest, kept):
    assert keep_chart_file(dest) is kept


def test_the_bundle_keeps_matplotlib_but_no_interactive_backend():
    spec = (PACKAGING / "clearance.spec").read_text(encoding="utf-8")
    excludes = spec[spec.index("excludes = ["):spec.index("]\n", spec.index("excludes = ["))]
    assert '"matplotlib"' not in excludes  # the risk report draws with it
    for backend in ("pyplot", "backends.backend_qtagg", "backends.backend_tkagg", "backends.qt_compat"):
        assert f'"matplotlib.{backend}"' in excludes
    assert '"tkinter"' in excludes
    assert 'hooksconfig={"matplotlib": {"backends": ["Agg", "SVG"]}}' in spec


def test_the_bundle_leaves_out_the_development_kit_and_faker():
    spec = (PACKAGING / "clearance.spec").read_text(encoding="utf-8")
    excludes = spec[spec.index("excludes = ["):spec.index("]", spec.index("excludes = ["))]
    assert '"devkit"' in excludes and '"faker"' in excludes
    assert 'collect_submodules("devkit")' not in spec


def test_orphan_libraries_are_pruned_and_needed_ones_kept():
    binaries = [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
        ("PySide6/QtGui.abi3.so", "/src/QtGui.abi3.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/src/libQt6Gui.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6XcbQpa.so.6", "/src/libQt6XcbQpa.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Network.so.6", "/src/libQt6Network.so.6", "BINARY"),
        ("libgtk-3.so.0", "/usr/lib/libgtk-3.so.0", "BINARY"),
        ("libxcb-cursor.so.0", "/usr/lib/libxcb-cursor.so.0", "BINARY"),
    ]
    needs = {"/src/libqxcb.so": ["libQt6XcbQpa.so.6"], "/src/QtGui.abi3.so": ["libQt6Gui.so.6"],
             "/src/libQt6XcbQpa.so.6": ["libxcb-cursor.so.0", "libQt6Gui.so.6"]}
    kept = {entry[0] for entry in prune_orphans(binaries, lambda src: needs.get(src, []))}
    assert "PySide6/Qt/lib/libQt6Network.so.6" not in kept and "libgtk-3.so.0" not in kept
    assert {"libxcb-cursor.so.0", "PySide6/Qt/lib/libQt6XcbQpa.so.6", "PySide6/Qt/lib/libQt6Gui.so.6"} <= kept
    assert not prunable("PySide6/QtGui.abi3.so") and not prunable("libpython3.11.so.1.0")


def test_icon_renders_from_the_svg_and_wraps_into_an_ico():
    png = render_png(64)
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
    assert (width, height) == (64, 64)
    ico = ico_from_png(png, 64)
    assert ico[:6] == b"\x00\x00\x01\x00\x01\x00" and ico[22:] == png
    assert int.from_bytes(ico[14:18], "little") == len(png)


def _system_packages(purpose: str) -> list[str]:
    lines = (PACKAGING / "system-packages.txt").read_text(encoding="utf-8").splitlines()
    return [line.split()[0] for line in lines if not line.startswith("#") and line.split()[1:2] == [purpose]]


def test_make_run_installs_the_same_x11_libraries_the_deb_depends_on():
    control = (PACKAGING / "deb" / "control.in").read_text(encoding="utf-8")
    depends = re.search(r"^Depends: (.*)$", control, re.MULTILINE).group(1)
    names = {d.split()[0] for d in depends.split(", ")} - {"libc6"}
    assert set(_system_packages("window")) == names - set(_system_packages("ocr"))
    makefile = (PACKAGING.parent / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^run: system-run \$\(STAMP\)", makefile, re.MULTILINE)  # checked before the long install
    assert re.search(r"^system-run:\n\tpackaging/system-packages.sh window ocr$", makefile, re.MULTILINE)


def test_without_root_a_missing_library_stops_make_with_the_one_command(tmp_path):
    fake = tmp_path / "bin"
    fake.mkdir()
    for name, body in (("dpkg-query", "exit 1"), ("id", "echo 1000")):  # nothing installed, not root
        (fake / name).write_text(f"#!/bin/sh\n{body}\n")
        (fake / name).chmod(0o755)
    env = {**os.environ, "PATH": f"{fake}:{os.environ['PATH']}"}
    result = subprocess.run(["bash", str(PACKAGING / "system-packages.sh"), "window"], capture_output=True,
                            text=True, env=env, timeout=30)
    wanted = " ".join(_system_packages("window"))
    assert result.returncode == 1 and f"sudo apt-get install --no-install-recommends {wanted}" in result.stderr


def test_ocr_packages_are_installed_by_make_and_required_by_the_deb():
    listed = dict(line.split()[:2] for line in (PACKAGING / "system-packages.txt").read_text().splitlines()
                  if line.strip() and not line.startswith("#"))
    ocr = {"tesseract-ocr", "tesseract-ocr-eng", "tesseract-ocr-deu"}
    assert {p for p, purpose in listed.items() if purpose == "ocr"} == ocr
    makefile = (PACKAGING.parent / "Makefile").read_text()
    for target in ("system-run", "system-test"):
        recipe = re.search(rf"^{target}:\n\t(.*)$", makefile, re.MULTILINE).group(1)
        assert " ocr" in recipe
    control = (PACKAGING / "deb" / "control.in").read_text(encoding="utf-8")
    depends = {d.strip() for d in re.search(r"^Depends: (.*)$", control, re.MULTILINE).group(1).split(",")}
    assert ocr <= depends
