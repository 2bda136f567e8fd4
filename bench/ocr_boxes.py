"""OCR character boxes on scanned generated contracts: how many party and person names a span's box
covers to the name's last glyph, with boxes from the rendering's ink against Tesseract's word box
split evenly (the baseline, in the same run), and what the ink costs per page once OCR has read it."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pymupdf  # noqa: E402

from desktop.core.pdf import extract_page, inkboxes  # noqa: E402
from desktop.core.runtime.offline import make_offline  # noqa: E402
from devkit.corpus import generate_contract  # noqa: E402
from devkit.corpus.scans import as_scan  # noqa: E402

SEED = 5000
SLACK = 0.5  # points a box may fall short of the name's extent in the text it was scanned from


def even_split(text, box, image=None):
    """The boxes before inkboxes: the word's width in equal shares."""
    x0, y0, x1, y1 = box
    step = (x1 - x0) / max(len(text), 1)
    return [(x0 + i * step, y0, x0 + (i + 1) * step, y1) for i in range(len(text))]


def scanned(contracts: int, dpi: int):
    """(truth names per page, the text pages, the scanned pages) of generated contracts, first two pages."""
    for seed in range(SEED, SEED + contracts):
        c = generate_contract(seed)
        pages = [0, 1]
        # no skew: the text the scan came from must still say where each name is
        scan = pymupdf.open(stream=as_scan(c.pdf, dpi=dpi, pages=pages, seed=seed, skew=0.0), filetype="pdf")
        src = pymupdf.open(stream=c.pdf, filetype="pdf")
        for k, n in enumerate(pages):
            names = {t.text for t in c.truth if t.page == n and t.type in ("PERSON", "COMPANY") and "\n" not in t.text}
            yield names, src.load_page(n), scan.load_page(k)


def score(pages) -> tuple[int, int, int, float]:
    """(name occurrences, covered, ending short, seconds reading the pages)."""
    total = covered = short = 0
    seconds = 0.0
    for names, truth, page in pages:
        start = time.perf_counter()
        text = extract_page(page)
        seconds += time.perf_counter() - start
        for name in names:
            rects = sorted(truth.search_for(name), key=lambda r: (round(r.y0), r.x0))
            starts = [i for i in range(len(text.text)) if text.text.startswith(name, i)]
            if len(rects) != len(starts):  # OCR misread an occurrence: not a box question
                continue
            for at, rect in zip(starts, rects):
                boxes = text.span_boxes(at, at + len(name))
                if len(boxes) != 1:
                    continue
                x0, _, x1, _ = boxes[0]
                total += 1
                covered += x0 <= rect.x0 + SLACK and x1 >= rect.x1 - SLACK
                short += x1 < rect.x1 - SLACK
    return total, covered, short, seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--contracts", type=int, default=8)
    parser.add_argument("--dpi", type=int, default=200)
    args = parser.parse_args()
    make_offline()
    pages = list(scanned(args.contracts, args.dpi))
    *_, reading = score(pages)  # OCR reads every page once; both runs below find it in the cache
    ink = inkboxes.char_boxes
    results = {}
    for name, boxes in (("even split", even_split), ("ink", ink)):
        inkboxes.char_boxes = boxes
        results[name] = score(pages)
    inkboxes.char_boxes = ink
    print(f"{args.contracts} generated contracts, {len(pages)} pages scanned at {args.dpi} dpi (JPEG 60), "
          f"party and person names (a box within {SLACK} pt of the name's extent):")
    for name, (total, covered, short, seconds) in results.items():
        print(f"  {name:10}  {covered}/{total} covered, {short} end short of the name's last glyph, "
              f"{seconds / len(pages) * 1000:.0f} ms a page after OCR")
    print(f"  (reading a page with OCR the first time: {reading / len(pages) * 1000:.0f} ms)")


if __name__ == "__main__":
    main()
