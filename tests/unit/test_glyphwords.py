"""Words from glyph geometry: letter-spaced, glyph-by-glyph and justified text reads as written."""

import pymupdf
import pytest

from desktop.core.pdf import extract_page
from devkit.corpus.scans import _glyph_by_glyph, _raw_text, _tracked


def _page_with(*operators: str) -> pymupdf.Page:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((72, 60), "Agreement of the parties", fontsize=11)
    for op in operators:
        _raw_text(page, op)
    return pymupdf.open(stream=doc.tobytes(), filetype="pdf").load_page(0)


@pytest.mark.parametrize(("operators", "expected", "mupdf_reads"), [
    ([_tracked(72, 700, "Halvorsen Group signs", tracking=3.5)], "Halvorsen Group signs", "H a l v o r s e n"),
    ([_glyph_by_glyph(72, 680, "Ingrid Bakke", gap=2.2)], "Ingrid Bakke", "I n g r i d"),
    (["BT /F1 11 Tf 1.5 Tc 1 0 0 1 72 660 Tm (Nordlicht Holding AG) Tj 0 Tc ET"], "Nordlicht Holding AG", None),
])
def test_spaced_glyphs_read_as_words(operators, expected, mupdf_reads):
    page = _page_with(*operators)
    if mupdf_reads:  # the fixture really is what MuPDF splits
        assert mupdf_reads in page.get_text()
    text = extract_page(page, ocr=False).text
    assert expected in text
    assert "Agreement of the parties" in text  # ordinary spaces are kept


def test_justified_line_split_by_mupdf_reads_as_one_phrase():
    # A word space of 12 pt: MuPDF cuts the line into one "line" per word.
    page = _page_with("BT /F1 11 Tf 12 Tw 1 0 0 1 72 640 Tm (The party Nordlicht Holding agrees) Tj 0 Tw ET")
    assert "The party Nordlicht Holding agrees" in extract_page(page, ocr=False).text


def test_table_cells_far_apart_stay_apart():
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 100), "Eva Roth", fontsize=10)
    page.insert_text((250, 100), "Managing Director", fontsize=10)
    text = extract_page(page, ocr=False).text
    assert "Eva Roth\tManaging Director" in text
