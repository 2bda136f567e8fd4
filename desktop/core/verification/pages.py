"""The verifier's page channels: each output page as its text layer reads and as OCR reads its
rendering, with the place of every hit so that a missed occurrence can be redacted there."""

from __future__ import annotations

import pymupdf

from desktop.core.pdf import PageText, extract_page, ocr_page_text
from desktop.core.pdf.ocr import LOW_CONFIDENCE
from desktop.core.pdf.outputtext import layer_text, words_in_reading_order
from desktop.core.pdf.pageocr import drawn_text, pictures_to_read, prefetch_regions
from desktop.core.pdf.textlayer import looks_garbled
from desktop.core.verification.fuzzy import OcrTermIndex
from desktop.core.verification.hits import Hit
from desktop.core.verification.match import TermIndex

VISUAL_MODES = ("all", "auto", "off")


def read_pages(pdf_bytes: bytes, index: TermIndex, visual: str = "auto") -> tuple[list[Hit], list[str], int]:
    """(hits with page and boxes, pages that could not be read with the reason, pages read by OCR)."""
    if visual not in VISUAL_MODES:
        raise ValueError(f"visual must be one of {VISUAL_MODES}")
    hits: list[Hit] = []
    unread: list[str] = []
    doc = pymupdf.open(stream=pdf_bytes, filetype="pdf")
    try:
        regions = {n: r for n in range(doc.page_count) if (r := _visual_regions(doc.load_page(n), visual))}
        misread = OcrTermIndex(index) if regions else None
        prefetch_regions(doc, regions)
        for page in doc:
            text = extract_page(page, ocr=False)
            hits += _located("page-text", text, index)
            hits += _located("page-words (reading order)", words_in_reading_order(page), index)
            if page.number not in regions:
                continue
            shown = ocr_page_text(page, regions[page.number])
            hits += _located("page-image (OCR)", shown, index, misread)
            reason = _unreadable(text, shown) if regions[page.number] == [page.rect] else ""
            if reason:
                unread.append(f"page {page.number + 1}: {reason}")
    finally:
        doc.close()
    return hits, unread, len(regions)


def _visual_regions(page: pymupdf.Page, visual: str) -> list[pymupdf.Rect]:
    """What of a page to render and read by OCR, because what a reader sees there may differ from
    the text layer: with "auto", every picture big enough to hold a line (a scanned page is one
    picture; text over it, such as an invisible OCR layer, does not vouch for it), every run of text
    drawn as outlines (the whole page when all of it is), and the whole page where the text layer
    reads as letter salad (wrong character maps), a Type 3 font draws glyphs as pictures or glyphs
    have no character. The rest of a text page reads the same either way; "all" renders every page
    whole."""
    if visual == "off":
        return []
    if visual == "all":
        return [page.rect]
    layer = layer_text(page)
    if any(font[2] == "Type3" for font in page.get_fonts()) or "\ufffd" in layer or looks_garbled(layer):
        return [page.rect]
    pictures = pictures_to_read(page)
    if len(pictures) == 1 and pictures[0].get_area() >= 0.5 * page.rect.get_area():
        return [page.rect]  # a scan: read the page whole, as the reviewer sees it
    drawn = drawn_text(page)
    if drawn and not layer.strip():
        return [page.rect]  # every word drawn as outlines
    return pictures + drawn


def _located(channel: str, page: PageText, index: TermIndex, misread: OcrTermIndex | None = None) -> list[Hit]:
    out = []
    matches = index.find(page.text, offsets=True) + (misread.find(page.text) if misread else [])
    for m in dict.fromkeys(matches):
        boxes = page.span_boxes(m.start, m.end)
        out.append(Hit(channel, m.term, f"page {page.number + 1}", page.number, boxes))
    return out


def _unreadable(text: PageText, shown: PageText) -> str:
    """Why the rendering of a whole page could not be read well enough to vouch for it ("" when it
    could). A picture on a text page is searched for what OCR reads in it, but a poor reading there
    (a signature's ink reads as noise) does not make the page unread."""
    if shown.ocr_error:
        return shown.ocr_error
    if shown.ocr_words == 0:  # a scanned page that yields no word was not read
        return "OCR read no word in the picture it shows" if not text.text.strip() else ""
    if shown.ocr_confidence is not None and shown.ocr_confidence < LOW_CONFIDENCE:
        return f"OCR confidence {shown.ocr_confidence:.0f}% (under {LOW_CONFIDENCE:.0f}%)"
    return ""
