"""PDF layer: typed errors for bad files, page text with character boxes, rendering."""

from __future__ import annotations

import re

import pymupdf
import pytest

from desktop.core.pdf import PdfError, extract_page, open_path, open_pdf, render_page
from devkit.corpus.badfiles import BAD_FILES
from devkit.corpus.layout import A4, Layout, Para, Span

BAD_KINDS = [
    ("corrupt", "corrupt"),
    ("truncated", "corrupt"),
    ("encrypted", "encrypted"),
    ("empty", "empty"),
    ("not-pdf", "not-pdf"),
    ("no-pages", "no-pages"),
]


@pytest.mark.parametrize(("writer", "kind"), BAD_KINDS)
def test_bad_file_gives_typed_error_with_one_line_reason(tmp_path, writer, kind):
    path = BAD_FILES[writer](tmp_path / f"bad {writer}.pdf")
    with pytest.raises(PdfError) as err:
        open_path(path)
    assert err.value.kind == kind
    assert path.name in err.value.reason
    assert "\n" not in err.value.reason


def _page(lines: list[str], leading: float = 1.2, size: float = 10.0) -> pymupdf.Page:
    doc = pymupdf.open()
    page = doc.new_page(width=A4[0], height=A4[1])
    page.insert_text((72, 100), lines, fontname="helv", fontsize=size, lineheight=leading)
    return open_pdf(doc.tobytes()).load_page(0)


def test_wrapped_name_maps_to_one_box_per_line():
    layout = Layout(A4, header=None)
    text = "This agreement is made between the parties and Convergo Media Solutions GmbH of Berlin."
    start = text.index("Convergo")
    layout.paragraph(Para(text, [Span(start, start + len("Convergo Media Solutions GmbH"), "COMPANY", wrap=True)]))
    page = open_pdf(layout.finish("{page}", "t")).load_page(0)
    pt = extract_page(page)
    at = pt.text.index("Convergo")
    end = at + len("Convergo Media Solutions GmbH")
    assert pt.text[at:end] == "Convergo Media Solutions GmbH"  # the line break reads as one space
    boxes = pt.span_boxes(at, end)
    assert len(boxes) == 2
    first, second = boxes
    assert first[3] <= second[1] + 0.01  # the second line lies below the first
    assert second[0] < first[0]  # and starts again at the left margin


def drawn_bytes(page: pymupdf.Page) -> bytes:
    """The bytes of the hex strings shown by the page's content stream."""
    return b"".join(bytes.fromhex(h.decode()) for h in re.findall(rb"<([0-9a-fA-F]+)>", page.read_contents()))


def test_nbsp_becomes_space_with_offsets_intact():
    drawn = "Signed by Jane\u00a0Maria\u00a0Doe today."
    page = _page([drawn])
    assert drawn.encode("latin-1") in drawn_bytes(page)  # the PDF really shows non-breaking spaces
    pt = extract_page(page)
    assert pt.text == drawn.replace("\u00a0", " ")  # one for one: offsets index the drawn characters
    at = drawn.index("Jane")
    assert pt.text[at : at + 14] == "Jane Maria Doe"
    assert pt.boxes[at + 4] is not None  # the former NBSP keeps its own box
    assert len(pt.span_boxes(at, at + 14)) == 1


@pytest.mark.parametrize("leading", [1.2, 1.3, 1.5])
def test_span_boxes_stay_off_the_next_line(leading):
    page = _page(["Agreement with Jane Doe of", "yglqp and jppgy ends here"], leading=leading)
    raw_boxes = [pymupdf.Rect(c["bbox"]) for c in page.get_text("rawdict")["blocks"][0]["lines"][1]["spans"][0]["chars"]]
    pt = extract_page(page)
    at = pt.text.index("Jane Doe")
    (box,) = pt.span_boxes(at, at + 8)
    # MuPDF's own boxes overlap the next line; ours must not, or redacting removes its glyphs.
    assert any(pymupdf.Rect(box).intersects(r) for r in raw_boxes) or leading > 1.3
    nxt = pt.text.index("ends here")
    assert all(box[3] <= b[1] for b in pt.span_boxes(nxt, nxt + 9))
    page.add_redact_annot(pymupdf.Rect(box))
    page.apply_redactions()
    after = page.get_text()
    assert "Jane" not in after and "yglqp and jppgy ends here" in after


@pytest.mark.parametrize("rotation", [0, 90, 180, 270])
def test_to_view_matches_the_rotation_matrix(rotation):
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((72, 100), "Rotated schedule", fontname="helv", fontsize=10)
    page.set_rotation(rotation)
    pt = extract_page(page)
    box = pt.span_boxes(0, 7)[0]
    expected = pymupdf.Rect(box) * page.rotation_matrix
    assert pt.to_view(box) == pytest.approx(tuple(expected), abs=0.01)
    assert pt.box_space == (595, 842)
    assert (pt.width, pt.height) == (page.rect.width, page.rect.height)


@pytest.mark.parametrize("zoom", [0.5, 1.0, 1.37])
def test_render_page_gives_rgb_rows(zoom):
    doc = open_pdf(_page(["x"]).parent.tobytes())
    rendered = render_page(doc, 0, zoom)
    assert rendered.width * 3 <= rendered.stride
    assert len(rendered.samples) == rendered.stride * rendered.height
    assert rendered.width == pytest.approx(595 * zoom, abs=1)


def test_table_cells_on_one_baseline_are_joined_with_a_tab_wrapped_lines_with_a_space():
    import pymupdf

    from desktop.core.pdf import extract_page

    doc = pymupdf.open()
    page = doc.new_page(width=400, height=300)
    for x, cell in ((40, "Brenda Humphreys"), (170, "Leiterin Einkauf"), (290, "+31 20 214 1621")):
        page.insert_text((x, 60), cell, fontsize=10)
    page.insert_textbox(pymupdf.Rect(40, 100, 150, 160), "Notices go to Maximilian Mustermann in writing.",
                        fontsize=10)
    text = extract_page(page).text
    assert "Brenda Humphreys\tLeiterin Einkauf\t+31 20 214 1621" in text
    assert "Notices go to Maximilian Mustermann in writing." in " ".join(text.split(" "))
    assert "\t" not in text.split("Notices")[1]
