"""Adding files from the desk: PDFs or folders dropped on the queue, and the import of opened or
dropped files on a pool thread (the File menu's commands are in desktop.ui.commands)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject

from desktop.core.workspace import Workspace
from desktop.ui.worker import run_in_background


def import_in_background(workspace, paths: list[Path], on_done, on_failure, on_progress=None):
    """Validate and store the files on a pool thread (the workspace gives it its own store
    connection); `on_done` gets the desktop.core.scan.documents.ImportReport on the GUI thread, `on_progress`
    (done, total, message) as scanned pages are read by OCR."""
    workspace = Workspace.of(workspace)
    return run_in_background(lambda progress: workspace.import_paths(paths, progress), on_done, on_failure,
                             (lambda args: on_progress(*args)) if on_progress else None)


class DropTarget(QObject):
    """Lets PDF files and folders be dropped on a widget (the queue); `on_drop` gets their paths."""

    def __init__(self, widget, on_drop):
        super().__init__(widget)
        self.on_drop = on_drop
        target = widget.viewport() if hasattr(widget, "viewport") else widget
        target.setAcceptDrops(True)
        widget.setAcceptDrops(True)
        target.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if dropped_paths(event.mimeData()):
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop:
            paths = dropped_paths(event.mimeData())
            if paths:
                event.acceptProposedAction()
                self.on_drop(paths)
                return True
        return False


def dropped_paths(mime) -> list[Path]:
    """Local PDF files and folders among the dropped URLs."""
    if mime is None or not mime.hasUrls():
        return []
    paths = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
    return [p for p in paths if p.is_dir() or p.suffix.lower() == ".pdf"]
