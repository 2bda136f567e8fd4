"""`clearance scan --engine ray` on a local Ray opens no connection beyond this machine's loopback, in
the driver or in any of Ray's Python processes (its workers and detection actors included)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow
pytest.importorskip("ray", reason="the optional cluster extra is not installed")

ROOT = Path(__file__).resolve().parents[2]

# Loaded by every Python process started with the folder on PYTHONPATH, Ray's included: a connection
# to anything but loopback or a local socket file is refused and written to the log.
GUARD = '''
import ipaddress, os, socket

_connect, _connect_ex = socket.socket.connect, socket.socket.connect_ex

def _local(sock, address):
    if sock.family not in (socket.AF_INET, socket.AF_INET6):
        return True
    host = address[0]
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False

def _guarded(original):
    def connect(sock, address, *args):
        if not _local(sock, address):
            with open(os.environ["CLEARANCE_NET_LOG"], "a") as log:
                log.write(f"{os.getpid()} {address!r}\\n")
            raise OSError("network access refused by the test")
        return original(sock, address, *args)
    return connect

socket.socket.connect = _guarded(_connect)
socket.socket.connect_ex = _guarded(_connect_ex)
'''


def test_ray_scan_stays_on_this_machine(tmp_path):
    from devkit.corpus import generate_contract

    (tmp_path / "guard").mkdir()
    (tmp_path / "guard" / "sitecustomize.py").write_text(GUARD)
    pdf = tmp_path / "contract.pdf"
    pdf.write_bytes(generate_contract(7411, pages=1).pdf)
    log = tmp_path / "net.log"
    env = {**os.environ, "PYTHONPATH": f"{tmp_path / 'guard'}{os.pathsep}{ROOT}", "CLEARANCE_NET_LOG": str(log)}
    env.pop("RAY_USAGE_STATS_ENABLED", None)  # the scan must turn usage reporting off by itself
    probe = subprocess.run([sys.executable, "-c", "import socket; socket.create_connection(('192.0.2.1', 80), 1)"],
                           env=env, capture_output=True)
    assert probe.returncode != 0 and "192.0.2.1" in log.read_text()  # the guard is live
    log.unlink()

    scan = subprocess.run([sys.executable, "-m", "desktop.cli", "scan", str(pdf), "--engine", "ray",
                           "--store", str(tmp_path / "store.sqlite")],
                          env=env, capture_output=True, text=True, timeout=600, cwd=tmp_path)
    assert scan.returncode == 0, scan.stderr
    assert "1 imported" in scan.stdout and "new findings" in scan.stdout
    assert not log.exists(), log.read_text()
