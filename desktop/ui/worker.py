"""Background work: page rendering on one thread per open document, detection in its own process."""

from __future__ import annotations

import multiprocessing
import traceback
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThread, QThreadPool, QTimer, Signal, Slot
from PySide6.QtGui import QImage

from desktop.core.pdf.pagesource import PageSource
from desktop.core.workspace import detect_in_process


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(str)
    progress = Signal(object)


class Job(QRunnable):
    """Run `fn(progress)` on the thread pool; callbacks run on the GUI thread (queued signals).

    `progress(*args)` reaches `on_progress` as one tuple.
    """

    def __init__(self, fn: Callable, on_success=None, on_failure=None, on_progress=None):
        super().__init__()
        self.fn = fn
        self.signals = _Signals()
        for signal, slot in ((self.signals.succeeded, on_success), (self.signals.failed, on_failure),
                             (self.signals.progress, on_progress)):
            if slot is not None:
                signal.connect(slot)

    def run(self) -> None:
        try:
            result = self.fn(lambda *args: self.signals.progress.emit(args))
        except Exception as exc:  # reported to the window, never lost in a thread
            traceback.print_exc()
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}".splitlines()[0])
        else:
            self.signals.succeeded.emit(result)


def run_in_background(fn: Callable, on_success=None, on_failure=None, on_progress=None) -> Job:
    job = Job(fn, on_success, on_failure, on_progress)
    QThreadPool.globalInstance().start(job)
    return job


class ScanProcess(QObject):
    """Detection of one document in a separate process (PyMuPDF and spaCy stay out of the GUI
    process's threads); progress is read from the store, where each page's findings land."""

    progress = Signal(int, int)  # pages scanned, pages
    finished = Signal(str)  # "" on success, else a one-line reason

    def __init__(self, store, doc_id: int, page_order: list[int], parent=None):
        super().__init__(parent)
        self.store, self.doc_id = store, doc_id
        self.total = store.document(doc_id)["pages"]
        context = multiprocessing.get_context("spawn")
        self.process = context.Process(target=detect_in_process, args=(str(store.path), doc_id, page_order),
                                       name=f"clearance-scan-{doc_id}")
        self.process.start()
        self.timer = QTimer(self, interval=400)
        self.timer.timeout.connect(self._poll)
        self.timer.start()
        self._seen = -1

    def _poll(self) -> None:
        done = self.total - len(self.store.unscanned_pages(self.doc_id))
        if done != self._seen:
            self._seen = done
            self.progress.emit(done, self.total)
        if not self.process.is_alive():
            self.timer.stop()
            doc = self.store.document(self.doc_id)
            ok = self.process.exitcode == 0
            self.finished.emit("" if ok else (doc["error"] or f"detection stopped (exit {self.process.exitcode})"))

    def stop(self) -> None:
        self.timer.stop()
        if self.process.is_alive():
            self.process.terminate()  # each page is its own transaction: nothing half-written stays
        self.process.join(5)


def scan_in_background(store, doc_id: int, page_order: list[int], on_progress, on_finished, parent=None):
    """Start detecting a document in its own process."""
    job = ScanProcess(store, doc_id, page_order, parent)
    job.progress.connect(on_progress)
    job.finished.connect(on_finished)
    return job


class _Renderer(QObject):
    rendered = Signal(int, float, QImage)
    failed = Signal(int, str)
    thumbnailed = Signal(int, QImage)

    def __init__(self, source: PageSource):
        super().__init__()
        self.source = source

    @Slot(int, float)
    def render(self, number: int, zoom: float) -> None:
        try:
            page = self.source.render(number, zoom)
        except Exception as exc:
            self.failed.emit(number, str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
            return
        image = QImage(page.samples, page.width, page.height, page.stride, QImage.Format.Format_RGB888)
        self.rendered.emit(number, zoom, image.copy())  # copy: the bytes die with `page`

    @Slot(int, float)
    def thumbnail(self, number: int, zoom: float) -> None:
        try:
            page = self.source.render(number, zoom)
        except Exception:  # the page list keeps its text; the page itself reports the problem when shown
            self.thumbnailed.emit(number, QImage())
            return
        image = QImage(page.samples, page.width, page.height, page.stride, QImage.Format.Format_RGB888)
        self.thumbnailed.emit(number, image.copy())


class RenderThread(QObject):
    """The thread that owns one document's PyMuPDF handle for rendering."""

    request = Signal(int, float)
    thumbnail_request = Signal(int, float)

    def __init__(self, source: PageSource, on_rendered, on_failed, on_thumbnail=None):
        super().__init__()
        self.thread = QThread()
        self.thread.setObjectName("render")
        self.renderer = _Renderer(source)
        self.renderer.moveToThread(self.thread)
        self.request.connect(self.renderer.render)
        self.renderer.rendered.connect(on_rendered)
        self.renderer.failed.connect(on_failed)
        self.thumbnail_request.connect(self.renderer.thumbnail)
        if on_thumbnail is not None:
            self.renderer.thumbnailed.connect(on_thumbnail)
        self.thread.start()

    def render(self, number: int, zoom: float) -> None:
        self.request.emit(number, zoom)

    def thumbnails(self, numbers, zoom: float) -> None:
        """Queue small renders of the pages; they come after any page render already asked for."""
        for number in numbers:
            self.thumbnail_request.emit(number, zoom)

    def stop(self) -> None:
        self.thread.quit()
        self.thread.wait()
