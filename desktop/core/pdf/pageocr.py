"""Where a page carries text without a text layer (a scan, a picture of text, a letterhead, a stamp),
read it with OCR and hand back words with boxes in page space, like the text layer's."""

from __future__ import annotations

from dataclasses import dataclass, replace

import pymupdf

from desktop.core.pdf import inkboxes, ocr
from desktop.core.pdf.document import PdfError, capped_zoom
from desktop.core.pdf.lock import PDF_LOCK, released
from desktop.core.pdf.textlayer import agreement, looks_garbled

DPI = 200  # Tesseract reads 10-pt text well from 200 dpi; more costs time and gains little
MIN_TEXT_CHARS = 20  # a page with fewer characters in its text layer has no text layer to speak of
MIN_PICTURE_POINTS = (40.0, 12.0)  # a picture smaller than this (in points) holds no readable line
MIN_PICTURE_WORDS = 2  # a picture from which fewer words are read well is ink or a logo, not text
WORD_CONFIDENCE = 30.0  # words read worse than this are noise (speckle, ink, rules)
PICTURE_WORD_CONFIDENCE = 60.0
TURNS = (90, 180, 270)  # a page that reads poorly as shown is tried turned these many degrees
MIN_AGREEMENT = 0.5  # a text layer holding fewer of the words OCR reads well does not say what the page shows
MIN_DRAWN_GLYPHS = 4  # fewer small filled shapes in a row are bullets, icons or ticks, not a word
MAX_GLYPH_POINTS = 100.0  # a bigger shape is a drawing, not a letter


@dataclass(frozen=True)
class OcrLine:
    """Words of one OCR line: (text, box, a box per character) each, in unrotated page space."""

    words: tuple[tuple[str, tuple[float, float, float, float], tuple[tuple[float, float, float, float], ...]], ...]
    paragraph: tuple = ()  # lines of one paragraph are joined by a space, like a text block's


@dataclass(frozen=True)
class PageReading:
    lines: tuple[OcrLine, ...]
    confidence: float | None  # mean word confidence of what was read, None when nothing was
    words: int
    error: str = ""  # why OCR could not run on a page that needed it
    replaces_layer: bool = False  # the page's text layer reads as something other than the page shows


def pictures_to_read(page: pymupdf.Page) -> list[pymupdf.Rect]:
    """Where the page shows pictures big enough to hold a line of text."""
    pictures = [pymupdf.Rect(info["bbox"]) & page.rect for info in page.get_image_info()]
    return [r for r in pictures if r.width >= MIN_PICTURE_POINTS[0] and r.height >= MIN_PICTURE_POINTS[1]]


def drawn_text(page: pymupdf.Page) -> list[pymupdf.Rect]:
    """Where the page draws text as vector outlines (a letterhead or logo set in curves, a page
    "printed" with text as paths): runs of small filled shapes side by side, as glyphs stand. Such
    text is in no text layer; only a rendering shows it."""
    glyphs = [d["rect"] for d in page.get_drawings() if _glyph_like(d)]
    if len(glyphs) < MIN_DRAWN_GLYPHS:
        return []
    runs: list[list] = []  # [box, glyphs in it]
    for rect in sorted(glyphs, key=lambda r: r.x0):
        run = next((r for r in runs if _beside(r[0], rect)), None)
        if run is None:
            runs.append([pymupdf.Rect(rect), 1])
        else:
            run[0] |= rect
            run[1] += 1
    merged = True
    while merged:  # runs started apart may have grown into each other
        merged = False
        for a in runs:
            b = next((b for b in runs if b is not a and _beside(a[0], b[0])), None)
            if b is not None:
                a[0] |= b[0]
                a[1] += b[1]
                runs.remove(b)
                merged = True
                break
    pad = 4.0  # Tesseract reads a line better with a margin around it
    return [(box + (-pad, -pad, pad, pad)) & page.rect for box, n in runs if n >= MIN_DRAWN_GLYPHS]


def _beside(run: pymupdf.Rect, rect: pymupdf.Rect) -> bool:
    """On one line with the run and at most a word space or two away."""
    height = min(run.height, rect.height)
    overlap = min(run.y1, rect.y1) - max(run.y0, rect.y0)
    gap = max(rect.x0 - run.x1, run.x0 - rect.x1, 0.0)
    return overlap >= 0.3 * height and gap <= 1.5 * max(run.height, rect.height)


def _glyph_like(drawing: dict) -> bool:
    rect, items = drawing["rect"], drawing["items"]
    return ("f" in (drawing.get("type") or "") and 2.0 <= rect.height <= MAX_GLYPH_POINTS
            and rect.width <= MAX_GLYPH_POINTS and len(items) >= 3 and not all(i[0] == "re" for i in items))


def needs_ocr(page: pymupdf.Page, layer_text: str, trust_layer: bool = False) -> list[pymupdf.Rect]:
    """The regions of a page to read with OCR, given the text its layer holds: the whole page when it
    has no text layer and shows a picture or text drawn as outlines, or when its text layer looks
    garbled (unless `trust_layer`), else each picture or run of drawn text that has no text layer over it."""
    shown = pictures_to_read(page) + drawn_text(page)
    if not has_layer(layer_text):
        return [page.rect] if shown else []
    if not trust_layer and looks_garbled(layer_text):
        return [page.rect]  # read whole; read_page then checks the layer against it
    if not shown:
        return []
    words = [pymupdf.Rect(w[:4]) for w in page.get_text("words")]
    return [r for r in shown if not any(r.contains((w.tl + w.br) / 2) for w in words)]


def has_layer(layer_text: str) -> bool:
    """A page with fewer characters in its text layer has no text layer to speak of."""
    # split() drops exactly the characters isspace() names, at C speed
    return len("".join(layer_text.split())) >= MIN_TEXT_CHARS


def read_page(page: pymupdf.Page, layer_text: str, dpi: int = DPI, *, regions: list | None = None) -> PageReading | None:
    """OCR of the regions `needs_ocr` names (`regions` when it was asked already), or None when the
    page needs none. Where a text layer looks garbled, the whole page is read and replaces the layer
    if the two disagree (the layer's character maps are wrong); where they agree (a table, a list)
    the layer stands."""
    if regions is None:
        regions = needs_ocr(page, layer_text)
    if regions == [page.rect] and has_layer(layer_text):
        reading = read_regions(page, regions, dpi)
        read = [word for line in reading.lines for word, _box, _chars in line.words]
        if not reading.error and agreement(layer_text, read) < MIN_AGREEMENT:
            return replace(reading, replaces_layer=True)
        regions = needs_ocr(page, layer_text, trust_layer=True)
    return read_regions(page, regions, dpi) if regions else None


def read_regions(page: pymupdf.Page, regions: list[pymupdf.Rect], dpi: int = DPI, *,
                 strict: bool = True) -> PageReading:
    """Words read in the regions. `strict` (for page text) keeps from a picture on a text page only
    words read well, and only when there are several (ink and logos yield noise), and from a page
    only words above the noise floor; the verifier reads without it and keeps every word, since
    noise matches no term, while a name set against quotes and brackets (`(“OSTRAVEK”)`) can be
    read right with a confidence of 20. The confidence of a reading counts the words read well."""
    if not ocr.available():
        return PageReading((), None, 0, "OCR needs " + ", ".join(ocr.missing_parts()))
    whole_page = len(regions) == 1 and regions[0] == page.rect
    lines: list[OcrLine] = []
    kept: list[ocr.OcrWord] = []
    for number, region in enumerate(regions):
        words = _upright(page, region, dpi) if whole_page else read_region(page, region, dpi)
        words = [(w, box, chars) for w, box, chars in words if any(c.isalnum() for c in w.text)]
        floor = WORD_CONFIDENCE if whole_page or not strict else PICTURE_WORD_CONFIDENCE
        well = [(w, box, chars) for w, box, chars in words if w.confidence >= floor]
        if strict and not whole_page and len(well) < MIN_PICTURE_WORDS:
            continue
        kept.extend(w for w, _box, _chars in well)
        lines.extend(_lines(well if strict else words, number))
    confidence = ocr.mean_confidence(kept)
    if confidence is None and whole_page:
        confidence = 0.0  # a page that shows a picture and yields no word: nothing was read
    return PageReading(tuple(lines), confidence, len(kept))


def _upright(page: pymupdf.Page, region: pymupdf.Rect, dpi: int) -> list[tuple[ocr.OcrWord, tuple, tuple]]:
    """A whole page read as shown and, where that reads poorly, turned a quarter, a half and three
    quarters: a scan fed sideways or upside down is still legible to a person, so it must be to OCR.
    The best reading wins."""
    words = read_region(page, region, dpi)
    if (ocr.mean_confidence([w for w, _box, _chars in words]) or 0.0) >= ocr.LOW_CONFIDENCE:
        return words
    readings = [words] + [read_region(page, region, dpi, turn) for turn in TURNS]
    return max(readings, key=lambda r: (ocr.mean_confidence([w[0] for w in r]) or 0.0) * min(len(r), 20))


def _render_matrix(dpi: int, turn: int) -> pymupdf.Matrix:
    zoom = dpi / 72
    return pymupdf.Matrix(zoom, zoom) * pymupdf.Matrix(turn) if turn else pymupdf.Matrix(zoom, zoom)


def render_region(page: pymupdf.Page, region: pymupdf.Rect, dpi: int = DPI, turn: int = 0) -> pymupdf.Pixmap:
    """A region in grey at `dpi` (turned by `turn` degrees), as OCR reads it (the same bytes each
    time, so the cache hits)."""
    # The clip is given in the displayed page; boxes come back in pixels of that rendering.
    clip = None if region == page.rect else region * page.rotation_matrix
    if capped_zoom(region, dpi / 72) < dpi / 72:  # at a lower resolution OCR would read nothing there
        raise PdfError("too-large", f"page {page.number + 1}: a region of {region.width / 72:.0f} x "
                       f"{region.height / 72:.0f} inches is too large to read by OCR at {dpi} dpi; "
                       "nothing on it could be checked")
    return page.get_pixmap(matrix=_render_matrix(dpi, turn), clip=clip, colorspace=pymupdf.csGRAY, alpha=False)


def prefetch_regions(doc: pymupdf.Document, regions: dict, *, dpi: int = DPI, batch: int = 4,
                     progress=None) -> int:
    """OCR the given regions of each page {number: [rect, ...]}, a batch of pages at a time."""
    if not ocr.available():
        return 0
    todo = list(regions.items())
    for i in range(0, len(todo), batch):
        with PDF_LOCK:
            images = [render_region(doc.load_page(n), r, dpi).tobytes("pnm") for n, rects in todo[i:i + batch]
                      for r in rects]
        with released():  # Tesseract takes seconds a page and never touches PyMuPDF
            ocr.read_images(images)
        if progress:
            progress(min(i + batch, len(todo)), len(todo))
    return len(todo)


def read_region(page: pymupdf.Page, region: pymupdf.Rect, dpi: int = DPI,
                turn: int = 0) -> list[tuple[ocr.OcrWord, tuple, tuple]]:
    """(word, box, a box per character), in unrotated page space, of a region rendered in grey at
    `dpi`, turned by `turn`. The characters' boxes follow the ink of the rendering (`inkboxes`)."""
    with PDF_LOCK:
        pix = render_region(page, region, dpi, turn)
        image = pix.tobytes("pnm")
        grey = inkboxes.Grey(bytes(pix.samples), pix.width, pix.height, pix.stride)
        back = pymupdf.Matrix(1, 0, 0, 1, pix.x, pix.y) * ~_render_matrix(dpi, turn)
        to_page = back * page.derotation_matrix
    with released():
        words = ocr.read_image(image)
    out = []
    for word in words:
        chars = tuple(_mapped(c, to_page) for c in inkboxes.char_boxes(word.text, word.box, grey))
        out.append((word, _mapped(word.box, to_page), chars))
    return out


def _mapped(box: tuple, m: pymupdf.Matrix) -> tuple[float, float, float, float]:
    """A box of the rendering in page space (the matrix scales, moves and turns by quarters)."""
    x0, y0, x1, y1 = box
    ax, ay = x0 * m.a + y0 * m.c + m.e, x0 * m.b + y0 * m.d + m.f
    bx, by = x1 * m.a + y1 * m.c + m.e, x1 * m.b + y1 * m.d + m.f
    return min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)


def _lines(words: list[tuple[ocr.OcrWord, tuple, tuple]], region: int) -> list[OcrLine]:
    by_line: dict[tuple, list] = {}
    for word, box, chars in words:
        by_line.setdefault(word.line, []).append((word.text, box, chars))
    return [OcrLine(tuple(sorted(ws, key=lambda w: w[1][0])), (region, *key[:2])) for key, ws in by_line.items()]

