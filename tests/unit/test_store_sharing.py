"""One store, many processes: write locks that wait, claims, idempotent inserts, literal searches."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
import time

import pytest

from desktop.core.model import Finding
from desktop.core.store import Store, StoreBusyError
from desktop.core.store import base as store_base


def _doc(store, n: int = 1) -> int:
    doc_id, _ = store.add_document(sha256=f"{n:x}" * 64, path=f"/c/{n}.pdf", name=f"{n}.pdf", pages=1, size=1)
    return doc_id


def test_a_transaction_waits_for_another_writer_instead_of_failing(tmp_path):
    path = tmp_path / "s.sqlite"
    with Store(path) as a, Store(path) as b:
        doc_id = _doc(a)
        other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        other.execute("BEGIN IMMEDIATE")
        other.execute("UPDATE documents SET status = 'scanning'")

        def release():
            time.sleep(0.4)
            other.execute("COMMIT")

        threading.Thread(target=release).start()
        started = time.monotonic()
        with b.atomic():  # reads, then writes: with a deferred BEGIN this failed at once as "locked"
            status = b.document(doc_id)["status"]
            b.set_document_status(doc_id, "scanned")
        assert time.monotonic() - started >= 0.3 and status == "scanning"
        assert a.document(doc_id)["status"] == "scanned"
        other.close()


def test_a_lock_held_too_long_is_a_clear_busy_error(tmp_path, monkeypatch):
    monkeypatch.setattr(store_base, "BUSY_TIMEOUT_MS", 50)
    monkeypatch.setattr(store_base, "BUSY_RETRIES", 1)
    path = tmp_path / "s.sqlite"
    with Store(path) as s:
        other = sqlite3.connect(path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        with pytest.raises(StoreBusyError, match="another Clearance process kept the store locked"):
            _doc(s)
        other.execute("ROLLBACK")
        other.close()
        assert _doc(s)  # and works once the lock is gone


def test_a_claim_held_by_a_live_process_is_respected_and_a_dead_ones_is_taken_over(store):
    from desktop.core.store.claims import process_start

    doc_id = _doc(store)
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        time.sleep(0.1)
        started = process_start(sleeper.pid)
        store.db.execute("INSERT INTO scan_claims VALUES (?, ?, ?, ?, 'now')",
                         [doc_id, __import__("socket").gethostname(), sleeper.pid, started])
        store.db.conn.commit()
        assert store.claim_document(doc_id) == (False, sleeper.pid)
    finally:
        sleeper.kill()
        sleeper.wait()
    assert store.claim_document(doc_id) == (True, None)  # its process is gone: the claim lapsed
    assert store.claim_document(doc_id) == (True, None)  # our own claim again
    store.release_document(doc_id)
    assert store.db.execute("SELECT COUNT(*) FROM scan_claims").fetchone()[0] == 0


def test_signature_findings_are_not_stored_twice(store):
    doc_id = _doc(store)
    ink = Finding(id=None, document_id=doc_id, page=0, start=-1, end=-1, entity_type="SIGNATURE", text="",
                  boxes=((10.0, 10.0, 80.0, 30.0),), score=0.9, recognizer="ink")
    other = Finding(**{**ink.__dict__, "boxes": ((10.0, 50.0, 80.0, 70.0),)})
    assert len(store.add_findings(doc_id, [ink, other])) == 2
    assert store.add_findings(doc_id, [ink, other]) == []  # a rerun adds nothing
    assert len(store.findings(doc_id)) == 2


def test_searches_take_percent_and_underscore_literally(store):
    from desktop.core.consent import Party

    _doc(store)
    assert store.find_document("%%%%%%%%") is None and store.find_document("________") is None
    assert store.find_document("1" * 8)["name"] == "1.pdf"  # a real hash prefix still works
    store.add_party(Party("Acme GmbH"))
    assert store.parties("%") == [] and store.parties("_") == []
    assert [p.name for p in store.parties("cme")] == ["Acme GmbH"]


def test_a_moved_file_is_followed_only_when_the_old_path_is_gone(store, tmp_path):
    doc_id = _doc(store)
    store.relocate_document(doc_id, str(tmp_path / "new.pdf"))
    assert store.document(doc_id)["path"] == str(tmp_path / "new.pdf")  # /c/1.pdf does not exist
    kept = tmp_path / "kept.pdf"
    kept.write_bytes(b"x")
    store.relocate_document(doc_id, str(kept))
    store.relocate_document(doc_id, str(tmp_path / "third.pdf"))
    assert store.document(doc_id)["path"] == str(kept)


def test_a_migration_is_one_transaction_so_no_process_sees_half_a_schema(tmp_path, monkeypatch):
    from desktop.core.store import schema

    def failing_step(db):  # sqlite-utils runs a script inside the open transaction (sqlite3's would COMMIT first)
        db.executescript("CREATE TABLE half (x INTEGER); CREATE TRIGGER t AFTER INSERT ON half BEGIN SELECT 1; END;")
        raise RuntimeError("power cut")

    monkeypatch.setattr(store_base, "MIGRATIONS", [schema.MIGRATIONS[0], failing_step])
    monkeypatch.setattr(store_base, "SCHEMA_VERSION", 2)
    path = tmp_path / "s.sqlite"
    with pytest.raises(RuntimeError, match="power cut"):
        Store(path)
    raw = sqlite3.connect(path)
    # the first step is rolled back with the failing one: nothing of either, and the version is untouched
    assert raw.execute("SELECT name FROM sqlite_master").fetchall() == []
    assert raw.execute("PRAGMA user_version").fetchone()[0] == 0


def test_a_store_not_yet_set_up_is_a_clear_error_for_a_reader(tmp_path):
    path = tmp_path / "s.sqlite"
    sqlite3.connect(path).execute("PRAGMA journal_mode=WAL")  # the file exists, its schema does not (yet)
    with pytest.raises(store_base.StoreError, match="holds nothing yet"):
        Store(path, read_only=True)
