"""The verifier's reading order (`outputtext.sorted_words`) is PyMuPDF's `get_text("words", sort=True)`,
computed on plain numbers: the same words in the same order on real pages and on made-up edge cases."""

from __future__ import annotations

import random

import pymupdf
import pytest

from desktop.core.pdf.outputtext import sorted_words
from devkit.corpus import generate_contract


def _page_with_columns() -> pymupdf.Page:
    doc = pymupdf.open()
    page = doc.new_page()
    rng = random.Random(3)
    for n in range(40):  # two columns, baselines jittered by up to 4 points, some words set smaller
        x = 72 if n % 2 == 0 else 320
        y = 80 + (n // 2) * 14 + rng.uniform(-4, 4)
        page.insert_text((x, y), f"word{n} Zelda Quartermain", fontsize=rng.choice((6, 9, 11, 14)))
    return page


def test_pymupdfs_reading_order_on_contract_pages_and_jittered_columns():
    pages = [p for seed in (5000, 5001, 5002) for p in pymupdf.open(stream=generate_contract(seed).pdf)]
    pages.append(_page_with_columns())
    for page in pages:
        words = page.get_text("words")
        assert sorted_words(list(words)) == page.get_text("words", sort=True)
    assert len(pages) > 5


@pytest.mark.parametrize("words", [
    [],
    [(10, 10, 10, 20, "empty", 0, 0, 0), (5, 11, 9, 21, "a", 0, 0, 1), (20, 30, 25, 40, "b", 0, 1, 0)],
    [(50, 10, 60, 20, "right", 0, 0, 0), (0, 12, 10, 22, "left", 0, 0, 1), (0, 100, 9, 109, "far", 1, 0, 0)],
    [(0, 10, 10, 20, "x", 0, 0, 0), (0, 13, 10, 23.5, "y", 0, 0, 1), (0, 16, 10, 27, "z", 0, 0, 2)],
])
def test_edge_cases_sort_as_pymupdf_sorts_them(words):
    assert sorted_words(list(words)) == _pymupdf_sort(list(words))


def _pymupdf_sort(words):
    """PyMuPDF's own sort_words (pymupdf.utils.get_text_words), applied to given words."""
    if not words:
        return []
    words.sort(key=lambda w: (w[3], w[0]))
    out, line, box = [], [words[0]], pymupdf.Rect(words[0][:4])
    for w in words[1:]:
        r = pymupdf.Rect(w[:4])
        if abs(r.y0 - box.y0) <= 3 or abs(r.y1 - box.y1) <= 3:
            line.append(w)
            box |= r
        else:
            line.sort(key=lambda w: w[0])
            out.extend(line)
            line, box = [w], r
    line.sort(key=lambda w: w[0])
    return out + line
