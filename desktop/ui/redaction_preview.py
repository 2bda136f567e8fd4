"""Preview of the redacted result of a page: the core renders it on a pool thread, the dialog shows it."""

from __future__ import annotations

from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QDialog, QLabel, QScrollArea, QVBoxLayout

from desktop.core.export.preview import redacted_preview
from desktop.core.pdf import RenderedPage
from desktop.ui.worker import run_in_background

PREVIEW_ZOOM = 1.5


def to_qimage(page: RenderedPage) -> QImage:
    return QImage(page.samples, page.width, page.height, page.stride, QImage.Format.Format_RGB888).copy()


class RedactionPreview(QDialog):
    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.image = QLabel("Redacting…")
        scroll = QScrollArea()
        scroll.setWidget(self.image)
        scroll.setWidgetResizable(True)
        QVBoxLayout(self).addWidget(scroll)
        self.resize(700, 900)
        self.job = None

    def show_page(self, page: RenderedPage) -> None:
        self.image.setPixmap(QPixmap.fromImage(to_qimage(page)))

    def show_failure(self, reason: str) -> None:
        self.image.setText(f"The preview could not be made: {reason}")


def show_preview(window, store, doc_id: int, number: int) -> RedactionPreview:
    """Open the preview of page `number` and render it in the background (the original file is read
    and checked there too: a changed file shows as the reason)."""
    dialog = RedactionPreview(f"Redacted preview: page {number + 1}", window)
    dialog.job = run_in_background(lambda _progress: redacted_preview(store, doc_id, number, PREVIEW_ZOOM),
                                   dialog.show_page, dialog.show_failure)
    dialog.show()
    return dialog
