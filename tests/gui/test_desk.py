"""The File menu and the queue as on a desktop: open files or a folder, drop PDFs, quit, status column."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog
from test_review_window import add_generated, open_window, press

import desktop.ui.document_queue as document_queue
from devkit.corpus import generate_contract


@pytest.fixture
def scans(monkeypatch):
    """Detection stands in: each requested scan marks its document scanned a moment later."""
    started, timers = [], []

    class FakeScan:
        def __init__(self, timer):
            self.timer = timer

        def stop(self):
            self.timer.stop()

    def fake(store, doc_id, order, on_progress, on_finished, parent=None):
        started.append(doc_id)

        def finish():
            store.set_document_status(doc_id, "scanned")
            on_finished("")

        timer = QTimer(singleShot=True, interval=50)
        timer.timeout.connect(finish)
        timer.start()
        timers.append(timer)
        return FakeScan(timer)

    monkeypatch.setattr(document_queue, "scan_in_background", fake)
    yield started
    for timer in timers:  # a scan still "running" must not finish into the next test's store
        timer.stop()


def contracts(folder, seeds):
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for seed in seeds:
        path = folder / f"c{seed}.pdf"
        path.write_bytes(generate_contract(seed, pages=1).pdf)
        paths.append(path)
    return paths


def action(window, command_id):
    return next(a for m in window.menuBar().actions() for a in m.menu().actions() if a.objectName() == command_id)


def queue_rows(window):
    return {window.queue.item(r, 0).text(): window.queue.item(r, 1).text() for r in range(window.queue.rowCount())}


def test_ctrl_o_opens_files_that_join_the_queue_and_are_scanned_one_after_another(qtbot, store, tmp_path,
                                                                                    monkeypatch, scans):
    add_generated(store, 11, tmp_path)
    window = open_window(qtbot, store, tmp_path)
    paths = contracts(tmp_path / "in", (61, 62)) + [tmp_path / "broken.pdf"]
    paths[-1].write_bytes(b"not a pdf")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(p) for p in paths], ""))
    assert [s.toString() for s in action(window, "file-open").shortcuts()] == ["Ctrl+O"]
    action(window, "file-open").trigger()
    qtbot.waitUntil(lambda: len(scans) == 2 and window.scan_job is None, timeout=20000)
    rows = queue_rows(window)
    assert rows["c61.pdf"] == rows["c62.pdf"] == "scanned"
    assert "not a PDF" in rows["broken.pdf"]
    assert scans == [store.find_document("c61.pdf")["id"], store.find_document("c62.pdf")["id"]]
    assert window.menuBar().actions()[0].text() == "File"


def test_a_folder_dropped_on_the_queue_joins_it(qtbot, store, tmp_path, scans):
    from desktop.ui.app import application, create_window

    application()
    window = create_window(store)
    qtbot.addWidget(window)
    window.show()
    folder = tmp_path / "dropped"
    contracts(folder / "sub", (71,))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder))])
    target = window.queue.viewport()
    assert target.acceptDrops()
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                      Qt.KeyboardModifier.NoModifier)
    # Qt delivers drops only from a drag of its own platform's; the filter on the queue gets it as Qt would.
    assert window._drop.eventFilter(target, drop) and drop.isAccepted()
    qtbot.waitUntil(lambda: window.session is not None and bool(scans), timeout=20000)
    assert window.session.document["name"] == "c71.pdf"
    qtbot.waitUntil(lambda: queue_rows(window).get("c71.pdf") == "scanned", timeout=20000)


def test_ctrl_q_quits_from_the_page_and_from_the_consent_panel(qtbot, store, tmp_path):
    add_generated(store, 11, tmp_path)
    window = open_window(qtbot, store, tmp_path)
    press(qtbot, window, "c")
    assert window.consent_panel.list.hasFocus()
    assert [s.toString() for s in action(window, "quit").shortcuts()] == ["Ctrl+Q"]
    qtbot.keyClick(window.consent_panel.list, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()


def test_the_status_column_follows_review(qtbot, store, tmp_path):
    doc_id = add_generated(store, 11, tmp_path)
    window = open_window(qtbot, store, tmp_path)
    assert queue_rows(window) == {window.session.document["name"]: "scanned"}
    for _ in range(len(window.session.findings)):
        press(qtbot, window, "a")
    assert store.open_finding_count(doc_id) == 0
    assert queue_rows(window) == {window.session.document["name"]: "reviewed"}


def test_p_toggles_the_redacted_preview(qtbot, store, tmp_path):
    add_generated(store, 11, tmp_path)
    window = open_window(qtbot, store, tmp_path)
    press(qtbot, window, "p")
    preview = window.redaction_preview
    assert preview.isVisible()
    window.activateWindow()
    press(qtbot, window, "p")
    assert not preview.isVisible()
    press(qtbot, window, "p")
    again = window.redaction_preview
    assert again.isVisible()
    qtbot.keyClick(again, "p")  # the key works in the preview's own window too
    assert not again.isVisible()
    qtbot.waitUntil(lambda: again.image.pixmap() is not None and not again.image.pixmap().isNull(), timeout=30000)


def test_the_page_list_shows_a_thumbnail_of_every_page(qtbot, store, tmp_path):
    add_generated(store, 11, tmp_path)
    window = open_window(qtbot, store, tmp_path)
    items = [window.pages.item(n) for n in range(window.pages.count())]
    assert len(items) == window.session.document["pages"] > 1
    qtbot.waitUntil(lambda: all(not i.icon().isNull() for i in items), timeout=20000)
    size = items[0].icon().availableSizes()[0]
    assert 60 < size.width() < size.height() < 200  # a portrait page, small


def test_the_current_findings_why_is_shown_in_full_under_the_table(qtbot, store, tmp_path):
    from desktop.core.review.explain import why

    add_generated(store, 11, tmp_path)
    window = open_window(qtbot, store, tmp_path)
    press(qtbot, window, "j")
    current = window.session.current
    assert window.details.wordWrap() and f"Why: {why(current)}" in window.details.text()
    assert current.text.split()[0] in window.details.text()


def test_the_registry_shows_party_names_in_full(qtbot, store):
    from desktop.core.consent import Party
    from desktop.ui.registry_view import RegistryView

    long_name = "Internationale Gesellschaft für Vertragsprüfung und Datenschutzberatung mbH & Co. KG"
    store.add_party(Party(long_name))
    view = RegistryView(store)
    qtbot.addWidget(view)
    view.show()
    needed = view.tree.fontMetrics().horizontalAdvance(long_name)
    assert view.tree.columnWidth(0) >= needed


def test_a_scanned_file_being_added_shows_how_far_ocr_has_read(qtbot, store, tmp_path, monkeypatch, scans):
    from devkit.corpus.scans import as_scan

    add_generated(store, 11, tmp_path)
    window = open_window(qtbot, store, tmp_path)
    path = tmp_path / "scanned.pdf"
    path.write_bytes(as_scan(generate_contract(63, pages=2).pdf, dpi=150))
    said = []
    monkeypatch.setattr(window, "message", lambda text, timeout=0: said.append(text))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(path)], ""))
    action(window, "file-open").trigger()
    qtbot.waitUntil(lambda: bool(scans) and window.scan_job is None, timeout=60000)
    pages = store.find_document("scanned.pdf")["pages"]
    read = [m for m in said if "by OCR" in m]
    assert read and read[-1].endswith(f"page {pages} of {pages}"), said
    assert said.index(read[-1]) < said.index("1 document(s) added, 0 already in the queue")


def test_the_preview_follows_the_page_and_fits_its_width(qtbot, store, tmp_path):
    add_generated(store, 11, tmp_path)
    window = open_window(qtbot, store, tmp_path)
    press(qtbot, window, "p")
    preview = window.redaction_preview
    shown = lambda: preview.image.pixmap() is not None and not preview.image.pixmap().isNull()  # noqa: E731
    qtbot.waitUntil(shown, timeout=30000)
    assert preview.image.pixmap().width() <= preview.scroll.viewport().width()  # nothing cut off at the side
    first = preview.image.pixmap().toImage()
    window.activateWindow()  # where the platform gave the preview the keyboard, it goes back
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    press(qtbot, window, "J")  # the next page in the window
    assert window.page == 1 and preview.page_number == 1 and "page 2" in preview.windowTitle()
    qtbot.waitUntil(lambda: shown() and preview.image.pixmap().toImage() != first, timeout=30000)
