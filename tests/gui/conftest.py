"""Fixtures the window's tests share."""

from __future__ import annotations

import pytest


@pytest.fixture
def flows(monkeypatch):
    """The export flows the window opens, shown without a nested event loop so the test can drive them."""
    from desktop.ui.export_flow import ExportFlow

    opened = []
    monkeypatch.setattr(ExportFlow, "exec", lambda self: opened.append(self) or self.show())
    return opened


@pytest.fixture(scope="module")
def german_catalogue():
    """The German .qm as `make` builds it (a test run without make still gets the current one)."""
    import subprocess
    import sys
    from pathlib import Path

    from desktop.core.runtime.language import catalogue_path

    ts, qm = catalogue_path("de"), catalogue_path("de", ".qm")
    if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
        lrelease = Path(sys.executable).with_name("pyside6-lrelease")
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
