"""The README's cluster instructions, tried as written on a two-node cluster on this machine: a head
started with `ray start --head` and token authentication, a second node with `ray start --address`
(at 127.0.0.2, its own address on loopback). `clearance scan --engine ray --ray-address` joins it and
leaves it running, refuses in one line a token set without its mode, and finishes with the local
pool's findings when the second node dies mid-scan (killed as soon as the first shard is written)."""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow
pytest.importorskip("ray", reason="the optional cluster extra is not installed")

ROOT = Path(__file__).resolve().parents[2]
RAY = Path(sys.executable).with_name("ray")
TOKEN = secrets.token_hex(16)
# As the README says for a cluster with a token and a head kept from asking the cloud metadata address.
ENV = {"RAY_AUTH_MODE": "token", "RAY_AUTH_TOKEN": TOKEN,
       "http_proxy": "http://127.0.0.1:9", "https_proxy": "http://127.0.0.1:9", "no_proxy": "127.0.0.1,127.0.0.2,localhost",
       "PYTHONPATH": str(ROOT)}


def node_pids(temp_dir: str) -> list[int]:
    """The processes of the node whose Ray files are under `temp_dir` (each names it on its command
    line) and their children: a worker running an actor renames itself (`ray::PageDetector`)."""
    parents, named = {}, set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            parents[int(entry.name)] = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            if temp_dir.encode() in (entry / "cmdline").read_bytes():
                named.add(int(entry.name))
        except (OSError, IndexError, ValueError):
            continue
    found, grew = set(named), True
    while grew:
        children = {pid for pid, parent in parents.items() if parent in found} - found
        found |= children
        grew = bool(children)
    return sorted(found)


def kill_node(temp_dir: str) -> None:
    for pid in node_pids(temp_dir):
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)


def ray_start(*args: str) -> None:
    started = subprocess.run([str(RAY), "start", *args], env={**os.environ, **ENV}, capture_output=True, text=True,
                             timeout=300)
    assert started.returncode == 0, started.stderr[-2000:]


def clearance(*args: str, env: dict | None = None, **popen) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "desktop.cli", *args], env=env or {**os.environ, **ENV},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **popen)


@pytest.fixture(scope="module")
def cluster():
    # Short folders of their own: Ray's socket paths must stay under the 107 characters a socket allows.
    head, worker = tempfile.mkdtemp(prefix="crh"), tempfile.mkdtemp(prefix="crw")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    try:
        ray_start("--head", "--port", str(port), "--include-dashboard", "false", "--disable-usage-stats",
                  "--num-cpus", "1", "--node-ip-address", "127.0.0.1", "--temp-dir", head)
        ray_start("--address", f"127.0.0.1:{port}", "--disable-usage-stats", "--num-cpus", "1",
                  "--node-ip-address", "127.0.0.2", "--temp-dir", worker)
        yield f"127.0.0.1:{port}", head, worker
    finally:
        kill_node(worker)
        kill_node(head)
        shutil.rmtree(head, ignore_errors=True)
        shutil.rmtree(worker, ignore_errors=True)


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    from devkit.corpus import generate_contract

    root = tmp_path_factory.mktemp("in")
    for seed in range(7301, 7317):  # 48 pages: six batches of eight, so both nodes have work when one dies
        (root / f"c{seed}.pdf").write_bytes(generate_contract(seed, pages=3).pdf)
    return root


def test_scan_joins_the_cluster_stores_findings_and_leaves_it_running(cluster, tmp_path):
    from desktop.core.store import Store
    from devkit.corpus import generate_contract

    address, head, _worker = cluster
    (tmp_path / "in").mkdir()
    for seed in (7401, 7402):
        (tmp_path / "in" / f"c{seed}.pdf").write_bytes(generate_contract(seed, pages=2).pdf)
    store = tmp_path / "store.sqlite"
    scan = clearance("scan", str(tmp_path / "in"), "--engine", "ray", "--ray-address", address, "--store", str(store),
                     cwd=tmp_path)
    out, err = scan.communicate(timeout=600)
    assert scan.returncode == 0, err
    assert "2 imported" in out and "local://" not in err
    with Store(store) as s:
        assert [d["status"] for d in s.documents()] == ["scanned", "scanned"]
        assert all(s.findings(d["id"]) for d in s.documents())
    assert node_pids(head)  # the cluster is still there


def test_a_token_without_its_mode_is_refused_in_one_line(cluster, folder, tmp_path):
    address, _head, _worker = cluster
    env = {k: v for k, v in {**os.environ, **ENV}.items() if k != "RAY_AUTH_MODE"}
    scan = clearance("scan", str(folder), "--engine", "ray", "--ray-address", address, "--out", str(tmp_path / "o"),
                     env=env)
    out, err = scan.communicate(timeout=120)
    assert scan.returncode == 2 and out == ""
    [line] = err.splitlines()
    assert not (tmp_path / "o").exists()
    assert "RAY_AUTH_MODE=token" in line and "RAY_AUTH_TOKEN" in line


def test_losing_a_node_mid_scan_finishes_on_the_node_left_with_the_local_findings(cluster, folder, tmp_path):
    from test_ray_scan import findings_by_file

    from desktop.cli import main

    address, head, worker = cluster
    shards = tmp_path / "shards"
    scan = clearance("scan", str(folder), "--engine", "ray", "--ray-address", address, "--workers", "2",
                     "--out", str(shards), cwd=tmp_path)
    try:
        while not list(shards.glob("*.parquet")) and scan.poll() is None:  # the first finished document
            time.sleep(0.05)
        assert scan.poll() is None, scan.communicate()[1]
        kill_node(worker)
        out, err = scan.communicate(timeout=900)
    finally:
        if scan.poll() is None:
            scan.kill()
    assert scan.returncode == 0, err
    assert "16 detected, 0 already in" in out
    assert "Traceback" not in err
    assert [line for line in err.splitlines() if "detection actor on the Ray cluster was lost" in line]
    assert node_pids(head) and not node_pids(worker)

    local, imported = tmp_path / "local.sqlite", tmp_path / "imported.sqlite"
    assert main(["scan", str(folder), "--store", str(local), "--workers", "1"]) == 0
    assert main(["import-findings", str(shards), "--store", str(imported)]) == 0
    expected = findings_by_file(local)
    assert len(expected) == 16 and findings_by_file(imported) == expected
