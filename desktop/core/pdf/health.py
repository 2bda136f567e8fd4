"""Damage detection: which pages of a PDF can really be read.

MuPDF repairs a broken file silently: a download cut after its first kilobyte still opens with
every page object it finds, and most of their content missing. Three sources are compared: the
page tree (how many pages it claims), the xref (whether each page's content streams exist) and
what extraction gives (a page that fails to load or to yield text). A file that is damaged is
imported with the count of readable pages, shown to the reviewer, and refused for export.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass, field

import pymupdf

from desktop.core.pdf.document import MAX_PAGES, PageText, PdfError, finish_page, page_layer
from desktop.core.pdf.lock import pdf_locked

_REF = re.compile(rb"(\d+)\s+\d+\s+R")


def damage_note(doc_row: dict) -> str:
    """'damaged: N of M pages readable' for a stored document, '' for a whole one."""
    readable = doc_row.get("readable_pages")
    return "" if readable is None else f"damaged: {readable} of {doc_row['pages']} pages readable"


@dataclass(frozen=True)
class PageRead:
    """The pages that could be read and why the others could not."""

    total: int  # pages the page tree claims
    pages: tuple[PageText, ...]  # readable pages, in order
    problems: dict[int, str] = field(default_factory=dict)  # page number -> one-line reason
    cut_short: bool = False  # the file ends before its end-of-file marker: repaired by MuPDF

    @property
    def damaged(self) -> bool:
        return bool(self.problems) or self.cut_short

    @property
    def summary(self) -> str:
        """'damaged: N of M pages readable' (with what the first problem was), '' for a whole file."""
        if not self.damaged:
            return ""
        first = next(iter(sorted(self.problems.items())), None)
        detail = f"page {first[0] + 1}: {first[1]}" if first else "the file ends early and was repaired"
        return f"damaged: {len(self.pages)} of {self.total} pages readable ({detail})"


def ends_early(data: bytes) -> bool:
    """No %%EOF near the end: the file was cut off (an interrupted download or copy)."""
    return b"%%EOF" not in data[-2048:]


@pdf_locked
def read_pages(doc: pymupdf.Document, data: bytes | None = None, *, ocr: bool = True, progress=None) -> PageRead:
    """Extract every page that can be read (with OCR where a page needs it, as extract_pages does);
    never raises for a bad page."""
    layers, problems = [], {}
    # MuPDF lowers page_count (and the tree's /Count) once it finds that the page tree lied, so the
    # count is read from a fresh copy of the file, as the file states it.
    claimed = max(doc.page_count, _claimed_count(data) if data else 0)
    for number in range(claimed):
        try:
            page = doc.load_page(number)
            missing = _missing_content(doc, page)
            if missing:
                problems[number] = missing
                continue
            layers.append(page_layer(page, ocr=ocr))
        except Exception as exc:  # MuPDF raises several types for one broken page
            problems[number] = _reason(exc)
    if ocr:
        _prefetch_ocr(doc, layers, progress)
    pages = []
    for layer in layers:
        try:
            pages.append(finish_page(layer, doc.load_page(layer.number) if layer.regions else None))
        except Exception as exc:
            problems[layer.number] = _reason(exc)
    cut = bool(data) and ends_early(data) and doc.is_repaired
    return PageRead(claimed, tuple(pages), dict(sorted(problems.items())), cut)


def checked_pages(doc: pymupdf.Document, data: bytes, name: str, *, ocr: bool = True, progress=None) -> PageRead:
    """read_pages, refusing a file of which no page can be read."""
    read = read_pages(doc, data, ocr=ocr, progress=progress)
    if not read.pages:
        raise PdfError("corrupt", f"{name}: the PDF is damaged: none of its {read.total} page(s) can be read")
    return read


def _prefetch_ocr(doc: pymupdf.Document, layers: list, progress) -> None:
    """Read the pages that need OCR first, one Tesseract per core (finish_page then finds them read).
    A page that breaks here is left to the page-by-page reading, which names it."""
    from desktop.core.pdf.pageocr import prefetch_regions

    with contextlib.suppress(Exception):  # a damaged page: reported by read_pages with its reason
        prefetch_regions(doc, {layer.number: layer.regions for layer in layers if layer.regions}, progress=progress)


def _claimed_count(data: bytes) -> int:
    """The page count the file's page tree claims (0 where it cannot be read)."""
    try:
        fresh = pymupdf.open(stream=data, filetype="pdf")
    except Exception:
        return 0
    try:
        return min(fresh.page_count, MAX_PAGES)
    finally:
        fresh.close()


def _missing_content(doc: pymupdf.Document, page: pymupdf.Page) -> str:
    """A content stream the page refers to that the xref does not hold (lost when a file is cut)."""
    if not page.xref:
        return ""
    kind, value = doc.xref_get_key(page.xref, "Contents")
    if kind not in ("xref", "array"):
        return ""
    length = doc.xref_length()
    refs = [int(m.group(1)) for m in _REF.finditer(value.encode())]
    if kind == "xref" and refs and refs[0] < length and doc.xref_object(refs[0]).lstrip().startswith("["):
        # /Contents may point to an array of streams rather than to a stream
        refs = [int(m.group(1)) for m in _REF.finditer(doc.xref_object(refs[0]).encode())]
    for xref in refs:
        if xref >= length or not doc.xref_is_stream(xref):
            return f"its content (object {xref}) is missing from the file"
    return ""


def _reason(exc: Exception) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:120]
