"""A damaged file in the queue says so: 'damaged: N of M pages readable', never a plain status."""

from __future__ import annotations

from desktop.core.scan.documents import import_paths
from devkit.corpus import badfiles


def test_the_queue_shows_a_damaged_document(qtbot, store, tmp_path):
    from desktop.ui.queue_panel import QueuePanel

    import_paths(store, [badfiles.write_page_count_lie(tmp_path / "lie.pdf"), badfiles.write_corrupt(tmp_path / "x.pdf")])
    failures = [("x.pdf", "x.pdf: the PDF is damaged and cannot be read")]
    panel = QueuePanel()
    qtbot.addWidget(panel)
    panel.show_queue(store, None, failures)
    assert [panel.item(r, 0).text() for r in range(panel.rowCount())] == ["lie.pdf", "x.pdf"]
    assert panel.item(0, 1).text() == "damaged: 2 of 5 pages readable"
    assert "cannot be read" in panel.item(1, 1).text()


def test_the_window_opens_a_damaged_document_and_pages_through_it(qtbot, store, tmp_path):
    from PySide6.QtCore import Qt

    import_paths(store, [badfiles.write_page_count_lie(tmp_path / "lie.pdf")])
    store.set_document_status(store.documents()[0]["id"], "scanned")  # no detection run here
    from desktop.ui.app import application, create_window

    application()
    window = create_window(store, [])
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.view.image_page == window.page, timeout=10000)
    for _ in range(6):  # past the readable pages: the window stays up
        qtbot.keyClick(window.view, Qt.Key.Key_PageDown)  # keys go to the page view, as a reviewer's do
    qtbot.wait(300)
    assert window.isVisible() and window.page == 4  # the last page the page tree claims
