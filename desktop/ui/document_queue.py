"""The queue's background work: files opened or dropped are imported by a job on a pool thread (shown in a
dialog that Esc cancels), then each document not scanned yet is detected in its own process, one after
another (the open one first), shown in the status bar with a Cancel button."""

from __future__ import annotations

from pathlib import Path

from desktop.core.jobs import JobState
from desktop.ui.i18n import translate
from desktop.ui.job_views import JobDialog
from desktop.ui.recent import remember
from desktop.ui.worker import scan_in_background, start_job


class DocumentQueue:
    """Mixed into MainWindow, which provides `store`, `workspace`, `session`, `page`, `queue`, `failures`,
    `scan_job`, `scan_bar`, `_scan_tried`, `_import_job`, `import_dialog`, `consent_panel`, `open_document`,
    `refresh`, `message`."""

    def add_files(self, paths) -> None:
        """Import PDFs or folders on a pool thread; they join the queue and are scanned one by one."""
        paths = list(paths)
        remember(paths)  # File > Recent files
        self.message(translate("DocumentQueue", "Adding files…"), 0)
        job = self.workspace.import_job(list(paths))
        self.import_dialog = JobDialog(job, self)
        self._import_job = start_job(job, self._import_ended, self._import_progress)
        self.import_dialog.show()

    def _import_progress(self, job) -> None:
        """A scanned file is read by OCR as it is added, a few seconds a page: say how far it is."""
        self.import_dialog.show_progress(job)
        self.message(translate("DocumentQueue", "Adding files… {progress}").format(progress=job.text), 0)

    def _import_ended(self, job) -> None:
        self.import_dialog.close()
        if self._closed_under_us():  # the window closed while the files were being added
            return
        if job.state == JobState.DONE:
            self._files_added(job.result)
        elif job.state == JobState.CANCELLED:
            self.message(translate("DocumentQueue", "Adding files cancelled: the files added before it stay in the queue"),
                         10000)
            self.queue.show_queue(self.store, self.session.doc_id if self.session else None, self.failures)
            self.scan_next()
        else:
            self.message(translate("DocumentQueue", "The files could not be added: {error}").format(error=job.error))

    def _files_added(self, report) -> None:
        self.failures += [(Path(path).name, reason) for path, reason in report.failed]
        added = translate("DocumentQueue", "{added} document(s) added, {duplicates} already in the queue").format(
            added=len(report.imported), duplicates=len(report.duplicates))
        failed = translate("DocumentQueue", ", {count} cannot be opened").format(count=len(report.failed))
        self.message(added + (failed if report.failed else ""), 10000)
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
            self.message(translate("DocumentQueue", "Detecting entities in {name}…").format(name=doc["name"]), 0)
            self.scan_bar.start(translate("DocumentQueue", "Detecting entities"), getattr(self.scan_job, "cancel", None))

    def _closed_under_us(self) -> bool:
        """The store was closed under a window about to close (its job still reports): nothing to show."""
        return self.workspace.data_version() is None

    def _scan_progress(self, done: int, total: int) -> None:
        if self._closed_under_us():
            return
        self.scan_bar.show_progress(done, total)
        if self.session:
            self.session.reload()
            self.refresh(queue=True)
        else:
            self.queue.show_queue(self.store, None, self.failures)
        self.message(translate("DocumentQueue", "Detecting entities… {done}/{total} pages").format(done=done, total=total), 0)

    def _scan_finished(self, problem: str, cancelled: bool = False) -> None:
        self.scan_job = None
        if self._closed_under_us():
            return
        self.scan_bar.stop()
        if self.session:
            self.session.reload()
            self.refresh(queue=True, all_documents=True)  # the scanned document may be another one
            self.consent_panel.refresh()  # scanning proposes the document's parties
        else:
            self.queue.show_queue(self.store, None, self.failures)
        if cancelled:
            self.message(translate("DocumentQueue", "Detection cancelled: the pages done are kept, and the rest "
                                   "resumes when the window opens again"), 10000)
            return  # the reviewer asked it to stop: the next document is not started either
        done = (translate("DocumentQueue", "Detection failed: {problem}").format(problem=problem) if problem
                else translate("DocumentQueue", "Detection finished"))
        self.message(done, 0 if problem else 6000)
        self.scan_next()  # files opened or dropped meanwhile wait their turn
