"""True redaction: remove confirmed text, pixels and ink under boxes, then strip every hidden channel."""

from __future__ import annotations

import re
from collections import defaultdict

import pymupdf
from pymupdf import mupdf

from desktop.core.model import EntityType, Finding, Rect, Source, Status
from desktop.core.pdf import PageText, open_pdf
from desktop.core.pdf.document import VERTICAL_SHRINK
from desktop.core.pdf.lock import pdf_locked
from desktop.core.pdf.pageocr import drawn_text
from desktop.core.pdf.pagetexts import document_pages
from desktop.core.text.terms import terms_matcher

LABEL_COLOR = (1, 1, 1)
BOX_COLOR = (0, 0, 0)
REPLACEMENT_FILL = (0.93, 0.93, 0.93)  # a generalised value reads as text on a light box

# Catalog entries that can carry names outside the page content: outline, page labels, named
# destinations (and the name trees of attachments and JavaScript), forms, structure tree and alt
# text, document metadata, actions run on open.
_CATALOG_KEYS = ("Outlines", "PageLabels", "Names", "Dests", "AcroForm", "StructTreeRoot", "MarkInfo",
                 "Metadata", "OpenAction", "AA", "PieceInfo", "SpiderInfo", "Threads", "Collection", "URI")
# Keys dropped from every object that has them: alternate descriptions, replacement text,
# per-object XMP and private application data.
_OBJECT_KEYS = ("ActualText", "Alt", "E", "Metadata", "PieceInfo", "AA", "StructParent", "StructParents")
_PAGE_KEYS = ("Annots", "AA", "Thumb", "PieceInfo", "B", "Metadata", "StructParents")


@pdf_locked
def redact_pdf(pdf_bytes: bytes, findings: list[Finding], *, label_mode: bool = False) -> bytes:
    """Redacted, sanitised, fully rewritten PDF bytes.

    Confirmed findings and manual boxes are applied once per page; everything outside the page
    content that could carry a name (annotations, forms, outline, metadata, attachments,
    structure tree, history) is removed.
    """
    doc = open_pdf(pdf_bytes, "document")
    try:
        by_page: dict[int, list[Finding]] = defaultdict(list)
        for f in findings:
            if is_applied(f) and 0 <= f.page < doc.page_count:
                by_page[f.page].append(f)
        for number, page_findings in sorted(by_page.items()):
            _redact_page(doc.load_page(number), page_findings, label_mode)
        return sanitise(doc)
    finally:
        doc.close()


def is_applied(f: Finding) -> bool:
    """Only a confirmed finding is redacted: a manual one is created confirmed, and undoing it sets
    it REMOVED like any other status change, so an undone box never reaches the export."""
    return f.status == Status.CONFIRMED


def _redact_page(page: pymupdf.Page, findings: list[Finding], label_mode: bool) -> None:
    erase_ink = False
    written: list[tuple[pymupdf.Rect, str]] = []  # (glyph box, replacement) of quasi-identifiers
    boxes: dict[tuple, tuple[pymupdf.Rect, tuple, str | None]] = {}  # key -> (box, fill, label)
    outlines = drawn_text(page)
    for f in findings:
        erase_ink |= is_area(f)
        replacement = f.explanation.get("replacement")  # a quasi-identifier's generalised value
        for n, fill in enumerate(fill_rects(f)):
            rect = pymupdf.Rect(fill)
            # Glyphs drawn as outlines are line art: a box over them must take every glyph it touches.
            erase_ink |= any(rect.intersects(run) for run in outlines)
            # a term found again by a detection asks for the same box twice
            key = (tuple(round(v, 1) for v in rect), f.entity_type if label_mode else None)
            if rect.is_empty or key in boxes:
                continue
            if replacement:  # drawn after the text under the box is gone (a redaction's own text needs room)
                boxes[key] = (rect, REPLACEMENT_FILL, None)
                if n == 0:
                    written.append((pymupdf.Rect(f.boxes[0]), replacement))
                continue
            boxes[key] = (rect, BOX_COLOR, f"[{f.entity_type}]" if label_mode else None)
    # Signature ink, manual boxes and text drawn as outlines take every stroke they touch; other
    # text boxes only remove line art they cover, so table rules and underlines beside a name stay.
    graphics = (pymupdf.PDF_REDACT_LINE_ART_REMOVE_IF_TOUCHED if erase_ink
                else pymupdf.PDF_REDACT_LINE_ART_REMOVE_IF_COVERED)
    if label_mode or page.rotation or _has_redactions(page):
        _apply_annotated(page, list(boxes.values()), graphics)
    else:
        _apply_plain(page, list(boxes.values()), graphics)
    for box, text in written:
        _write_replacement(page, box, text)


def _has_redactions(page: pymupdf.Page) -> bool:
    """Whether the file already marks redactions on the page (applied with ours, and filled by PyMuPDF)."""
    return next(iter(page.annots(types=(pymupdf.PDF_ANNOT_REDACT,))), None) is not None


def _apply_annotated(page: pymupdf.Page, boxes: list, graphics: int) -> None:
    """PyMuPDF's redaction as documented: one annotation per box, applied, the boxes filled and labelled."""
    for rect, fill, label in boxes:
        page.add_redact_annot(rect, text=label, fontsize=_label_size(rect, label), fill=fill,
                              text_color=LABEL_COLOR, cross_out=False)
    page.apply_redactions(images=pymupdf.PDF_REDACT_IMAGE_PIXELS, graphics=graphics,
                          text=pymupdf.PDF_REDACT_TEXT_REMOVE)


def _apply_plain(page: pymupdf.Page, boxes: list, graphics: int) -> None:
    """The same redaction for unlabelled boxes on an unrotated page, through MuPDF directly: PyMuPDF's
    `add_redact_annot` lists the page's annotations to name each new one and `apply_redactions` looks
    each up again, which took a 262-page contract's first redaction pass from about 4 to 13 s (quadratic
    in the boxes of a page). The boxes are filled as `apply_redactions` fills them, in the same order,
    so the output is the same file (tests/unit/test_redact_plain.py)."""
    if not boxes:
        return
    pdf_page = page._pdf_page()  # noqa: SLF001 - PyMuPDF's own accessor of the page as a PDF page
    placed = []
    for rect, fill, _label in boxes:
        annot = mupdf.pdf_create_annot(pdf_page, mupdf.PDF_ANNOT_REDACT)
        mupdf.pdf_set_annot_rect(annot, mupdf.FzRect(*rect))
        placed.append((pymupdf.Rect(mupdf.pdf_bound_annot(annot)), fill))  # as stored, as PyMuPDF reads it back
    options = mupdf.PdfRedactOptions()
    options.black_boxes = 0  # filled below, as PyMuPDF fills them
    options.text = pymupdf.PDF_REDACT_TEXT_REMOVE
    options.image_method = pymupdf.PDF_REDACT_IMAGE_PIXELS
    options.line_art = graphics
    if not mupdf.pdf_redact_page(pdf_page.doc(), pdf_page, options):
        raise RuntimeError("MuPDF could not apply the page's redactions")
    shape = page.new_shape()
    for rect, fill in placed:
        shape.draw_rect(rect)
        shape.finish(fill=fill, color=fill)
    shape.commit()


def _write_replacement(page: pymupdf.Page, box: pymupdf.Rect, text: str) -> None:
    """A quasi-identifier's generalised value where the original stood, sized to the original's box, so
    that what a person reads in the PDF and what a model reads in text.jsonl agree."""
    size = max(3.0, min(box.height * 0.8, box.width / max(pymupdf.get_text_length(text, "helv", 1), 1e-6)))
    baseline = pymupdf.Point(box.x0, box.y0 + (box.height + size * 0.7) / 2)
    page.insert_text(baseline, text, fontsize=size,
                     fontname="helv", color=BOX_COLOR)


def is_area(f: Finding) -> bool:
    """A drawn box or a signature: everything under it goes, not only the glyphs of a text span."""
    return f.start < 0 or f.entity_type == EntityType.SIGNATURE


def fill_rects(f: Finding) -> list[Rect]:
    """The black boxes a finding becomes: a text span's line boxes (the union of its own glyph
    boxes, so no neighbouring letter is under them) trimmed vertically; an area as drawn."""
    return [tuple(box) if is_area(f) else shrink_vertically(box) for box in f.boxes]


def shrink_vertically(box: Rect, share: float = VERTICAL_SHRINK) -> Rect:
    x0, y0, x1, y1 = box
    cut = (y1 - y0) * share
    return (x0, y0 + cut, x1, y1 - cut)


def _label_size(rect: pymupdf.Rect, label: str | None) -> float:
    if not label:
        return 11
    by_width = rect.width / max(pymupdf.get_text_length(label, fontname="helv", fontsize=1), 1e-6)
    return max(2.0, min(rect.height * 0.8, by_width))


# --- sanitising ----------------------------------------------------------------------------------


@pdf_locked
def sanitise(doc: pymupdf.Document) -> bytes:
    """Strip every channel outside the visible page content and return a full rewrite."""
    for page in doc:
        _strip_page(doc, page)
    doc.set_toc([])
    _set_keys(doc, doc.pdf_catalog(), _CATALOG_KEYS)
    doc.set_metadata({})
    doc.del_xml_metadata()
    for name in doc.embfile_names():
        doc.embfile_del(name)
    doc = _scrubbed(doc)  # a fresh copy; the caller closes the original
    try:
        for xref in range(1, doc.xref_length()):
            _set_keys(doc, xref, _OBJECT_KEYS)
            if doc.xref_is_stream(xref):
                _scrub_marked_content(doc, xref)
        return doc.tobytes(garbage=4, deflate=True, clean=True)
    finally:
        doc.close()


def _strip_page(doc: pymupdf.Document, page: pymupdf.Page) -> None:
    for widget in list(page.widgets()):
        page.delete_widget(widget)
    for annot in list(page.annots()):
        page.delete_annot(annot)
    for link in page.get_links():
        page.delete_link(link)
    _set_keys(doc, page.xref, _PAGE_KEYS)


def _set_keys(doc: pymupdf.Document, xref: int, keys) -> None:
    try:
        present = set(doc.xref_get_keys(xref))
    except Exception:  # not a dictionary object
        return
    for key in keys:
        if key in present:
            doc.xref_set_key(xref, key, "null")


def _scrubbed(doc: pymupdf.Document) -> pymupdf.Document:
    """Run PyMuPDF's scrub; some real files need a garbage-collected copy before it succeeds."""
    flags = dict(attached_files=True, clean_pages=True, embedded_files=True, hidden_text=True,
                 javascript=True, metadata=True, redactions=True, redact_images=pymupdf.PDF_REDACT_IMAGE_PIXELS,
                 remove_links=True, reset_fields=True, reset_responses=True, thumbnails=True, xml_metadata=True)
    fresh = pymupdf.open(stream=doc.tobytes(garbage=3), filetype="pdf")
    try:
        fresh.scrub(**flags)
    except Exception as exc:
        if "xref" not in str(exc):
            raise
        retry = pymupdf.open(stream=fresh.tobytes(garbage=4), filetype="pdf")
        fresh.close()
        retry.scrub(**flags)
        fresh = retry
    return fresh


# A literal string (one level of nested parentheses) or a hex string after a marked-content key.
_MARKED_PROPS = re.compile(
    rb"/(?:ActualText|Alt|E)\s*(?:\((?:\\.|[^\\()]|\((?:\\.|[^\\()])*\))*\)|<[0-9A-Fa-f\s]*>)", re.S)


def _scrub_marked_content(doc: pymupdf.Document, xref: int) -> None:
    """Drop /ActualText, /Alt and /E strings from inline marked-content properties (BDC dicts)."""
    if not (doc.xref_is_xobject(xref) or _is_content_stream(doc, xref)):
        return
    data = doc.xref_stream(xref)
    if not data or b"BDC" not in data:
        return
    cleaned = _MARKED_PROPS.sub(b"", data)
    if cleaned != data:
        doc.update_stream(xref, cleaned)


def _is_content_stream(doc: pymupdf.Document, xref: int) -> bool:
    # Page content streams have no /Type; fonts, images and metadata streams do or have a Subtype.
    keys = set(doc.xref_get_keys(xref))
    return not keys & {"Type", "Subtype", "Length1", "N", "FunctionType", "PatternType", "ShadingType"}


# --- terms ---------------------------------------------------------------------------------------


def find_terms(page: PageText, terms: list[str]) -> list[Finding]:
    """A confirmed OTHER finding for every occurrence of each term in the page text, matched as
    loosely as the verifier searches ("the “Support Period”" for "the Support Period"), so that
    what the verifier can find on a page has been redacted. All terms are matched in one pass."""
    out = []
    for start, end in terms_matcher(tuple(dict.fromkeys(terms))).spans(page.text):
        boxes = page.span_boxes(start, end)
        if boxes:
            out.append(Finding(page=page.number, start=start, end=end, entity_type=EntityType.OTHER,
                               text=page.text[start:end], boxes=boxes, recognizer="term", source=Source.MANUAL,
                               status=Status.CONFIRMED))
    return out


@pdf_locked
def redact_terms(pdf_bytes: bytes, terms: list[str], *, label_mode: bool = False,
                 extra: list[Finding] = (), pages: list[PageText] | None = None) -> tuple[bytes, list[Finding]]:
    """Redact every occurrence of the given strings (plus `extra` findings); return bytes and findings.
    `pages` are the document's page texts when the caller has read them already."""
    if pages is None:
        pages = list(document_pages(pdf_bytes).pages)
    findings = [f for page in pages for f in find_terms(page, terms)]
    return redact_pdf(pdf_bytes, [*findings, *extra], label_mode=label_mode), findings
