"""docs/ARCHITECTURE.md names only what exists: every path, every dotted `desktop.*` name, and every
module, file or name it gives relative to the core (`export/reredact.py`, `scan.documents.import_paths`),
the files a row of the layers table lists among that row's packages."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "desktop" / "core"
DOC = (ROOT / "docs" / "ARCHITECTURE.md").read_text()
CORE_NAMES = {p.stem if p.suffix == ".py" else p.name for p in CORE.iterdir()
              if (p.suffix == ".py" or (p / "__init__.py").exists()) and p.stem != "__init__"}
CODE = re.findall(r"`([^`\n]+)`", DOC)


def resolves(dotted: str) -> bool:
    """A module, or an attribute reached from the longest importable module prefix."""
    parts = dotted.split(".")
    for i in range(len(parts), 0, -1):
        try:
            obj = importlib.import_module(".".join(parts[:i]))
        except ImportError:
            continue
        try:
            for name in parts[i:]:
                obj = getattr(obj, name)
        except AttributeError:
            return False
        return True
    return False


def core_relative(token: str) -> bool:
    return "/" in token and token.split("/")[0] in CORE_NAMES and re.fullmatch(r"[\w/]+(\.py|/)", token) is not None


def test_every_path_exists():
    paths = set(re.findall(r"(?<![\w./-])((?:desktop|tests|tools|docs|bench|resources|packaging)/[\w./*-]*\w/?)", DOC))
    assert paths, "the document names no path"
    missing = [p for p in sorted(paths) if not (list(ROOT.glob(p)) if "*" in p else (ROOT / p).exists())]
    assert missing == []


def test_every_dotted_desktop_name_exists():
    names = set(re.findall(r"\bdesktop(?:\.\w+)+", DOC))
    assert "desktop.core.pdf.lock.PDF_LOCK" in names
    assert [n for n in sorted(names) if not resolves(n)] == []


def test_every_core_relative_file_and_name_exists():
    files = {t for t in CODE if core_relative(t)}
    dotted = {t for t in CODE if re.fullmatch(r"\w+(\.\w+)+", t) and t.split(".")[0] in CORE_NAMES
              and not t.endswith(".py")}
    assert "export/reredact.py" in files and "scan.documents.import_paths" in dotted
    assert [f for f in sorted(files) if not (CORE / f).exists()] == []
    assert [d for d in sorted(dotted) if not resolves(f"desktop.core.{d}")] == []


def test_each_row_of_the_layers_table_lists_files_of_its_own_packages():
    rows = [line for line in DOC.splitlines() if re.match(r"\| \d+ \|", line)]
    assert len(rows) >= 10
    for row in rows:
        packages = [CORE / t.rstrip("/") for t in re.findall(r"`([\w]+/)`", row)]
        for name in re.findall(r"`(\w+\.py)`", row):
            assert any((p / name).exists() for p in [CORE, *packages]), f"{name} in the row of {packages}"


def test_the_checks_tell_a_moved_name_from_its_new_one():
    assert not resolves("desktop.core.links.link_party") and resolves("desktop.core.scan.links.link_party")
    assert not resolves("desktop.core.scan.documents.no_such_function")
    assert core_relative("text/propagate.py") and not (CORE / "propagate.py").exists()
