"""Address-component recall on the development contracts: the share of labelled components (house
number, street, unit, city, state, postcode, country) whose every non-space character lies under a
proposed finding, under a proposed ADDRESS finding, and addresses proposed whole by one finding."""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.precision import CUAD, SUPPRESSED  # noqa: E402

LABELS = ROOT / "tests" / "data" / "cuad_dev_addresses.json"
OUT = ROOT / "bench" / "results" / "addresses.txt"
KINDS = ("house_number", "street", "unit", "city", "state", "postcode", "country")
ADDRESS = "ADDRESS"


def locate(page_text: str, row: dict) -> list[tuple[str, int, int]]:
    """(kind, start, end) of each labelled component of an address on its page."""
    at = -1
    for _ in range(row.get("occurrence", 0) + 1):
        at = page_text.find(row["text"], at + 1)
    if at < 0:
        raise ValueError(f"address not on page {row['page']}: {row['text']!r}")
    out, cursor = [], at
    for kind, text in row["components"]:
        start = page_text.index(text, cursor, at + len(row["text"]))
        out.append((kind, start, start + len(text)))
        cursor = start + len(text)
    return out


def covered(page_text: str, start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return all(any(s <= i < e for s, e in spans) for i in range(start, end) if not page_text[i].isspace())


class Tally:
    def __init__(self):
        self.total: Counter = Counter()
        self.any: Counter = Counter()  # under any proposed finding
        self.address: Counter = Counter()  # under proposed ADDRESS findings
        self.wrong_type: Counter = Counter()  # (kind, type) of a finding over a component that is no ADDRESS
        self.addresses = self.whole = 0
        self.missed: list[str] = []

    def add(self, contract: str, pages: dict, findings, rows: list[dict]) -> None:
        kept = [f for f in findings if f.status != SUPPRESSED and f.start >= 0]
        for row in rows:
            text = pages[row["page"] - 1].text
            on_page = [f for f in kept if f.page == row["page"] - 1]
            spans = [(f.start, f.end) for f in on_page]
            address_spans = [(f.start, f.end) for f in on_page if f.entity_type == ADDRESS]
            parts = locate(text, row)
            for kind, start, end in parts:
                self.total[kind] += 1
                self.any[kind] += covered(text, start, end, spans)
                self.address[kind] += covered(text, start, end, address_spans)
                for f in on_page:
                    if f.entity_type != ADDRESS and f.start < end and start < f.end:
                        self.wrong_type[(kind, f.entity_type)] += 1
                if not covered(text, start, end, spans):
                    self.missed.append(f"{contract[:30]} p{row['page']}: {kind} {text[start:end]!r}")
            self.addresses += 1
            self.whole += any(all(covered(text, s, e, [span]) for _k, s, e in parts) for span in address_spans)

    def lines(self) -> list[str]:
        total = sum(self.total.values())
        out = [f"{'component':<13} {'labelled':>8} {'under a proposal':>18} {'under an ADDRESS':>18}"]
        for kind in KINDS:
            n = self.total[kind]
            out.append(f"{kind:<13} {n:>8} {self.any[kind]:>9} = {self.any[kind] / max(n, 1):.3f}"
                       f" {self.address[kind]:>9} = {self.address[kind] / max(n, 1):.3f}")
        out.append(f"{'all':<13} {total:>8} {sum(self.any.values()):>9} = {sum(self.any.values()) / max(total, 1):.3f}"
                   f" {sum(self.address.values()):>9} = {sum(self.address.values()) / max(total, 1):.3f}")
        out.append(f"addresses proposed whole by one ADDRESS finding: {self.whole}/{self.addresses} = "
                   f"{self.whole / max(self.addresses, 1):.3f}")
        out.append("components overlapped by a finding of another type: " + (", ".join(
            f"{kind} as {etype} {n}" for (kind, etype), n in self.wrong_type.most_common()) or "none"))
        return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--details", action="store_true", help="list the components left readable")
    parser.add_argument("--out", type=Path, default=OUT, help=f"where to write the output (default {OUT})")
    args = parser.parse_args()
    from desktop.core.detect import DetectorPool, detect_document, detector_version
    from desktop.core.pdf import extract_pages, open_path
    from desktop.core.runtime.offline import make_offline

    make_offline()
    labels = json.loads(LABELS.read_text(encoding="utf-8"))["contracts"]
    tally, start = Tally(), time.perf_counter()
    where: dict[str, Tally] = {}
    with DetectorPool(workers=args.workers) as pool:
        for path in sorted((CUAD / "pdf").iterdir()):
            if path.name not in labels:
                continue
            doc, _ = open_path(path)
            pages = extract_pages(doc)
            findings = detect_document(pages, pool)
            tally.add(path.name, pages, findings, labels[path.name])
            for row in labels[path.name]:
                where.setdefault(row["where"], Tally()).add(path.name, pages, findings, [row])
    lines = [f"{tally.addresses} addresses in {len(labels)} development contracts ({CUAD.name}), {detector_version()}, "
             f"labels {LABELS.name}, {time.perf_counter() - start:.0f} s", *tally.lines(),
             "all components under a proposal, by where the address stands: " + ", ".join(
                 f"{w} {sum(t.any.values())}/{sum(t.total.values())}" for w, t in sorted(where.items()))]
    if args.details:
        lines += ["components left readable:", *[f"  {m}" for m in tally.missed]]
    text = "\n".join(lines)
    print(text)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
