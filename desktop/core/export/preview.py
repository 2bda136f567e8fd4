"""A page as it will leave: the document redacted and sanitised as the export does it, one page rendered."""

from __future__ import annotations

import pymupdf

from desktop.core import settings
from desktop.core.export.prepare import ExportError, source_bytes
from desktop.core.model import Finding
from desktop.core.pdf import RenderedPage, open_pdf, render_page
from desktop.core.pdf.lock import pdf_locked
from desktop.core.redaction.redact import redact_pdf
from desktop.core.store.areas import ReviewedDocumentsStore


@pdf_locked
def render_redacted_page(pdf_bytes: bytes, findings: list[Finding], number: int, zoom: float = 1.0,
                         label_mode: bool = False) -> RenderedPage:
    """Confirmed findings applied, the document sanitised, then page `number` rendered."""
    doc = open_pdf(redact_pdf(pdf_bytes, findings, label_mode=label_mode))
    try:
        return render_page(doc, number, zoom)
    finally:
        doc.close()


def redacted_preview(store: ReviewedDocumentsStore, doc_id: int, number: int, zoom: float = 1.5) -> RenderedPage:
    """Page `number` of a stored document with its decisions applied, from the original file
    (refused if that changed since import), with the store's label setting."""
    doc = store.document(doc_id)
    if doc is None:
        raise ExportError(f"no document {doc_id} in the store")
    if not 0 <= number < doc["pages"]:
        raise ExportError(f"{doc['name']} has no page {number + 1} (it has {doc['pages']})")
    return render_redacted_page(source_bytes(doc), store.findings(doc_id), number, zoom,
                                label_mode=settings.get(store, settings.LABEL_MODE))


@pdf_locked
def png_bytes(page: RenderedPage) -> bytes:
    """The rendered page as a PNG file."""
    pixmap = pymupdf.Pixmap(pymupdf.csRGB, page.width, page.height, page.samples, False)
    return pixmap.tobytes("png")
