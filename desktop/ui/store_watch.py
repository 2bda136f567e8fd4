"""The window follows the store: what another process commits (a consent import, a scan, a sign-off
on the command line, a second window) shows within a second, with no reload by hand."""

from __future__ import annotations

from PySide6.QtCore import QTimer

POLL_MS = 500  # SQLite's data_version is one cheap pragma on the window's own connection


class StoreWatch:
    """Mixed into the main window: polls the workspace's data version and repaints on a change."""

    def watch_store(self) -> None:
        self._seen_version = self.workspace.data_version()
        self._store_timer = QTimer(self, interval=POLL_MS)
        self._store_timer.timeout.connect(self._follow_store)
        self._store_timer.start()

    def _follow_store(self) -> None:
        version = self.workspace.data_version()
        if version is None:  # the store was closed under a window about to close
            self._store_timer.stop()
            return
        if version == self._seen_version:
            return
        self._seen_version = version
        self.changed_elsewhere()

    def changed_elsewhere(self) -> None:
        """Read the current document's findings and every document's state again, keeping the cursor."""
        if self.session is not None:
            self.session.reload()
            self.refresh(queue=True, all_documents=True)
        else:
            self.queue.show_queue(self.store, None, self.failures)
