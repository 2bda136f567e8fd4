"""Black fills cover the glyphs they remove and nothing of their neighbours, and the neighbours stay
where they were, on generated contracts."""

from __future__ import annotations

import pymupdf
import pytest

from desktop.core.model import Finding, Status
from desktop.core.pdf import extract_page
from desktop.core.redaction.redact import fill_rects, redact_pdf
from devkit.corpus import generate_contract

NOT_PROPOSED = {"DATE", "AMOUNT"}  # in the ground truth, never redacted
MAX_SHARE = 0.10  # of a neighbouring character's box that a fill may cover


def _area(r) -> float:
    return max(0.0, r[2] - r[0]) * max(0.0, r[3] - r[1])


def _overlap(a, b) -> float:
    return _area((max(a[0], b[0]), max(a[1], b[1]), min(a[2], b[2]), min(a[3], b[3])))


def _findings(contract) -> dict[int, list[Finding]]:
    doc = pymupdf.open(stream=contract.pdf, filetype="pdf")
    pages = [extract_page(p) for p in doc]
    doc.close()
    out: dict[int, list[Finding]] = {}
    for t in contract.truth:
        if str(t.type) in NOT_PROPOSED:
            continue
        page = pages[t.page]
        out.setdefault(t.page, []).append(Finding(t.page, t.start, t.end, str(t.type), page.text[t.start:t.end],
                                                  page.span_boxes(t.start, t.end), status=Status.CONFIRMED))
    return {n: (pages[n], fs) for n, fs in out.items()}


@pytest.mark.parametrize("seed", [1000, 1001, 1002, 1003, 1004, 1005])
def test_no_neighbouring_character_is_under_a_fill_and_every_one_survives(seed):
    contract = generate_contract(seed)
    by_page = _findings(contract)
    redacted = pymupdf.open(stream=redact_pdf(contract.pdf, [f for _, fs in by_page.values() for f in fs]),
                            filetype="pdf")
    checked = 0
    for number, (page, findings) in by_page.items():
        removed = {i for f in findings for i in range(f.start, f.end)}
        fills = [r for f in findings for r in fill_rects(f)]
        neighbours = [i for i, box in enumerate(page.boxes)
                      if box is not None and i not in removed and not page.text[i].isspace() and _area(box) > 0]
        for i in neighbours:
            share = max(_overlap(page.boxes[i], r) for r in fills) / _area(page.boxes[i])
            assert share <= MAX_SHARE, f"page {number}: {page.text[max(i - 10, 0):i + 10]!r} is {share:.0%} covered"
        kept = "".join(page.text[i] for i in neighbours)
        out = extract_page(redacted.load_page(number))
        after = [(c, box) for c, box in zip(out.text, out.boxes) if not c.isspace()]
        assert kept == "".join(c for c, _ in after), f"page {number}: a neighbouring character was removed"
        # ... and stays where it was: text after a removed name must not slide under the fill
        moved = [page.text[max(i - 8, 0):i + 8] for i, (_, box) in zip(neighbours, after)
                 if box is not None and abs(box[0] - page.boxes[i][0]) > 0.5]
        assert not moved, f"page {number}: {len(moved)} characters moved, e.g. {moved[0]!r}"
        checked += len(neighbours)
    redacted.close()
    assert checked > 500
