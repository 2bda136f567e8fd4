"""Adding files from the desk: PDFs or folders dropped on the queue (the File menu's commands are in
desktop.ui.commands; the import itself is the workspace's job, started by desktop.ui.document_queue)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject


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
