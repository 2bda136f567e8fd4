"""`clearance scan --engine ray` on a local Ray (2 CPUs) finds what the local scan finds, resumes, and
its Parquet shards load into a store idempotently. One Ray start for the whole module.

The module runs in a pytest of its own: a Ray driver replaces the process's signal handlers (the
suite's faulthandler among them, so a later crash would die without a word) and keeps native threads
after `ray.shutdown()`, so the suite's own process never hosts one. The suite runs one test here,
which runs the others in that child and passes on what it reports."""

from __future__ import annotations

import contextlib
import importlib.util
import os
import shutil
import subprocess
import sys

import pytest

from desktop.cli import main

IN_CHILD = os.environ.get("CLEARANCE_RAY_TESTS_CHILD") == "1"
pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(importlib.util.find_spec("ray") is None,
                                 reason="the optional cluster extra is not installed")]
ray = pytest.importorskip("ray") if IN_CHILD else None


def test_the_ray_scans_pass_in_a_process_of_their_own():
    if IN_CHILD:
        pytest.skip("this is the child that runs the scans")
    child = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", __file__],
                           env={**os.environ, "CLEARANCE_RAY_TESTS_CHILD": "1"}, capture_output=True, text=True,
                           timeout=3600, cwd=os.path.dirname(os.path.dirname(os.path.dirname(__file__))))
    assert child.returncode == 0, child.stdout[-6000:] + child.stderr[-3000:]
    scans = [name for name in globals() if name.startswith("test_")]
    assert f"{len(scans) - 1} passed, 1 skipped" in child.stdout, child.stdout[-2000:]  # every scan ran there


def only_in_child(test):
    """The scans themselves run only in the child pytest (see the module's docstring)."""
    return pytest.mark.skipif(not IN_CHILD, reason="runs in its own process (test_the_ray_scans_pass_...)")(test)

SEEDS = (7301, 7302, 7305)


@pytest.fixture(scope="module")
def local_ray():
    """A local Ray with 2 CPUs, shared by every scan of this module, then shut down with its processes."""
    import psutil

    from desktop.core.cluster.engine import RayOptions, ray_session

    def children() -> set[int]:
        return {p.pid for p in psutil.Process().children(recursive=True)
                if p.is_running() and p.status() != psutil.STATUS_ZOMBIE}

    before = children()
    with ray_session(RayOptions(workers=2)):
        # on loopback, not on the address this machine has on its network
        assert {node["NodeManagerAddress"] for node in ray.nodes()} == {"127.0.0.1"}
        # and its servers listen on loopback only: nothing another machine could reach
        listening = {(c.laddr.ip, c.pid) for c in psutil.net_connections(kind="inet")
                     if c.status == psutil.CONN_LISTEN and c.pid in children() | {os.getpid()}}
        assert listening and {ip for ip, _pid in listening} <= {"127.0.0.1", "::ffff:127.0.0.1"}, listening
        yield
    leftover = children() - before  # Ray's processes, started for this module, must all be gone
    assert not leftover, [psutil.Process(pid).name() for pid in leftover if psutil.pid_exists(pid)]
    assert not ray.is_initialized()


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    from devkit.corpus import badfiles, generate_contract

    root = tmp_path_factory.mktemp("in")
    for i, seed in enumerate(SEEDS):
        (root / f"contract{i}.pdf").write_bytes(generate_contract(seed, pages=2).pdf)
    badfiles.write_corrupt(root / "corrupt.pdf")
    return root


@pytest.fixture(scope="module")
def local_store(folder, tmp_path_factory):
    """The reference: the same folder scanned by the local engine."""
    path = tmp_path_factory.mktemp("local") / "store.sqlite"
    assert main(["scan", str(folder), "--store", str(path), "--workers", "1"]) == 1
    return path


def findings_by_file(store_path) -> dict:
    """Every finding of every document, keyed by file content, without store ids or times."""
    from desktop.core.store import Store

    with Store(store_path) as s:
        return {d["sha256"]: (d["status"], d["pages"], sorted(
            (f.page, f.start, f.end, f.entity_type, f.text, f.boxes, f.score, f.recognizer, f.source, f.status,
             repr(sorted(f.explanation.items()))) for f in s.findings(d["id"])),
            sorted(link.party.name for link in s.document_links(d["id"])))
            for d in s.documents()}


def snapshot(store_path):
    from desktop.core.store import Store

    with Store(store_path) as s:
        return findings_by_file(store_path), s.audit_head(), len(s.db.execute("SELECT * FROM detection_cache").fetchall())


@only_in_child
def test_ray_scan_finds_what_the_local_scan_finds_and_resumes(local_ray, folder, local_store, tmp_path, capsys):
    capsys.readouterr()
    store = tmp_path / "ray.sqlite"
    assert main(["scan", str(folder), "--store", str(store), "--engine", "ray"]) == 1
    out, err = capsys.readouterr()
    assert "3 imported, 0 already stored, 1 failed" in out
    [line] = [ln for ln in err.splitlines() if ln.startswith(str(folder / "corrupt.pdf"))]
    assert "damaged" in line
    expected = findings_by_file(local_store)
    assert len(expected) == len(SEEDS) and all(f[2] for f in expected.values())
    assert findings_by_file(store) == expected

    before = snapshot(store)
    assert main(["scan", str(folder), "--store", str(store), "--engine", "ray"]) == 1
    out, _ = capsys.readouterr()
    assert "0 imported, 3 already stored, 1 failed" in out and "new findings" not in out
    assert snapshot(store) == before


@only_in_child
def test_ray_scan_detects_only_the_pages_still_missing(local_ray, folder, local_store, tmp_path, capsys):
    """An interrupted scan: a document half scanned is finished, its scanned page is not sent again."""
    from desktop.core.cluster.scan import pages_to_detect
    from desktop.core.detect import detector_version
    from desktop.core.scan.documents import import_paths
    from desktop.core.store import Store

    store = tmp_path / "ray.sqlite"
    pdf = folder / "contract0.pdf"
    with Store(store) as s:
        [doc_id] = import_paths(s, [pdf]).imported
        s.mark_page_scanned(doc_id, 0)  # as if the scan had stopped after the first page
        assert pages_to_detect(s, doc_id, detector_version()) == list(range(1, s.document(doc_id)["pages"]))
    assert main(["scan", str(pdf), "--store", str(store), "--engine", "ray"]) == 0
    with Store(store) as s:
        assert s.document(doc_id)["status"] == "scanned" and not s.unscanned_pages(doc_id)
        cached = {r[0] for r in s.db.execute("SELECT text_hash FROM detection_cache")}
        first = s.page_rows(doc_id)[0]["text_hash"]
    assert first not in cached  # page 1 was never detected again


@only_in_child
def test_shards_from_the_cluster_load_idempotently(local_ray, folder, local_store, tmp_path, capsys):
    # The cluster reads its own copy of the PDFs; the reviewer's are in `folder`, found by content.
    cluster_copy = tmp_path / "cluster"
    shutil.copytree(folder, cluster_copy)
    shards = tmp_path / "shards"
    assert main(["scan", str(cluster_copy), "--engine", "ray", "--out", str(shards)]) == 1
    out, _ = capsys.readouterr()
    assert "3 detected, 0 already in" in out
    written = sorted(shards.glob("*.parquet"))
    assert written and not list(shards.glob("*.tmp"))

    assert main(["scan", str(cluster_copy), "--engine", "ray", "--out", str(shards)]) == 1  # nothing left to do
    out, _ = capsys.readouterr()
    assert "0 detected, 3 already in" in out
    assert sorted(shards.glob("*.parquet")) == written

    shutil.rmtree(cluster_copy)
    store = tmp_path / "reviewer.sqlite"
    assert main(["import-findings", str(shards), "--store", str(store), "--pdfs", str(folder)]) == 1
    out, err = capsys.readouterr()
    assert "3 imported, 0 already stored, 1 failed" in out and "corrupt.pdf" in err
    assert findings_by_file(store) == findings_by_file(local_store)

    before = snapshot(store)
    assert main(["import-findings", str(shards), "--store", str(store), "--pdfs", str(folder)]) == 1
    out, _ = capsys.readouterr()
    assert "0 imported, 3 already stored" in out
    assert snapshot(store) == before


@only_in_child
def test_an_automatic_batch_on_ray_decides_what_the_local_scan_found(local_ray, folder, local_store, tmp_path, capsys):
    """`clearance batch --engine ray` scans on the cluster as `scan` does, then decides every finding."""
    from desktop.core.store import Store

    store = tmp_path / "batch.sqlite"
    capsys.readouterr()
    assert main(["batch", str(folder), "--store", str(store), "--engine", "ray"]) == 1  # the damaged file
    out, err = capsys.readouterr()
    assert "3 imported, 0 already stored, 1 failed" in out and "decided:" in out

    def spans(path):  # what was found, apart from what was decided about it
        return {sha: sorted(f[:5] for f in found) for sha, (_s, _p, found, _l) in findings_by_file(path).items()}

    assert spans(store) == spans(local_store)
    with Store(store) as s:
        open_direct = [f for d in s.documents() for f in s.findings(d["id"])
                       if f.status == "proposed" and f.identifier == "direct"]
    assert open_direct == []  # every direct finding decided by the policy


@only_in_child
def test_with_every_detection_actor_lost_the_scan_answers_in_one_line_and_a_rerun_goes_on(local_ray, tmp_path, capsys):
    """Both actors killed (as their nodes would be) once the first shard is written: exit 75, one
    line, the finished documents kept in shards, and the same command detects only the rest."""
    import os
    import signal
    import threading
    import time

    import psutil

    from desktop.cli_errors import EXIT_BUSY
    from desktop.core.cluster.shards import read_shards
    from devkit.corpus import generate_contract

    folder, shards = tmp_path / "in", tmp_path / "shards"
    folder.mkdir()
    for seed in range(7501, 7513):  # about 55 pages: most of them are still to do when the actors go
        (folder / f"c{seed}.pdf").write_bytes(generate_contract(seed, pages=3).pdf)
    finished, killed = threading.Event(), []

    def kill_the_actors_after_the_first_shard():
        while not list(shards.glob("*.parquet")) and not finished.is_set():
            time.sleep(0.05)
        for process in psutil.Process().children(recursive=True):
            with contextlib.suppress(psutil.Error):
                if process.cmdline()[:1] == ["ray::PageDetector"] or process.name().startswith("ray::PageDetector"):
                    os.kill(process.pid, signal.SIGKILL)
                    killed.append(process.pid)

    killer = threading.Thread(target=kill_the_actors_after_the_first_shard)
    killer.start()
    try:
        code = main(["scan", str(folder), "--engine", "ray", "--out", str(shards)])
    finally:
        finished.set()
        killer.join()
    out, err = capsys.readouterr()
    assert len(killed) == 2 and code == EXIT_BUSY, (out, err)
    assert out == "" and "Traceback" not in err
    assert err.splitlines()[-1].startswith("clearance: all 2 detection actors on the Ray cluster were lost")
    kept = sum(doc.complete for doc in read_shards(shards).values())
    assert 1 <= kept < 12

    assert main(["scan", str(folder), "--engine", "ray", "--out", str(shards)]) == 0
    out, _ = capsys.readouterr()
    assert f"{12 - kept} detected, {kept} already in" in out
    assert all(doc.complete for doc in read_shards(shards).values())
