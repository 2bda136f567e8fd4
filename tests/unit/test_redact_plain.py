"""Unlabelled boxes on an unrotated page are redacted through MuPDF directly (`redact._apply_plain`):
the output must be the file PyMuPDF's documented annotation path writes, object for object."""

from __future__ import annotations

import pymupdf
import pytest

import desktop.core.redaction.redact as redact
from desktop.core.pdf import extract_pages, open_pdf
from desktop.core.redaction.redact import redact_pdf, redact_terms
from devkit.corpus import generate_contract


def _objects(pdf: bytes) -> list[tuple[str, bytes | None]]:
    """Every object's definition and raw stream: what differs between two writes of one document."""
    doc = pymupdf.open(stream=pdf, filetype="pdf")
    try:
        return [(doc.xref_object(x), doc.xref_stream_raw(x) if doc.xref_is_stream(x) else None)
                for x in range(1, doc.xref_length())]
    finally:
        doc.close()


def _both_ways(monkeypatch, run) -> tuple[bytes, bytes]:
    calls, through_mupdf = [], redact._apply_plain
    monkeypatch.setattr(redact, "_apply_plain", lambda *a: calls.append(a) or through_mupdf(*a))
    plain = run()
    assert calls, "the plain path was not taken"
    monkeypatch.setattr(redact, "_apply_plain", redact._apply_annotated)
    annotated = run()
    return plain, annotated


def test_a_contracts_redaction_is_the_file_the_annotation_path_writes(monkeypatch):
    contract = generate_contract(11)
    pages = extract_pages(open_pdf(contract.pdf))
    names = sorted({t.text for t in contract.truth if t.type in ("PERSON", "COMPANY", "EMAIL", "IBAN")})
    assert len(names) >= 5
    plain, annotated = _both_ways(monkeypatch, lambda: redact_terms(contract.pdf, names, pages=pages)[0])
    assert _objects(plain) == _objects(annotated)
    text = "".join(p.get_text() for p in pymupdf.open(stream=plain, filetype="pdf"))
    assert not [n for n in names if n in text]


def test_the_plain_path_removes_the_glyphs_and_fills_the_box(monkeypatch):
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 100), "Payee Zelda Quartermain signs here", fontsize=12)
    pdf = doc.tobytes()
    pages = extract_pages(open_pdf(pdf))
    plain, annotated = _both_ways(monkeypatch, lambda: redact_terms(pdf, ["Zelda Quartermain"], pages=pages)[0])
    out = pymupdf.open(stream=plain, filetype="pdf")[0]
    assert "Zelda" not in out.get_text() and "Payee" in out.get_text()
    assert b" re" in out.read_contents()  # the black box is drawn
    assert _objects(plain) == _objects(annotated)


@pytest.mark.parametrize("case", ["rotated", "marked"])
def test_rotated_pages_and_pages_with_redaction_marks_take_the_annotation_path(monkeypatch, case):
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 100), "Payee Zelda Quartermain signs here", fontsize=12)
    if case == "rotated":
        page.set_rotation(90)
    else:  # a redaction the file marks but never applied: PyMuPDF applies and fills it with ours
        page.add_redact_annot(pymupdf.Rect(72, 200, 200, 220))
    pdf = doc.tobytes()
    calls = []
    monkeypatch.setattr(redact, "_apply_plain", lambda *a: calls.append(a))
    pages = extract_pages(open_pdf(pdf))
    out = redact_pdf(pdf, [f for p in pages for f in redact.find_terms(p, ["Zelda Quartermain"])])
    assert calls == []
    assert "Zelda" not in pymupdf.open(stream=out, filetype="pdf")[0].get_text()
