"""Open and validate PDFs, extract page text with a box per character, render pages to RGB."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import pymupdf

from desktop.core.model import Rect
from desktop.core.pdf.glyphwords import is_next_cell, line_glyphs
from desktop.core.pdf.lock import pdf_locked

# MuPDF prints each repair step of a broken file to stderr; what matters reaches the user as one
# line through PdfError and the damage check (desktop.core.pdf.health).
pymupdf.TOOLS.mupdf_display_errors(False)
pymupdf.TOOLS.mupdf_display_warnings(False)
# Character boxes one font size high (ascender 0.8, descender -0.2 for Helvetica) instead of the
# font's full line height. This used to be set as a side effect of importing pymupdf4llm, which
# PyMuPDF imports when installed; it is no longer imported (desktop/__init__.py), and the frozen
# app never had it, so the setting is made here, where the boxes are read.
pymupdf.TOOLS.unset_quad_corrections(True)

MAX_FILE_BYTES = 512 * 1024 * 1024  # larger files are refused rather than risk the memory of a laptop
MAX_PAGES = 5000

# Characters that look like a space in a contract. They become a plain space in the page text
# (one for one, so offsets still index the characters) and names with NBSP match like any other.
_SPACE_LIKE = {"\u00a0", "\u2007", "\u2009", "\u202f", "\u2002", "\u2003", "\u200a", "\t"}
# Keep ligatures split (so "ﬁ" is two searchable letters) and leave images out of text extraction.
_TEXT_FLAGS = (pymupdf.TEXTFLAGS_RAWDICT | pymupdf.TEXT_PRESERVE_WHITESPACE) & ~(
    pymupdf.TEXT_PRESERVE_LIGATURES | pymupdf.TEXT_PRESERVE_IMAGES
)


class PdfError(Exception):
    """A file that cannot be reviewed; `kind` is machine-readable, `reason` one line for people."""

    def __init__(self, kind: str, reason: str):
        super().__init__(reason)
        self.kind = kind
        self.reason = reason


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_pdf_bytes(path: Path) -> bytes:
    """Read a file and refuse what is clearly not a reviewable PDF, before PyMuPDF sees it."""
    path = Path(path)
    if not path.is_file():
        raise PdfError("missing", f"{path.name}: no such file")
    size = path.stat().st_size
    if size == 0:
        raise PdfError("empty", f"{path.name}: the file is empty (0 bytes)")
    if size > MAX_FILE_BYTES:
        raise PdfError("too-large", f"{path.name}: {size // 2**20} MB is over the {MAX_FILE_BYTES // 2**20} MB limit")
    return check_pdf_bytes(path.read_bytes(), path.name)


def check_pdf_bytes(data: bytes, name: str) -> bytes:
    """The same refusals for bytes read elsewhere (a cluster worker gets the file's bytes, not its path)."""
    if not data:
        raise PdfError("empty", f"{name}: the file is empty (0 bytes)")
    if len(data) > MAX_FILE_BYTES:
        raise PdfError("too-large", f"{name}: {len(data) // 2**20} MB is over the {MAX_FILE_BYTES // 2**20} MB limit")
    if b"%PDF-" not in data[:1024]:
        raise PdfError("not-pdf", f"{name}: not a PDF (no %PDF header)")
    return data


@pdf_locked
def open_pdf(data: bytes, name: str = "document") -> pymupdf.Document:
    """Open PDF bytes for reading; raise PdfError for corrupt, encrypted or page-less files."""
    try:
        doc = pymupdf.open(stream=data, filetype="pdf")
    except Exception as exc:  # PyMuPDF raises several types for broken files
        raise PdfError("corrupt", f"{name}: the PDF is damaged and cannot be read ({_short(exc)})") from exc
    if doc.needs_pass:
        doc.close()
        raise PdfError("encrypted", f"{name}: the PDF is password-protected; remove the password and import it again")
    if doc.page_count == 0:
        doc.close()
        raise PdfError("no-pages", f"{name}: the PDF has no pages")
    if doc.page_count > MAX_PAGES:
        count = doc.page_count
        doc.close()
        raise PdfError("too-large", f"{name}: {count} pages is over the {MAX_PAGES}-page limit")
    try:  # a file whose page tree is broken often opens, then fails on the first page
        doc.load_page(0).get_text("text")
    except Exception as exc:
        doc.close()
        raise PdfError("corrupt", f"{name}: the PDF is damaged and cannot be read ({_short(exc)})") from exc
    return doc


@pdf_locked
def open_path(path: Path) -> tuple[pymupdf.Document, bytes]:
    data = read_pdf_bytes(path)
    return open_pdf(data, Path(path).name), data


def _short(exc: Exception) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:120]


@dataclass(frozen=True)
class PageText:
    """The text of one page and the box of each of its characters.

    Lines of one block are joined by a space, blocks by a newline, so a name wrapped over two
    lines reads as one phrase. Separator characters have no box (None).
    """

    number: int
    text: str
    boxes: tuple[Rect | None, ...]
    lines: tuple[int, ...]  # line id of each character; -1 for separators
    width: float  # of the page as displayed and rendered (after its /Rotate)
    height: float
    # Character boxes are in the unrotated page space (that of get_text, search_for and
    # add_redact_annot), which differs from the displayed page when it has a /Rotate.
    rotation: int = 0
    # Mean Tesseract confidence (0-100) of the words read by OCR on this page; None when none were.
    ocr_confidence: float | None = None
    ocr_words: int = 0
    ocr_error: str = ""  # why a page that needed OCR could not be read

    @property
    def low_confidence(self) -> bool:
        """OCR read this page poorly (or could not run): a person must look at it."""
        from desktop.core.pdf.ocr import LOW_CONFIDENCE

        return bool(self.ocr_error) or (self.ocr_confidence is not None and self.ocr_confidence < LOW_CONFIDENCE)

    @property
    def box_space(self) -> tuple[float, float]:
        """Width and height of the space the character boxes live in."""
        return (self.height, self.width) if self.rotation in (90, 270) else (self.width, self.height)

    def to_view(self, rect: Rect) -> Rect:
        """A box in the displayed (rendered) page, as page.rotation_matrix maps it."""
        x0, y0, x1, y1 = rect
        w, h = self.box_space
        if self.rotation == 90:
            return (h - y1, x0, h - y0, x1)
        if self.rotation == 180:
            return (w - x1, h - y1, w - x0, h - y0)
        if self.rotation == 270:
            return (y0, w - x1, y1, w - x0)
        return rect

    @property
    def text_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def span_boxes(self, start: int, end: int) -> tuple[Rect, ...]:
        """One rectangle per line the span touches, the union of its character boxes on that line."""
        by_line: dict[int, list[float]] = {}
        for i in range(max(start, 0), min(end, len(self.text))):
            box = self.boxes[i]
            if box is None or self.text[i] == " ":
                continue
            line = self.lines[i]
            acc = by_line.get(line)
            if acc is None:
                by_line[line] = list(box)
            else:
                acc[0], acc[1] = min(acc[0], box[0]), min(acc[1], box[1])
                acc[2], acc[3] = max(acc[2], box[2]), max(acc[3], box[3])
        return tuple(tuple(round(v, 2) for v in acc) for acc in by_line.values())  # type: ignore[misc]

    def words(self) -> list[tuple[int, int, str]]:
        """(start, end, text) of each whitespace-separated word, in reading order."""
        out, start = [], None
        for i, ch in enumerate(self.text + " "):
            if ch.isspace():
                if start is not None:
                    out.append((start, i, self.text[start:i]))
                    start = None
            elif start is None:
                start = i
        return out

    def chars_in_rect(self, rect: Rect) -> list[int]:
        """Indexes of the characters whose centre lies inside `rect`."""
        x0, y0, x1, y1 = rect
        hits = []
        for i, box in enumerate(self.boxes):
            if box is None:
                continue
            cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
            if x0 <= cx <= x1 and y0 <= cy <= y1:
                hits.append(i)
        return hits


@pdf_locked
def extract_page(page: pymupdf.Page, *, ocr: bool = True) -> PageText:
    """Build the PageText of one page from rawdict character boxes, with words built from glyph
    geometry, then (with `ocr`) the words OCR reads where the page shows text it has no layer for."""
    return finish_page(page_layer(page, ocr=ocr), page)


@dataclass
class PageLayer:
    """A page's text layer as rawdict gives it, and the regions OCR must read (none without OCR):
    the OCR decision is made once, on this text, both to read the pages that need OCR ahead and to
    finish each page."""

    number: int
    chars: list[str]
    boxes: list[Rect | None]
    lines: list[int]
    line_count: int
    width: float
    height: float
    rotation: int
    regions: list  # pymupdf.Rect each


@pdf_locked
def page_layer(page: pymupdf.Page, *, ocr: bool = True) -> PageLayer:
    chars: list[str] = []
    boxes: list[Rect | None] = []
    lines: list[int] = []
    line_id = 0
    raw = page.get_text("rawdict", flags=_TEXT_FLAGS)
    for block in raw["blocks"]:
        if block.get("type") != 0:
            continue
        if chars and chars[-1] != "\n":
            _sep(chars, boxes, lines, "\n")
        previous = None
        for line in block["lines"]:
            if previous is not None and chars and not chars[-1].isspace():
                _sep(chars, boxes, lines, "\t" if is_next_cell(previous, line) else " ")
            previous = line
            horizontal = tuple(line["dir"]) == (1.0, 0.0)
            for ch, span in line_glyphs(line):
                c = ch["c"]
                chars.append(" " if c in _SPACE_LIKE else c)
                boxes.append(_line_trimmed(ch["bbox"], ch["origin"], horizontal, span))
                lines.append(line_id)
            line_id += 1
    regions = []
    if ocr:
        from desktop.core.pdf.pageocr import needs_ocr

        regions = needs_ocr(page, "".join(chars))
    rect = page.rect
    return PageLayer(page.number, chars, boxes, lines, line_id, rect.width, rect.height, page.rotation, regions)


@pdf_locked
def finish_page(layer: PageLayer, page: pymupdf.Page | None = None) -> PageText:
    """The PageText of a layer, with the words OCR reads in its regions (`page` is needed only where
    there are some)."""
    chars, boxes, lines, line_id = layer.chars, layer.boxes, layer.lines, layer.line_count
    reading = None
    if layer.regions:
        from desktop.core.pdf.pageocr import read_page

        reading = read_page(page, "".join(chars), regions=layer.regions)
    if reading is not None and reading.replaces_layer:  # the layer's character maps are wrong
        chars, boxes, lines, line_id = [], [], [], 0
    if reading is not None:
        _add_ocr_words(reading, chars, boxes, lines, line_id)
    return PageText(layer.number, "".join(chars), tuple(boxes), tuple(lines), layer.width, layer.height,
                    layer.rotation, ocr_confidence=reading.confidence if reading else None,
                    ocr_words=reading.words if reading else 0, ocr_error=reading.error if reading else "")


# Character boxes run from ascender to descender and overlap the lines above and below by a point
# or two; the redactor cuts this share of the height off each side to keep the neighbours' glyphs.
# OCR boxes hug the ink instead, so they are grown to come out of that cut covering the ink plus a
# margin of OCR_MARGIN of the height.
VERTICAL_SHRINK = 0.18
OCR_MARGIN = 0.12


def _add_ocr_words(reading, chars: list[str], boxes: list, lines: list, line_id: int) -> None:
    """OCR lines as blocks of their own after the text layer: words joined by spaces."""
    paragraph = None
    for ocr_line in reading.lines:
        if chars and not chars[-1].isspace():
            _sep(chars, boxes, lines, " " if ocr_line.paragraph == paragraph else "\n")
        paragraph = ocr_line.paragraph
        for n, (word, box, char_boxes) in enumerate(ocr_line.words):
            if n:
                _sep(chars, boxes, lines, " ")
            height = box[3] - box[1]
            grow = (OCR_MARGIN + VERTICAL_SHRINK) * height / (1 - 2 * VERTICAL_SHRINK)
            for c, (x0, y0, x1, y1) in zip(word, char_boxes):
                chars.append(c)
                boxes.append((x0, y0 - grow, x1, y1 + grow))
                lines.append(line_id)
        line_id += 1


def _sep(chars: list[str], boxes: list, lines: list, c: str) -> None:
    chars.append(c)
    boxes.append(None)
    lines.append(-1)


_GLYPH_MARGIN = 0.05  # of the font size, above the ascender and below the descender


def _line_trimmed(bbox, origin, horizontal: bool, span) -> Rect:
    """A character box one font size high around its baseline, so it never covers the next line.

    MuPDF's boxes use the font's full ascender and descender (helv: 1.37 x the size), so at usual
    line spacing they reach into the lines above and below, and a redaction drawn from them
    removed glyphs of the next line ("and" became "d"). The span's ascender and descender are
    normalised to one font size; a margin of 5% each side keeps accents inside. Only horizontal
    lines are trimmed.
    """
    x0, y0, x1, y1 = bbox
    if not horizontal:
        return (x0, y0, x1, y1)
    baseline, size = origin[1], span["size"]
    top = baseline - (span["ascender"] + _GLYPH_MARGIN) * size
    bottom = baseline - (span["descender"] - _GLYPH_MARGIN) * size
    return (x0, max(y0, top), x1, min(y1, bottom))


@pdf_locked
def extract_pages(doc: pymupdf.Document, *, ocr: bool = True, progress=None) -> list[PageText]:
    """Every page's text; `progress(done, total)` follows the pages read by OCR."""
    layers = [page_layer(doc.load_page(i), ocr=ocr) for i in range(doc.page_count)]
    if ocr:  # the pages that need OCR are read first, one Tesseract per core
        from desktop.core.pdf.pageocr import prefetch_regions

        prefetch_regions(doc, {layer.number: layer.regions for layer in layers if layer.regions}, progress=progress)
    return [finish_page(layer, doc.load_page(layer.number) if layer.regions else None) for layer in layers]


@pdf_locked
def ocr_page_text(page: pymupdf.Page, regions: list | None = None) -> PageText:
    """The page (or the given regions of it) as OCR reads its rendering, whatever its text layer
    says: what a person sees. Every word is kept, however poorly read."""
    from desktop.core.pdf.pageocr import read_regions

    reading = read_regions(page, regions or [page.rect], strict=False)
    chars: list[str] = []
    boxes: list[Rect | None] = []
    lines: list[int] = []
    _add_ocr_words(reading, chars, boxes, lines, 0)
    rect = page.rect
    return PageText(page.number, "".join(chars), tuple(boxes), tuple(lines), rect.width, rect.height, page.rotation,
                    ocr_confidence=reading.confidence, ocr_words=reading.words, ocr_error=reading.error)


@dataclass(frozen=True)
class RenderedPage:
    """RGB888 pixels of one page at a zoom; `stride` bytes per row."""

    number: int
    zoom: float
    width: int
    height: int
    stride: int
    samples: bytes


# The most pixels one rendering may have: 8,000 x 8,000. A 200-inch page (the largest a PDF may be) at
# zoom 1.5 asked for 21,600 x 21,600 and the renderer refused ("Overly large image").
MAX_RENDER_PIXELS = 64_000_000


def capped_zoom(rect: pymupdf.Rect, zoom: float, limit: int = MAX_RENDER_PIXELS) -> float:
    """`zoom`, or less where the page at that zoom would have more than `limit` pixels."""
    pixels = abs(rect.width * rect.height) * zoom * zoom
    return zoom if pixels <= limit else zoom * (limit / pixels) ** 0.5


@pdf_locked
def render_page(doc: pymupdf.Document, number: int, zoom: float = 1.0) -> RenderedPage:
    """The page at `zoom`, or at the smaller zoom that keeps it within MAX_RENDER_PIXELS (the
    rendering's own `zoom` says which)."""
    page = doc.load_page(number)
    zoom = capped_zoom(page.rect, zoom)
    pix = page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), alpha=False)
    return RenderedPage(number, zoom, pix.width, pix.height, pix.stride, bytes(pix.samples))


@pdf_locked
def close_pdf(doc: pymupdf.Document) -> None:
    """Close a document opened with open_pdf or open_path (under the lock, like every PyMuPDF call)."""
    doc.close()
