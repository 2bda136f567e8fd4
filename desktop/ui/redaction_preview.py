"""Preview of the redacted result of a page: redact the document bytes in the background, render one page."""

from __future__ import annotations

from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QDialog, QLabel, QScrollArea, QVBoxLayout

from desktop.core.commands import CommandError, command
from desktop.core.model import Finding
from desktop.core.pdf import RenderedPage, open_pdf, render_page
from desktop.core.redaction.redact import redact_pdf
from desktop.ui.worker import run_in_background


def render_redacted_page(pdf_bytes: bytes, findings: list[Finding], number: int, zoom: float = 1.0,
                         label_mode: bool = False) -> RenderedPage:
    """The page as it will leave: confirmed findings applied, the document sanitised, then rendered."""
    doc = open_pdf(redact_pdf(pdf_bytes, findings, label_mode=label_mode))
    try:
        return render_page(doc, number, zoom)
    finally:
        doc.close()


def to_qimage(page: RenderedPage) -> QImage:
    return QImage(page.samples, page.width, page.height, page.stride, QImage.Format.Format_RGB888).copy()


def preview_in_background(pdf_bytes: bytes, findings: list[Finding], number: int, zoom: float,
                          on_done, on_failure, label_mode: bool = False):
    """Run the redaction on a pool thread (its own PyMuPDF document); `on_done` gets the RenderedPage."""
    return run_in_background(lambda _progress: render_redacted_page(pdf_bytes, findings, number, zoom, label_mode),
                             on_done, on_failure)


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


@command("preview-redacted", category="View")
def preview_redacted(ctx):
    """Show or hide the current page as it will be exported, with every confirmed redaction applied."""
    session, ui = ctx.session, ctx.ui
    if session is None or ui is None or ctx.store is None:
        raise CommandError("open a document first")
    shown = getattr(ui, "redaction_preview", None)
    if shown is not None and shown.isVisible():
        shown.close()
        return
    if shown is not None:
        shown.deleteLater()
    doc = ctx.store.document(session.doc_id)
    try:
        from desktop.core.export.prepare import source_bytes

        data = source_bytes(doc)
    except Exception as exc:
        raise CommandError(str(exc)) from exc
    number = max(getattr(ui, "page", 0), 0)
    keys = tuple(ui.keymap.keys_for("preview-redacted", "review")) if hasattr(ui, "keymap") else ("p",)
    dialog = RedactionPreview(f"Redacted preview: page {number + 1}", ui, keys)
    ui.redaction_preview = dialog
    dialog.job = preview_in_background(data, ctx.store.findings(session.doc_id), number, 1.5,
                                       dialog.show_page, dialog.show_failure)
    dialog.show()
