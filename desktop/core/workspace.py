"""The workspace: the one object the review window holds, between the window and the store.

The window never opens a store connection of its own. It asks the workspace: for the connection of
the GUI thread (`store`), for work on another thread or process with a connection of that thread's
own (sqlite3 connections belong to the thread that opened them), and for the operations below, which
the command line uses too. Nothing here imports Qt.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop.core import settings
from desktop.core.export.batch import BatchResult, ExportError, build_batch
from desktop.core.export.preview import redacted_preview
from desktop.core.export.signoff import named_signer
from desktop.core.export.stage import exported_documents
from desktop.core.pdf.pagesource import PageSource
from desktop.core.scan.documents import ImportReport, ScanReport, import_paths, scan_claimed
from desktop.core.store import Store
from desktop.core.store.areas import ClearanceStore, DocumentsStore, StagesStore


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


def detect_in_process(store_path: str, doc_id: int, page_order: list[int]) -> None:
    """A detection process's whole life (the window starts it): its own store connection, its own
    PyMuPDF, the claimed scan of the command line. Exits non-zero when the document could not be
    scanned (its one-line reason is then the document's error); a document another process is
    detecting now is left to it, as its findings land in the same store."""
    from desktop.core.detect.pool import die_with_parent
    from desktop.core.runtime.offline import make_offline

    die_with_parent()  # the window may be killed; its detection process must not stay behind
    make_offline()
    report = ScanReport(imports=ImportReport())
    with Store(store_path) as store:
        scan_claimed(store, store.document(doc_id), None, None, report, page_order=page_order)
    if report.failed:
        raise SystemExit(report.failed[0][1])


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

    @contextmanager
    def connection(self) -> Iterator:
        """The store, on this thread: the window's own connection on its thread, else one opened for
        the work at hand and closed after it."""
        if threading.get_ident() == self._thread:
            yield self.store
            return
        with Store(self.path, actor=self.actor) as own:
            yield own

    def run(self, work: Callable) -> Callable:
        """`work(store, progress)` as a background job `fn(progress)` with its thread's connection."""
        def job(progress):
            with self.connection() as store:
                return work(store, progress)
        return job

    # --- operations ---------------------------------------------------------------------------

    def import_paths(self, paths: list[Path], progress=None) -> ImportReport:
        """Validate and store the files (desktop.core.scan.import_paths), on any thread."""
        with self.connection() as store:
            return import_paths(store, paths, progress)

    def export_documents(self) -> list[int]:
        """The ids of the documents the window's export takes: the command line's rule."""
        return [d["id"] for d in export_documents(self.store)]

    def build_batch(self, doc_ids: list[int], purpose: str, named: list[dict], progress=None) -> BatchResult:
        """Check, redact, verify and store a batch (desktop.core.export.batch.build_batch), on any
        thread; `named` are the signers its manifest names ({name, fingerprint, meaning})."""
        with self.connection() as store:
            return build_batch(store, doc_ids, purpose, progress=progress,
                               signers=[named_signer(store, **n) for n in named])

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
