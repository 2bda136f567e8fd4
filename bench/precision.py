"""Precision per distinct proposal, party-name occurrence recall and distinct proposals per contract
on the development contracts, for plain Presidio and for Clearance, in one run."""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CUAD = ROOT.parent / "shared" / "corpus" / "cuad-dev"
LABELS = ROOT / "tests" / "data" / "cuad_dev_labels.json"
OUT = ROOT / "bench" / "results" / "precision.txt"
SUPPRESSED = "suppressed"  # a finding judged to identify no one: stored, not proposed


def key(text: str) -> str:
    return " ".join(text.split()).casefold()


def load_labels(path: Path = LABELS) -> dict[tuple[str, str], dict]:
    rows = json.loads(path.read_text(encoding="utf-8"))["proposals"]
    return {(r["contract"], key(r["text"])): r for r in rows}


def proposals(findings) -> dict[str, list]:
    """Distinct proposed texts (case and whitespace folded); suppressed findings are not proposals."""
    out: dict[str, list] = {}
    for f in findings:
        if f.status != SUPPRESSED:
            out.setdefault(key(f.text), []).append(f)
    return out


def party_recall(contract: str, pages, findings, parties: dict) -> tuple[int, int, list[str]]:
    """Occurrences of the annotated party names (case-insensitive, any whitespace) whose every
    non-space character lies under a proposed finding."""
    found = total = 0
    missed = []
    kept = [f for f in findings if f.status != SUPPRESSED and f.start >= 0]
    for party in parties[contract]["names"]:
        regex = re.compile(r"\s+".join(map(re.escape, party.split())), re.IGNORECASE)
        for page in pages:
            covered = {i for f in kept if f.page == page.number for i in range(f.start, f.end)}
            for m in regex.finditer(page.text):
                total += 1
                hit = all(i in covered for i in range(m.start(), m.end()) if not page.text[i].isspace())
                found += hit
                if not hit:
                    missed.append(f"{party} (page {page.number + 1})")
    return found, total, missed


class Tally:
    def __init__(self, name: str, split_quasi: bool = False):
        self.name, self.true, self.false, self.unlabelled = name, 0, 0, 0
        # Clearance's quasi-identifiers (dates, amounts, codes, places) are treated by class, not proposed
        # as names: counted apart per contract, never in the direct figures
        self.split_quasi = split_quasi
        self.quasi: list[tuple[str, Counter]] = []
        self.found = self.total = self.contracts = 0
        self.false_by_category: Counter = Counter()
        self.per_contract: list[tuple[str, int, int]] = []  # contract, distinct proposals, of which true
        self.unknown: list[tuple[str, str]] = []
        self.missed: list[str] = []
        self.support: Counter = Counter()  # (what supported a distinct text, its label) -> count

    def add(self, contract: str, pages, findings, labels: dict, parties: dict) -> None:
        if self.split_quasi:
            self.quasi.append((contract, Counter(f.entity_type for f in findings
                                                 if f.identifier == "quasi" and f.status != SUPPRESSED)))
            findings = [f for f in findings if f.identifier == "direct"]
        distinct = proposals(findings)
        true = 0
        for k, group in distinct.items():
            row = labels.get((contract, k))
            if row is None:
                self.unlabelled += 1
                self.unknown.append((contract, " ".join(group[0].text.split())))
            elif row["label"]:
                self.true += 1
                true += 1
            else:
                self.false += 1
                self.false_by_category[row["category"]] += 1
        seen = set()
        for f in findings:
            row = labels.get((contract, key(f.text)))
            reasons = f.explanation.get("reasons") or ["(none)"]
            support = SUPPRESSED if f.status == SUPPRESSED else reasons[0]
            if row is not None and (support, key(f.text)) not in seen:
                seen.add((support, key(f.text)))
                self.support[(support, row["label"])] += 1
        found, total, missed = party_recall(contract, pages, findings, parties)
        self.found, self.total = self.found + found, self.total + total
        self.missed += [f"{contract[:30]}: {m}" for m in missed]
        self.contracts += 1
        self.per_contract.append((contract, len(distinct), true))

    def calibration(self) -> list[str]:
        """Per support: identifying / all distinct labelled texts, and (true + 1) / (all + 2)."""
        out = []
        for support in sorted({s for s, _label in self.support}):
            true, false = self.support[(support, True)], self.support[(support, False)]
            out.append(f"  {support:<22} {true:>4}/{true + false:<4} -> {(true + 1) / (true + false + 2):.2f}")
        return out

    def lines(self) -> list[str]:
        labelled = self.true + self.false
        distinct = labelled + self.unlabelled
        return [f"{self.name:<15} precision per distinct proposal {self.true}/{labelled} = "
                f"{self.true / max(labelled, 1):.3f} ({self.unlabelled} unlabelled)  "
                f"party-name recall {self.found}/{self.total} = {self.found / max(self.total, 1):.3f}  "
                f"distinct proposals per contract {distinct / max(self.contracts, 1):.1f} "
                f"(max {max((n for _c, n, _t in self.per_contract), default=0)})",
                "  false proposals by category: " + ", ".join(f"{c} {n}" for c, n in self.false_by_category.most_common())]


def plain_presidio_findings(analyzer, pages):
    from desktop.core.detect.spans import result_to_dict, to_findings

    return [f for p in pages for f in to_findings(p, [result_to_dict(r) for r in analyzer.analyze(p.text, language="en")])]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--details", action="store_true", help="list unlabelled proposals and missed names")
    parser.add_argument("--calibrate", action="store_true", help="print each support's share of identifying texts")
    args = parser.parse_args()
    from bench.plain import plain_presidio
    from desktop.core.detect import DetectorPool, detect_document
    from desktop.core.detect.analyzer import DEFAULT_MODEL, model_name
    from desktop.core.pdf import extract_pages, open_path
    from desktop.core.runtime.offline import make_offline

    make_offline()
    labels, parties = load_labels(), json.loads((CUAD / "parties.json").read_text())
    model = model_name(None) or DEFAULT_MODEL
    analyzer = plain_presidio(model)
    plain, ours = Tally("plain Presidio"), Tally("Clearance", split_quasi=True)
    start = time.perf_counter()
    with DetectorPool(workers=args.workers) as pool:
        for path in sorted((CUAD / "pdf").iterdir()):
            doc, _ = open_path(path)
            pages = extract_pages(doc)
            plain.add(path.name, pages, plain_presidio_findings(analyzer, pages), labels, parties)
            ours.add(path.name, pages, detect_document(pages, pool), labels, parties)
    lines = [f"{ours.contracts} development contracts ({CUAD.name}), model {model}, labels {LABELS.name}, "
             f"{time.perf_counter() - start:.0f} s", *plain.lines(), *ours.lines(),
             "per contract (Clearance): distinct proposals / of which identifying",
             *[f"  {c[:60]:<60} {n:>3} / {t:>3}" for c, n, t in ours.per_contract],
             "quasi-identifier findings per contract (Clearance, apart from the figures above; approved per class):",
             *[f"  {c[:60]:<60} {sum(n.values()):>4}  " + ", ".join(f"{t} {k}" for t, k in sorted(n.items()))
               for c, n in ours.quasi]]
    if args.calibrate:
        lines += ["calibration (Clearance): support, identifying/all distinct texts -> confidence", *ours.calibration()]
    if args.details:
        lines += ["unlabelled proposals:", *[f"  {c[:30]}: {t}" for c, t in ours.unknown],
                  "missed party-name occurrences:", *[f"  {m}" for m in ours.missed]]
    text = "\n".join(lines)
    print(text)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
