"""An OCR word's characters get boxes from the ink the rendering shows: the letters of a name set
against punctuation (`“ZORBALT”),`, `Varga,`, `(Tharbeck).`) keep every column of their ink inside
their boxes, in upright, italic, serif and fixed-width faces, scanned at 150 to 300 dpi, underlined,
and where Tesseract's word box clips the glyphs."""

from __future__ import annotations

import re

import pymupdf
import pytest

from desktop.core.pdf import inkboxes

WORDS = ("\u201cZORBALT\u201d),", "Varga,", "Brimsdale;", "(Tharbeck).", "burn,", "M\u00fcller\u2019s", "O\u2019Neill:",
         "info@acme.com", "\u00abKlee\u00bb", "Lyff,", "Tawvy.", "fiftyfive,")
FONTS = ("helv", "heit", "tiro", "tiit", "tibo", "cour")
SCANS = {  # dpi, JPEG quality, underlined, pixels Tesseract's box clips off each side
    "200 dpi": (200, None, False, 0),
    "150 dpi JPEG": (150, 60, False, 0),
    "300 dpi": (300, None, False, 0),
    "underlined": (200, None, True, 0),
    "clipped box": (200, None, False, 2),
}
# Pixels of a glyph's ink a box may leave out: the faint edge of an italic arm that a JPEG splits off
# its letter (italic r before an apostrophe at 150 dpi) is no letter.
EDGE = 1.5


def render(font: str, word: str, dpi: int, *, only: int | None = None, underline=False, jpeg=None) -> pymupdf.Pixmap:
    """The word at 11 pt in grey, or only its character `only`, each glyph where the word sets it."""
    doc = pymupdf.open()
    page = doc.new_page(width=200, height=40)
    face = pymupdf.Font(font)
    writer = pymupdf.TextWriter(page.rect)
    x = 10.0
    for i, c in enumerate(word):
        if only is None or i == only:
            writer.append((x, 25), c, font=face, fontsize=11)
        x += face.text_length(c, fontsize=11)
    writer.write_text(page)
    if underline and only is None:
        page.draw_line((10, 27), (x, 27), width=0.6)
    pix = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY)
    return pymupdf.Pixmap(pix.tobytes("jpg", jpg_quality=jpeg)) if jpeg else pix


def ink(pix: pymupdf.Pixmap) -> tuple[int, int, int, int]:
    """The box of the dark pixels, as Tesseract gives a word's."""
    dark = bytes(1 if v < 128 else 0 for v in range(256))
    rows = [pix.samples[y * pix.stride:y * pix.stride + pix.width].translate(dark) for y in range(pix.height)]
    inked = [y for y, row in enumerate(rows) if 1 in row]
    columns = 0
    for row in rows:
        columns |= int.from_bytes(row, "big")
    flags = columns.to_bytes(pix.width, "big")
    return flags.index(1), inked[0], pix.width - flags[::-1].index(1), inked[-1] + 1


def grey(pix: pymupdf.Pixmap) -> inkboxes.Grey:
    return inkboxes.Grey(bytes(pix.samples), pix.width, pix.height, pix.stride)


@pytest.mark.parametrize("font", FONTS)
@pytest.mark.parametrize("scan", SCANS)
def test_every_run_of_letters_keeps_its_ink_inside_its_boxes(font, scan):
    dpi, jpeg, underline, clip = SCANS[scan]
    for word in WORDS:
        x0, y0, x1, y1 = ink(render(font, word, dpi))
        boxes = inkboxes.char_boxes(word, (x0 + clip, y0, x1 - clip, y1),
                                    grey(render(font, word, dpi, underline=underline, jpeg=jpeg)))
        assert len(boxes) == len(word)
        for run in re.finditer(r"\w+", word):
            glyphs = [ink(render(font, word, dpi, only=i)) for i in range(run.start(), run.end())]
            covered = boxes[run.start():run.end()]
            assert min(b[0] for b in covered) <= min(g[0] for g in glyphs) + EDGE, (word, run.group())
            assert max(b[2] for b in covered) >= max(g[2] for g in glyphs) - EDGE, (word, run.group())
        reach = max(1.0, inkboxes.MARGIN * (y1 - y0)) + 2  # a margin, and a column or two a scan smears
        assert x0 - reach <= boxes[0][0] and boxes[-1][2] <= x1 + reach, word  # not into the next word


def test_a_letter_ends_where_the_punctuation_after_it_begins():
    pix = render("helv", "Varga,", 200)
    comma = ink(render("helv", "Varga,", 200, only=5))
    box = ink(pix)
    boxes = inkboxes.char_boxes("Varga,", box, grey(pix))
    margin = inkboxes.MARGIN * (box[3] - box[1])
    assert comma[0] <= boxes[4][2] <= comma[0] + margin  # the a's box reaches the comma's ink, barely into it


def test_without_pixels_the_letters_take_the_marks_beside_them():
    boxes = inkboxes.char_boxes("\u201cACME\u201d),", (0, 0, 100, 20))
    assert boxes[1][0] == 0 and boxes[4][2] == pytest.approx(100)  # no column tells the marks from the letters
    assert [round(b[1]) for b in boxes] == [0] * 8 and all(b[0] < b[2] for b in boxes)
