"""Suppressed candidates stay findable: `g s` lists them with why, and one can be confirmed by key."""

from __future__ import annotations

from review_fixture import add_pdf, seed_from_truth

from desktop.core.model import Finding, Status
from devkit.corpus import generate_contract


def _window(qtbot, store, tmp_path):
    from desktop.ui.app import application, create_window

    contract = generate_contract(11, pages=2)
    path = tmp_path / f"{contract.name}.pdf"
    path.write_bytes(contract.pdf)
    doc_id, source = add_pdf(store, contract.pdf, path.name, str(path))
    seed_from_truth(store, doc_id, source, contract.truth)
    page = source.page_text(0)
    start = page.text.index(page.text.split()[0])
    end = start + len(page.text.split()[0])
    hidden = Finding(0, start, end, "COMPANY", page.text[start:end], page.span_boxes(start, end), score=0.85,
                     recognizer="SpacyRecognizer", status=Status.SUPPRESSED,
                     explanation={"confidence": 0.1, "reasons": ["suppressed: heading or section title"]})
    [hidden_id] = store.add_findings(doc_id, [hidden])
    store.set_document_status(doc_id, "scanned")
    application()
    window = create_window(store, ())
    qtbot.addWidget(window)
    window.resize(1300, 850)
    window.show()
    qtbot.waitUntil(lambda: window.view.image_page == window.page, timeout=10000)
    return window, hidden_id


def _table_row(window, finding_id):
    model = window.findings.model_
    rows = [r for r, f in enumerate(model.findings) if f.id == finding_id]
    return [model.data(model.index(rows[0], c)) for c in range(model.columnCount())] if rows else None


def test_suppressed_candidates_show_on_demand_with_why_and_can_be_confirmed(qtbot, store, tmp_path):
    window, hidden_id = _window(qtbot, store, tmp_path)
    assert hidden_id not in {f.id for f in window.session.findings}
    assert _table_row(window, hidden_id) is None
    open_before = store.open_finding_count(window.session.doc_id)

    qtbot.keyClick(window.view, "g")
    qtbot.keyClick(window.view, "s")
    assert hidden_id in {f.id for f in window.session.findings}
    row = _table_row(window, hidden_id)
    assert row[4] == "suppressed" and "heading or section title" in row[5] and "confidence 0.10" in row[5]
    assert store.open_finding_count(window.session.doc_id) == open_before  # shown, still not a proposal

    qtbot.keyClick(window.view, "g")
    qtbot.keyClick(window.view, "g")
    while window.session.current.id != hidden_id:
        qtbot.keyClick(window.view, "j")
    qtbot.keyClick(window.view, "a")
    assert store.finding(hidden_id).status == Status.CONFIRMED  # redacted after all, by the reviewer

    qtbot.keyClick(window.view, "g")
    qtbot.keyClick(window.view, "s")
    assert hidden_id in {f.id for f in window.session.findings}  # decided findings never hide
    assert not any(f.status == Status.SUPPRESSED for f in window.session.findings)
