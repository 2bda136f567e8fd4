"""The QA sample as its own queue in the window: g v opens it, c marks a page clean, m records a miss
(text and type typed in a dialog); the marks land in the store and a miss is redacted across the batch."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from qa_fixture import automatic_batch, qa_policy
from test_review_window import open_window, press

from desktop.core.assurance import qa
from desktop.core.assurance.fix import readable_hits


def test_the_officer_marks_the_sample_from_the_keyboard(qtbot, store, tmp_path, monkeypatch):
    batch = automatic_batch(store, tmp_path, monkeypatch, qa_policy(target=0.7))
    sample = qa.draw_sample(store, None, 3, seed=2)
    first, second = (p["page_id"] for p in sample["pages"][:2])
    window = open_window(qtbot, store, tmp_path)
    press(qtbot, window, "g", "v")
    queue = window.qa_queue
    assert queue.panel.isVisible() and window.dispatcher.mode == "qa"
    assert queue.page["page_id"] == first
    rendered = lambda: queue.panel.image.pixmap() is not None and not queue.panel.image.pixmap().isNull()  # noqa: E731
    qtbot.waitUntil(rendered, timeout=20000)  # the page as it leaves, rendered in the background
    press(qtbot, window, "c")
    assert qa.report(store, batch)["pages"][0]["verdict"] == "clean"
    assert queue.page["page_id"] == second  # on to the next page to mark

    def type_the_miss():
        dialog = QApplication.activeModalWidget()
        qtbot.keyClicks(dialog.text, "Licensee")
        qtbot.keyClick(dialog.text, Qt.Key.Key_Tab)
        qtbot.keyClicks(dialog.type, "Company")  # the type list is searched as one types
        qtbot.keyClick(dialog.type, Qt.Key.Key_Return)

    QTimer.singleShot(0, type_the_miss)
    press(qtbot, window, "m")
    page = next(p for p in qa.report(store, batch)["pages"] if p["page_id"] == second)
    assert page["verdict"] == "missed" and page["misses"][0] == {"text": "Licensee", "type": "COMPANY", "fixed": 4}
    assert not any(readable_hits(store, d["id"], "Licensee") for d in store.documents())
    qtbot.waitUntil(rendered, timeout=20000)  # the next page, rendered again after the fix
    press(qtbot, window, "q")
    assert not queue.panel.isVisible() and window.dispatcher.mode == "review"
