"""Background work shown in the window: core jobs (desktop.core.jobs) run on the thread pool, page
rendering on one thread per open document. The work itself is the workspace's; this only runs and shows it."""

from __future__ import annotations

import contextlib
import traceback
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThread, QThreadPool, Signal, Slot
from PySide6.QtGui import QImage

from desktop.core.jobs import Job, JobState
from desktop.core.pdf.pagesource import PageSource
from desktop.core.workspace import Workspace


class _Signals(QObject):
    progress = Signal(object)  # the job
    finished = Signal(object)  # the job
    succeeded = Signal(object)  # its result
    failed = Signal(str)  # its one-line error


def job_pool() -> QThreadPool:
    """The pool the window's jobs run on. Qt's global pool has one thread per core, and a scan job holds
    its thread for a whole document while its process works: on a two-core machine a scan and a risk
    estimate would leave files being added waiting with a frozen dialog. The jobs mostly wait (on a
    process, the disk, the store's lock), so the pool has room for each kind at once."""
    global _POOL
    if _POOL is None:
        _POOL = QThreadPool(QCoreApplication.instance())  # waited for, then gone, with the application
        _POOL.setMaxThreadCount(max(JOB_THREADS, QThread.idealThreadCount()))
    return _POOL


JOB_THREADS = 8  # a scan, an import, previews and estimates, each with room to spare
_POOL: QThreadPool | None = None


class JobRunner(QRunnable):
    """Runs a core Job on the thread pool; its progress and its end reach the GUI thread (queued signals)."""

    def __init__(self, job: Job, on_finished=None, on_progress=None):
        super().__init__()
        self.job = job
        self.signals = _Signals()
        if on_finished is not None:
            self.signals.finished.connect(on_finished)
        if on_progress is not None:
            self.signals.progress.connect(on_progress)
        job.on_progress(self.signals.progress.emit)

    def run(self) -> None:
        self.job.run()
        if self.job.exception is not None:  # the window shows one line; the console keeps the rest
            traceback.print_exception(self.job.exception)
        self.signals.finished.emit(self.job)
        if self.job.state == JobState.DONE:
            self.signals.succeeded.emit(self.job.result)
        elif self.job.state == JobState.FAILED:
            self.signals.failed.emit(self.job.error)


def start_job(job: Job, on_finished=None, on_progress=None) -> JobRunner:
    """Run `job` on the pool: `on_progress(job)` as it reports, `on_finished(job)` once it ended."""
    runner = JobRunner(job, on_finished, on_progress)
    job_pool().start(runner)
    return runner


def run_in_background(fn: Callable, on_success=None, on_failure=None) -> JobRunner:
    """`fn(progress)` as an untitled job: `on_success(result)` or `on_failure(one line)` on the GUI thread
    (connected straight to the slots, so a dialog closed meanwhile is simply not called)."""
    runner = JobRunner(Job("", lambda job: fn(job.progress)))
    for signal, slot in ((runner.signals.succeeded, on_success), (runner.signals.failed, on_failure)):
        if slot is not None:
            signal.connect(slot)
    job_pool().start(runner)
    return runner


class ScanJob(QObject):
    """The workspace's scan job for one document (detection in its own process), shown as pages done."""

    progress = Signal(int, int)  # pages scanned, pages
    finished = Signal(str, bool)  # a one-line reason ("" on success or cancel), cancelled

    def __init__(self, store, doc_id: int, page_order: list[int], parent=None):
        super().__init__(parent)
        self.job = Workspace.of(store).scan_job(doc_id, page_order)
        self.runner = start_job(self.job, self._ended, self._progressed)

    def _progressed(self, job: Job) -> None:
        self.progress.emit(job.done, job.total)

    def _ended(self, job: Job) -> None:
        self.finished.emit(job.error or "", job.state == JobState.CANCELLED)

    def cancel(self) -> None:
        """Stop after the page being detected; the pages done stay, and the rest resumes next time."""
        self.job.cancel()

    def stop(self) -> None:
        """Stop now (the window closes): each page is its own transaction, so nothing half-written stays.
        What the job still reports goes nowhere: the window and its store are closing."""
        for signal in (self.progress, self.finished):
            with contextlib.suppress(RuntimeError, TypeError):  # nothing connected
                signal.disconnect()
        self.job.abandon()


def scan_in_background(store, doc_id: int, page_order: list[int], on_progress, on_finished, parent=None):
    """Start detecting a document in its own process."""
    job = ScanJob(store, doc_id, page_order, parent)
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

    def __del__(self) -> None:
        # Qt aborts the whole process when a QThread is destroyed while it runs. A window collected
        # without its closeEvent (a crash path, a test's window freed by the garbage collector) would
        # take its render thread with it running: stop it first.
        with contextlib.suppress(RuntimeError):  # the Qt objects are gone already
            if self.thread.isRunning():
                self.stop()
