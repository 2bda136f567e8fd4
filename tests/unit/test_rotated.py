"""Rotated pages end to end: truth boxes redact the right glyphs and pixels, whatever the /Rotate."""

from __future__ import annotations

import re

import pymupdf
import pytest

from desktop.core.model import Finding
from desktop.core.pdf import extract_page, open_pdf, render_page
from desktop.core.redaction.redact import redact_pdf
from desktop.core.verification.output import verify_redacted
from devkit.corpus import generate_contract, hard_cases_for

SEED = next(s for s in range(7000, 7100) if "rotated-page" in hard_cases_for(s))


@pytest.fixture(scope="module")
def contract():
    c = generate_contract(SEED)
    assert "rotated-page" in c.hard_cases
    return c


def _with_rotation(pdf: bytes, number: int, degrees: int) -> bytes:
    doc = open_pdf(pdf)
    doc.load_page(number).set_rotation(degrees)
    return doc.tobytes()


def _only_page(pdf: bytes, number: int) -> pymupdf.Document:
    """The one page as its own document, so terms also printed on other pages do not count."""
    doc = open_pdf(pdf)
    doc.select([number])
    return pymupdf.open(stream=doc.tobytes(garbage=3), filetype="pdf")


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.mark.parametrize("degrees", [90, 0, 180, 270])  # 90 is the generated page; the rest re-rotate it
def test_truth_of_a_rotated_page_redacts_its_entities_and_keeps_the_rest(contract, degrees):
    number = next(p.number for p in open_pdf(contract.pdf) if p.rotation)
    pdf = _with_rotation(contract.pdf, number, degrees)
    page = extract_page(open_pdf(pdf).load_page(number))
    assert page.rotation == degrees
    entities = sorted((t for t in contract.truth if t.page == number and t.start >= 0), key=lambda t: t.start)
    assert {"PERSON", "ENVELOPE_ID"} <= {t.type for t in entities}
    findings = [Finding(number, t.start, t.end, t.type, t.text, boxes=page.span_boxes(t.start, t.end), status="confirmed")
                for t in entities]

    redacted = redact_pdf(pdf, findings)

    out = _only_page(redacted, number)
    report = verify_redacted(out.tobytes(), [t.text for t in entities])
    assert report.ok, report.hits
    kept, pos = [], 0
    for t in entities:
        kept.append(page.text[pos : t.start])
        pos = t.end
    kept.append(page.text[pos:])
    after = out.load_page(0)
    assert _squeeze(extract_page(after).text) == _squeeze(" ".join(kept))
    assert after.rotation == degrees

    pixels = render_page(out, 0)
    for t in entities:  # each box is black where the displayed page shows it
        for box in page.span_boxes(t.start, t.end):
            x0, y0, x1, y1 = page.to_view(box)
            cx, cy = int((x0 + x1) / 2), int((y0 + y1) / 2)
            offset = cy * pixels.stride + cx * 3
            assert pixels.samples[offset : offset + 3] == b"\x00\x00\x00", (t.text, degrees)
