"""The page source: a document's page texts with character boxes (and the words OCR read on its scanned
pages), read once per version of a file and served from then on to scan, party linking, review, export
and redaction.

A version of a file is its sha256, always computed from the bytes in hand, so a file whose bytes changed
can never be served another version's text. The texts are kept in two places: a small in-process LRU,
and the store (a table keyed by sha256 and page, zlib-compressed JSON, through the duck-typed
`PageCache` below: this layer sits under the store and never imports it), which outlives the process.
Nothing about detection is in the key: a new detector reads the same pages.
"""

from __future__ import annotations

import json
import threading
import zlib
from collections import OrderedDict
from typing import Protocol

import pymupdf

from desktop.core.pdf.document import PageText, close_pdf, open_pdf, sha256_bytes
from desktop.core.pdf.health import PageRead, checked_pages

# Bump when extraction changes what it gives for the same bytes (the boxes, the separators, OCR's
# words): pages cached by an older extractor are then read again rather than served.
FORMAT = 1
MEMORY_PAGES = 256  # pages kept in the in-process LRU (a few hundred kB each with their boxes)


class PageCache(Protocol):
    """Where page texts outlive the process (the store implements it)."""

    def cached_page_texts(self, sha256: str, extractor: str) -> dict[int, bytes]: ...

    def cache_page_texts(self, sha256: str, extractor: str, rows: dict[int, bytes]) -> None: ...


def extractor() -> str:
    """What the cached texts depend on besides the bytes: this format, PyMuPDF's version, and whether
    OCR could run (a page read without Tesseract is read again once it is installed)."""
    from desktop.core.pdf import ocr

    return f"{FORMAT}:{pymupdf.VersionBind}:{'ocr' if ocr.available() else 'no-ocr'}"


def document_pages(data: bytes, name: str = "document", cache: PageCache | None = None, *,
                   progress=None) -> PageRead:
    """Every readable page of the PDF `data` (a PdfError when none is), from memory, else `cache`,
    else read from the file (with OCR where a page needs it; `progress(done, total)` follows it)
    and then kept in both."""
    read = kept_pages(data, cache)
    if read is not None:
        return read
    key = (sha256_bytes(data), extractor())
    doc = open_pdf(data, name)
    try:
        read = checked_pages(doc, data, name, progress=progress)
    finally:
        close_pdf(doc)
    _MEMORY.put(key, read)
    if cache is not None:
        cache.cache_page_texts(*key, encode(read))
    return read


def kept_pages(data: bytes, cache: PageCache | None = None) -> PageRead | None:
    """The pages of `data` as memory or `cache` keep them, None when neither does (nothing is read)."""
    key = (sha256_bytes(data), extractor())
    read = _MEMORY.get(key)
    if read is None and cache is not None:
        read = decode(cache.cached_page_texts(*key))
        if read is not None:
            _MEMORY.put(key, read)
    return read


def forget_memory() -> None:
    """Empty the in-process LRU (the store's copies stay)."""
    _MEMORY.clear()


# --- stored form: one row per page, and row -1 for what the whole read found ------------------------

_HEADER = -1


def encode(read: PageRead) -> dict[int, bytes]:
    rows = {p.number: _pack({"text": p.text, "boxes": p.boxes, "lines": p.lines, "width": p.width,
                             "height": p.height, "rotation": p.rotation, "ocr_confidence": p.ocr_confidence,
                             "ocr_words": p.ocr_words, "ocr_error": p.ocr_error}) for p in read.pages}
    rows[_HEADER] = _pack({"total": read.total, "problems": {str(k): v for k, v in read.problems.items()},
                           "cut_short": read.cut_short, "pages": [p.number for p in read.pages]})
    return rows


def decode(rows: dict[int, bytes]) -> PageRead | None:
    """The read the rows hold, or None when they are not a whole one (a write cut short)."""
    if _HEADER not in rows:
        return None
    head = _unpack(rows[_HEADER])
    if any(n not in rows for n in head["pages"]):
        return None
    pages = []
    for n in head["pages"]:
        p = _unpack(rows[n])
        pages.append(PageText(n, p["text"], tuple(None if b is None else tuple(b) for b in p["boxes"]),
                              tuple(p["lines"]), p["width"], p["height"], p["rotation"],
                              ocr_confidence=p["ocr_confidence"], ocr_words=p["ocr_words"],
                              ocr_error=p["ocr_error"]))
    return PageRead(head["total"], tuple(pages), {int(k): v for k, v in head["problems"].items()},
                    head["cut_short"])


def _pack(value: dict) -> bytes:
    # JSON writes a float as its shortest exact repr, so a box read back is the very box extracted
    return zlib.compress(json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), 6)


def _unpack(blob: bytes) -> dict:
    return json.loads(zlib.decompress(blob).decode("utf-8"))


class _Lru:
    """Recently read documents, bounded by their pages; shared by the window's threads."""

    def __init__(self, pages: int):
        self._limit = pages
        self._reads: OrderedDict[tuple[str, str], PageRead] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key) -> PageRead | None:
        with self._lock:
            read = self._reads.get(key)
            if read is not None:
                self._reads.move_to_end(key)
            return read

    def put(self, key, read: PageRead) -> None:
        with self._lock:
            self._reads[key] = read
            self._reads.move_to_end(key)
            while len(self._reads) > 1 and sum(len(r.pages) for r in self._reads.values()) > self._limit:
                self._reads.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._reads.clear()


_MEMORY = _Lru(MEMORY_PAGES)
