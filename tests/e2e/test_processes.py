"""Several processes on one store, and processes that end badly.

- Two scans of one folder at once give the same findings and parties as one scan, with no
  "database is locked"; the registry is read (consent export) and a setting written while they write.
- `kill -9` of a scan leaves no process behind after 10 s (workers die with their parent).
- SIGTERM ends a scan cleanly (exit 130, no traceback, no process left) and a rerun finishes it.
- A folder moved after an interrupted scan: the stored documents are reported by name, and
  scanning the new place goes on.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]


def _env(tmp_path: Path) -> dict:
    home = tmp_path / "home"
    return {**os.environ, "PYTHONPATH": str(ROOT), "XDG_DATA_HOME": str(home / "data"),
            "XDG_CACHE_HOME": str(home / "cache"), "XDG_CONFIG_HOME": str(home / "config")}


def clearance(tmp_path: Path, *args: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "desktop.cli", *args], env=_env(tmp_path), text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kwargs)


@pytest.fixture(scope="module")
def contracts(tmp_path_factory) -> Path:
    from devkit.corpus import generate_contract

    folder = tmp_path_factory.mktemp("contracts")
    for seed in (7441, 7442, 7443):
        (folder / f"c{seed}.pdf").write_bytes(generate_contract(seed, pages=3).pdf)
    return folder


@pytest.fixture(scope="module")
def long_contracts(tmp_path_factory) -> Path:
    """Enough pages that a scan is still detecting when it is killed."""
    from devkit.corpus import generate_contract

    folder = tmp_path_factory.mktemp("long")
    for seed in (7451, 7452):
        (folder / f"c{seed}.pdf").write_bytes(generate_contract(seed, pages=20).pdf)
    return folder


def _result(store_path: Path):
    from desktop.core.store import Store

    with Store(store_path, read_only=True) as s:
        findings = sorted((d["name"], f.page, f.start, f.end, f.entity_type, f.text, f.boxes)
                          for d in s.documents() for f in s.findings(d["id"]))
        parties = sorted((p.kind, p.name) for p in s.parties())
        links = sorted((d["name"], link.party.name, str(link.role)) for d in s.documents()
                       for link in s.document_links(d["id"]))
        statuses = {d["name"]: d["status"] for d in s.documents()}
    return findings, parties, links, statuses


def test_two_scans_at_once_give_the_same_findings_as_one(tmp_path, contracts):
    single = tmp_path / "single.sqlite"
    one = clearance(tmp_path, "scan", str(contracts), "--store", str(single), "--workers", "1")
    assert one.wait(600) == 0, one.stderr.read()

    shared = tmp_path / "shared.sqlite"
    runs = [clearance(tmp_path, "scan", str(contracts), "--store", str(shared), "--workers", "1") for _ in range(2)]
    reads, writes = [], []
    while any(r.poll() is None for r in runs):  # beside both scans: a read of the registry, then a chained write
        reader = clearance(tmp_path, "consent", "export", str(tmp_path / f"c{len(reads)}.csv"), "--store", str(shared))
        reads.append((reader.wait(120), reader.stderr.read()))
        writer = clearance(tmp_path, "settings", "set", "four-eyes", ("on", "off")[len(writes) % 2],
                           "--store", str(shared))
        writes.append((writer.wait(120), writer.stderr.read()))
        time.sleep(0.5)
    outputs = [(r.returncode, r.stdout.read(), r.stderr.read()) for r in runs]
    for code, _out, err in outputs:
        assert code == 0, err
        assert "locked" not in err and "Traceback" not in err
    # the read finds no store before the first scan made it, or a store whose schema is not committed yet
    # (2, saying so either way), else reads; never a lock error
    not_yet = ("no such store", "holds nothing yet")
    assert all((code == 0 or (code == 2 and any(n in err for n in not_yet))) and "Traceback" not in err
               for code, err in reads), reads
    # every write beside the two scans commits: it waits for the write lock, never fails on it
    assert writes and all(code == 0 and err == "" for code, err in writes), writes
    assert _four_eyes_changes(shared) == [("on", "off")[i % 2] for i in range(len(writes))]  # each one stored
    assert _result(shared) == _result(single)
    assert set(_result(shared)[3].values()) == {"scanned"}


def _four_eyes_changes(store_path: Path) -> list[str]:
    """The four-eyes values the store's audit chain recorded, in order (a write that did not land has none)."""
    import json

    from desktop.core import settings
    from desktop.core.store import Store

    with Store(store_path, read_only=True) as s:
        payloads = [e["payload"] if isinstance(e["payload"], dict) else json.loads(e["payload"])
                    for e in s.audit_entries() if e["kind"] == "setting"]
    return [settings.FOUR_EYES.word(settings.FOUR_EYES.parse(str(p["value"]))) for p in payloads
            if p.get("key") == settings.FOUR_EYES.key]


def _descendants(pid: int) -> set[int]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry.name))
    found, todo = set(), [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


def _alive(pid: int) -> bool:
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _cmdline(pid: int) -> bytes:
    """A process's command line, empty once it has ended: a short-lived child (an OCR run) can end
    between listing the scan's processes and reading this (seen under load)."""
    try:
        return (Path("/proc") / str(pid) / "cmdline").read_bytes()
    except OSError:
        return b""


def _scanned_pages(store_path: Path) -> int:
    import sqlite3

    try:
        with sqlite3.connect(f"{store_path.as_uri()}?mode=ro", uri=True) as conn:
            return conn.execute("SELECT COUNT(*) FROM pages WHERE scanned = 1").fetchone()[0]
    except sqlite3.Error:  # not created or not migrated yet
        return 0


def _wait_for_workers(scan: subprocess.Popen, count: int, store_path: Path, timeout: float = 180) -> set[int]:
    """The scan's processes once its workers are detecting (a first page is stored)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert scan.poll() is None, scan.stderr.read()
        family = _descendants(scan.pid)
        workers = [p for p in family if b"spawn_main" in _cmdline(p)]
        if len(workers) >= count and _scanned_pages(store_path) > 0:
            return _descendants(scan.pid)
        time.sleep(0.1)
    raise AssertionError("the scan never started detecting")


def test_no_process_is_left_10_s_after_kill_9(tmp_path, long_contracts):
    store = tmp_path / "s.sqlite"
    scan = clearance(tmp_path, "scan", str(long_contracts), "--store", str(store), "--workers", "2")
    family = _wait_for_workers(scan, 2, store)
    assert len(family) >= 3  # two workers and multiprocessing's resource tracker
    scan.kill()
    scan.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(_alive(p) for p in family):
        time.sleep(0.2)
    assert not [p for p in family if _alive(p)]


def test_sigterm_stops_a_scan_cleanly_and_a_rerun_finishes_it(tmp_path, long_contracts):
    store = tmp_path / "s.sqlite"
    scan = clearance(tmp_path, "scan", str(long_contracts), "--store", str(store), "--workers", "2")
    family = _wait_for_workers(scan, 2, store)
    scan.send_signal(signal.SIGTERM)
    assert scan.wait(60) == 130
    err = scan.stderr.read()
    assert "Traceback" not in err and "clearance: interrupted" in err
    time.sleep(1)
    assert not [p for p in family if _alive(p)]
    assert 0 < _scanned_pages(store) < 40  # stopped part-way
    again = clearance(tmp_path, "scan", str(long_contracts), "--store", str(store), "--workers", "2")
    assert again.wait(600) == 0, again.stderr.read()
    assert set(_result(store)[3].values()) == {"scanned"}


def test_a_moved_folder_is_reported_by_name_and_its_new_place_scans(tmp_path, contracts):
    from desktop.core.scan.documents import import_paths
    from desktop.core.store import Store

    folder = tmp_path / "in"
    shutil.copytree(contracts, folder)
    store_path = tmp_path / "s.sqlite"
    with Store(store_path) as s:  # imported, then interrupted before detection
        assert len(import_paths(s, [folder]).imported) == 3
    moved = tmp_path / "moved"
    folder.rename(moved)
    blocked = clearance(tmp_path, "scan", str(folder / "c7441.pdf"), str(moved / "c7442.pdf"),
                        "--store", str(store_path), "--workers", "1")
    assert blocked.wait(600) == 1
    err = blocked.stderr.read()
    assert "Traceback" not in err and f"{folder / 'c7441.pdf'}: no such file or folder" in err
    resumed = clearance(tmp_path, "scan", str(moved), "--store", str(store_path), "--workers", "1")
    assert resumed.wait(600) == 0, resumed.stderr.read()
    with Store(store_path, read_only=True) as s:
        assert {d["path"] for d in s.documents()} == {str(p) for p in moved.glob("*.pdf")}
        assert {d["status"] for d in s.documents()} == {"scanned"}
