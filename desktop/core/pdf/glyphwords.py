"""Words from glyph geometry: letter-spaced, per-glyph positioned and justified text read as people see it."""

from __future__ import annotations

# A gap this much wider (in font sizes) than the line's usual gap between letters is a word space.
# A space is 0.25-0.28 of the size in the usual fonts; letter tracking adds the same to every gap.
WORD_GAP = 0.15
# Two runs of text on one baseline further apart than this (in font sizes) are table cells or
# columns; closer, they are words of one justified line that MuPDF split.
CELL_GAP = 0.6


def line_glyphs(line: dict) -> list[tuple[dict, dict]]:
    """(char, span) of one rawdict line with MuPDF's guessed spaces kept only where the gap is a
    word gap. MuPDF inserts a "synthetic" space wherever glyphs stand apart, so a name set with
    wide letter spacing, or glyph by glyph, reads "H a l v o r s e n"; a person (and pdftotext)
    reads "Halvorsen". Spaces that are in the file are always kept."""
    chars = [(ch, span) for span in line["spans"] for ch in span["chars"]]
    if tuple(line["dir"]) != (1.0, 0.0) or not any(ch.get("synthetic") for ch, _ in chars):
        return chars
    glyphs = [i for i, (ch, _) in enumerate(chars) if not ch["c"].isspace()]
    pairs = list(zip(glyphs, glyphs[1:]))
    tight = sorted(_gap(chars, a, b) for a, b in pairs if not _real_space_between(chars, a, b))
    if not tight:
        return chars
    usual = tight[(len(tight) - 1) // 2]  # the lower median: most gaps of a line are inside words
    drop: set[int] = set()
    for a, b in pairs:
        between = range(a + 1, b)
        if between and all(chars[i][0].get("synthetic") for i in between):
            size = max(chars[a][1]["size"], 1.0)
            if _gap(chars, a, b) <= usual + WORD_GAP * size:
                drop.update(between)
    return [c for i, c in enumerate(chars) if i not in drop]


def _gap(chars, a: int, b: int) -> float:
    return chars[b][0]["bbox"][0] - chars[a][0]["bbox"][2]


def _real_space_between(chars, a: int, b: int) -> bool:
    return any(not chars[i][0].get("synthetic") for i in range(a + 1, b))


def is_next_cell(previous: dict, line: dict) -> bool:
    """A line that starts well to the right of the previous one on the same baseline is the next
    cell of a table row (or the next column), not the continuation of a sentence; a line that
    starts a word space away is the rest of a justified line that MuPDF cut at a wide space."""
    _x0, top, right, bottom = previous["bbox"]
    next_left, _top, _right, next_bottom = line["bbox"]
    height = max(bottom - top, 1.0)
    if tuple(line["dir"]) != (1.0, 0.0) or next_left < right - 0.5 or abs(next_bottom - bottom) >= height / 2:
        return False
    size = max((s["size"] for s in previous["spans"]), default=height)
    return next_left - right >= CELL_GAP * size
