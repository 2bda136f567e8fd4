"""The residue list in the window: `g i` opens it, `a` redacts a group everywhere, `x` marks one fine, `u`
undoes; every decision is in the store (texts invented)."""

from __future__ import annotations

import pymupdf
from PySide6.QtCore import Qt
from review_fixture import add_pdf
from test_review_window import open_window, press

from desktop.core.model import Source, Status
from desktop.core.residue.document import document_residue

NAME, MAIL = "Zorbatek Quendrith", "mira.holtvang@quellbrook-systems.com"
LINES = [f"This agreement is signed by {NAME} on behalf of the Supplier.",
         f"Questions go to {MAIL} within ten days.",
         f"The fees are paid monthly, and {NAME} confirms each invoice."]


def _add(store, tmp_path) -> int:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_textbox(pymupdf.Rect(72, 72, 523, 400), "\n".join(LINES), fontsize=11)
    pdf = doc.tobytes()
    path = tmp_path / "residue.pdf"
    path.write_bytes(pdf)
    doc_id, _ = add_pdf(store, pdf, path.name, str(path))
    store.set_document_status(doc_id, "scanned")  # nothing was proposed: all of it is residue
    return doc_id


def test_residue_keys_redact_a_group_everywhere_mark_one_fine_and_undo(qtbot, store, tmp_path):
    doc_id = _add(store, tmp_path)
    window = open_window(qtbot, store, tmp_path)
    press(qtbot, window, "g", "i")
    assert window.dispatcher.mode == "residue" and window.residue_panel.isVisible()
    assert window.residue_panel.list.count() == 2 and window.view.layer.current_hit
    s = window.session
    assert s.residue_group.text == NAME

    press(qtbot, window, "a")  # redact every occurrence of the name
    made = [f for f in store.findings(doc_id) if f.source == Source.MANUAL]
    assert len(made) == 2 and all(f.status == Status.CONFIRMED and NAME in " ".join(f.text.split()) for f in made)
    assert s.residue_group.text == MAIL and "redacted everywhere" in window.statusBar().currentMessage()

    press(qtbot, window, "x")  # the address: marked fine
    residue = document_residue(store, doc_id)
    assert [g.text for g in residue.groups] == [MAIL] and residue.undecided == ()
    assert [(r["text"], r["decision"]) for r in store.residue_history(doc_id)] == [(NAME, "redact"), (MAIL, "fine")]
    assert "every residue group is decided" in window.statusBar().currentMessage()

    press(qtbot, window, "u")  # undo the last decision: the address is open again
    assert [g.text for g in document_residue(store, doc_id).undecided] == [MAIL]
    press(qtbot, window, "u")  # and the redaction: the manual findings are removed, the name is back
    assert all(f.status == Status.REMOVED for f in store.findings(doc_id) if f.source == Source.MANUAL)
    assert [g.text for g in document_residue(store, doc_id).undecided] == [NAME, MAIL]

    press(qtbot, window, Qt.Key.Key_Escape)
    assert window.dispatcher.mode == "review" and not window.residue_panel.isVisible()


def test_a_document_without_residue_says_so_and_stays_in_review(qtbot, store, tmp_path):
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 72), "The Supplier shall deliver the Products on time.", fontsize=11)
    path = tmp_path / "plain.pdf"
    path.write_bytes(doc.tobytes())
    doc_id, _ = add_pdf(store, path.read_bytes(), path.name, str(path))
    store.set_document_status(doc_id, "scanned")
    window = open_window(qtbot, store, tmp_path)
    press(qtbot, window, "g", "i")
    assert window.dispatcher.mode == "review" and not window.residue_panel.isVisible()
    assert "No residue" in window.statusBar().currentMessage()


def test_the_export_flow_shows_each_documents_residue_and_refuses_it_until_looked_at(qtbot, store, tmp_path,
                                                                                   monkeypatch):
    from batch_fixture import CORE_CHECKS

    from desktop.core.export import checks
    from desktop.ui.export_flow import ExportFlow

    monkeypatch.setattr(checks, "EXPORT_CHECKS", [*CORE_CHECKS, checks.RESIDUE])
    flows = []
    monkeypatch.setattr(ExportFlow, "exec", lambda self: flows.append(self) or self.show())
    _add(store, tmp_path)
    window = open_window(qtbot, store, tmp_path)
    press(qtbot, window, "g", "e")
    qtbot.waitUntil(lambda: flows and flows[0].result is not None, timeout=60000)
    report = flows[0].report.toPlainText()
    assert "residue.pdf — refused by 1 of 5 checks" in report and "Residue looked at" in report
    assert "Residue: 2 residue group(s), 3 occurrence(s): 2 not looked at" in report
    assert NAME not in report  # counts only: the list itself is behind g i
    flows[0].close()
    press(qtbot, window, "g", "i", "x", "x")  # both groups looked at: fine
    press(qtbot, window, Qt.Key.Key_Escape, "g", "e")
    qtbot.waitUntil(lambda: len(flows) == 2 and flows[1].result is not None, timeout=60000)
    assert "residue.pdf — passes every check" in flows[1].report.toPlainText()
