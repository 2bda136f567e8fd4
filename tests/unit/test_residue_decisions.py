"""Residue decisions: recorded, audited, chained and undoable; `clearance residue`; the export check."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from batch_fixture import CORE_CHECKS, add_contract

from desktop.cli import main
from desktop.core.export import checks
from desktop.core.export.batch import build_batch
from desktop.core.model import Source, Status
from desktop.core.pdf import extract_pages, open_pdf
from desktop.core.pdf.pagesource import PageSource
from desktop.core.residue.document import POLICY_SETTING, document_residue
from desktop.core.review.session import ReviewSession
from desktop.core.store import Store
from desktop.core.verification.integrity import verify_store

NAME = "Jolene Marchetti"  # the leak fixture's name, twice in its text


def _contract(store, tmp_path, decide="rejected") -> int:
    """The leak-fixture contract with its pages stored and its name's findings rejected: residue."""
    doc_id = add_contract(store, tmp_path, NAME, decide=decide)
    path = Path(store.document(doc_id)["path"])
    store.save_pages(doc_id, extract_pages(open_pdf(path.read_bytes())))
    return doc_id


def _session(store, doc_id):
    source = PageSource(path=store.document(doc_id)["path"])
    return ReviewSession(store, doc_id, page_text=source.page_text)


def test_a_rejected_name_is_residue_and_a_confirmed_one_is_not(store, tmp_path):
    rejected = _contract(store, tmp_path)
    [group] = document_residue(store, rejected).groups
    assert (group.text, group.count, group.kind) == (NAME, 2, "name")
    confirmed = add_contract(store, tmp_path, "Ulla Brandvik", file_name="other.pdf")
    assert document_residue(store, confirmed).groups == ()


def test_marking_fine_is_recorded_audited_chained_and_undone(store, tmp_path):
    doc_id = _contract(store, tmp_path)
    session = _session(store, doc_id)
    session.load_residue()
    session.decide_residue_current("fine")
    assert document_residue(store, doc_id).undecided == ()
    [row] = store.residue_history(doc_id)
    assert (row["text"], row["decision"], row["occurrences"], row["pages"]) == (NAME, "fine", 2, [1])
    entry = store.audit_entries()[-1]
    assert entry["kind"] == "residue-decision" and entry["payload"]["text"] == NAME
    assert "residue_decisions" in entry["payload"]["state"]
    assert verify_store(store.path, {}).ok
    session.undo()
    assert [g.text for g in document_residue(store, doc_id).undecided] == [NAME]
    assert [r["decision"] for r in store.residue_history(doc_id)] == ["fine", "open"]  # history kept
    session.redo()
    assert document_residue(store, doc_id).undecided == ()


def test_redacting_a_group_confirms_every_occurrence_in_one_undo_step(store, tmp_path):
    doc_id = _contract(store, tmp_path)
    session = _session(store, doc_id)
    session.load_residue()
    group = session.decide_residue_current("redact")
    assert group.text == NAME and document_residue(store, doc_id).groups == ()
    assert all(f.status == Status.CONFIRMED for f in store.findings(doc_id))
    [row] = store.residue_history(doc_id)
    decided = {d["group_id"] for d in store.decisions(doc_id) if d["action"] == "find-redact"}
    assert row["decision"] == "redact" and decided == {row["group_id"]}
    session.undo()
    assert all(f.status == Status.REJECTED for f in store.findings(doc_id))
    assert [g.text for g in document_residue(store, doc_id).undecided] == [NAME]


def test_redacting_text_no_finding_covers_adds_manual_findings(store, tmp_path):
    doc_id = _contract(store, tmp_path, decide=None)
    for f in store.findings(doc_id):  # as if detection had never proposed the name
        store.decide([(f.id, {"status": Status.SUPPRESSED})])
    session = _session(store, doc_id)
    session.load_residue()
    session.decide_residue_current("redact")
    manual = [f for f in store.findings(doc_id) if f.source == Source.MANUAL]
    assert len(manual) == 2 and all(f.status == Status.CONFIRMED and f.boxes for f in manual)
    assert document_residue(store, doc_id).groups == ()


def test_a_decision_row_edited_outside_clearance_is_named(store, tmp_path):
    doc_id = _contract(store, tmp_path)
    session = _session(store, doc_id)
    session.load_residue()
    session.decide_residue_current("fine")
    path = store.path
    store.close()
    conn = sqlite3.connect(path)
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        conn.execute("DELETE FROM residue_decisions")
    conn.execute("DROP TRIGGER residue_decisions_no_update")
    conn.execute("UPDATE residue_decisions SET decision = 'fine', text = 'someone else'")
    conn.commit()
    conn.close()
    report = verify_store(path, {})
    assert any("residue_decisions row 1: changed outside Clearance" in p for p in report.problems)


# --- the command line ------------------------------------------------------------------------------

def test_cli_lists_as_json_and_records_decisions(store, tmp_path, capsys):
    doc_id = _contract(store, tmp_path)
    path = str(store.path)
    store.close()
    assert main(["residue", path, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    [doc] = data["documents"]
    assert doc["id"] == doc_id and doc["undecided"] == 1
    assert doc["groups"] == [{"text": NAME, "key": NAME.lower(), "kind": "name", "count": 2, "pages": [1],
                              "decision": "open"}]
    assert main(["residue", path, "--doc", "contract.pdf", "--fine", NAME.upper()]) == 0
    assert "marked fine" in capsys.readouterr().out
    assert main(["residue", "contract.pdf", "--store", path]) == 0
    out = capsys.readouterr().out
    assert "all looked at" in out and "fine  name" in out
    assert main(["residue", path, "--redact-all"]) == 0  # nothing left undecided: nothing to do
    assert main(["residue", str(tmp_path / "contract.pdf"), "--json"]) == 0  # a PDF as it reads
    assert [g["text"] for g in json.loads(capsys.readouterr().out)["groups"]] == [NAME]


def test_cli_redacts_a_group_with_boxes_from_the_original(store, tmp_path, capsys):
    doc_id = _contract(store, tmp_path)
    path = str(store.path)
    store.close()
    assert main(["residue", path, "--doc", str(doc_id), "--redact", NAME]) == 0
    assert "redacted “Jolene Marchetti” (name): 2 occurrence(s) on page(s) 1" in capsys.readouterr().out
    assert main(["residue", path, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["documents"][0]["groups"] == []


@pytest.mark.parametrize("argv, message", [
    (["residue", "{tmp}/missing.pdf"], "no such file"),
    (["residue", "{tmp}"], "is a folder"),
    (["residue", "{tmp}/notes.txt"], "not a PDF file nor a Clearance store"),
    (["residue", "nothing.pdf", "--store", "{store}"], "no document 'nothing.pdf'"),
    (["residue", "{store}", "--doc", "1", "--fine", "Nobody Here"], "no residue “Nobody Here”"),
    (["residue", "{store}", "--fine", NAME], "name texts of one document"),
    (["residue", "{tmp}/contract.pdf", "--fine", NAME], "decisions are kept per stored document"),
    (["residue", "1", "--store", "{tmp}/none.sqlite"], "no such store"),
])
def test_cli_bad_input_is_one_line_and_exit_2(store, tmp_path, capsys, argv, message):
    _contract(store, tmp_path)
    add_contract(store, tmp_path, "Ulla Brandvik", file_name="other.pdf")
    store.close()
    (tmp_path / "notes.txt").write_text("not a store")
    argv = [a.format(tmp=tmp_path, store=tmp_path / "clearance.sqlite") for a in argv]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1


# --- the export check -------------------------------------------------------------------------------

@pytest.fixture
def residue_checked(monkeypatch):
    monkeypatch.setattr(checks, "EXPORT_CHECKS", [*CORE_CHECKS, checks.RESIDUE])


def test_export_refuses_until_the_residue_is_looked_at(store, tmp_path, residue_checked):
    doc_id = _contract(store, tmp_path)
    refused = build_batch(store, [doc_id])
    assert refused.batch_id is None
    [reason] = refused.refused[0].reasons
    assert reason.startswith("1 residue group(s) not looked at (2 occurrence(s)") and NAME not in reason
    assert dict(refused.residue)[doc_id] == "1 residue group(s), 2 occurrence(s): 1 not looked at"
    session = _session(store, doc_id)
    session.load_residue()
    session.decide_residue_current("fine")
    passed = build_batch(store, [doc_id])
    assert passed.batch_id is not None and not passed.refused
    manifest = json.loads(store.batch(passed.batch_id)["manifest"])
    assert manifest["settings"]["residue"] == "review"
    assert manifest["documents"][0]["residue"]["groups"] == [
        {"kind": "name", "occurrences": 2, "pages": [1], "decision": "fine"}]


def test_an_automatic_policy_exports_and_the_manifest_records_the_residue_left(store, tmp_path, residue_checked):
    doc_id = _contract(store, tmp_path)
    store.set_setting(POLICY_SETTING, "automatic")
    result = build_batch(store, [doc_id])
    assert result.batch_id is not None and not result.refused
    raw = bytes(store.batch(result.batch_id)["manifest"])
    manifest = json.loads(raw)
    assert manifest["settings"]["residue"] == "automatic"
    assert manifest["documents"][0]["residue"] == {
        "policy": "automatic", "automatic": "the residue policy is automatic", "redacted": 0,
        "groups": [{"kind": "name", "occurrences": 2, "pages": [1], "decision": "left"}]}
    assert NAME.encode() not in raw  # the manifest leaves with the batch: counts, never the text
    [entry] = [e for e in store.audit_entries() if e["kind"] == "export-residue"]
    assert entry["payload"]["groups"][0]["text"] == NAME  # the store's own trail keeps it


def test_a_document_decided_by_an_automatic_run_exports_with_its_residue_recorded(store, tmp_path,
                                                                                 residue_checked, capsys):
    doc_id = _contract(store, tmp_path, decide=None)
    path = store.path
    store.close()
    assert main(["review", "--store", str(path), "--reject-all"]) == 0  # every finding decided in bulk
    with Store(path) as again:
        residue = document_residue(again, doc_id)
        assert residue.undecided and "automatic run" in residue.automatic
        result = build_batch(again, [doc_id])
        assert result.batch_id is not None
        entry = json.loads(again.batch(result.batch_id)["manifest"])["documents"][0]["residue"]
        assert entry["policy"] == "automatic" and entry["groups"][0]["decision"] == "left"


def test_settings_set_residue_is_audited(store, tmp_path, capsys):
    path = str(store.path)
    store.close()
    assert main(["settings", "show", "--store", path]) == 0
    assert "residue: review" in capsys.readouterr().out
    assert main(["settings", "set", "residue", "automatic", "--store", path]) == 0
    assert main(["settings", "set", "residue", "sometimes", "--store", path]) != 0
