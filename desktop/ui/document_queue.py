"""The queue's background work: files opened or dropped are imported on a pool thread, then each
document not scanned yet is detected in its own process, one after another (the open one first)."""

from __future__ import annotations

from pathlib import Path

from desktop.ui.desk import import_in_background
from desktop.ui.worker import scan_in_background


class DocumentQueue:
    """Mixed into MainWindow, which provides `store`, `workspace`, `session`, `page`, `queue`, `failures`,
    `scan_job`, `_scan_tried`, `_import_job`, `consent_panel`, `open_document`, `refresh`, `message`."""

    def add_files(self, paths) -> None:
        """Import PDFs or folders on a pool thread; they join the queue and are scanned one by one."""
        self.message("Adding files…", 0)
        self._import_job = import_in_background(self.workspace, list(paths), self._files_added,
                                                lambda reason: self.message(f"The files could not be added: {reason}"),
                                                self._import_progress)

    def _import_progress(self, done: int, total: int, message: str) -> None:
        """A scanned file is read by OCR as it is added, a few seconds a page: say how far it is."""
        self.message(f"Adding files… {message}", 0)

    def _files_added(self, report) -> None:
        self.failures += [(Path(path).name, reason) for path, reason in report.failed]
        self.message(f"{len(report.imported)} document(s) added, {len(report.duplicates)} already in the queue"
                     + (f", {len(report.failed)} cannot be opened" if report.failed else ""), 10000)
        if self.session is None and report.imported:
            self.open_document(report.imported[0])
        else:
            self.queue.show_queue(self.store, self.session.doc_id if self.session else None, self.failures)
            self.scan_next()

    def scan_next(self) -> None:
        """Detect the next document not scanned yet, the open one first (its visible page first)."""
        if self.scan_job is not None:
            return
        waiting = [d for d in self.store.documents()
                   if d["status"] not in ("scanned", "failed") and d["id"] not in self._scan_tried]
        if not waiting:
            return
        open_id = self.session.doc_id if self.session else None
        doc = next((d for d in waiting if d["id"] == open_id), waiting[0])
        first = self.page if doc["id"] == open_id and self.page >= 0 else 0
        order = [first] + [n for n in range(doc["pages"]) if n != first]
        self._scan_tried.add(doc["id"])
        self.scan_job = scan_in_background(self.store, doc["id"], order, self._scan_progress,
                                           self._scan_finished, self)
        if self.scan_job is not None:
            self.message(f"Detecting entities in {doc['name']}…", 0)

    def _scan_progress(self, done: int, total: int) -> None:
        if self.session:
            self.session.reload()
            self.refresh(queue=True)
        else:
            self.queue.show_queue(self.store, None, self.failures)
        self.message(f"Detecting entities… {done}/{total} pages", 0)

    def _scan_finished(self, problem: str) -> None:
        job, self.scan_job = self.scan_job, None
        if job is not None:
            job.stop()
        if self.session:
            self.session.reload()
            self.refresh(queue=True, all_documents=True)  # the scanned document may be another one
            self.consent_panel.refresh()  # scanning proposes the document's parties
        else:
            self.queue.show_queue(self.store, None, self.failures)
        self.message(f"Detection failed: {problem}" if problem else "Detection finished", 0 if problem else 6000)
        self.scan_next()  # files opened or dropped meanwhile wait their turn
