"""Findings and decisions are chained rows: a finding rejected, a decision deleted or re-attributed with sqlite3
is named by verify and blocks export; an older store's rows are chained when it is first opened."""

import sqlite3
import time

import pytest
import sqlite_utils
from batch_fixture import CORE_CHECKS, add_contract

from desktop.cli import main
from desktop.core.export import checks
from desktop.core.export.batch import ExportError, build_batch
from desktop.core.model import Finding
from desktop.core.store import Store, schema
from desktop.core.store.schema import MIGRATIONS, SCHEMA_VERSION
from desktop.core.verification.integrity import verify_store


@pytest.fixture(autouse=True)
def _core_checks(monkeypatch):
    monkeypatch.setattr(checks, "EXPORT_CHECKS", list(CORE_CHECKS))


def _sql(path, *statements):
    conn = sqlite3.connect(path)  # as an attacker would: edit, leave
    for s in statements:
        conn.execute(s)
    conn.commit()
    conn.close()


@pytest.mark.parametrize("statement, named", [
    ("UPDATE findings SET status = 'rejected' WHERE entity_type IN ('PERSON', 'IBAN_CODE')",
     "findings row 1: changed outside Clearance (status is 'rejected', the chain says 'confirmed')"),
    ("UPDATE findings SET boxes = '[[0, 0, 1, 1]]' WHERE id = 1", "findings row 1: changed outside Clearance (boxes"),
    ("UPDATE findings SET entity_type = 'DATE_TIME' WHERE id = 1", "findings row 1: changed outside Clearance"),
    ("DELETE FROM decisions WHERE id = 1", "decisions row 1: in the audit chain but gone"),
    ("UPDATE decisions SET actor = 'someone else'", "decisions row 1: changed outside Clearance (actor is"),
])
def test_a_finding_or_decision_edited_with_sqlite_is_named_and_blocks_export(store, tmp_path, statement, named,
                                                                            capsys):
    doc_id = add_contract(store, tmp_path)
    path = store.path
    store.close()
    assert main(["verify", str(path)]) == 0
    capsys.readouterr()
    _sql(path, statement)
    assert main(["verify", str(path)]) == 1
    assert named in capsys.readouterr().err
    with Store(path, actor="tester") as again, pytest.raises(ExportError, match="does not verify"):
        build_batch(again, [doc_id])


def test_manual_boxes_and_undo_are_chained(store, tmp_path):
    doc_id = add_contract(store, tmp_path)
    manual = store.add_manual_finding(doc_id, Finding(0, -1, -1, "PERSON", "", ((10, 10, 40, 20),),
                                                      recognizer="manual"))
    store.decide([(manual, {"status": "removed"})], action="undo")
    entries = store.audit_entries()
    assert entries[-1]["payload"]["state"]["findings"]["rows"][str(manual)] is not None
    assert verify_store(store.path).ok
    _sql(store.path, f"UPDATE findings SET status = 'confirmed' WHERE id = {manual}")
    assert any(f"findings row {manual}: changed outside Clearance (status is 'confirmed', the chain says 'removed')"
               in p for p in verify_store(store.path).problems)


def test_an_older_store_gets_its_findings_chained_at_migration(tmp_path):
    older = tmp_path / "older.sqlite"
    db = sqlite_utils.Database(older)
    before = MIGRATIONS.index(schema._chain_findings)  # the version that wrote findings outside the chain
    for step in MIGRATIONS[:before]:
        step(db)
    db.execute(f"PRAGMA user_version={before}")
    db.execute("INSERT INTO documents(id, sha256, path, name, pages, size, added_at) "
               "VALUES (1, 'ab', '/c.pdf', 'c.pdf', 1, 1, 'then')")
    for fid, status in ((1, "confirmed"), (2, "proposed")):
        db.execute('INSERT INTO findings(id, document_id, page, start, "end", entity_type, text, boxes, score, '
                   "recognizer, explanation, source, status, created_at) "
                   "VALUES (?, 1, 0, ?, ?, 'IBAN_CODE', 'DE89 3704', '[[1, 2, 3, 4]]', 1, 'r', '{}', 'detected', "
                   "?, 'then')", [fid, fid * 10, fid * 10 + 9, status])
    db.conn.commit()
    db.close()
    with Store(older, actor="tester") as migrated:
        assert migrated.version == SCHEMA_VERSION
        baseline = [e for e in migrated.audit_entries() if e["kind"] == "state-baseline"][-1]
        assert "findings and decisions joined the chain" in baseline["payload"]["reason"]
        assert set(baseline["payload"]["state"]["findings"]["rows"]) == {"1", "2"}
    assert verify_store(older).ok, verify_store(older).problems
    _sql(older, "UPDATE findings SET status = 'rejected' WHERE id = 1")
    assert any("findings row 1: changed outside Clearance (status is 'rejected', the chain says 'confirmed')" in p
               for p in verify_store(older).problems)


def test_a_decisions_commit_time_with_the_chained_rows(store, tmp_path):
    """Not asserted (no timing in tests): printed so a run shows a decision's commit on a 300-finding document."""
    doc_id = add_contract(store, tmp_path)
    base = store.findings(doc_id)[0]
    ids = store.add_findings(doc_id, [Finding(0, 1000 + i, 1004 + i, "PERSON", "Name", base.boxes,
                                              recognizer="test")
                                      for i in range(300)])
    started = time.perf_counter()
    for i in ids[:30]:
        store.decide([(i, {"status": "confirmed"})])
    print(f"decision commit with chained rows and head files: "
          f"{(time.perf_counter() - started) / 30 * 1000:.1f} ms (300-finding document)")
    assert verify_store(store.path).ok
