"""A text layer whose character maps are wrong reads as letter salad: the page is read by OCR
instead, for detection and for the verifier; a table that merely has few function words keeps its layer."""

from __future__ import annotations

import pymupdf
import pytest

from desktop.core.export.reredact import redact_verified
from desktop.core.pdf import ocr, ocr_page_text
from desktop.core.pdf.health import read_pages
from desktop.core.pdf.textlayer import looks_garbled
from desktop.core.verification.output import verify_redacted
from devkit.corpus import generate_contract
from devkit.corpus.scans import with_wrong_character_maps

PROSE = ("This agreement is made between the parties named below and it is governed by the law of the "
         "place where the supplier has its seat. Each party shall keep the terms of this agreement secret.")


@pytest.fixture(scope="module")
def garbled():
    contract = generate_contract(7, pages=1)
    pdf = with_wrong_character_maps(contract.pdf)
    assert contract.parties[0].name not in pymupdf.open(stream=pdf)[0].get_text()  # extraction reads salad
    return contract, pdf


def test_prose_passes_and_salad_with_a_few_chance_hits_does_not():
    salad = with_wrong_character_maps(_page(PROSE))
    assert not looks_garbled(PROSE)
    assert looks_garbled(pymupdf.open(stream=salad)[0].get_text())
    assert not looks_garbled("Kvjbzpnu Luclsvwl")  # too few words to tell


def test_a_garbled_page_is_read_by_ocr_for_detection(garbled):
    assert ocr.available(), "make test installs Tesseract"
    contract, pdf = garbled
    pages = read_pages(pymupdf.open(stream=pdf), pdf).pages
    first = contract.parties[0].name
    assert first in pages[0].text and pages[0].ocr_confidence is not None
    start = pages[0].text.index(first)
    assert pages[0].span_boxes(start, start + len(first))  # OCR words carry boxes for redaction


def test_a_table_with_few_function_words_keeps_its_text_layer():
    rows = "\n".join(f"Publication {n}  Title  Filing Date  Expiration Date  Cargill Patents" for n in range(12))
    pdf = _page(rows)
    layer = pymupdf.open(stream=pdf)[0].get_text()
    assert looks_garbled(layer)  # a candidate, so OCR is asked ...
    (page,) = read_pages(pymupdf.open(stream=pdf), pdf).pages
    assert page.ocr_confidence is None and page.text.count("Publication") == 12  # ... and agrees


def test_the_verifier_reads_a_garbled_page_and_the_loop_removes_the_name(garbled):
    contract, pdf = garbled
    name = contract.parties[0].name
    assert any(h.channel == "page-image (OCR)" for h in verify_redacted(pdf, [name]).hits)
    result = redact_verified(pdf, [name])
    assert result.report.ok
    out = pymupdf.open(stream=result.pdf)
    shown = " ".join(ocr_page_text(page).text for page in out)
    assert name.split()[0] not in shown and "Agreement" in shown


def _page(text: str) -> bytes:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_textbox(pymupdf.Rect(60, 60, 540, 780), text, fontsize=11)
    return doc.tobytes()
