"""On a scanned page, a name set against punctuation (`“ZORBALT”),`, `Varga,`, `Brimsdale,`) is
redacted to its last glyph: the OCR word's box is shared out over its characters by the ink they
show, so a letter's box is not cut short by the punctuation read as part of the same word.

The page is a picture of generated text at 200 dpi; the text it came from gives each name's true
place. The product's own path reads the scan (OCR page text), redacts the names' spans, and an OCR
of the output must find no letter of a name and every word around it.

A name that Tesseract reads right but unsurely (`(“OSTRAVEK”)` between quotes and brackets, read
with a confidence of about 20) is below the page text's noise floor; the verifier's reading keeps
every word, so it finds the name and the redaction loop removes it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pymupdf
import pytest

from desktop.cli import main
from desktop.core.pdf import extract_page, ocr, ocr_page_text
from desktop.core.pdf.pageocr import render_region
from desktop.core.redaction.redact import fill_rects, redact_terms

DPI = 200


@dataclass(frozen=True)
class Case:
    before: str  # the word in front of the name
    name: str
    after: str  # the word after the name's punctuation
    line: str


CASES = (
    Case("as", "ZORBALT", "delivers", "The supplier, known here as \u201cZORBALT\u201d), delivers the goods."),
    Case("by", "Quennith Varga", "acting", "Signed for the buyer by Quennith Varga, acting as director."),
    Case("in", "Brimsdale", "Portugal", "Its registered office is in Brimsdale, Portugal, since spring."),
    Case("to", "Velmorin", "copies", "Notices are sent to Velmorin; copies go to the bank."),
    Case("(the", "OSTRAVEK", "signs", "The guarantor (the \u201cOSTRAVEK\u201d) signs for the group."),
    Case("reaches", "Tharbeck", "The", "Payment reaches Tharbeck. The rest stays the same."),
)


def text_page(font: str, lines=tuple(c.line for c in CASES)) -> bytes:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    writer = pymupdf.TextWriter(page.rect)
    for n, line in enumerate(lines):
        writer.append((72, 110 + 30 * n), line, font=pymupdf.Font(font), fontsize=11)
    writer.write_text(page)
    return doc.tobytes()


def as_picture(pdf: bytes) -> bytes:
    """The page as a scanner hands it over: one grey image, no text layer."""
    src = pymupdf.open(stream=pdf, filetype="pdf").load_page(0)
    pix = src.get_pixmap(dpi=DPI, colorspace=pymupdf.csGRAY)
    doc = pymupdf.open()
    page = doc.new_page(width=src.rect.width, height=src.rect.height)
    page.insert_image(page.rect, stream=pix.tobytes("png"))
    return doc.tobytes()


@pytest.fixture(scope="module", params=["tiro", "helv"])
def scanned(request):
    original = text_page(request.param)
    return original, as_picture(original)


def test_a_name_box_reaches_the_punctuation_after_it_and_no_further(scanned):
    original, scan = scanned
    truth = pymupdf.open(stream=original, filetype="pdf").load_page(0)
    page = extract_page(pymupdf.open(stream=scan, filetype="pdf").load_page(0))
    slack = 0.5  # points: under two pixels at 200 dpi
    for case in CASES:
        start = page.text.index(case.name)
        boxes = page.span_boxes(start, start + len(case.name))
        (name,) = truth.search_for(case.name)
        line = pymupdf.Rect(name.x0 - 200, name.y0, name.x1 + 200, name.y1)
        before = max((r for r in truth.search_for(case.before, clip=line) if r.x1 <= name.x0), key=lambda r: r.x1)
        after = min((r for r in truth.search_for(case.after, clip=line) if r.x0 >= name.x1), key=lambda r: r.x0)
        x0, x1 = min(b[0] for b in boxes), max(b[2] for b in boxes)
        assert x0 <= name.x0 + slack and x1 >= name.x1 - slack, (case.name, (x0, x1), name)
        assert x0 > before.x1 and x1 < after.x0, (case.name, (x0, x1), before, after)


def read(pdf: bytes, covered=()) -> str:
    """Every word Tesseract reads in the page, however poorly; with the redaction boxes in `covered`
    painted white, so that what it reads is what shows around them, not the boxes themselves."""
    doc = pymupdf.open(stream=pdf, filetype="pdf")
    page = doc.load_page(0)
    for rect in covered:
        page.draw_rect(rect, color=None, fill=(1, 1, 1))
    return " ".join(w.text for w in ocr.read_image(render_region(page, page.rect).tobytes("pnm")))


def test_a_redacted_scan_shows_no_letter_of_the_names_and_every_word_around_them(scanned):
    _original, scan = scanned
    redacted, found = redact_terms(scan, [c.name for c in CASES])
    assert {f.text for f in found} == {c.name for c in CASES}
    shown = read(redacted)
    around = read(redacted, [r for f in found for r in fill_rects(f)])
    for case in CASES:
        assert squash(case.name) not in squash(shown), (case.name, shown)
        # what shows between the words around the name, both of which stay legible (OCR may run
        # a word into the next one, so they are not looked for as whole words)
        between = re.search(rf".*{re.escape(case.before)}(.*?){case.after}", around, re.S)
        assert between, (case, around)
        assert not set(squash(between.group(1))) & set(squash(case.name)), (case.name, between.group(1))


def squash(text: str) -> str:
    return re.sub(r"[\W_]", "", text).casefold()


def test_a_name_read_unsurely_is_found_by_the_verifier_and_redacted(tmp_path, capsys):
    lines = [c.line for c in CASES]
    lines[4] = "The guarantor (\u201cOSTRAVEK\u201d) signs for the group."
    src, out, terms = tmp_path / "in.pdf", tmp_path / "out.pdf", tmp_path / "terms.txt"
    src.write_bytes(as_picture(text_page("helv", lines)))
    terms.write_text("OSTRAVEK\n", encoding="utf-8")
    assert main(["redact", str(src), "-o", str(out), "--terms", str(terms)]) == 0
    assert "verified in every channel" in capsys.readouterr().out
    assert "ostravek" not in squash(read(out.read_bytes()))
    assert "signsforthegroup" in squash(read(out.read_bytes()))


def test_the_verifier_keeps_every_word_ocr_reads(monkeypatch):
    page = pymupdf.open(stream=as_picture(text_page("helv")), filetype="pdf").load_page(0)
    words = [ocr.OcrWord("The", (200, 600, 250, 630), 96.0, (1, 1, 1)),
             ocr.OcrWord("(\u201cOSTRAVEK\u201d)", (262, 600, 400, 630), 21.0, (1, 1, 1)),
             ocr.OcrWord("signs", (410, 600, 480, 630), 96.0, (1, 1, 1))]
    monkeypatch.setattr(ocr, "read_image", lambda image, **_: words)
    assert "OSTRAVEK" not in extract_page(page).text  # the page text keeps words above the noise floor
    shown = ocr_page_text(page)
    assert "OSTRAVEK" in shown.text
    assert shown.ocr_confidence == 96.0  # counted from the words read well
