"""The command line never opens a network connection, in the main process or in its detector workers."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

# Imported at start-up by every Python process that has the folder on PYTHONPATH, the spawned
# detector workers included: each connection attempt is refused and written to the log.
GUARD = '''
import os, socket

def _refuse(sock, address, *args):
    with open(os.environ["CLEARANCE_NET_LOG"], "a") as log:
        log.write(repr(address) + "\\n")
    raise OSError("network access refused by the test")

socket.socket.connect = _refuse
socket.socket.connect_ex = _refuse
'''


def run_offline(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    guard = tmp_path / "guard"
    guard.mkdir(exist_ok=True)
    (guard / "sitecustomize.py").write_text(GUARD)
    env = {**os.environ, "PYTHONPATH": str(guard), "CLEARANCE_NET_LOG": str(tmp_path / "net.log")}
    return subprocess.run([sys.executable, "-m", "desktop.cli", *args], env=env, capture_output=True, text=True,
                          timeout=600, cwd=Path(__file__).resolve().parents[2])


def test_scan_findings_and_redact_open_no_connection(tmp_path):
    from devkit.corpus import generate_contract

    contract = generate_contract(7411, pages=2)
    pdf = tmp_path / "contract.pdf"
    pdf.write_bytes(contract.pdf)
    store = str(tmp_path / "store.sqlite")
    # the guard is live: a connection attempt is refused and logged
    probe = run_offline(tmp_path, "--help")
    assert probe.returncode == 0
    check = subprocess.run([sys.executable, "-c", "import socket; socket.create_connection(('192.0.2.1', 80), 1)"],
                           env={**os.environ, "PYTHONPATH": str(tmp_path / "guard"),
                                "CLEARANCE_NET_LOG": str(tmp_path / "probe.log")}, capture_output=True)
    assert check.returncode != 0 and "192.0.2.1" in (tmp_path / "probe.log").read_text()

    scan = run_offline(tmp_path, "scan", str(pdf), "--store", store, "--workers", "2")
    assert scan.returncode == 0, scan.stderr
    listed = run_offline(tmp_path, "findings", str(pdf), "--store", store, "--json")
    types = {f["type"] for f in json.loads(listed.stdout)}
    assert {"EMAIL_ADDRESS", "URL"} <= types, types
    redact = run_offline(tmp_path, "redact", str(pdf), "-o", str(tmp_path / "out.pdf"), "--accept-detected")
    assert redact.returncode == 0, redact.stderr
    assert not (tmp_path / "net.log").exists(), (tmp_path / "net.log").read_text()
