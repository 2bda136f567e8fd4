"""PDF files: open and validate, page words with character boxes, render pages (PyMuPDF, one lock)."""

from desktop.core.pdf.document import (
    MAX_FILE_BYTES,
    MAX_PAGES,
    PageText,
    PdfError,
    RenderedPage,
    check_pdf_bytes,
    close_pdf,
    extract_page,
    extract_pages,
    ocr_page_text,
    open_path,
    open_pdf,
    read_pdf_bytes,
    render_page,
    sha256_bytes,
)

__all__ = [
    "MAX_FILE_BYTES", "MAX_PAGES", "PageText", "PdfError", "RenderedPage", "check_pdf_bytes", "close_pdf", "extract_page",
    "extract_pages", "ocr_page_text",
    "open_path", "open_pdf", "read_pdf_bytes", "render_page", "sha256_bytes",
]
