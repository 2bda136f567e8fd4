"""Quasi-identifiers on the labelled development contracts (tests/data/cuad_dev_quasi.json), per class:
recall (labelled spans whose every non-space character lies under something the tool proposes, as TAB
counts a mention masked) and precision (the tool's findings of the class that overlap a labelled span),
for Clearance and for plain Presidio on the same labels, in one run."""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.precision import CUAD, SUPPRESSED, plain_presidio_findings  # noqa: E402

LABELS = ROOT / "tests" / "data" / "cuad_dev_quasi.json"
OUT = ROOT / "bench" / "results" / "quasi.txt"
CLASSES = ("DATE_TIME", "MONEY", "QUANTITY", "REFERENCE_CODE", "PLACE", "ORGANISATION", "DEMOGRAPHIC")
# Plain Presidio's entity types by the class they stand for (it has none for sums and quantities).
PRESIDIO_CLASS = {"DATE_TIME": "DATE_TIME", "LOCATION": "PLACE", "NRP": "DEMOGRAPHIC", "ORGANIZATION": "ORGANISATION",
                  "US_BANK_NUMBER": "REFERENCE_CODE", "US_DRIVER_LICENSE": "REFERENCE_CODE",
                  "US_PASSPORT": "REFERENCE_CODE", "US_ITIN": "REFERENCE_CODE", "MEDICAL_LICENSE": "REFERENCE_CODE"}


def label_spans(page_text: str, rows: list[dict]) -> list[tuple[str, int, int]]:
    """(class, start, end) of every whole-word occurrence of each labelled text on the page, less those
    inside a longer labelled span ("2010" in "January 1, 2010")."""
    spans = []
    for row in rows:
        regex = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, row["text"].split())) + r"(?!\w)")
        found = [(row["class"], m.start(), m.end()) for m in regex.finditer(page_text)]
        if not found:
            raise ValueError(f"label not on page {row['page']}: {row['text']!r}")
        spans += found
    return sorted({s for s in spans if not any(o != s and o[1] <= s[1] and s[2] <= o[2] for o in spans)},
                  key=lambda s: s[1])


class Tally:
    def __init__(self, name: str):
        self.name = name
        self.labelled: Counter = Counter()
        self.covered: Counter = Counter()
        self.found: Counter = Counter()  # the tool's findings per class
        self.right: Counter = Counter()  # of which overlap a labelled span
        self.missed: list[str] = []
        self.wrong: list[str] = []

    def add(self, contract: str, page_text: str, spans, findings: list[tuple[str, int, int]], masks) -> None:
        """`findings`: (class, start, end) of the tool's quasi-identifier findings on the page; `masks`:
        (start, end) of everything it proposes there, direct identifiers included."""
        masked = {i for s, e in masks for i in range(s, e)}
        for cls, start, end in spans:
            self.labelled[cls] += 1
            hit = all(i in masked for i in range(start, end) if not page_text[i].isspace())
            self.covered[cls] += hit
            if not hit:
                self.missed.append(f"{contract[:30]}: {cls} {' '.join(page_text[start:end].split())!r}")
        for cls, start, end in findings:
            self.found[cls] += 1
            right = any(s < end and start < e for _c, s, e in spans)
            self.right[cls] += right
            if not right:
                self.wrong.append(f"{contract[:30]}: {cls} {' '.join(page_text[start:end].split())!r}")

    def lines(self) -> list[str]:
        def ratio(a: int, b: int) -> str:
            return f"{a}/{b} = {a / b:.2f}" if b else f"{a}/0 =  -  "

        out = [f"{self.name}"]
        for cls in (*CLASSES, "all"):
            pick = CLASSES if cls == "all" else (cls,)
            lab, cov = sum(self.labelled[c] for c in pick), sum(self.covered[c] for c in pick)
            found, right = sum(self.found[c] for c in pick), sum(self.right[c] for c in pick)
            out.append(f"  {cls:<15} recall {ratio(cov, lab):<16} precision {ratio(right, found)}")
        return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--missed", action="store_true", help="list the labelled spans each tool missed")
    args = parser.parse_args()
    from bench.plain import plain_presidio
    from desktop.core.detect import DetectorPool, detect_document
    from desktop.core.detect.analyzer import DEFAULT_MODEL, model_name
    from desktop.core.model import QUASI_TYPES
    from desktop.core.pdf import extract_pages, open_path
    from desktop.core.runtime.offline import make_offline

    make_offline()
    data = json.loads(LABELS.read_text(encoding="utf-8"))
    by_contract: dict[str, dict[int, list]] = defaultdict(lambda: defaultdict(list))
    for row in data["labels"]:
        by_contract[row["contract"]][row["page"]].append(row)
    model = model_name(None) or DEFAULT_MODEL
    analyzer = plain_presidio(model)
    plain, ours = Tally("plain Presidio"), Tally("Clearance")
    start = time.perf_counter()
    with DetectorPool(workers=1) as pool:
        for contract, rows_by_page in sorted(by_contract.items()):
            doc, _ = open_path(CUAD / "pdf" / contract)
            pages = extract_pages(doc)
            found = [f for f in detect_document(pages, pool) if f.status != SUPPRESSED and f.start >= 0]
            presidio = plain_presidio_findings(analyzer, pages)
            for page in pages:
                spans = label_spans(page.text, rows_by_page.get(page.number + 1, []))
                on_page = [f for f in found if f.page == page.number]
                ours.add(contract, page.text, spans, [(f.entity_type, f.start, f.end) for f in on_page
                                                      if f.entity_type in QUASI_TYPES],
                         [(f.start, f.end) for f in on_page])
                theirs = [f for f in presidio if f.page == page.number]
                plain.add(contract, page.text, spans, [(PRESIDIO_CLASS[f.entity_type], f.start, f.end) for f in theirs
                                                       if f.entity_type in PRESIDIO_CLASS],
                          [(f.start, f.end) for f in theirs])
    lines = [f"{len(by_contract)} labelled development contracts ({CUAD.name}), model {model}, labels {LABELS.name}, "
             f"{time.perf_counter() - start:.0f} s",
             "recall: labelled spans wholly under anything the tool proposes; precision: the tool's findings of "
             "the class that overlap a labelled span (plain Presidio finds no sums or quantities)",
             *ours.lines(), *plain.lines()]
    if args.missed:
        lines += ["missed by Clearance:", *[f"  {m}" for m in ours.missed],
                  "proposed by Clearance outside the labels:", *[f"  {m}" for m in ours.wrong]]
    text = "\n".join(lines)
    print(text)
    if not args.missed:
        OUT.parent.mkdir(parents=True, exist_ok=True)
        OUT.write_text(text + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
