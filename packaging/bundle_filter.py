"""What the frozen bundle leaves out: unused Qt plug-ins and translations, matplotlib's data beyond the one
font the charts use, orphan libraries."""

from __future__ import annotations

import subprocess
from collections.abc import Callable, Iterable
from pathlib import Path, PurePath

# Qt plug-ins the app loads: a screen (X11, Wayland, offscreen; Windows and macOS for their recipes),
# JPEG images (PNG is built into QtGui), widget styles and the compose key. Anything else is left out.
QT_PLUGINS_KEPT = {
    "platforms": ("qoffscreen", "qxcb", "qwayland", "qminimal.", "qwindows", "qcocoa", "libqminimal.so"),
    "imageformats": ("qjpeg",),
    "platforminputcontexts": ("compose",),
    "styles": ("",),
    "xcbglintegrations": ("",),
    "wayland-shell-integration": ("xdg-shell",),
    "wayland-decoration-client": ("bradient",),
}
Entry = tuple  # PyInstaller TOC entry: (destination name, source path, type code)


# desktop/ui/i18n.py loads qtbase_LANG.qm beside Clearance's own catalogue (resources/i18n).
QT_TRANSLATIONS_KEPT = ("qtbase_de.qm",)


def keep_qt_file(dest: str) -> bool:
    """False for Qt translations but those of Clearance's languages, QML and the plug-ins the app never
    loads."""
    parts = PurePath(dest).parts
    if "PySide6" not in parts:
        return True
    if "translations" in parts:  # Qt's own words (dialog buttons) in the languages Clearance speaks
        return parts[-1] in QT_TRANSLATIONS_KEPT
    if "qml" in parts:
        return False
    if "plugins" not in parts or len(parts) < parts.index("plugins") + 3:
        return True
    kind = parts[parts.index("plugins") + 1]
    wanted = QT_PLUGINS_KEPT.get(kind)
    return wanted is not None and any(w in parts[-1] for w in wanted)


# matplotlib's data the charts read (desktop/core/export/plots.py): its settings and style sheets, DejaVu
# Sans upright and bold, and the last-resort font every text falls back on (matplotlib 3.10+ opens it with
# each font); not its sample data, toolbar images, other fonts (italics, STIX, Computer Modern, PDF core
# fonts, serif and mono) or LaTeX helpers.
MPL_DATA = ("matplotlib", "mpl-data")
MPL_KEPT = ("matplotlibrc", "stylelib")
MPL_FONTS = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "LastResortHE-Regular.ttf")


def keep_chart_file(dest: str) -> bool:
    """False for matplotlib data files the charts never read."""
    parts = PurePath(dest).parts
    if parts[:2] != MPL_DATA or len(parts) < 3:
        return True
    if parts[2] in MPL_KEPT:
        return True
    return parts[2] == "fonts" and parts[-2:-1] == ("ttf",) and parts[-1] in MPL_FONTS


def prunable(dest: str) -> bool:
    """A shared library that is only there because something else needs it (not a Python module)."""
    path = PurePath(dest)
    name = path.name
    if ".so" not in name or ".cpython-" in name or ".abi3." in name or name.startswith("libpython"):
        return False
    return len(path.parts) == 1 or path.parts[:3] == ("PySide6", "Qt", "lib")


def prune_orphans(binaries: list[Entry], needed: Callable[[str], Iterable[str]]) -> list[Entry]:
    """Drop shared libraries that nothing kept needs any more, e.g. GTK after its Qt theme plug-in went.

    `needed(source_path)` names the libraries a binary links against (its DT_NEEDED sonames).
    """
    by_name: dict[str, list[Entry]] = {}
    for entry in binaries:
        if prunable(entry[0]):
            by_name.setdefault(PurePath(entry[0]).name, []).append(entry)
    reached: set[str] = set()
    todo = [entry for entry in binaries if not prunable(entry[0])]
    while todo:
        entry = todo.pop()
        if entry[2] == "SYMLINK":
            continue
        for soname in needed(entry[1]):
            if soname in by_name and soname not in reached:
                reached.add(soname)
                todo.extend(by_name[soname])
    return [entry for entry in binaries if not prunable(entry[0]) or PurePath(entry[0]).name in reached]


def drop_dangling_symlinks(entries: list[Entry], kept: set[str]) -> list[Entry]:
    """Symbolic links (PyInstaller lists them with the data) whose target was left out."""
    return [e for e in entries if e[2] != "SYMLINK" or e[1] in kept]


def has_debug_info(path: str) -> bool:
    out = subprocess.run(["readelf", "-S", "-W", path], capture_output=True, text=True).stdout
    return ".debug_info" in out


def strip_debug_info(binaries: list[Entry], cache: Path) -> list[Entry]:
    """Entries pointing at copies without debug sections (spaCy's extensions ship them: 10x their size).

    Libraries under `*.libs/` were relinked by auditwheel and break when rewritten, so they stay as
    they are; so does every file without debug sections.
    """
    result = []
    for dest, src, kind in binaries:
        if kind == "SYMLINK" or ".libs" in PurePath(dest).parts[0] or not has_debug_info(src):
            result.append((dest, src, kind))
            continue
        copy = cache / dest
        if not copy.exists() or copy.stat().st_mtime < Path(src).stat().st_mtime:
            copy.parent.mkdir(parents=True, exist_ok=True)
            subprocess.run(["strip", "--strip-unneeded", "-o", str(copy), src], check=True)
        result.append((dest, str(copy), kind))
    return result
