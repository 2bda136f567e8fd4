"""A redacted output's pages read plainly, for the verifier: the text layer and the words as PyMuPDF gives
them, straight from the output's bytes. Never the page source (that holds the originals): the verifier
reads what leaves, on its own."""

from __future__ import annotations

import pymupdf

from desktop.core.pdf.document import PageText
from desktop.core.pdf.lock import pdf_locked


@pdf_locked
def layer_text(page: pymupdf.Page) -> str:
    """The page's text layer in PyMuPDF's plain reading."""
    return page.get_text("text")


@pdf_locked
def words_in_reading_order(page: pymupdf.Page) -> PageText:
    """The page's words sorted top to bottom, left to right, as a person (and pdftotext) reads
    them, whatever order the content stream draws them in: "the" at the end of one text block and
    "Offering Memorandum" at the start of the next read as one phrase, even with a page footer drawn
    between them. Each character gets its word's box."""
    chars: list[str] = []
    boxes: list = []
    lines: list[int] = []
    previous_line = None
    for x0, y0, x1, y1, word, block, line, _n in page.get_text("words", sort=True):
        if chars:
            chars.append("\n" if (block, line) != previous_line else " ")
            boxes.append(None)
            lines.append(-1)
        previous_line = (block, line)
        chars.extend(word)
        boxes.extend([(x0, y0, x1, y1)] * len(word))
        lines.extend([block * 10000 + line] * len(word))
    rect = page.rect
    return PageText(page.number, "".join(chars), tuple(boxes), tuple(lines), rect.width, rect.height, page.rotation)


def pypdf_text(page) -> str:
    """A pypdf page's text (an independent parser's reading of the same output)."""
    return page.extract_text() or ""
