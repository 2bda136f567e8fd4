"""One open PDF shared by the review session and the page renderer, under the process-wide PDF lock."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from desktop.core.pdf.document import (
    PageText,
    RenderedPage,
    extract_page,
    open_path,
    open_pdf,
    render_page,
)
from desktop.core.pdf.lock import PDF_LOCK
from desktop.core.pdf.stored import stored_kept_pages


class PageSource:
    """Lazily opened document: cached page texts for the session, renders for the page view."""

    def __init__(self, path: Path | str | None = None, data: bytes | None = None, name: str = "document",
                 pages: Iterable[PageText] = ()):
        """`pages`: texts the page source has read already (the others are read when asked for)."""
        if path is None and data is None:
            raise ValueError("a PageSource needs a path or bytes")
        self.path, self._data, self.name = path, data, name
        self._doc = None
        self._texts: dict[int, PageText] = {p.number: p for p in pages}

    @classmethod
    def stored(cls, doc_row: dict, cache=None) -> PageSource:
        """A stored document's original, opened only if its sha256 is the one imported (a PdfError with
        a one-line reason if not), its texts from the page source (`cache`: the store) when it keeps
        them; else each page is read when it is shown, so that opening never waits for a whole file."""
        data, read = stored_kept_pages(doc_row, cache)
        return cls(data=data, name=doc_row["name"], pages=read.pages if read else ())

    def _open(self):
        if self._doc is None:
            if self._data is not None:
                self._doc = open_pdf(self._data, self.name)
            else:
                self._doc, _ = open_path(Path(self.path))
        return self._doc

    @property
    def page_count(self) -> int:
        with PDF_LOCK:
            return self._open().page_count

    def page_size(self, number: int) -> tuple[float, float]:
        with PDF_LOCK:
            rect = self._open().load_page(number).rect
            return rect.width, rect.height

    def page_text(self, number: int) -> PageText:
        cached = self._texts.get(number)
        if cached is not None:
            return cached
        with PDF_LOCK:
            text = extract_page(self._open().load_page(number))
        self._texts[number] = text
        return text

    def render(self, number: int, zoom: float) -> RenderedPage:
        with PDF_LOCK:
            return render_page(self._open(), number, zoom)

    def close(self) -> None:
        with PDF_LOCK:
            if self._doc is not None:
                self._doc.close()
                self._doc = None

