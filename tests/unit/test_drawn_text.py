"""Text drawn as glyph outlines is found, read by OCR at import, and not confused with bullets or rules."""

from __future__ import annotations

import pymupdf

from desktop.core.pdf import ocr
from desktop.core.pdf.health import read_pages
from desktop.core.pdf.pageocr import drawn_text


def _outlined_page(lines: list[tuple[float, str]]) -> bytes:
    """A page whose every line is drawn as outlines (text converted to curves), no text layer."""
    src = pymupdf.open()
    page = src.new_page(width=595, height=842)
    for y, text in lines:
        page.insert_text((72, y), text, fontsize=12)
    svg = page.get_svg_image(text_as_path=True)
    return pymupdf.open("pdf", pymupdf.open(stream=svg.encode(), filetype="svg").convert_to_pdf()).tobytes()


def test_runs_of_outlined_glyphs_are_found_line_by_line():
    pdf = _outlined_page([(100, "Solberg Shipping ASA"), (300, "Payment is due within thirty days.")])
    page = pymupdf.open(stream=pdf)[0]
    assert page.get_text().strip() == ""
    runs = sorted(drawn_text(page), key=lambda r: r.y0)
    assert len(runs) == 2
    assert runs[0].y0 < 100 < runs[0].y1 and runs[1].y0 < 300 < runs[1].y1
    assert runs[0].x0 < 80 and runs[0].x1 > 190  # one run holds the whole line, not word by word


def test_bullets_rules_ticks_and_shaded_cells_are_not_text():
    doc = pymupdf.open()
    page = doc.new_page()
    for i in range(6):  # a bulleted list: one small filled circle per line
        page.draw_circle((80, 100 + 18 * i), 2.5, fill=(0, 0, 0))
        page.insert_text((90, 104 + 18 * i), f"Item number {i + 1}", fontsize=11)
    for i in range(5):  # table rules and shaded cells
        page.draw_rect(pymupdf.Rect(72, 300 + 20 * i, 520, 318 + 20 * i), fill=(0.9, 0.9, 0.9))
        page.draw_line((72, 300 + 20 * i), (520, 300 + 20 * i))
    page.draw_polyline([(300, 500), (304, 506), (312, 494)], color=(0, 0, 0))  # a tick, stroked
    assert drawn_text(page) == []


def test_a_page_set_entirely_in_outlines_is_read_by_ocr_at_import():
    assert ocr.available(), "make test installs Tesseract"
    pdf = _outlined_page([(100, "This agreement is made between Solberg Shipping ASA"),
                          (120, "and Ingrid Bakke, who signs it below.")])
    doc = pymupdf.open(stream=pdf)
    (page,) = read_pages(doc, pdf).pages
    assert "Solberg Shipping" in page.text and "Ingrid Bakke" in page.text
    assert page.ocr_confidence is not None and page.span_boxes(0, 4)


def test_redaction_removes_the_outlined_glyphs_not_only_covers_them():
    from desktop.core.export.reredact import redact_verified

    pdf = _outlined_page([(100, "Letterhead of Solberg Shipping ASA"), (300, "Payment is due within thirty days.")])
    result = redact_verified(pdf, ["Solberg Shipping"])
    assert result.report.ok
    page = pymupdf.open(stream=result.pdf)[0]
    name_line = pymupdf.Rect(60, 80, 540, 110)
    drawn = [d for d in page.get_drawings() if d["rect"].intersects(name_line)]
    (fill,) = [d["rect"] for d in drawn if d["items"] and all(i[0] == "re" for i in d["items"])]
    glyphs = [d["rect"] for d in drawn if d["rect"] != fill]
    assert glyphs and not [g for g in glyphs if g.intersects(fill)]  # gone from under the box, not hidden
    assert len(glyphs) == len("LetterheadofASA")  # the words around the name stay
    assert any(r.y0 < 300 < r.y1 for r in drawn_text(page))  # the other line is untouched
