"""Write contract pages with PyMuPDF and remember where each entity was drawn."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

import pymupdf

from desktop.core.model import Rect

A4 = (595.0, 842.0)
LETTER = (612.0, 792.0)
MARGIN_X, TOP, BOTTOM = 72.0, 72.0, 60.0
LEADING = 1.3  # line distance as a multiple of the font size
_WORD = re.compile(r"[^ ]+")  # NBSP is not a break opportunity, exactly as in a real typesetter


@cache
def _advance(font: str, char: str) -> float:
    return pymupdf.Font(font).glyph_advance(ord(char))


def text_width(text: str, font: str, size: float) -> float:
    """Advance width of text (Base14 fonts do not kern). Summed per character from a cache:
    pymupdf.get_text_length miscounts non-ASCII strings and Font.text_length is slow."""
    return size * sum(_advance(font, c) for c in text)


@dataclass(frozen=True)
class Span:
    """An entity inside a paragraph's text; `wrap` forces a line break after its first word."""

    start: int
    end: int
    type: str
    wrap: bool = False


@dataclass
class Para:
    text: str
    spans: list[Span] = field(default_factory=list)
    font: str = "helv"
    size: float = 10.0
    indent: float = 0.0
    space_after: float = 6.0


@dataclass
class Drawn:
    """Where one entity occurrence was drawn: (page, rect, drawn text) for each line it covers."""

    type: str
    parts: list[tuple[int, Rect, str]] = field(default_factory=list)


class Layout:
    """A flowing page writer: paragraphs, tables, columns, images; tracks entity rectangles."""

    def __init__(self, page_size: tuple[float, float], header: tuple[str, str] | None):
        self.doc = pymupdf.open()
        self.size = page_size
        self.header = header
        self.drawn: list[Drawn] = []
        self.frames = [(MARGIN_X, page_size[0] - MARGIN_X)]
        self.frame = 0
        self._frame_top = TOP
        self.page: pymupdf.Page | None = None
        self.shape = None
        self.y = 0.0
        self.rotated: list[int] = []
        self._last: tuple[Para, int] | None = None  # the entity occurrence drawn last, to join its lines
        self.new_page()

    # -- pages ------------------------------------------------------------------------------
    @property
    def page_count(self) -> int:
        return self.doc.page_count

    @property
    def bottom(self) -> float:
        return self.size[1] - BOTTOM

    def new_page(self) -> None:
        self._commit()
        self.page = self.doc.new_page(width=self.size[0], height=self.size[1])
        self.shape = self.page.new_shape()
        self.frame = 0
        self.y = TOP
        if self.header:
            label, ident = self.header
            self.draw_line_of_spans(MARGIN_X, 34.0, f"{label} {ident}", [Span(len(label) + 1, len(label) + 1 + len(ident), "ENVELOPE_ID")], "helv", 8.0)

    def _commit(self) -> None:
        if self.shape is not None:
            self.shape.commit()
            self.shape = None

    def _next_frame(self) -> None:
        if self.frame + 1 < len(self.frames):
            self.frame += 1
            self.y = self._frame_top
        else:
            self.new_page()

    def set_columns(self, count: int, gap: float = 24.0) -> None:
        """Flow the following content in `count` columns, starting on a fresh page."""
        if self.y > TOP + 1:
            self.new_page()
        width = (self.size[0] - 2 * MARGIN_X - gap * (count - 1)) / count
        self.frames = [(MARGIN_X + i * (width + gap), MARGIN_X + i * (width + gap) + width) for i in range(count)]
        self.frame = 0
        self._frame_top = self.y

    def end_columns(self) -> None:
        self.frames = [(MARGIN_X, self.size[0] - MARGIN_X)]
        self.new_page()

    def rotate_page(self, degrees: int = 90) -> None:
        """Rotate the current page, as scanners and landscape schedules leave them."""
        self.page.set_rotation(degrees)
        self.rotated.append(self.page.number)

    def space(self, points: float) -> None:
        self.y += points

    def ensure(self, height: float) -> None:
        if self.y + height > self.bottom:
            self._next_frame()

    # -- text -------------------------------------------------------------------------------
    def paragraph(self, para: Para) -> None:
        x0, x1 = self.frames[self.frame]
        leading = para.size * LEADING
        batch: list[tuple[int, int]] = []  # lines of this frame, drawn by one insert_text (fast)
        for line in self._break_lines(para, x1 - x0 - para.indent):
            if self.y + leading > self.bottom:
                self._draw_lines(para, batch)
                batch = []
                self._next_frame()
            self.y += leading
            batch.append(line)
        self._draw_lines(para, batch)
        self.y += para.space_after

    def _draw_lines(self, para: Para, lines: list[tuple[int, int]]) -> None:
        if not lines:
            return
        x = self.frames[self.frame][0] + para.indent
        leading = para.size * LEADING
        first = self.y - leading * (len(lines) - 1)
        texts = [para.text[a:b] for a, b in lines]
        self.shape.insert_text((x, first), texts, fontname=para.font, fontsize=para.size, lineheight=LEADING)
        for n, (a, b) in enumerate(lines):
            self._record_spans(para, a, b, x, first + n * leading)

    def _break_lines(self, para: Para, width: float) -> list[tuple[int, int]]:
        forced = {self._first_word_end(para.text, s) for s in para.spans if s.wrap}
        lines, start, end, used = [], None, None, 0.0
        space = text_width(" ", para.font, para.size)
        for m in _WORD.finditer(para.text):
            word = text_width(m.group(), para.font, para.size)
            if start is None:
                start, end, used = m.start(), m.end(), word
            elif used + space + word > width:
                lines.append((start, end))
                start, end, used = m.start(), m.end(), word
            else:
                end, used = m.end(), used + space + word
            if end in forced:
                lines.append((start, end))
                start = None
        if start is not None:
            lines.append((start, end))
        return lines

    @staticmethod
    def _first_word_end(text: str, span: Span) -> int:
        space = text.find(" ", span.start, span.end)
        return space if space > 0 else span.end

    def _draw_slice(self, para: Para, a: int, b: int, x: float, baseline: float) -> None:
        self.shape.insert_text((x, baseline), para.text[a:b], fontname=para.font, fontsize=para.size)
        self._record_spans(para, a, b, x, baseline)

    def _record_spans(self, para: Para, a: int, b: int, x: float, baseline: float) -> None:
        for span in para.spans:
            lo, hi = max(span.start, a), min(span.end, b)
            if lo >= hi:
                continue
            left = x + text_width(para.text[a:lo], para.font, para.size)
            right = x + text_width(para.text[a:hi], para.font, para.size)
            rect = (left + 0.5, baseline - 0.75 * para.size, right - 0.5, baseline + 0.1 * para.size)
            self._record(span, rect, para.text[lo:hi], para)

    def _record(self, span: Span, rect: Rect, text: str, para: Para) -> None:
        if self._last is None or self._last[0] is not para or self._last[1] != span.start:
            self.drawn.append(Drawn(span.type))
            self._last = (para, span.start)
        self.drawn[-1].parts.append((self.page.number, rect, text))

    def draw_line_of_spans(self, x: float, baseline: float, text: str, spans: list[Span], font: str, size: float) -> None:
        """One line of text at a fixed place (headers, table cells), entities tracked."""
        para = Para(text, spans, font, size)
        self._draw_slice(para, 0, len(text), x, baseline)

    def lines_of(self, para: Para, width: float) -> list[tuple[int, int]]:
        return self._break_lines(para, width)

    # -- graphics ---------------------------------------------------------------------------
    def rule(self, x0: float, x1: float, y: float, width: float = 0.6) -> None:
        self.shape.draw_line((x0, y), (x1, y))
        self.shape.finish(color=(0, 0, 0), width=width)

    def box(self, rect: Rect, width: float = 0.5) -> None:
        self.shape.draw_rect(pymupdf.Rect(rect))
        self.shape.finish(color=(0, 0, 0), width=width)

    def image(self, rect: Rect, png: bytes) -> None:
        self.page.insert_image(pymupdf.Rect(rect), stream=png)

    def ink(self, strokes: list[list[tuple[float, float]]], color=(0.05, 0.1, 0.45)) -> None:
        """Pen strokes as cubic Bezier curves, each stroke a list of 3n+1 points."""
        for stroke in strokes:
            for i in range(0, len(stroke) - 3, 3):
                self.shape.draw_bezier(*stroke[i : i + 4])
            self.shape.finish(color=color, width=1.3, closePath=False, lineCap=1)

    def mark(self, type_: str, rect: Rect) -> None:
        """An entity without text (signature image or ink)."""
        self.drawn.append(Drawn(type_, [(self.page.number, rect, "")]))
        self._last = None

    # -- output -----------------------------------------------------------------------------
    def finish(self, footer: str, title: str) -> bytes:
        self._commit()
        total = self.doc.page_count
        for page in self.doc:
            shape = page.new_shape()
            text = footer.format(page=page.number + 1, total=total)
            width = text_width(text, "helv", 8)
            shape.insert_text(((self.size[0] - width) / 2, self.size[1] - 30), text, fontname="helv", fontsize=8)
            shape.commit()
        fixed = "D:20240101000000Z"  # fixed dates keep the bytes identical for one seed
        self.doc.set_metadata({"title": title, "creator": "Clearance sample contracts", "producer": "PyMuPDF", "creationDate": fixed, "modDate": fixed})
        data = self.doc.tobytes(garbage=3, deflate=True, no_new_id=True)
        self.doc.close()
        return data
