"""Background work: page rendering on one thread per open document, detection with its own store."""

from __future__ import annotations

import traceback
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThread, QThreadPool, Signal, Slot
from PySide6.QtGui import QImage

from desktop.core.pagesource import PageSource


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


def scan_in_background(store_path, doc_id: int, page_order: list[int], on_progress, on_done, on_failure):
    """Detect entities of a document on a pool thread with its own store connection.

    Returns None when the detection module is not installed (the window then shows stored findings).
    """
    try:
        from desktop.core.scan import scan_document
    except ModuleNotFoundError:
        return None

    def work(progress):
        from desktop.core.store import Store

        with Store(store_path) as store:  # sqlite connections belong to the thread that opened them
            return scan_document(store, doc_id, page_order=page_order, progress=progress)

    return run_in_background(work, on_done, on_failure, on_progress)


class _Renderer(QObject):
    rendered = Signal(int, float, QImage)
    failed = Signal(int, str)

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


class RenderThread(QObject):
    """The thread that owns one document's PyMuPDF handle for rendering."""

    request = Signal(int, float)

    def __init__(self, source: PageSource, on_rendered, on_failed):
        super().__init__()
        self.thread = QThread()
        self.thread.setObjectName("render")
        self.renderer = _Renderer(source)
        self.renderer.moveToThread(self.thread)
        self.request.connect(self.renderer.render)
        self.renderer.rendered.connect(on_rendered)
        self.renderer.failed.connect(on_failed)
        self.thread.start()

    def render(self, number: int, zoom: float) -> None:
        self.request.emit(number, zoom)

    def stop(self) -> None:
        self.thread.quit()
        self.thread.wait()
