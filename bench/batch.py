"""clearance batch on generated contracts: pages/s of the whole automatic run (scan, decide, redact, verify,
build) against the scan alone in the same run (the baseline: what `clearance scan` costs anyway), and the
recall of the ground truth's direct identifiers under the policy."""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "bench" / "results" / "batch.txt"
TRUTH_QUASI = {"DATE", "AMOUNT"}  # the generator's names for quasi-identifiers: approved per class, not redacted


def corpus(folder: Path, pages: int, seed: int) -> tuple[list[Path], int]:
    """Generated contracts until they hold at least `pages` pages."""
    import pymupdf

    from devkit.corpus import write_corpus

    paths, total = [], 0
    while total < pages:
        [path] = write_corpus(folder, 1, seed + len(paths))
        with pymupdf.open(path) as doc:
            total += doc.page_count
        paths.append(path)
    return paths, total


def recall(store, paths: list[Path]) -> tuple[int, int]:
    """Direct-identifier occurrences of the ground truth that confirmed findings on their page cover, by
    text (case and spacing folded): the truth's offsets index the generator's page text, the store's may
    be read otherwise (glyph words), so offsets are not compared."""
    from desktop.core.model import identifier_kind
    from desktop.core.text.terms import normalise_text
    from devkit.corpus import load_truth

    hit = total = 0
    for path in paths:
        doc = store.find_document(path.name)
        if doc is None:
            continue
        truth, _ = load_truth(path.with_suffix(".truth.json"))
        confirmed: dict[int, str] = {}
        for f in store.findings(doc["id"]):
            if f.status == "confirmed":
                confirmed[f.page] = confirmed.get(f.page, "") + " | " + normalise_text(f.text)
        for t in truth:
            if identifier_kind(t.type) != "direct" or t.type in TRUTH_QUASI or t.start < 0 or not t.text.strip():
                continue
            total += 1
            words = normalise_text(t.text).split()  # a name over two lines is two findings, one line each
            hit += all(w in confirmed.get(t.page, "") for w in words)
    return hit, total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7000)
    parser.add_argument("--policy", default="default")
    args = parser.parse_args()
    from desktop.core.assurance.autobatch import policy, run_batch
    from desktop.core.runtime.offline import make_offline
    from desktop.core.scan.documents import scan_paths
    from desktop.core.store import Store
    from devkit.corpus import load_truth
    from devkit.demo import _consent_rows

    make_offline()
    rules = policy(args.policy)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        paths, pages = corpus(folder, args.pages, args.seed)
        with Store(Path(tmp) / "s.sqlite") as store:
            rows = [r for p in paths for r in _consent_rows(p.stem, load_truth(p.with_suffix(".truth.json"))[1], 0)]
            store.import_consents(rows, origin="bench")
            t0 = time.perf_counter()
            report = scan_paths(store, [folder], workers=2)
            scan = time.perf_counter() - t0
            ids = sorted(report.imports.imported)
            t0 = time.perf_counter()
            run = run_batch(store, ids, rules)
            rest = time.perf_counter() - t0
            hit, total = recall(store, paths)
            refused = Counter(r.reasons[0].split(":")[0][:60] for r in run.batch.refused)
            held = len(ids) - len(run.batch.refused)
    lines = [f"# clearance batch: {len(paths)} generated contracts, {pages} pages, policy {rules.name} "
             f"(bench/batch.py --pages {args.pages})", "",
             f"scan alone (the baseline, 2 detection processes): {scan:.0f} s, {pages / scan:.2f} pages/s",
             f"decide, redact, verify, build: {rest:.0f} s, {pages / rest:.2f} pages/s",
             f"whole automatic batch: {scan + rest:.0f} s, {pages / (scan + rest):.2f} pages/s, "
             f"{(scan + rest) / scan:.2f}x the scan alone",
             f"decided: {run.redacted} redacted, {run.kept} kept; batch of {held} document(s), "
             f"{len(run.batch.refused)} refused" + "".join(f"; {n} x {why}" for why, n in refused.items()),
             f"recall of the ground truth's direct identifiers: {hit}/{total} = {hit / max(total, 1):.3f}"]
    text = "\n".join(lines) + "\n"
    print(text, end="")
    OUT.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
