"""Preview of the redacted result of a page: the core renders it on a pool thread, the dialog shows it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QDialog, QLabel, QScrollArea, QVBoxLayout

from desktop.core.pdf import RenderedPage
from desktop.core.workspace import Workspace
from desktop.ui.i18n import translate
from desktop.ui.worker import run_in_background

PREVIEW_ZOOM = 1.5


def to_qimage(page: RenderedPage) -> QImage:
    return QImage(page.samples, page.width, page.height, page.stride, QImage.Format.Format_RGB888).copy()


class RedactionPreview(QDialog):
    """The redacted page in a window of its own, as tall as the main window and the page fitted to
    its width; it follows the main window's page; the preview key (or Esc) closes it again."""

    def __init__(self, title: str, parent=None, toggle_keys: tuple[str, ...] = ("p",)):
        super().__init__(parent)
        self.setWindowTitle(title)
        # a companion: the keyboard stays in the main window, whose page the preview follows
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.image = QLabel(self.tr("Redacting…"))
        self.image.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.image)
        self.scroll.setWidgetResizable(True)
        QVBoxLayout(self).addWidget(self.scroll)
        height = parent.height() if parent is not None else 900
        self.resize(round(height * 0.75), height)  # a portrait page fits whole at the window's height
        self.toggle_keys = toggle_keys
        self.job = None
        self.page_number: int | None = None
        self._pixmap: QPixmap | None = None

    def keyPressEvent(self, event) -> None:
        if event.text() and event.text() in self.toggle_keys:
            self.close()
            return
        super().keyPressEvent(event)

    def show_page(self, page: RenderedPage) -> None:
        if self.page_number is not None and page.number != self.page_number:
            return  # a page the window has moved on from
        self._pixmap = QPixmap.fromImage(to_qimage(page))
        self._fit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """The page scaled to the preview's width: nothing cut off at the side."""
        if self._pixmap is None:
            return
        width = self.scroll.viewport().width() - 4
        bar = self.scroll.verticalScrollBar()
        if not bar.isVisible():  # a page taller than the preview brings the bar, which takes its width
            width -= bar.sizeHint().width()
        width = max(100, width)
        self.image.setPixmap(self._pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation))

    def show_failure(self, reason: str) -> None:
        self._pixmap = None
        self.image.setText(self.tr("The preview could not be made: {reason}").format(reason=reason))


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
    dialog = RedactionPreview(_title(number), window, keys or ("p",))
    window.redaction_preview = dialog
    _render(dialog, Workspace.of(workspace), doc_id, number)
    dialog.show()
    return dialog


def _title(number: int) -> str:
    return translate("RedactionPreview", "Redacted preview: page {number}").format(number=number + 1)


def follow_page(window, workspace, doc_id: int, number: int) -> None:
    """The open preview shows the page the window moved to."""
    shown = getattr(window, "redaction_preview", None)
    if shown is not None and shown.isVisible() and shown.page_number != number:
        shown.setWindowTitle(_title(number))
        _render(shown, Workspace.of(workspace), doc_id, number)


def _render(dialog: RedactionPreview, workspace: Workspace, doc_id: int, number: int) -> None:
    """Render page `number` redacted on a pool thread (which gets a store connection of its own)."""
    dialog.page_number = number
    dialog.job = run_in_background(lambda _progress: workspace.redacted_preview(doc_id, number, PREVIEW_ZOOM),
                                   dialog.show_page, dialog.show_failure)  # slots: not called once closed
