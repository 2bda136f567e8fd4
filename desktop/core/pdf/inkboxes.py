"""A box per character of an OCR word from the ink the word shows in the rendered page."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Tesseract gives one box per word. Split evenly over `“ZORBALT”),` the letters' boxes drift left of
# their glyphs (the four narrow marks get as much room as a letter), the name's box stops a glyph
# short and its last letter survives the redaction. A table of glyph widths would fit one typeface;
# the rendered pixels fit all: columns with ink in them form runs (a glyph, a mark, or glyphs that
# touch) with blank columns between, and the word's characters are matched to the runs in order. The
# expected widths below only choose between matchings; the blank columns place the edges. Then the
# doubt goes to the letters: each character's box reaches across the blank columns to its
# neighbours' ink and a little into it, a letter that touches a mark (`a,` in a tight serif face, an
# italic `k”`) takes the whole run, and a mark's run wider than a mark is lent to the letter beside
# it. A box may cover part of a comma; it must not leave part of a letter beside a redaction.

MAX_PARTS = 4  # at most this many runs make one character (`“`, a broken glyph)
MAX_TOUCHING = 8  # at most this many characters make one run (italics, a smudge)
SPLIT_COST = 0.6  # of a letter's width: one character read as two runs, or two touching characters
MIN_CONTRAST = 60  # grey levels between paper and ink below which the box shows no ink to measure
RULE_SHARE = 0.9  # a row inked across this share of the word is an underline or a rule, not glyphs
MARGIN = 0.08  # of the word's height, added beyond the first and last ink of the word

# Expected ink width, in letters: a mark is narrow, a stem thin, an m wide. Only their order
# matters much; the blank columns decide where one glyph ends.
_NARROW = dict.fromkeys(".,:;'‘’`!|", 0.2) | dict.fromkeys("iIjlíì1", 0.3) | dict.fromkeys("“”\"„«»", 0.45)
_WIDTHS = (_NARROW | dict.fromkeys("()[]{}-/\\", 0.35) | dict.fromkeys("ftr", 0.55)
           | dict.fromkeys("mwMW@%", 1.4) | dict.fromkeys("—", 1.5))
# Characters drawn in parts side by side: their parts are expected as separate runs.
_IN_PARTS = set("“”\"„«»%")


# For each threshold, a table that marks the grey levels below it as ink (1) and the rest as paper (0).
_INK_BELOW = [bytes(v < threshold for v in range(256)) for threshold in range(257)]
_RUN = re.compile(b"\x01+")


@dataclass(frozen=True)
class Grey:
    """A one-channel image: `stride` bytes a row, 0 black, 255 white."""

    samples: bytes
    width: int
    height: int
    stride: int


def char_boxes(text: str, box: tuple, image: Grey | None = None) -> list[tuple[float, float, float, float]]:
    """A box per character of the word `text`, read by OCR at `box` (pixels of `image`, the rendering
    OCR read). Without an image, or where the box shows no ink to measure, the word's width is shared
    out by the characters' expected widths."""
    x0, y0, x1, y1 = box
    if not text:
        return []
    runs = _ink_runs(image, box) if image is not None else []
    if not runs:
        return [(a, y0, b, y1) for a, b in _within(text, x0, x1)]
    spans = _match(text, runs)
    if spans is None:  # the ink runs together (italics, a smudge): one run for the whole word
        spans = _within(text, runs[0][0], runs[-1][1])
    margin = max(1.0, MARGIN * (y1 - y0))
    return [(a, y0, b, y1) for a, b in _bridged(spans, margin)]


def _ink_runs(image: Grey, box: tuple) -> list[tuple[int, int]]:
    """Runs [start, end) of columns with ink, in the word's rows, that touch the word's box; ink
    that runs on past the box's edge (Tesseract's boxes can clip a glyph) is followed a little way."""
    left, top, right, bottom = (int(round(v)) for v in box)
    top, bottom = max(top, 0), min(bottom, image.height)
    reach = max(2, (bottom - top) // 2)
    start, end = max(left - reach, 0), min(right + reach, image.width)
    if bottom <= top or end <= start or right <= left:
        return []
    rows = [image.samples[y * image.stride + start:y * image.stride + end] for y in range(top, bottom)]
    inside = b"".join(row[left - start:right - start] for row in rows)
    darkest, paper = min(inside), max(inside)
    if paper - darkest < MIN_CONTRAST:
        return []
    ink = _INK_BELOW[(darkest + paper + 1) // 2]
    marked = [row.translate(ink) for row in rows]
    columns = 0
    for row in marked:
        if row[left - start:right - start].count(1) < RULE_SHARE * (right - left):
            columns |= int.from_bytes(row, "big")
    runs = ((start + m.start(), start + m.end()) for m in _RUN.finditer(columns.to_bytes(end - start, "big")))
    return [(a, b) for a, b in runs if b >= left and a <= right]  # touching the box, or a column from it


def _match(text: str, runs: list[tuple[int, int]]) -> list[tuple[float, float]] | None:
    """(start, end) of each character: the characters matched in order to the ink
    runs, one character to one or more runs or several characters to one run, at the least cost in
    widths unlike the expected ones. None when no matching exists (far more runs than characters)."""
    n, m = len(text), len(runs)
    weights = [_WIDTHS.get(c, 1.0) for c in text]
    unit = sum(b - a for a, b in runs) / sum(weights)
    if unit <= 0:
        return None
    starts = [a / unit for a, _ in runs]
    ends = [b / unit for _, b in runs]
    if n == m and not _IN_PARTS.intersection(text) and \
            sum(abs(e - s - w) for s, e, w in zip(starts, ends, weights)) <= 2 * SPLIT_COST:
        # one run a character, close to the expected widths: any other matching splits one and
        # joins two, which costs more than this one's differences from the widths
        groups = [(i, 1, i, 1) for i in range(n)]
        return _spans(text, runs, groups, weights, unit)
    before = [0.0]  # expected width of the characters before each
    for w in weights:
        before.append(before[-1] + w)
    split = [0.0 if c in _IN_PARTS else SPLIT_COST for c in text]
    inf = float("inf")
    cost = [[inf] * (m + 1) for _ in range(n + 1)]
    step: list[list[tuple[int, int] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    for i in range(n):
        row = cost[i]
        for j in range(m):
            here = row[j]
            if here == inf:
                continue
            for k in range(1, min(MAX_PARTS, m - j) + 1):  # one character, k runs
                c = here + abs(ends[j + k - 1] - starts[j] - weights[i]) + (k - 1) * split[i]
                if c < cost[i + 1][j + k]:
                    cost[i + 1][j + k], step[i + 1][j + k] = c, (1, k)
            width = ends[j] - starts[j]
            for k in range(2, min(MAX_TOUCHING, n - i) + 1):  # k characters, one run
                c = here + abs(width - before[i + k] + before[i]) + (k - 1) * SPLIT_COST
                if c < cost[i + k][j + 1]:
                    cost[i + k][j + 1], step[i + k][j + 1] = c, (k, 1)
    if cost[n][m] == inf:
        return None
    groups = []  # (first character, characters, first run, runs)
    i, j = n, m
    while i or j:
        chars, count = step[i][j]  # type: ignore[misc]
        groups.append((i - chars, chars, j - count, count))
        i, j = i - chars, j - count
    return _spans(text, runs, groups[::-1], weights, unit)


def _spans(text: str, runs: list[tuple[int, int]], groups: list[tuple[int, int, int, int]], weights: list[float],
           unit: float) -> list[tuple[float, float]]:
    """(start, end) of each character, from the groups of characters and runs matched together."""
    spans: list[list[float]] = [[0.0, 0.0] for _ in text]
    for first, chars, run, count in groups:
        a, b = runs[run][0], runs[run + count - 1][1]
        if chars == 1:
            spans[first] = [a, b]
        else:
            spans[first:first + chars] = [list(span) for span in _within(text[first:first + chars], a, b)]
    for first, chars, _run, _count in groups:
        if chars == 1 and _is_mark(text[first]):
            _lend_mark_ink(text, spans, first, weights[first] * unit)
    return [(a, b) for a, b in spans]


def _lend_mark_ink(text: str, spans: list[list[float]], i: int, expected: float) -> None:
    """A mark's ink wider than a mark is expected to be (a letter's tail or arm that reaches into it, a
    second blob the widths gave it) may be the letter's beside it: that letter's box reaches over it
    but for the mark's expected width. Covering part of a comma costs nothing; leaving an arm of a
    letter beside a redaction can cost the name."""
    a, b = spans[i]
    if i and text[i - 1].isalnum():
        spans[i - 1][1] = max(spans[i - 1][1], b - expected)
    if i + 1 < len(text) and text[i + 1].isalnum():
        spans[i + 1][0] = min(spans[i + 1][0], a + expected)


def _is_mark(c: str) -> bool:
    return not c.isalnum() and c not in _IN_PARTS


def _within(text: str, a: float, b: float) -> list[tuple[float, float]]:
    """Characters that share one stretch of ink: the stretch shared by expected width, and a letter's
    share grown over the marks beside it (their ink touches, so no column tells where the letter ends)."""
    weights = [_WIDTHS.get(c, 1.0) for c in text]
    unit = (b - a) / sum(weights)
    edges = [a]
    for w in weights:
        edges.append(edges[-1] + w * unit)
    spans = []
    for i, c in enumerate(text):
        lo, hi = i, i + 1
        if c.isalnum():
            while lo > 0 and not text[lo - 1].isalnum():
                lo -= 1
            while hi < len(text) and not text[hi].isalnum():
                hi += 1
        spans.append((edges[lo], edges[hi]))
    return spans


def _bridged(spans: list[tuple[float, float]], margin: float) -> list[tuple[float, float]]:
    """Each character's ink reaching across the blank columns on either side to its neighbours' ink,
    and past the word's first and last ink by `margin`: the faint edge of a glyph is in no run."""
    last = len(spans) - 1
    return [(a - margin if i == 0 else min(a - margin, spans[i - 1][1]),
             b + margin if i == last else max(b + margin, spans[i + 1][0])) for i, (a, b) in enumerate(spans)]
