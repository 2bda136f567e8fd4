"""The page source: what reading each page once per file version saves in a party link and an export.

The demo store (devkit.demo, six generated contracts, scanned) is reviewed by its ground truth; then, on
a fresh copy of it each time, every document's first party is linked again (its names proposed over the
document) and the eligible documents are exported (gate, redact, verify, pseudonymise, store the batch).
Three ways, in one run:

  off   the page source bypassed: every reader extracts the pages itself (the code before the page source)
  cold  the page source with its cache emptied (store table and memory)
  warm  the page source with the store's texts as the import left them, memory emptied (a new process)

Timings are end to end, as ratios against `off`; extractions count each page read with character boxes
from an original (the page source's reading) and from a redacted output (the verifier's own re-read,
which is left as it is on purpose). The findings and exported files must be identical in the three runs.

Run: .venv/bin/python bench/pagesource.py [--contracts N] [--repeats R]. Writes bench/results/pagesource.txt.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "bench" / "results" / "pagesource.txt"


class Extractions:
    """Counts page extractions with character boxes: of originals (the page source's health.read_pages)
    and of redacted outputs (the verifier's pages channel)."""

    def __init__(self):
        from desktop.core.pdf import health
        from desktop.core.verification import pages

        self.counts: Counter = Counter()
        for module, kind in ((health, "original"), (pages, "output")):
            original = module.extract_page

            def counted(*args, _original=original, _kind=kind, **kwargs):
                self.counts[_kind] += 1
                return _original(*args, **kwargs)

            module.extract_page = counted


@contextlib.contextmanager
def page_source_off():
    """Every reader extracts for itself, as before the page source: nothing kept in memory or the store."""
    from desktop.core.pdf import pagetexts
    from desktop.core.store import Store

    saved = pagetexts._MEMORY.put, Store.cached_page_texts, Store.cache_page_texts
    pagetexts._MEMORY.put = lambda key, read: None
    Store.cached_page_texts = lambda self, sha256, extractor: {}
    Store.cache_page_texts = lambda self, sha256, extractor, rows: None
    try:
        yield
    finally:
        pagetexts._MEMORY.put, Store.cached_page_texts, Store.cache_page_texts = saved


def findings_of(store) -> list[tuple]:
    return [(d["id"], f.page, f.start, f.end, str(f.entity_type), str(f.status), str(f.source), f.text, f.boxes)
            for d in store.documents() for f in store.findings(d["id"])]


def run(mode: str, base: Path, work: Path, extractions: Extractions, rep: int) -> dict:
    from desktop.core.consent.gate import eligibility
    from desktop.core.export.batch import build_batch
    from desktop.core.pdf.pagetexts import forget_memory
    from desktop.core.scan.links import link_party
    from desktop.core.store import Store

    path = work / f"{mode}-{rep}.sqlite"
    shutil.copy(base, path)
    # each copy is a store of its own: the chain heads this account has seen are kept apart per run
    os.environ["XDG_DATA_HOME"] = str(work / f"data-{mode}-{rep}")
    with Store(path, actor="bench") as store:
        if mode == "cold":
            store.forget_page_texts()
        forget_memory()
        docs = store.documents()
        pages = sum(d["pages"] for d in docs)
        links = [(d["id"], store.document_links(d["id"])[0]) for d in docs]
        extractions.counts.clear()
        start = time.perf_counter()
        for doc_id, link in links:
            change = link_party(store, doc_id, link.party.id, link.role)
            assert change.problem is None, change.problem
        link_seconds = time.perf_counter() - start
        link_counts = Counter(extractions.counts)
        eligible = [d["id"] for d in docs if str(eligibility(store, d["id"]).status) == "eligible"]
        extractions.counts.clear()
        start = time.perf_counter()
        result = build_batch(store, eligible)
        export_seconds = time.perf_counter() - start
        export_counts = Counter(extractions.counts)
        exported_pages = sum(d["pages"] for d in docs if d["id"] in eligible)
        return {"mode": mode, "pages": pages, "documents": len(docs), "exported": len(eligible),
                "exported_pages": exported_pages, "link_s": link_seconds, "export_s": export_seconds,
                "link": link_counts, "export": export_counts, "findings": findings_of(store),
                "files": result.files, "refused": [(r.document_id, r.reasons) for r in result.refused]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contracts", type=int, default=6)
    parser.add_argument("--repeats", type=int, default=3, help="runs of each way; the median time is shown")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="pagesource-"))
    os.environ["XDG_CACHE_HOME"] = str(work / "cache")  # no OCR results from earlier runs
    os.environ["XDG_DATA_HOME"] = str(work / "data")  # keys and chain heads of the bench's stores only
    from desktop.core.pdf.pagetexts import forget_memory
    from desktop.core.store import Store
    from devkit.demo import build_demo, review_by_truth

    extractions = Extractions()
    demo = build_demo(work / "demo", count=args.contracts)
    import_counts = Counter(extractions.counts)
    with Store(demo.store, actor="reviewer") as store:
        for d in store.documents():
            review_by_truth(store, d["id"])
    base = work / "base.sqlite"
    with Store(demo.store) as store:  # one file: the write-ahead log folded in
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copy(demo.store, base)

    trials: dict[str, list[dict]] = {"off": [], "cold": [], "warm": []}
    for rep in range(args.repeats):  # interleaved, so that a busy moment of the machine falls on every way
        for mode in trials:
            with page_source_off() if mode == "off" else contextlib.nullcontext():
                trials[mode].append(run(mode, base, work, extractions, rep))
    runs = {mode: {**found[0], "link_s": statistics.median(t["link_s"] for t in found),
                   "export_s": statistics.median(t["export_s"] for t in found)} for mode, found in trials.items()}
    extractions.counts.clear()
    os.environ["XDG_DATA_HOME"] = str(work / "data-off")
    forget_memory()
    with page_source_off():
        build_demo(work / "demo-off", count=args.contracts)  # the same contracts imported and scanned again
    import_counts_off = Counter(extractions.counts)
    off = runs["off"]
    same = all(t["findings"] == off["findings"] and t["files"] == off["files"] and t["refused"] == off["refused"]
               and t["link"] == found[0]["link"] and t["export"] == found[0]["export"]
               for found in trials.values() for t in found)

    lines = [f"# Page source: party link and export on the demo store ({off['documents']} contracts, "
             f"{off['pages']} pages; {off['exported']} eligible for export, {off['exported_pages']} pages)", "",
             f"import and scan of the demo store, page extractions of originals for {off['pages']} pages: "
             f"{import_counts_off['original']} with the page source off, {import_counts['original']} with it on", "",
             f"median of {args.repeats} runs of each way, interleaved. cold: the cache is emptied before the party "
             "links; the export then reads what the links kept.", "",
             "| run | party link of every document (s) | x off | originals read | export (s) | x off "
             "| originals read | outputs read by the verifier |",
             "|---|---|---|---|---|---|---|---|"]
    for mode, r in runs.items():
        lines.append(f"| {mode} | {r['link_s']:.2f} | {off['link_s'] / r['link_s']:.2f} | {r['link']['original']} "
                     f"| {r['export_s']:.2f} | {off['export_s'] / r['export_s']:.2f} | {r['export']['original']} "
                     f"| {r['export']['output']} |")
    lines += ["", f"findings ({len(off['findings'])}), exported files ({len(off['files'])}) and refusals identical "
              f"in every run: {'yes' if same else 'NO'}"]
    text = "\n".join(lines) + "\n"
    print(text)
    OUT.write_text(text, encoding="utf-8")
    shutil.rmtree(work, ignore_errors=True)
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
