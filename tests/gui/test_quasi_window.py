"""Quasi-identifiers in the window: reviewed by class. Walking with `a` never lands on a date or an
amount, `g q` approves every class of the document (recorded, undoable), the queue and the status bar
count direct findings only, and rejecting one quasi finding is a recorded exception that keeps its text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from review_fixture import add_pdf, seed_from_truth
from test_review_window import open_window, press

from desktop.core.detect.amounts import MoneyRecognizer
from desktop.core.detect.dates import DateRecognizer
from desktop.core.detect.spans import resolve_overlaps, result_to_dict, to_findings
from desktop.core.export.stage import document_stages
from desktop.core.model import Status
from desktop.core.review.classes import approved, class_of, open_reasons, pending
from devkit.corpus import generate_contract


def _contract_with_quasi(store, folder, seed: int = 11) -> int:
    """A generated contract with its names (the generator's answer key) and its dates and amounts, as
    the recognizers find them."""
    contract = generate_contract(seed, pages=2)
    path = folder / f"{contract.name}.pdf"
    path.write_bytes(contract.pdf)
    doc_id, source = add_pdf(store, contract.pdf, path.name, str(path))
    seed_from_truth(store, doc_id, source, contract.truth)
    found = []
    for n in range(source.page_count):
        page = source.page_text(n)
        items = [result_to_dict(r) for rec in (DateRecognizer(), MoneyRecognizer())
                 for r in rec.analyze(page.text, None)]
        found += [f.__class__(**{**f.__dict__, "page": n}) for f in to_findings(page, resolve_overlaps(page.text, items))]
    store.add_findings(doc_id, found)
    store.set_document_status(doc_id, "scanned")
    return doc_id


def _quasi(store, doc_id):
    return [f for f in store.findings(doc_id) if f.identifier == "quasi"]


def test_quasi_findings_are_reviewed_by_class_in_the_window(qtbot, store, tmp_path):
    doc_id = _contract_with_quasi(store, tmp_path)
    quasi = _quasi(store, doc_id)
    classes = {("dates" if f.entity_type == "DATE_TIME" else "amounts") for f in quasi}
    assert classes == {"dates", "amounts"}, "the generated contract should hold dates and amounts"
    direct_open = [f for f in store.findings(doc_id) if f.identifier == "direct" and f.status == Status.PROPOSED]
    assert store.open_finding_count(doc_id) == len(direct_open)
    window = open_window(qtbot, store, tmp_path)
    s = window.session

    # the queue's Open column and the status bar count direct findings only
    assert window.queue.item(0, 2).text() == str(len(direct_open))
    assert s.progress().document_total == len(direct_open)
    assert "Pending approval: dates" in window.progress_label.text()
    # listed after the direct ones, with the policy's treatment
    kinds = [f.identifier for f in s.findings]
    assert kinds == sorted(kinds, key=lambda k: k == "quasi")
    date = next(f for f in s.findings if f.entity_type == "DATE_TIME")
    assert "shifted by the document's offset (generalise)" in s.class_notes()[date.id]
    # one block per class, in the classes' order, each row muted and naming its class beside the preview
    blocks = [k for i, k in enumerate(class_of(f.entity_type) for f in s.findings if f.identifier == "quasi")
              if i == 0 or k != class_of([f for f in s.findings if f.identifier == "quasi"][i - 1].entity_type)]
    assert blocks == ["dates", "amounts"]
    model = window.findings.model_
    row = next(i for i, f in enumerate(model.findings) if f.id == date.id)
    assert model.data(model.index(row, 4)).endswith("by class: dates")
    assert model.data(model.index(row, 5)).startswith(s.class_notes()[date.id])
    muted = model.data(model.index(row, 1), Qt.ItemDataRole.ForegroundRole)
    first = next(i for i, f in enumerate(model.findings) if f.identifier == "direct")
    assert muted is not None and model.data(model.index(first, 1), Qt.ItemDataRole.ForegroundRole) is None

    # walking with `a` never lands on a quasi finding and decides none
    for _ in range(len(direct_open)):
        assert s.current.identifier == "direct"
        press(qtbot, window, "a")
    assert s.current.identifier == "direct"
    assert store.open_finding_count(doc_id) == 0
    assert all(f.status == Status.PROPOSED for f in _quasi(store, doc_id))
    assert open_reasons(store, doc_id) and document_stages(store)[doc_id] == "scanned"

    # g q approves every class at once: recorded, the export's open-findings check passes, undo takes it back
    press(qtbot, window, "g", "q")
    assert approved(store, doc_id) == classes and pending(store, doc_id) == {}
    assert open_reasons(store, doc_id) == []
    assert document_stages(store)[doc_id] == "reviewed"
    assert "Pending approval" not in window.progress_label.text()
    audited = [e for e in store.audit_entries() if "quasi.approved" in str(e)]
    assert len(audited) >= len(classes)
    press(qtbot, window, "u")
    assert approved(store, doc_id) == set() and set(pending(store, doc_id)) == classes
    qtbot.keyClick(window.view, "y", Qt.KeyboardModifier.ControlModifier)  # redo
    assert approved(store, doc_id) == classes


def test_rejecting_one_quasi_finding_is_a_recorded_exception(qtbot, store, tmp_path):
    doc_id = _contract_with_quasi(store, tmp_path)
    window = open_window(qtbot, store, tmp_path)
    s = window.session
    press(qtbot, window, "g", "g")
    for _ in range(len(s.findings)):
        if s.current.identifier == "quasi":
            break
        press(qtbot, window, "j")
    here = s.current
    assert here.identifier == "quasi"
    press(qtbot, window, "x")
    assert store.finding(here.id).status == Status.REJECTED
    assert any(d["finding_id"] == here.id and d["after"] == {"status": "rejected"} for d in store.decisions(doc_id))
    assert "kept as written" in s.class_notes()[here.id]
    assert s.current.identifier == "direct"  # and the walk went on to a direct finding


def _classes_of(store, doc_id) -> set[str]:
    return {"dates" if f.entity_type == "DATE_TIME" else "amounts" for f in _quasi(store, doc_id)}


def test_g_shift_q_approves_a_class_in_every_document_of_the_queue(qtbot, store, tmp_path):
    docs = [_contract_with_quasi(store, tmp_path, seed) for seed in (11, 12, 13)]
    assert all(_classes_of(store, d) == {"dates", "amounts"} for d in docs)
    bare = _contract_with_quasi(store, tmp_path, 14)
    for f in _quasi(store, bare):  # a document without a pending date: nothing is approved in it
        if f.entity_type == "DATE_TIME":
            store.decide([(f.id, {"status": "rejected"})], action="test")
    window = open_window(qtbot, store, tmp_path)
    s = window.session
    press(qtbot, window, "g", "g")
    while s.current.entity_type != "DATE_TIME":
        press(qtbot, window, "j")
    before = len(store.audit_entries())

    press(qtbot, window, "g", "Q")  # the current finding's class, everywhere
    assert [approved(store, d) for d in docs] == [{"dates"}] * 3 and approved(store, bare) == set()
    assert all(set(pending(store, d)) == {"amounts"} for d in docs)
    entries = [e for e in store.audit_entries()[before:] if "quasi.approved" in str(e)]
    assert len(entries) == 3  # one decision per class and document
    assert "dates in 3 document(s)" in window.statusBar().currentMessage()
    assert all(f.status == Status.PROPOSED for d in docs for f in _quasi(store, d))  # decided by class

    press(qtbot, window, "u")  # one undo takes the whole step back, in every document
    assert [approved(store, d) for d in docs] == [set()] * 3
    qtbot.keyClick(window.view, "y", Qt.KeyboardModifier.ControlModifier)
    assert [approved(store, d) for d in docs] == [{"dates"}] * 3

    press(qtbot, window, "g", "g")  # on a direct finding: this document's pending classes (amounts)
    assert s.current.identifier == "direct"
    press(qtbot, window, "g", "Q")
    assert [approved(store, d) for d in docs] == [{"dates", "amounts"}] * 3
    assert approved(store, bare) == {"amounts"} and all(pending(store, d) == {} for d in docs + [bare])
    press(qtbot, window, "g", "Q")
    assert "waiting for approval" in window.statusBar().currentMessage()
