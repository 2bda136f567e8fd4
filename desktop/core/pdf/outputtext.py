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
    for x0, y0, x1, y1, word, block, line, _n in sorted_words(page.get_text("words")):
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


LINE_TOLERANCE = 3  # points: words whose tops or bottoms differ by no more are on one line (PyMuPDF's)


def sorted_words(words: list[tuple]) -> list[tuple]:
    """PyMuPDF's `get_text("words", sort=True)` order, on plain numbers: by bottom then left, a word
    joining the line whose top or bottom it shares within LINE_TOLERANCE (the line's box grows with
    each word, an empty box adding nothing), each line left to right. PyMuPDF builds a Rect per word
    and per union, which took most of a 262-page output's reading-order channel."""
    if not words:
        return []
    words = sorted(words, key=lambda w: (w[3], w[0]))
    out: list[tuple] = []
    line = [words[0]]
    box = list(words[0][:4])
    for w in words[1:]:
        x0, y0, x1, y1 = w[:4]
        if abs(y0 - box[1]) <= LINE_TOLERANCE or abs(y1 - box[3]) <= LINE_TOLERANCE:
            line.append(w)
            if x0 < x1 and y0 < y1:  # an empty box adds nothing to the line's
                if box[0] < box[2] and box[1] < box[3]:
                    box = [min(box[0], x0), min(box[1], y0), max(box[2], x1), max(box[3], y1)]
                else:
                    box = [x0, y0, x1, y1]
        else:
            out.extend(sorted(line, key=lambda w: w[0]))
            line, box = [w], [x0, y0, x1, y1]
    out.extend(sorted(line, key=lambda w: w[0]))
    return out
