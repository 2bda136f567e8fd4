"""The workspace: the one object the review window holds, between the window and the store.

The window never opens a store connection of its own. It asks the workspace: for the connection of
the GUI thread (`store`), for work on another thread or process with a connection of that thread's
own (sqlite3 connections belong to the thread that opened them), and for the operations below, which
the command line uses too. Long work (adding files, detecting a document, building a batch) comes as a
desktop.core.jobs.Job with progress and a cancel; the window runs it on a pool thread and only shows it.
Nothing here imports Qt.
"""

from __future__ import annotations

import multiprocessing
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import fields
from pathlib import Path

from desktop.core import settings
from desktop.core.export.batch import ExportError
from desktop.core.export.preview import redacted_preview
from desktop.core.export.stage import exported_documents
from desktop.core.jobs import Cancelled, Job, JobError
from desktop.core.pdf.pagesource import PageSource
from desktop.core.scan.documents import (
    ImportReport,
    ScanReport,
    import_paths,
    pdf_files,
    scan_claimed,
)
from desktop.core.store import Store
from desktop.core.store.areas import (
    ClearanceStore,
    DocumentsStore,
    ImportStore,
    ScanStore,
    StagesStore,
)


def export_documents(store: StagesStore, keys: Iterable[str] | None = None) -> list[dict]:
    """The documents an export takes, for the command line and the window alike: the documents named
    (by id or name, an ExportError for one the store does not hold), else every document not exported
    yet (in a batch signed off, and approved under four eyes)."""
    if keys:
        docs = []
        for key in keys:
            doc = store.find_document(key)
            if doc is None:
                raise ExportError(f"no document {key!r} in the store")
            docs.append(doc)
        return docs
    exported = exported_documents(store)
    return [d for d in store.documents() if d["id"] not in exported]


def open_stored(store: DocumentsStore, doc_id: int) -> PageSource:
    """A stored document's pages from its original file, checked against its import sha256 as scan and
    export check it: a PdfError with a one-line reason when it was moved, is unreadable or was replaced."""
    return PageSource.stored(store.document(doc_id), store)


def detect_in_process(store_path: str, doc_id: int, page_order: list[int], stop=None) -> None:
    """A detection process's whole life (the window's scan job starts it): its own store connection,
    its own PyMuPDF, the claimed scan of the command line. Exits non-zero when the document could not be
    scanned (its one-line reason is then the document's error), with CANCELLED_EXIT when `stop` (a
    multiprocessing event) was set; a document another process is detecting now is left to it, as its
    findings land in the same store."""
    from desktop.core.runtime.children import die_with_parent
    from desktop.core.runtime.offline import make_offline

    die_with_parent()  # the window may be killed; its detection process must not stay behind
    make_offline()
    with Store(store_path) as store:
        try:
            report = detect_document(store, doc_id, page_order, stop)
        except Cancelled:
            raise SystemExit(CANCELLED_EXIT) from None
    if report.failed:
        raise SystemExit(report.failed[0][1])


CANCELLED_EXIT = 75  # a detection process that stopped because it was asked to


def detect_document(store: ScanStore, doc_id: int, page_order: list[int] | None = None, stop=None,
                    pool=None) -> ScanReport:
    """Detect one stored document (claimed, as the command line's scan claims it), stopping after the
    page it is on once `stop` (an event) is set, by raising Cancelled: the pages done stay stored, the
    claim is released, the document keeps the status it had, and detecting it again resumes with the
    pages left. The last page is never where it stops: judging and linking the parties follow it."""
    doc = store.document(doc_id)
    report = ScanReport(imports=ImportReport())
    seen = 0

    def step(_one: int, pages: int, _text: str) -> None:
        nonlocal seen
        seen += 1
        if stop is not None and stop.is_set() and seen < pages:
            raise Cancelled(doc["name"])

    try:
        scan_claimed(store, doc, pool, step, report, page_order=page_order)
    except Cancelled:
        store.set_document_status(doc_id, "new" if doc["status"] == "scanning" else doc["status"])
        raise
    return report


def merge_imports(into: ImportReport, part: ImportReport) -> ImportReport:
    """One file's import report added to the reports of the files before it."""
    for f in fields(ImportReport):
        setattr(into, f.name, getattr(into, f.name) + getattr(part, f.name))
    return into


class Workspace:
    """A store held by the window: its GUI-thread connection and the operations the window offers."""

    def __init__(self, store: ClearanceStore):
        self.store = store
        self.path, self.actor = Path(store.path), store.actor
        self._thread = threading.get_ident()

    @classmethod
    def of(cls, held) -> Workspace:
        """The workspace itself, or one over a store (a window or dialog made over a bare store)."""
        return held if isinstance(held, Workspace) else cls(held)

    @classmethod
    @contextmanager
    def opened(cls, path: Path | str, actor: str | None = None) -> Iterator[Workspace]:
        """A workspace over the store at `path`, opened on this thread and closed after."""
        with Store(path, actor=actor) as store:
            yield cls(store)

    def data_version(self) -> int | None:
        """A number that changes whenever another connection (the command line, a second window, a
        background job) commits to the store, read on the window's connection (None once it is
        closed). The window polls it to show what changed elsewhere without a reload by hand."""
        return self.store.data_version()

    @contextmanager
    def connection(self) -> Iterator:
        """The store, on this thread: the window's own connection on its thread, else one opened for
        the work at hand and closed after it."""
        if threading.get_ident() == self._thread:
            yield self.store
            return
        with Store(self.path, actor=self.actor) as own:
            yield own

    def job(self, title: str, work: Callable) -> Job:
        """`work(store, job)` as a Job with the connection of the thread that runs it."""
        def run(job: Job):
            with self.connection() as store:
                return work(store, job)
        return Job(title, run)

    # --- operations ---------------------------------------------------------------------------

    def import_job(self, paths: list[Path]) -> Job:
        """Validate and store the files (desktop.core.scan.documents.import_paths) one after another; a
        cancel stops after the file being read, and the files stored so far stay. The result is the
        ImportReport."""
        def work(store: ImportStore, job: Job) -> ImportReport:
            report = ImportReport()
            files = pdf_files(paths, report.failed)
            for i, path in enumerate(files):
                job.check()  # a cancel while a file was added stops here, once it is stored
                job.progress(i, len(files), f"adding {path.name}")
                merge_imports(report, import_paths(store, [path],
                                                   lambda _d, _t, text, i=i: job.progress(i, len(files), text)))
            job.progress(len(files), len(files), "")
            return report
        return self.job("Adding files", work)

    def scan_job(self, doc_id: int, page_order: list[int]) -> Job:
        """Detect a document in its own process (PyMuPDF and spaCy stay out of the window's threads),
        progress read from the store, where each page's findings land. A cancel is handed on to the
        process, which stops after the page it is on (desktop.core.workspace.detect_document); its
        error, when it failed, is the document's one-line reason."""
        def work(store: DocumentsStore, job: Job) -> int:
            doc = store.document(doc_id)
            context = multiprocessing.get_context("spawn")
            stop = context.Event()
            process = context.Process(target=detect_in_process, args=(str(self.path), doc_id, page_order, stop),
                                      name=f"clearance-scan-{doc_id}")
            process.start()
            try:
                while process.is_alive():
                    process.join(0.3)  # how often the pages done are counted again
                    job.progress(doc["pages"] - len(store.unscanned_pages(doc_id)), doc["pages"], doc["name"])
                    if job.abandoned:
                        process.terminate()
                    elif job.cancelled:
                        stop.set()
            finally:
                if process.is_alive():  # only when this thread itself was stopped
                    process.terminate()  # each page is its own transaction: nothing half-written stays
                process.join()
            if process.exitcode == CANCELLED_EXIT or job.abandoned:
                raise Cancelled(doc["name"])
            if process.exitcode != 0:
                raise JobError(store.document(doc_id)["error"] or f"detection stopped (exit {process.exitcode})")
            return doc_id
        return self.job("Detecting entities", work)

    def export_documents(self) -> list[int]:
        """The ids of the documents the window's export takes: the command line's rule."""
        return [d["id"] for d in export_documents(self.store)]

    def redacted_preview(self, doc_id: int, number: int, zoom: float):
        """Page `number` with its decisions applied, from the checked original, on any thread."""
        with self.connection() as store:
            return redacted_preview(store, doc_id, number, zoom)

    def open_stored(self, doc_id: int) -> PageSource:
        """The pages of a stored document, from its original checked against its sha256."""
        return open_stored(self.store, doc_id)

    @property
    def four_eyes(self) -> bool:
        return settings.get(self.store, settings.FOUR_EYES)

    def set_four_eyes(self, on: bool) -> None:
        """Ask for a second signer's approval (or stop asking): an audited, chained setting, as
        `clearance settings set four-eyes` writes it; written only when it changes."""
        if bool(on) != self.four_eyes:  # a store that never set it reads off: nothing to write
            settings.set(self.store, settings.FOUR_EYES, bool(on))
