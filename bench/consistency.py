"""clearance consistency at corpus scale: a synthetic store of 10,000 documents made through the store API
(two parties each from a pool of 2,500, every name occurrence a confirmed finding, one name left readable in
every 100th document), the report's time and recall, and the one-pass matcher against a regex per term on a
subset of the same store (the baseline, in the same run)."""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "bench" / "results" / "consistency.txt"


def per_term_baseline(store, doc_ids: list[int]) -> set[tuple[int, str]]:
    """The obvious way: each redacted name's own regex over each document's pages."""
    from desktop.core.model import Status
    from desktop.core.text.terms import term_regex

    redacted = {}
    for doc in doc_ids:
        for f in store.findings(doc):
            if f.status == Status.CONFIRMED:
                redacted.setdefault(f.text, set()).add(doc)
    patterns = {t: term_regex(t) for t in redacted}
    found = set()
    for doc in doc_ids:
        covered = {(f.page, f.start, f.end) for f in store.findings(doc) if f.status == Status.CONFIRMED}
        for page in store.page_rows(doc):
            for term, pattern in patterns.items():
                for m in pattern.finditer(page["text"]):
                    if (page["number"], m.start(), m.end()) not in covered:
                        found.add((doc, term))
    return {(d, t) for d, t in found if redacted[t] - {d}}


def one_pass(store, doc_ids: list[int] | None) -> set[tuple[int, str]]:
    from desktop.core.assurance.consistency import consistency

    return {(doc, t.term) for t in consistency(store, doc_ids).exceptions for doc in t.readable}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--subset", type=int, default=250, help="documents both methods read")
    args = parser.parse_args()
    from desktop.core.store import Store
    from devkit.synthetic_store import build_store

    lines = [f"# clearance consistency: {args.documents} synthetic documents (bench/consistency.py)", ""]
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "s.sqlite") as store:
        t0 = time.perf_counter()
        planted = build_store(store, args.documents, readable_every=100)
        built = time.perf_counter() - t0
        pages = sum(d["pages"] for d in store.documents())
        lines.append(f"store built through the store API: {args.documents} documents, {pages} pages, "
                     f"{planted.parties} parties, {len(planted.inconsistent)} names left readable, {built:.1f} s")
        t0 = time.perf_counter()
        found = one_pass(store, None)
        whole = time.perf_counter() - t0
        truth = set(planted.inconsistent.items())
        lines.append(f"one pass over every document: {whole:.1f} s ({args.documents / whole:.0f} documents/s); "
                     f"recall {len(found & truth)}/{len(truth)} = {len(found & truth) / len(truth):.3f}, "
                     f"{len(found - truth)} reported that were not planted")
        # the planted documents, one document that redacts each planted name, then the first ones: a subset
        # in which every planted name is an exception, so both methods have something to find
        holders = {}
        for doc, _p, _s, _e, _t, text, status in store.decided_direct_findings():
            if status == "confirmed" and text in set(planted.inconsistent.values()):
                holders.setdefault(text, doc)
        subset = list(dict.fromkeys([*planted.inconsistent, *(holders[n] for n in planted.inconsistent.values()),
                                     *(d["id"] for d in store.documents())]))[: args.subset]
        chosen = set(subset)
        named = {(doc, f.text) for doc in subset for f in store.findings(doc) if f.status == "confirmed"}
        # a planted name is an exception within the subset only if another document of it redacts the name
        sub_truth = {(d, n) for d, n in truth if d in chosen and any((o, n) in named for o in chosen - {d})}
        t0 = time.perf_counter()
        base = per_term_baseline(store, subset)
        base_time = time.perf_counter() - t0
        t0 = time.perf_counter()
        mine = one_pass(store, subset)
        mine_time = time.perf_counter() - t0
        lines += ["", f"same {len(subset)} documents, both methods (exceptions within the subset):",
                  f"  regex per term (baseline): {base_time:.2f} s, recall {len(base & sub_truth)}/{len(sub_truth)}",
                  f"  one pass (clearance):      {mine_time:.2f} s, recall {len(mine & sub_truth)}/{len(sub_truth)}",
                  f"  speed-up: {base_time / mine_time:.1f}x"]
    text = "\n".join(lines) + "\n"
    print(text, end="")
    OUT.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
