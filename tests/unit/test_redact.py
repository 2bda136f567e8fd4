"""Redaction removes what is confirmed and nothing around it; signatures lose their pixels."""

import pymupdf
import pytest

from desktop.core.model import Finding
from desktop.core.pdf import extract_page, open_pdf
from desktop.core.redaction.redact import (
    find_terms,
    redact_pdf,
    redact_terms,
    shrink_vertically,
)
from desktop.core.text.terms import term_pattern
from devkit.leaks import SURVIVOR_LINES, make_leak_fixture

NAME = "Jolene Marchetti"


def _page_text(pdf: bytes, number: int = 0) -> str:
    doc = open_pdf(pdf)
    try:
        return extract_page(doc.load_page(number)).text
    finally:
        doc.close()


def _apply(pdf: bytes, boxes) -> str:
    doc = pymupdf.open(stream=pdf, filetype="pdf")
    page = doc.load_page(0)
    for box in boxes:
        page.add_redact_annot(box)
    page.apply_redactions()
    return page.get_text()


def test_text_around_a_redaction_survives_including_the_line_below():
    fixture = make_leak_fixture(NAME, channels=("page-text",))
    out, findings = redact_terms(fixture.pdf, [NAME])
    text = _page_text(out)
    assert len(findings) == 1
    assert "jolene" not in text.lower()
    assert "This agreement is signed by" in text and "as Licensor." in text
    for line in SURVIVOR_LINES:
        assert line in text


def test_unshrunk_boxes_would_cut_the_line_below():
    """The guard above is meaningful: full-height character boxes cut 'and' on the next line."""
    fixture = make_leak_fixture(NAME, channels=("page-text",))
    doc = open_pdf(fixture.pdf)
    boxes = find_terms(extract_page(doc.load_page(0)), [NAME])[0].boxes
    assert SURVIVOR_LINES[0] not in _apply(fixture.pdf, boxes)
    assert SURVIVOR_LINES[0] in _apply(fixture.pdf, [shrink_vertically(b) for b in boxes])


@pytest.mark.parametrize("variant", ["jolene marchetti", "JOLENE MARCHETTI", "Jolene\u00a0Marchetti",
                                     "Jolene  Marchetti", "Jo-\n lene Marchetti"])
def test_term_pattern_tolerates_case_spacing_and_hyphenation(variant):
    assert term_pattern(NAME).search(variant.replace("\n", ""))


def test_term_pattern_respects_word_edges():
    assert not term_pattern("Ann Lee").search("Joanna Leeds")


@pytest.mark.parametrize(("term", "text"), [
    ("SC&W", "services of SC&W under"), ("SC&W", "SC & W"), ("F. Limitation", "F.  Limitation of"),
    ("Vendor’s", "the Vendor's goods"), ("O'Neil Ltd", "O’Neil Ltd"),
])
def test_term_pattern_keeps_the_terms_own_punctuation(term, text):
    assert term_pattern(term).search(text)


def test_a_term_is_redacted_wherever_the_verifier_could_find_it():
    from desktop.core.verification.output import verify_redacted

    doc = pymupdf.open()
    doc.new_page().insert_text((72, 72), "the “Support Period” begins; the Support Period ends.")
    out, findings = redact_terms(doc.tobytes(), ["the Support Period"])
    assert len(findings) == 2
    assert verify_redacted(out, ["the Support Period"]).ok
    assert "begins; " in _page_text(out)


def test_a_short_term_counts_in_text_but_not_in_the_files_own_syntax():
    from desktop.core.verification.output import verify_redacted

    doc = pymupdf.open()
    doc.new_page().insert_text((72, 72), "Licensed to IBM for review.")
    pdf = doc.tobytes()
    assert verify_redacted(pdf, ["PDF"]).ok  # "%PDF-" and the format field are the file, not text
    assert {h.channel for h in verify_redacted(pdf, ["IBM"]).hits} >= {"page-text"}


def test_wrapped_and_nbsp_names_are_all_redacted():
    fixture = make_leak_fixture(NAME, channels=("wrapped-line", "nbsp"))
    out, findings = redact_terms(fixture.pdf, [NAME])
    assert len(findings) == 2
    assert len([b for f in findings for b in f.boxes]) == 3  # the wrapped name has one box per line
    text = _page_text(out).lower()
    assert "jolene" not in text and "marchetti" not in text
    assert "at the registered office." in text and "countersigned:" in text


def _signature_pdf() -> bytes:
    doc = pymupdf.open()
    page = doc.new_page()
    pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 120, 40), False)
    pix.set_rect(pix.irect, (255, 255, 255))
    pix.set_rect(pymupdf.IRect(10, 10, 110, 30), (10, 10, 90))  # the ink
    page.insert_image(pymupdf.Rect(100, 100, 340, 180), pixmap=pix)
    page.draw_bezier((110, 190), (150, 170), (200, 210), (240, 190), color=(0, 0, 0.4))  # a pen stroke
    page.insert_text((72, 230), "Signed for the Licensee on the date above.", fontsize=11)
    return doc.tobytes()


def _ink_pixels(pdf: bytes) -> int:
    doc = pymupdf.open(stream=pdf, filetype="pdf")
    dark = 0
    for img in doc.load_page(0).get_images():
        pix = pymupdf.Pixmap(doc.extract_image(img[0])["image"])
        dark += sum(1 for x in range(pix.width) for y in range(pix.height) if pix.pixel(x, y)[2] == 90)
    return dark


def test_signature_pixels_and_ink_are_removed():
    pdf = _signature_pdf()
    assert _ink_pixels(pdf) > 0
    # The box covers the ink and the stroke but not the whole image: pixels must be blanked.
    sig = Finding(page=0, start=-1, end=-1, entity_type="SIGNATURE", text="", boxes=((100, 100, 330, 200),),
                  status="confirmed")
    out = redact_pdf(pdf, [sig])
    assert _ink_pixels(out) == 0
    drawings = pymupdf.open(stream=out, filetype="pdf").load_page(0).get_drawings()
    assert not any(item[0] == "c" for d in drawings for item in d["items"])  # the curve is gone
    assert "Signed for the Licensee on the date above." in _page_text(out)


def test_rejected_and_proposed_findings_are_not_applied():
    fixture = make_leak_fixture(NAME, channels=("page-text",))
    doc = open_pdf(fixture.pdf)
    found = find_terms(extract_page(doc.load_page(0)), [NAME])[0]
    for status in ("proposed", "rejected"):
        f = Finding(**{**found.__dict__, "status": status, "source": "detected"})
        assert NAME in _page_text(redact_pdf(fixture.pdf, [f]))


def test_label_mode_writes_the_type_in_the_box():
    fixture = make_leak_fixture(NAME, channels=("page-text",))
    doc = open_pdf(fixture.pdf)
    found = find_terms(extract_page(doc.load_page(0)), [NAME])[0]
    person = Finding(**{**found.__dict__, "entity_type": "PERSON"})
    labelled = _page_text(redact_pdf(fixture.pdf, [person], label_mode=True))
    plain = _page_text(redact_pdf(fixture.pdf, [person]))
    assert "[PERSON]" in labelled and "[PERSON]" not in plain
    assert NAME not in labelled


def test_output_is_a_single_full_rewrite():
    fixture = make_leak_fixture(NAME, channels=("page-text", "incremental-update"))
    assert fixture.pdf.count(b"%%EOF") == 2
    out, _ = redact_terms(fixture.pdf, [NAME])
    assert out.count(b"%%EOF") == 1
