"""The core runs without Qt: with PySide6 hidden, every module but the window's imports and every
command but `gui` runs (scan, findings, consent, residue, export, verify, risk, redact, preview, demo, keys)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


def test_every_command_but_gui_runs_with_pyside6_hidden(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("QT_QPA_PLATFORM", None)
    result = subprocess.run([sys.executable, str(ROOT / "tests" / "e2e" / "no_qt_driver.py"), str(tmp_path)],
                            capture_output=True, text=True, env=env, cwd=tmp_path, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    for step in ("imported", "demo", "scan", "findings", "consent list", "consent links", "consent link",
                 "residue", "export", "verify", "risk", "redact", "preview", "keys", "gui"):
        assert any(line.startswith(f"ok {step}") for line in lines), (step, result.stdout)
    assert lines[-1] == "done"
