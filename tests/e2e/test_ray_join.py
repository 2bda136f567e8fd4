"""`clearance scan --engine ray --ray-address ADDR` joins a Ray that another process runs (as a
cluster's head would), reads the files on its own machine (`local://`) and leaves that Ray running."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow
pytest.importorskip("ray", reason="the optional cluster extra is not installed")

ROOT = Path(__file__).resolve().parents[2]
HEAD = """
import signal, sys, time
import ray
signal.signal(signal.SIGTERM, lambda *a: (ray.shutdown(), sys.exit(0)))
info = ray.init(num_cpus=2, include_dashboard=False, _node_ip_address="127.0.0.1")
print(info.address_info["gcs_address"], flush=True)
time.sleep(600)
"""
# The head and this test's driver agree to run without Ray's token (a real cluster passes its token).
ENV = {"RAY_AUTH_MODE": "disabled", "RAY_USAGE_STATS_ENABLED": "0", "http_proxy": "http://127.0.0.1:9",
       "https_proxy": "http://127.0.0.1:9", "no_proxy": "127.0.0.1,localhost"}


@pytest.fixture(scope="module")
def head():
    proc = subprocess.Popen([sys.executable, "-c", HEAD], env={**os.environ, **ENV, "PYTHONPATH": str(ROOT)},
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        deadline = time.monotonic() + 120
        address = ""
        while not address and time.monotonic() < deadline:
            line = proc.stdout.readline()
            if re.fullmatch(r"\S+:\d+", line.strip()):
                address = line.strip()
        assert address, "the head did not start"
        yield address
        assert proc.poll() is None  # the scan left the head running
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=60)


def test_scan_joins_a_running_ray_and_stores_findings(head, tmp_path):
    """The scan runs as its own process, as a user runs it (and free of any Ray this test process saw)."""
    from desktop.core.store import Store
    from devkit.corpus import generate_contract

    folder = tmp_path / "in"
    folder.mkdir()
    for seed in (7301, 7302):
        (folder / f"c{seed}.pdf").write_bytes(generate_contract(seed, pages=2).pdf)
    store = tmp_path / "store.sqlite"
    scan = subprocess.run([sys.executable, "-m", "desktop.cli", "scan", str(folder), "--engine", "ray",
                           "--ray-address", head, "--workers", "2", "--store", str(store)],
                          env={**os.environ, **ENV, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True,
                          timeout=300, cwd=tmp_path)
    assert scan.returncode == 0, scan.stderr
    assert "2 imported" in scan.stdout
    with Store(store) as s:
        docs = s.documents()
        assert [d["status"] for d in docs] == ["scanned", "scanned"]
        assert all(s.findings(d["id"]) for d in docs)
