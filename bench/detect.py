"""Pages/s, recall and precision of plain Presidio and of Clearance's pipeline on the same pages, in one run."""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import re
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.plain import plain_presidio  # noqa: E402
from desktop.core.detect import DetectorPool, detect_document  # noqa: E402
from desktop.core.detect.analyzer import DEFAULT_MODEL, model_name  # noqa: E402
from desktop.core.detect.signature import detect_signatures  # noqa: E402
from desktop.core.detect.spans import result_to_dict, to_findings  # noqa: E402
from desktop.core.model import EntityType  # noqa: E402
from desktop.core.pdf import extract_pages, open_path, open_pdf  # noqa: E402
from desktop.core.runtime.offline import make_offline  # noqa: E402
from devkit.corpus import generate_contract  # noqa: E402
from devkit.evaluate import DIRECT_IDENTIFIERS, Score, score_findings  # noqa: E402

CUAD = ROOT.parent / "shared" / "corpus" / "cuad-dev"
SEED = 5000  # not the seeds the detector was tuned on, nor the recall test's


def generated_docs(pages_wanted: int):
    docs, total, seed = [], 0, SEED
    while total < pages_wanted:
        c = generate_contract(seed)
        doc = open_pdf(c.pdf)
        pages = extract_pages(doc)
        docs.append((c.truth, doc, pages))
        total += len(pages)
        seed += 1
    return docs


_plain = None  # the plain analyzer of a baseline worker process


def _init_plain(model: str) -> None:
    global _plain
    make_offline()
    _plain = plain_presidio(model)
    _plain.analyze("warm up John Smith", language="en")


def _analyze_plain(text: str) -> list[dict]:
    return [result_to_dict(r) for r in _plain.analyze(text, language="en")]


class PlainPool:
    """Plain Presidio in as many processes as the pipeline has workers, so the two compare per core."""

    def __init__(self, model: str, workers: int):
        self.executor = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                                            initializer=_init_plain, initargs=(model,))
        list(self.executor.map(_analyze_plain, ["warm up John Smith"] * workers * 2))  # start-up is not per page

    def analyze(self, texts: list[str]) -> list[list[dict]]:
        return list(self.executor.map(_analyze_plain, texts))

    def close(self) -> None:
        self.executor.shutdown()


def processor_seconds(executor) -> float:
    """Processor seconds (user + system) used so far by this process and an executor's worker
    processes: on a shared machine the wall clock also counts the neighbours."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = time.process_time()
    for pid in executor._processes or {}:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        total += (int(fields[11]) + int(fields[12])) / ticks
    return total


def run_plain(plain: PlainPool, docs) -> tuple[list[list], float, float]:
    start, cpu = time.perf_counter(), processor_seconds(plain.executor)
    out = []
    for _truth, _doc, pages in docs:
        out.append([f for p, items in zip(pages, plain.analyze([p.text for p in pages]))
                    for f in to_findings(p, items)])
    return out, time.perf_counter() - start, processor_seconds(plain.executor) - cpu


def run_pipeline(pool: DetectorPool, docs) -> tuple[list[list], float, float]:
    start, cpu = time.perf_counter(), processor_seconds(pool._pool())
    out = []
    for _truth, doc, pages in docs:
        found = detect_document(pages, pool)
        found += [f for p in pages for f in detect_signatures(doc.load_page(p.number), p)]
        out.append(found)
    return out, time.perf_counter() - start, processor_seconds(pool._pool()) - cpu


def score(docs, results) -> Score:
    total = Score()
    for (truth, _doc, pages), found in zip(docs, results):
        total.add(score_findings({p.number: p for p in pages}, truth, found))
    return total


def cuad_recall(results_by_file: dict[str, tuple[list, list]]) -> tuple[int, int]:
    """Party-name occurrences (case-insensitive, any whitespace) whose characters all lie under findings."""
    parties = json.loads((CUAD / "parties.json").read_text())
    found = total = 0
    for name, (pages, findings) in results_by_file.items():
        for party in parties[name]["names"]:
            regex = re.compile(r"\s+".join(map(re.escape, party.split())), re.IGNORECASE)
            for page in pages:
                covered = {i for f in findings if f.page == page.number and f.start >= 0 for i in range(f.start, f.end)}
                for m in regex.finditer(page.text):
                    total += 1
                    found += all(i in covered for i in range(m.start(), m.end()) if not page.text[i].isspace())
    return found, total


def bench_cuad(analyzer, pool) -> list[str]:
    plain, ours = {}, {}
    for path in sorted((CUAD / "pdf").iterdir()):
        doc, _ = open_path(path)
        pages = extract_pages(doc)
        plain[path.name] = (pages, [f for p in pages for f in to_findings(
            p, [result_to_dict(r) for r in analyzer.analyze(p.text, language="en")])])
        ours[path.name] = (pages, detect_document(pages, pool))
    (pf, pt), (of, ot) = cuad_recall(plain), cuad_recall(ours)
    return [f"CUAD party-name recall over {len(plain)} contracts: plain Presidio {pf}/{pt} = {pf / pt:.3f}, "
            f"Clearance {of}/{ot} = {of / ot:.3f}"]


def _run_side(side: str, folder: Path, core: int) -> dict:
    """One whole process on one core: its processor seconds (user + system, from the kernel's account of
    the child), wall seconds, and seconds from its start to its first page's results."""
    import subprocess

    start = time.perf_counter()
    child = subprocess.Popen(["taskset", "-c", str(core), sys.executable, str(ROOT / "bench" / "detect_process.py"),
                              side, str(folder)], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    first, figures = None, {}
    for line in child.stdout:
        if line.strip() == "first" and first is None:
            first = time.perf_counter() - start
        elif line.startswith("{"):
            figures = json.loads(line)
    _pid, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0 or not figures:
        raise SystemExit(f"the {side} process failed (exit {child.returncode})")
    return {**figures, "cpu": usage.ru_utime + usage.ru_stime, "wall": time.perf_counter() - start, "first": first}


def _best(side: str, folder: Path, core: int, runs: dict) -> None:
    run = _run_side(side, folder, core)
    if side not in runs or run["cpu"] < runs[side]["cpu"]:
        runs[side] = run


def whole_processes(core: int, repeat: int) -> list[str]:
    """Plain Presidio and Clearance each as a whole process pinned to one core, start-up included, on the
    development contracts, on generated contracts and on a one-page contract (time to first finding)."""
    import tempfile

    lines = [f"Whole processes, each pinned to core {core} (taskset), start-up included: read every PDF's text, "
             f"detect, produce results (bench/detect_process.py); best of {repeat} alternating runs by processor "
             f"seconds (user + system: the machine is shared, the wall clock also counts the neighbours)"]
    with tempfile.TemporaryDirectory() as tmp:
        generated, one_page = Path(tmp, "generated"), Path(tmp, "one-page")
        generated.mkdir()
        one_page.mkdir()
        pages = 0
        for i, (_truth, doc, doc_pages) in enumerate(generated_docs(60)):
            (generated / f"{i:03}.pdf").write_bytes(doc.tobytes())
            pages += len(doc_pages)
        first = generate_contract(SEED).pdf
        page = open_pdf(first)
        page.select([0])
        (one_page / "one-page.pdf").write_bytes(page.tobytes())
        cuad_pages = sum(len(extract_pages(open_path(p)[0])) for p in (CUAD / "pdf").iterdir())
        for name, folder, n_pages in ((f"development contracts (cuad-dev, {cuad_pages} pages)", CUAD / "pdf", cuad_pages),
                                      (f"generated contracts ({pages} pages, seed {SEED}+)", generated, pages),
                                      ("one-page contract", one_page, 1)):
            runs: dict = {}
            for _ in range(repeat):
                for side in ("plain", "clearance"):
                    _best(side, folder, core, runs)
            plain, ours = runs["plain"], runs["clearance"]
            lines.append(f"{name}:")
            for label, run in (("plain Presidio", plain), ("Clearance", ours)):
                lines.append(f"  {label:<15} {run['cpu']:6.1f} s processor, {run['wall']:6.1f} s wall, "
                             f"{n_pages / run['cpu']:5.2f} pages per processor second, first page's results "
                             f"{run['first']:.2f} s after start, {run['results']} results")
            lines.append(f"  speed ratio Clearance / plain Presidio, whole process on one core: "
                         f"{plain['cpu'] / ours['cpu']:.2f}x by processor time ({plain['wall'] / ours['wall']:.2f}x "
                         f"by wall clock)")
            lines.append(f"  text sent to the model {ours['sent'] / ours['chars']:.3f} of the characters; window cache "
                         f"{ours['hits']}/{ours['lookups']} = {ours['hits'] / max(1, ours['lookups']):.3f} "
                         f"served without reading")
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=60, help="generated pages to measure on (default 60)")
    parser.add_argument("--workers", type=int, default=2, help="processes for Clearance and for plain Presidio")
    parser.add_argument("--repeat", type=int, default=2, help="alternating runs of each, the best kept")
    parser.add_argument("--cuad", action="store_true", help="also measure party-name recall on the CUAD contracts")
    parser.add_argument("--whole", action="store_true",
                        help="also compare whole processes pinned to one core, start-up included")
    parser.add_argument("--core", type=int, default=1, help="the core --whole pins both sides to (default 1)")
    args = parser.parse_args()
    make_offline()
    model = model_name(None) or DEFAULT_MODEL
    docs = generated_docs(args.pages)
    n_pages = sum(len(p) for _t, _d, p in docs)

    plain = PlainPool(model, args.workers)
    with DetectorPool(workers=args.workers) as pool:
        list(pool.detect([(0, "warm up the workers, John Smith"), (1, "ACME GmbH")]))  # start-up is not per page
        # Alternate the two and keep each one's best run: on a shared machine the load changes
        # from one minute to the next, and must not favour either side.
        plain_s = ours_s = plain_cpu = ours_cpu = float("inf")
        for _ in range(args.repeat):
            plain_results, secs, cpu = run_plain(plain, docs)
            plain_s, plain_cpu = min(plain_s, secs), min(plain_cpu, cpu)
            # each run with fresh workers, so no run reads the windows an earlier run left in their cache
            with DetectorPool(workers=args.workers) as fresh:
                list(fresh.detect([(0, "warm up the workers, John Smith"), (1, "ACME GmbH")]))
                ours_results, secs, cpu = run_pipeline(fresh, docs)
            ours_s, ours_cpu = min(ours_s, secs), min(ours_cpu, cpu)
        plain.close()
        lines = [f"{n_pages} generated pages (seed {SEED}+), model {model}, {args.workers} processes each "
                 f"(start-up excluded, best of {args.repeat} alternating runs; processor seconds of the "
                 f"processes and their workers beside the wall clock)"]
        for label, results, secs, cpu in (("plain Presidio", plain_results, plain_s, plain_cpu),
                                          ("Clearance", ours_results, ours_s, ours_cpu)):
            s = score(docs, results)
            lines.append(f"{label:<15} {n_pages / secs:6.2f} pages/s, {n_pages / cpu:6.2f} pages per processor "
                         f"second  direct-identifier recall {s.recall(DIRECT_IDENTIFIERS):.3f}  address recall "
                         f"{s.recall([EntityType.ADDRESS]):.3f}  all-type recall {s.recall():.3f}  "
                         f"precision {s.precision():.3f}")
        lines.append(f"speed ratio Clearance / plain Presidio, same number of processes (per core): "
                     f"{plain_cpu / ours_cpu:.2f}x by processor time ({plain_s / ours_s:.2f}x by wall clock)")
        if args.cuad:
            analyzer = plain_presidio(model)
            lines += bench_cuad(analyzer, pool)
    if args.whole:
        lines += whole_processes(args.core, args.repeat)
    text = "\n".join(lines)
    print(text)
    out = ROOT / "bench" / "results" / ("detect.txt" if args.workers == 2 else f"detect-{args.workers}.txt")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
