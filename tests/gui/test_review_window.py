"""The review window driven by key presses only; every check reads the session and the store."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from review_fixture import add_pdf, seed_from_truth

from desktop.core.review.history import REMOVED
from desktop.core.text.terms import normalise_text
from devkit.corpus import generate_contract

SHIFT, CTRL = Qt.KeyboardModifier.ShiftModifier, Qt.KeyboardModifier.ControlModifier


def add_generated(store, seed: int, folder) -> int:
    contract = generate_contract(seed, pages=2)
    path = folder / f"{contract.name}.pdf"
    path.write_bytes(contract.pdf)  # the window reads pages from where the store says the file is
    doc_id, source = add_pdf(store, contract.pdf, path.name, str(path))
    seed_from_truth(store, doc_id, source, contract.truth)
    store.set_document_status(doc_id, "scanned")  # findings come from the truth; no detection run
    return doc_id


def open_window(qtbot, store, tmp_path, failures=()):
    from desktop.ui.app import application, create_window

    application()
    window = create_window(store, failures)
    qtbot.addWidget(window)
    window.resize(1300, 850)
    window.show()
    qtbot.waitUntil(lambda: window.view.image_page == window.page, timeout=10000)
    return window


@pytest.fixture
def window(qtbot, store, tmp_path):
    add_generated(store, 11, tmp_path)
    return open_window(qtbot, store, tmp_path)


def press(qtbot, window, *keys):
    for key in keys:
        if isinstance(key, tuple):
            qtbot.keyClick(window.view, key[0], key[1])
        elif isinstance(key, str) and len(key) == 1:
            qtbot.keyClick(window.view, key)
        else:
            qtbot.keyClick(window.view, key)


def status_of(store, finding_id):
    return store.finding(finding_id).status


def go_to(qtbot, window, predicate, limit=500):
    """Press j until the current finding satisfies `predicate` (from the first finding)."""
    press(qtbot, window, "g", "g")
    for _ in range(limit):
        if predicate(window.session.current):
            return window.session.current
        press(qtbot, window, "j")
    raise AssertionError("no such finding")


def test_the_title_names_the_document_and_the_first_finding_is_focused(window):
    assert window.windowTitle() == f"Clearance — {window.session.document['name']}"
    assert window.view.layer.current_id == window.session.current.id
    assert window.findings.currentIndex().row() == window.session.index


def test_a_whole_review_with_keys_only(qtbot, window, store):
    s = window.session
    first = s.current
    press(qtbot, window, "a")
    assert status_of(store, first.id) == "confirmed" and s.current.id != first.id
    second = s.current
    press(qtbot, window, "x")
    assert status_of(store, second.id) == "rejected"

    # accept every occurrence of a text that appears more than once
    counts = {}
    for f in s.findings:
        counts[normalise_text(f.text)] = counts.get(normalise_text(f.text), 0) + 1
    repeated = go_to(qtbot, window, lambda f: f.status == "proposed" and counts[normalise_text(f.text)] > 1)
    press(qtbot, window, "A")
    same = [f for f in store.findings(s.doc_id) if normalise_text(f.text) == normalise_text(repeated.text)]
    assert len(same) > 1 and all(f.status == "confirmed" for f in same)

    # adjust the box: two points right, one point taller
    target = go_to(qtbot, window, lambda f: f.status == "proposed")
    press(qtbot, window, Qt.Key.Key_Right, Qt.Key.Key_Right, (Qt.Key.Key_Down, SHIFT))
    x0, y0, x1, y1 = target.boxes[0]
    assert store.finding(target.id).boxes[0] == pytest.approx((x0 + 2, y0, x1 + 2, y1 + 1))

    # change its type with t then p
    press(qtbot, window, "t", "p")
    assert store.finding(target.id).entity_type == "PERSON" and window.dispatcher.mode == "review"

    # a manual redaction from a keyboard word selection: two words after the current finding
    press(qtbot, window, "v")
    assert window.dispatcher.mode == "select"
    press(qtbot, window, "w", "e")
    expected = s.selection.text
    press(qtbot, window, Qt.Key.Key_Return)
    made = s.current
    assert made.source == "manual" and store.finding(made.id).status == "confirmed"
    assert made.text == expected and len(expected.split()) == 2

    # undo removes it, redo brings it back
    press(qtbot, window, "u")
    assert status_of(store, made.id) == REMOVED
    press(qtbot, window, (Qt.Key.Key_Z, CTRL | SHIFT))
    assert status_of(store, made.id) == "confirmed"

    # find a phrase, typed in another case, and redact every hit
    press(qtbot, window, "/")
    qtbot.keyClicks(window.find_bar, "DIESER   vertrag")
    qtbot.keyClick(window.find_bar, Qt.Key.Key_Return)
    hits = list(s.hits)
    press(qtbot, window, "g", "x")
    redacted = [f for f in store.findings(s.doc_id) if normalise_text(f.text) == "dieser vertrag"]
    assert hits and len(redacted) == len(hits) and all(f.status == "confirmed" for f in redacted)

    # decide the rest: Space goes to the next open finding, a accepts it
    for _ in range(len(s.findings) * 2):
        if s.progress().document_decided == s.progress().document_total:
            break
        press(qtbot, window, "a" if s.current.status == "proposed" else " ")
    assert store.open_finding_count(s.doc_id) == 0
    assert status_of(store, second.id) == "rejected"  # the propagation and the sweep kept it
    actions = {d["action"] for d in store.decisions(s.doc_id)}
    assert {"accept", "reject", "accept-all-document", "box", "type", "create", "undo",
            "redo"} <= actions
    assert window.progress_label.text().startswith(f"Document {len(s.findings)}/{len(s.findings)}")


def test_holding_a_decision_key_decides_only_once(qtbot, window, store):
    first = window.session.current
    auto = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a", True)
    QApplication.sendEvent(window.view, auto)
    assert status_of(store, first.id) == "proposed"
    press(qtbot, window, "a")
    assert status_of(store, first.id) == "confirmed"


def test_queue_wide_reject_reaches_the_other_document(qtbot, store, tmp_path):
    one = add_generated(store, 21, tmp_path)
    two = add_generated(store, 21 + 1000, tmp_path)
    window = open_window(qtbot, store, tmp_path)
    texts = {normalise_text(f.text) for f in store.findings(two)}
    shared = go_to(qtbot, window, lambda f: normalise_text(f.text) in texts)
    press(qtbot, window, "g", "r")
    for doc in (one, two):
        same = [f for f in store.findings(doc) if normalise_text(f.text) == normalise_text(shared.text)]
        assert same and all(f.status == "rejected" for f in same)


def test_closing_and_reopening_resumes_at_the_same_document_and_finding(qtbot, store, tmp_path):
    add_generated(store, 31, tmp_path)
    second = add_generated(store, 32, tmp_path)
    window = open_window(qtbot, store, tmp_path)
    press(qtbot, window, "]", "j", "j", "j")
    where = (window.session.doc_id, window.session.current.id)
    assert where[0] == second
    window.close()
    again = open_window(qtbot, store, tmp_path)
    assert (again.session.doc_id, again.session.current.id) == where
    assert again.view.layer.current_id == where[1]


def test_moves_are_saved_once_after_a_pause_and_a_crash_then_resumes_there(qtbot, store, tmp_path):
    from desktop.core.review.session import resume_point

    add_generated(store, 31, tmp_path)
    window = open_window(qtbot, store, tmp_path)
    start = resume_point(store)
    press(qtbot, window, "j", "j", "j")
    where = (window.session.doc_id, window.session.current.id)
    assert resume_point(store) == start  # no write on the key path
    qtbot.waitUntil(lambda: resume_point(store) == where, timeout=3000)
    # a crash now (no closeEvent) still resumes at the last finding shown
    window.session.on_move = None
    window.hide()
    again = open_window(qtbot, store, tmp_path)
    assert (again.session.doc_id, again.session.current.id) == where


def test_page_zoom_and_fit_keys(qtbot, window):
    press(qtbot, window, "J")
    assert window.page == 1
    press(qtbot, window, "K")
    assert window.page == 0
    fitted = window.view.zoom
    press(qtbot, window, "+")
    assert window.view.zoom == pytest.approx(fitted * 1.25)
    press(qtbot, window, "w")
    assert window.view.zoom == pytest.approx(fitted)


def test_menus_are_generated_from_the_registry_and_show_the_keymap(window):
    from desktop.core.review.command_registry import all_commands

    actions = {a.objectName(): a for menu in window.menuBar().findChildren(type(window.menuBar().actions()[0].menu()))
               for a in menu.actions()}
    for c in all_commands():
        if c.menu:
            keys = window.keymap.keys_for(c.id, "review")
            assert actions[c.id].text() == c.help + (f"\t{keys[0]}" if keys else "")


def test_a_file_that_cannot_be_opened_is_listed_with_its_reason(qtbot, store, tmp_path):
    from desktop.cli_app import import_files

    bad = tmp_path / "scan.pdf"
    bad.write_bytes(b"this is not a pdf")
    good = tmp_path / "good.pdf"
    good.write_bytes(generate_contract(41, pages=1).pdf)
    failures = import_files(store, [bad, good])
    store.set_document_status(store.documents()[0]["id"], "scanned")  # no detection in this test
    window = open_window(qtbot, store, tmp_path, failures)
    rows = [[window.queue.item(r, c).text() for c in range(2)] for r in range(window.queue.rowCount())]
    assert rows[0][0] == "good.pdf"
    assert rows[1][0] == "scan.pdf" and "not a PDF" in rows[1][1]
    assert window.session is not None and window.session.document["name"] == "good.pdf"


@pytest.mark.slow
def test_detection_runs_in_the_background_and_findings_stream_in(qtbot, store, tmp_path):
    from desktop.cli_app import import_files

    pdf = tmp_path / "fresh.pdf"
    pdf.write_bytes(generate_contract(51, pages=2).pdf)
    assert import_files(store, [pdf]) == []
    window = open_window(qtbot, store, tmp_path)
    assert window.scan_job is not None and "Detecting" in window.statusBar().currentMessage()
    press(qtbot, window, "J")  # the window answers keys while detection runs
    assert window.page == 1
    qtbot.waitUntil(lambda: window.scan_job is None, timeout=180_000)
    doc_id = window.session.doc_id
    assert store.document(doc_id)["status"] == "scanned"
    assert window.session.findings and len(window.session.findings) == len(store.findings(doc_id))
    assert window.findings.model().rowCount() == len(window.session.findings)
    assert window.statusBar().currentMessage() == "Detection finished"


def test_the_view_glides_to_a_finding_out_of_sight_on_the_same_page(qtbot, window):
    from PySide6.QtCore import QVariantAnimation

    from desktop.ui.page_view import _rect

    view = window.view

    def in_sight(finding) -> bool:
        shown = view.mapToScene(view.viewport().rect()).boundingRect()
        return shown.contains(_rect(finding.boxes[0]).center())

    press(qtbot, window, "+", "+", "+", "g", "g")
    glided = False
    for _ in range(60):
        nxt = window.session.findings[window.session.index + 1]
        if nxt.page != window.page:
            break
        was_in_sight = in_sight(nxt)
        press(qtbot, window, "j")
        if not was_in_sight:
            glided = glided or view._scroll.state() == QVariantAnimation.State.Running
            qtbot.waitUntil(lambda f=nxt: in_sight(f), timeout=2000)
    assert glided


def test_capital_a_confirms_every_occurrence_and_moves_on_and_a_capital_type_key_retypes_them_all(qtbot, window, store):
    s = window.session
    counts = {}
    for f in s.findings:
        counts[normalise_text(f.text)] = counts.get(normalise_text(f.text), 0) + 1
    repeated = go_to(qtbot, window, lambda f: f.status == "proposed" and counts[normalise_text(f.text)] > 1)
    press(qtbot, window, "A")
    same = [f for f in store.findings(s.doc_id) if normalise_text(f.text) == normalise_text(repeated.text)]
    assert all(f.status == "confirmed" for f in same)
    assert s.current.id != repeated.id and s.current.status == "proposed"  # on to the next undecided one

    other = go_to(qtbot, window, lambda f: counts[normalise_text(f.text)] > 1 and f.entity_type != "OTHER")
    press(qtbot, window, "t", "O")
    retyped = [f for f in store.findings(s.doc_id) if normalise_text(f.text) == normalise_text(other.text)]
    assert len(retyped) > 1 and all(f.entity_type == "OTHER" for f in retyped)
    press(qtbot, window, "t", "p")  # the small key: this occurrence only
    assert store.finding(s.current.id).entity_type == "PERSON"
    assert sum(f.entity_type == "OTHER" for f in store.findings(s.doc_id)
               if normalise_text(f.text) == normalise_text(other.text)) == len(retyped) - 1


def test_zoom_keeps_the_current_finding_in_view_and_esc_clears_find_highlights(qtbot, window):
    from PySide6.QtCore import QRectF

    target = go_to(qtbot, window, lambda f: f.boxes and f.boxes[0][1] > 400)  # low on its page
    for _ in range(4):
        press(qtbot, window, "+")
        x0, y0, x1, y1 = target.boxes[0]
        seen = window.view.mapToScene(window.view.viewport().rect()).boundingRect()
        assert seen.intersects(QRectF(x0, y0, x1 - x0, y1 - y0))
    press(qtbot, window, "/")
    qtbot.keyClicks(window.find_bar, target.text.split()[0])
    qtbot.keyClick(window.find_bar, Qt.Key.Key_Return)
    assert window.view.layer.hits
    window.find_bar.setFocus()
    qtbot.keyClick(window.find_bar, Qt.Key.Key_Escape)
    assert window.view.layer.hits == () and window.session.hits == []


def test_the_window_opens_no_larger_than_its_screen(qtbot, store, tmp_path):
    from desktop.ui.app import application, create_window
    from desktop.ui.main_window import start_size

    application()
    add_generated(store, 11, tmp_path)
    window = create_window(store, ())
    qtbot.addWidget(window)
    room = window.screen().availableGeometry()
    assert window.width() <= room.width() and window.height() <= room.height()

    class Small:  # a 1600x1000 screen at 150%: 1067x667 logical pixels
        def availableGeometry(self):
            from PySide6.QtCore import QRect
            return QRect(0, 0, 1067, 640)

    assert start_size(Small()) == (1013, 588) and start_size(None) == (1400, 900)
