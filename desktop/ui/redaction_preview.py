"""Preview of the redacted result of a page: the core renders it on a pool thread, the dialog shows it."""

from __future__ import annotations

from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QDialog, QLabel, QScrollArea, QVBoxLayout

from desktop.core.pdf import RenderedPage
from desktop.core.workspace import Workspace
from desktop.ui.worker import run_in_background

PREVIEW_ZOOM = 1.5


def to_qimage(page: RenderedPage) -> QImage:
    return QImage(page.samples, page.width, page.height, page.stride, QImage.Format.Format_RGB888).copy()


class RedactionPreview(QDialog):
    """The redacted page in a window of its own; the preview key (or Esc) closes it again."""

    def __init__(self, title: str, parent=None, toggle_keys: tuple[str, ...] = ("p",)):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.image = QLabel("Redacting…")
        scroll = QScrollArea()
        scroll.setWidget(self.image)
        scroll.setWidgetResizable(True)
        QVBoxLayout(self).addWidget(scroll)
        self.resize(700, 900)
        self.toggle_keys = toggle_keys
        self.job = None

    def keyPressEvent(self, event) -> None:
        if event.text() and event.text() in self.toggle_keys:
            self.close()
            return
        super().keyPressEvent(event)

    def show_page(self, page: RenderedPage) -> None:
        self.image.setPixmap(QPixmap.fromImage(to_qimage(page)))

    def show_failure(self, reason: str) -> None:
        self.image.setText(f"The preview could not be made: {reason}")


def show_preview(window, workspace, doc_id: int, number: int) -> RedactionPreview | None:
    """Open the preview of page `number` and render it in the background (the original file is read
    and checked there too: a changed file shows as the reason); if it is open already, close it:
    the preview key toggles it, in the window and in the preview itself."""
    shown = getattr(window, "redaction_preview", None)
    if shown is not None and shown.isVisible():
        shown.close()
        return None
    if shown is not None:
        shown.deleteLater()
    keymap = getattr(window, "keymap", None)
    keys = tuple(keymap.keys_for("preview-redacted", "review")) if keymap is not None else ("p",)
    dialog = RedactionPreview(f"Redacted preview: page {number + 1}", window, keys or ("p",))
    window.redaction_preview = dialog
    workspace = Workspace.of(workspace)  # its pool thread gets a store connection of its own

    dialog.job = run_in_background(lambda _progress: workspace.redacted_preview(doc_id, number, PREVIEW_ZOOM),
                                   dialog.show_page, dialog.show_failure)
    dialog.show()
    return dialog
