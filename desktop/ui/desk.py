"""The File menu's commands: open PDFs or a folder (or drop them on the queue), quit; files are
imported on a pool thread and detected one document after another, like files given at start."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QFileDialog

from desktop.core.commands import CommandError, command
from desktop.ui.worker import run_in_background


@command("file-open", category="File")
def file_open(ctx):
    """Open PDF files: they join the queue and are scanned in the background."""
    chosen, _ = QFileDialog.getOpenFileNames(_window(ctx), "Open contracts", "", "PDF files (*.pdf *.PDF)")
    if chosen:
        ctx.ui.add_files([Path(p) for p in chosen])


@command("folder-open", category="File")
def folder_open(ctx):
    """Open a folder: its PDFs (in every sub-folder) join the queue and are scanned in the background."""
    chosen = QFileDialog.getExistingDirectory(_window(ctx), "Open a folder of contracts")
    if chosen:
        ctx.ui.add_files([Path(chosen)])


@command("quit", category="File")
def quit_app(ctx):
    """Quit Clearance (every decision is already saved)."""
    if ctx.ui is not None:
        ctx.ui.close()
    QApplication.instance().quit()


def _window(ctx):
    if ctx.ui is None:
        raise CommandError("opening files needs a window")
    return ctx.ui


def import_in_background(store, paths: list[Path], on_done, on_failure):
    """Validate and store the files on a pool thread with its own store connection; `on_done` gets
    the desktop.core.scan.ImportReport on the GUI thread."""
    store_path, actor = store.path, store.actor

    def work(_progress):
        from desktop.core.scan import import_paths
        from desktop.core.store import Store

        with Store(store_path, actor=actor) as own:
            return import_paths(own, paths)

    return run_in_background(work, on_done, on_failure)


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
