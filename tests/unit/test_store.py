"""The store: migrations, version checks, idempotent import, decisions and the audit chain."""

import sqlite3

import pytest

from desktop.core.model import Finding
from desktop.core.store import Store, StoreError, StoreVersionError
from desktop.core.store.schema import SCHEMA_VERSION
from desktop.core.trust.audit import entry_hash


def _doc(store, sha="ab" * 32):
    return store.add_document(sha256=sha, path="/c/x.pdf", name="x.pdf", pages=2, size=100)


def test_new_store_is_at_current_version_in_wal(store):
    assert store.version == SCHEMA_VERSION
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_import_same_hash_twice_is_idempotent(store):
    first = _doc(store)
    second = _doc(store)
    assert first == (first[0], True)
    assert second == (first[0], False)
    assert len(store.documents()) == 1


def test_store_from_newer_version_is_refused(tmp_path):
    path = tmp_path / "s.sqlite"
    Store(path).close()
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version={SCHEMA_VERSION + 5}")
    con.commit()
    con.close()
    with pytest.raises(StoreVersionError, match="newer version of Clearance"):
        Store(path)


def test_foreign_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "other.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t(x)")
    con.commit()
    con.close()
    with pytest.raises(StoreError, match="not a Clearance store"):
        Store(path)


def test_older_store_is_migrated(tmp_path):
    from desktop.core.store.schema import MIGRATIONS

    path = tmp_path / "old.sqlite"
    import sqlite_utils

    db = sqlite_utils.Database(path)
    MIGRATIONS[0](db)
    db.execute("PRAGMA user_version=1")
    db.conn.commit()
    db.close()
    with Store(path) as s:
        assert s.version == SCHEMA_VERSION


def test_decision_is_recorded_and_audited(store):
    doc_id, _ = _doc(store)
    [fid] = store.add_findings(doc_id, [Finding(0, 0, 4, "PERSON", "Anna", ((1, 1, 2, 2),))])
    store.decide([(fid, {"status": "confirmed"})])
    assert store.finding(fid).status == "confirmed"
    [d] = store.decisions(doc_id)
    assert d["before"] == {"status": "proposed"} and d["after"] == {"status": "confirmed"}
    entries = store.audit_entries()
    assert [e["kind"] for e in entries] == ["document-import", "findings-added", "decision"]
    prev = "0" * 64
    for e in entries:
        body = {k: e[k] for k in ("seq", "at", "actor", "kind", "payload")}
        assert e["prev_hash"] == prev
        assert entry_hash(body, prev) == e["entry_hash"]
        prev = e["entry_hash"]


def test_audit_rows_cannot_be_changed(store):
    _doc(store)
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        store.db.execute("UPDATE audit SET actor = 'x'")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        store.db.execute("DELETE FROM audit")


def test_same_finding_is_not_stored_twice(store):
    doc_id, _ = _doc(store)
    f = Finding(0, 0, 4, "PERSON", "Anna", ((1, 1, 2, 2),))
    assert len(store.add_findings(doc_id, [f])) == 1
    assert store.add_findings(doc_id, [f]) == []
