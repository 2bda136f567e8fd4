"""The window shows the workspace's jobs: files opened with Ctrl+O are added by a job in a progress dialog,
and Esc on that dialog cancels it; the file being added is stored whole and the files after it are not."""

from __future__ import annotations

import threading

from PySide6.QtCore import QEvent, Qt, QThread
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFileDialog
from test_review_window import add_generated, open_window

import desktop.core.workspace as workspace_module
import desktop.ui.document_queue as document_queue
from desktop.core.jobs import JobState
from desktop.ui.worker import run_in_background
from devkit.corpus import generate_contract


def _hold_import(monkeypatch, name: str) -> tuple[threading.Event, threading.Event]:
    """Adding the file `name` waits at its start until `release` is set; `reading` says it got there."""
    reading, release = threading.Event(), threading.Event()
    real_import = workspace_module.import_paths

    def held_import(store_, files, progress=None):
        if files[0].name == name:
            reading.set()
            release.wait(60)
        return real_import(store_, files, progress)

    monkeypatch.setattr(workspace_module, "import_paths", held_import)
    return reading, release


def test_esc_on_the_import_dialog_cancels_after_the_file_being_added(qtbot, store, tmp_path, monkeypatch):
    add_generated(store, 11, tmp_path)
    window = open_window(qtbot, store, tmp_path)
    scans: list[int] = []
    monkeypatch.setattr(document_queue, "scan_in_background", lambda _store, doc_id, *a, **k: scans.append(doc_id))
    folder = tmp_path / "in"
    folder.mkdir()
    paths = []
    for seed in (71, 72, 73):
        paths.append(folder / f"c{seed}.pdf")
        paths[-1].write_bytes(generate_contract(seed, pages=1).pdf)

    # The first file is held while it is read, so that Esc reaches the dialog while the job is on it.
    reading, release = _hold_import(monkeypatch, "c71.pdf")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(p) for p in paths], ""))
    try:
        qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: reading.is_set() and window.import_dialog is not None
                        and window.import_dialog.isVisible(), timeout=20000)
        job = window.import_dialog.job
        assert job.title == "Adding files" and job.state == JobState.RUNNING
        qtbot.keyClick(window.import_dialog, Qt.Key.Key_Escape)
        assert job.cancelled
    finally:
        release.set()  # a failed check must not leave the job's thread waiting into the next tests
    qtbot.waitUntil(lambda: job.finished and "cancelled" in window.statusBar().currentMessage(), timeout=30000)

    assert job.state == JobState.CANCELLED
    assert not window.import_dialog.isVisible()
    names = {d["name"] for d in store.documents()}
    assert "c71.pdf" in names and not names & {"c72.pdf", "c73.pdf"}  # the one being added, whole; no other
    c71 = store.find_document("c71.pdf")
    assert len(store.page_rows(c71["id"])) == c71["pages"] > 0  # every page of it
    queue = {window.queue.item(r, 0).text() for r in range(window.queue.rowCount())}
    assert "c71.pdf" in queue and "c72.pdf" not in queue
    assert scans == [c71["id"]]  # what was added is detected as usual


def test_files_are_added_while_other_jobs_hold_as_many_threads_as_the_machine_has_cores(qtbot, store, tmp_path,
                                                                                        monkeypatch):
    """A scan holds its pool thread for a whole document, an estimate for a while: adding files must not
    wait behind them (Qt's global pool has one thread per core, so on two cores two jobs froze the dialog)."""
    add_generated(store, 11, tmp_path)
    window = open_window(qtbot, store, tmp_path)
    monkeypatch.setattr(document_queue, "scan_in_background", lambda *a, **k: None)
    held, release = [], threading.Event()
    try:
        for _ in range(max(2, QThread.idealThreadCount())):
            started = threading.Event()
            held.append(started)
            run_in_background(lambda _progress, started=started: (started.set(), release.wait(60)))
        qtbot.waitUntil(lambda: all(e.is_set() for e in held), timeout=20000)
        path = tmp_path / "c74.pdf"
        path.write_bytes(generate_contract(74, pages=1).pdf)
        window.add_files([path])
        # the job's end has reached the window (after the job finished), which closes the dialog
        qtbot.waitUntil(lambda: window.import_dialog.job.finished and not window.import_dialog.isVisible(),
                        timeout=30000)
    finally:
        release.set()
    assert store.find_document("c74.pdf") is not None


def test_the_status_bars_cancel_stops_detection_and_the_next_document_waits(qtbot, store, tmp_path, monkeypatch):
    """Detection (its own process, stood in for here) shows its pages beside a Cancel button; a click asks
    the scan job to cancel, and once it has stopped the window says so and starts no other document."""
    add_generated(store, 11, tmp_path)
    started, scans = [], []

    class StandIn:
        def __init__(self, doc_id, on_progress, on_finished):
            self.doc_id, self.on_progress, self.on_finished = doc_id, on_progress, on_finished
            self.cancelled = False

        def cancel(self):
            self.cancelled = True

        def stop(self):
            pass

    def fake(_store, doc_id, _order, on_progress, on_finished, parent=None):
        started.append(doc_id)
        scans.append(StandIn(doc_id, on_progress, on_finished))
        return scans[-1]

    monkeypatch.setattr(document_queue, "scan_in_background", fake)
    window = open_window(qtbot, store, tmp_path)
    folder = tmp_path / "in"
    folder.mkdir()
    for seed in (81, 82):
        (folder / f"c{seed}.pdf").write_bytes(generate_contract(seed, pages=1).pdf)
    window.add_files([folder])
    qtbot.waitUntil(lambda: bool(started), timeout=20000)
    scan = scans[0]
    scan.on_progress(1, 3)
    assert window.scan_bar.isVisible() and window.scan_bar.bar.value() == 1
    qtbot.mouseClick(window.scan_bar.button, Qt.MouseButton.LeftButton)
    assert scan.cancelled
    scan.on_finished("", True)  # the job stopped after its page
    assert window.scan_job is None and not window.scan_bar.isVisible()
    assert "Detection cancelled" in window.statusBar().currentMessage()
    assert len(started) == 1  # the other new document waits for the next time


def test_esc_cancels_the_import_also_before_its_dialog_is_the_active_window(qtbot, store, tmp_path, monkeypatch):
    """The dialog's Esc shortcut fires only once its window is active; Esc that reaches the dialog before
    that (a loaded machine, a slow window manager) must cancel too, not just hide the dialog."""
    add_generated(store, 11, tmp_path)
    window = open_window(qtbot, store, tmp_path)
    monkeypatch.setattr(document_queue, "scan_in_background", lambda *a, **k: None)
    paths = [tmp_path / "c75.pdf", tmp_path / "c76.pdf"]
    for seed, path in zip((75, 76), paths):
        path.write_bytes(generate_contract(seed, pages=1).pdf)
    reading, release = _hold_import(monkeypatch, "c75.pdf")
    try:
        window.add_files(paths)
        qtbot.waitUntil(reading.is_set, timeout=20000)
        dialog = window.import_dialog
        dialog.keyPressEvent(QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier))
        assert dialog.job.cancelled
    finally:
        release.set()
    qtbot.waitUntil(lambda: dialog.job.finished, timeout=30000)
    assert dialog.job.state == JobState.CANCELLED and not dialog.isVisible()
    assert {d["name"] for d in store.documents()} & {"c75.pdf", "c76.pdf"} == {"c75.pdf"}


def test_files_added_while_the_window_closes_show_nothing(qtbot, store, tmp_path, monkeypatch):
    """A job's end reaches the window after the job has finished; when the window was closed meanwhile (its
    store with it) the window shows nothing instead of raising into whatever runs the event loop next."""
    add_generated(store, 11, tmp_path)
    window = open_window(qtbot, store, tmp_path)
    monkeypatch.setattr(document_queue, "scan_in_background", lambda *a, **k: None)
    reading, release = _hold_import(monkeypatch, "c77.pdf")
    path = tmp_path / "c77.pdf"
    path.write_bytes(generate_contract(77, pages=1).pdf)
    try:
        window.add_files([path])
        qtbot.waitUntil(reading.is_set, timeout=20000)
        job = window.import_dialog.job
        window.close()
        store.close()  # as the app closes it after its window
        assert window.workspace.data_version() is None
    finally:
        release.set()
    qtbot.waitUntil(lambda: job.finished, timeout=30000)
    qtbot.waitUntil(lambda: not window.import_dialog.isVisible(), timeout=30000)  # its end was delivered
    assert "document(s) added" not in window.statusBar().currentMessage()
