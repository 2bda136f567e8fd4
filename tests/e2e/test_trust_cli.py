"""The worked example of the README, scripted: demo store, signer, bulk review, export, verify against trust."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


def _clearance(*args, env, cwd):
    return subprocess.run([sys.executable, "-m", "desktop.cli", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=600)


def test_demo_signer_review_export_verify(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "XDG_DATA_HOME": str(tmp_path / "data"),
           "CLEARANCE_PASSPHRASE": "correct horse battery"}
    run = lambda *a: _clearance(*a, env=env, cwd=tmp_path)  # noqa: E731
    store = str(tmp_path / "D" / "clearance.sqlite")
    assert run("demo", "D").returncode == 0
    for name in ("alice", "other"):
        assert run("signer", "create", name).returncode == 0
        assert run("signer", "export", name, "-o", f"{name}.pub").returncode == 0
    reviewed = run("review", "--store", store, "--accept-all")
    assert reviewed.returncode == 0 and "confirmed" in reviewed.stdout
    exported = run("export", "--store", store, "--to", "OUT", "--signer", "alice")
    assert "written to OUT and verified" in exported.stdout, exported.stderr
    manifest = json.loads((tmp_path / "OUT" / "manifest.json").read_text())
    assert len(manifest["documents"]) >= 1
    assert manifest["signers"][0]["name"] == "alice"
    ok = run("verify", "OUT", "--trust", "alice.pub")
    assert ok.returncode == 0 and "trusted as alice" in ok.stdout
    bad = run("verify", "OUT", "--trust", "other.pub")
    assert bad.returncode == 1 and "not trusted" in bad.stderr and "Traceback" not in bad.stderr
    assert run("verify", store).returncode == 0
    again = run("export", "--store", store, "--to", "OUT", "--signer", "alice")
    assert again.returncode == 1 and "not empty" in again.stderr  # a second export never mixes into the first
