"""Pages/s of the local worker pool and of a Ray job on the same corpus, start-up shown apart, and
what each added worker would bring. Each run scans the corpus into a fresh store, end to end, and the
two engines are compared end to end only (from the scan's call until its last page is stored).

Start-up and speed are read off the scan's own progress: the steady rate is the pages stored after
the first document over the time they took, and start-up is the time to the first document less
what its pages take at that rate (the workers or actors starting and loading the model, Ray
planning the job). For Ray the same is read where detected pages arrive from the actors, since
they go on detecting while a document is stored. Starting Ray itself is timed apart. The driver's own share (import, storing
results through the local scan code) is timed alone: it bounds what any number of nodes can deliver
to one store.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

import pymupdf

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop.core.cluster import scan as cluster_scan  # noqa: E402
from desktop.core.cluster.engine import (  # noqa: E402
    RayOptions,
    detect_pages,  # noqa: E402
    ray_session,
)
from desktop.core.cluster.rows import HEADER  # noqa: E402
from desktop.core.cluster.scan import CachedOnly, scan_paths_ray  # noqa: E402
from desktop.core.runtime.offline import make_offline  # noqa: E402
from desktop.core.scan.documents import import_paths, scan_document, scan_paths  # noqa: E402
from desktop.core.store import Store  # noqa: E402
from devkit.corpus import generate_contract  # noqa: E402

CUAD = ROOT.parent / "shared" / "corpus" / "cuad-dev" / "pdf"
SEED = 5000


def corpus(folder: Path, pages_wanted: int, cuad: bool) -> list[Path]:
    if cuad:
        return sorted(CUAD.glob("*.pdf"))
    files, total, seed = [], 0, SEED
    while total < pages_wanted:
        c = generate_contract(seed)
        files.append(folder / f"contract-{seed}.pdf")
        files[-1].write_bytes(c.pdf)
        total += len(pymupdf.open(stream=c.pdf))
        seed += 1
    return files


class Clock:
    """A progress callback that notes when each page is stored."""

    def __init__(self):
        self.start = time.perf_counter()
        self.ticks: list[tuple[float, str]] = []

    def __call__(self, _done: int, _total: int, message: str) -> None:
        self.ticks.append((time.perf_counter(), message.rsplit(" page ", 1)[0]))

    def read(self) -> tuple[float, float]:
        """(start-up s, steady pages/s)."""
        first_doc = self.ticks[0][1]
        first = max(t for t, name in self.ticks if name == first_doc)
        later = [t for t, _name in self.ticks if t > first]
        rate = len(later) / (self.ticks[-1][0] - first) if later else float("nan")
        first_pages = len(self.ticks) - len(later)
        return first - self.start - first_pages / rate, rate


def local_run(files: list[Path], workers: int, tmp: Path) -> tuple[float, float, float, int]:
    """(start-up s, steady pages/s, total s, pages) of a scan with `workers` processes."""
    clock = Clock()
    with Store(tmp / f"local-{workers}.sqlite") as store:
        report = scan_paths(store, files, progress=clock, workers=workers)
    total = time.perf_counter() - clock.start
    return *clock.read(), total, report.pages


def ray_run(files: list[Path], workers: int, tmp: Path) -> tuple[float, float, float, int]:
    """The same with `workers` detection actors in the running Ray; its start-up and rate are read
    where the detected pages arrive from the actors (a document is stored when its last page is in)."""
    arrivals: list[float] = []
    start = time.perf_counter()

    def timed(*args, **kwargs):
        for row in detect_pages(*args, **kwargs):
            if row["page"] != HEADER:
                arrivals.append(time.perf_counter())
            yield row

    cluster_scan.detect_pages = timed
    try:
        with Store(tmp / f"ray-{workers}.sqlite") as store:
            report = scan_paths_ray(store, files, RayOptions(workers=workers))
    finally:
        cluster_scan.detect_pages = detect_pages
    total = time.perf_counter() - start
    assert not report.imports.failed, report.imports.failed
    rate = (len(arrivals) - 1) / (arrivals[-1] - arrivals[0])
    return arrivals[0] - start - 1 / rate, rate, total, report.pages


def driver_share(files: list[Path], tmp: Path, cached_from: Path) -> float:
    """Seconds the driver spends importing and storing the corpus when every page is already detected."""
    with Store(tmp / "driver.sqlite") as store:
        store.db.execute("ATTACH DATABASE ? AS src", [str(cached_from)])
        store.db.execute("INSERT INTO detection_cache SELECT * FROM src.detection_cache")
        store.db.conn.commit()
        store.db.execute("DETACH DATABASE src")
        start = time.perf_counter()
        for doc_id in import_paths(store, files).imported:
            scan_document(store, doc_id, pool=CachedOnly())
        return time.perf_counter() - start


def projection(per_worker: float) -> str:
    if per_worker <= 0:
        return (f"added worker (1 -> 2 actors): {per_worker:+.2f} pages/s: no gain measured here (two actors on "
                "two busy cores); no projection per node from this run")
    return (f"added worker (1 -> 2 actors): +{per_worker:.2f} pages/s; projected per added 2-core node: "
            f"+{2 * per_worker:.1f} pages/s, per added 16-core node: +{16 * per_worker:.0f} pages/s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=120, help="generated pages (default 120)")
    parser.add_argument("--cuad", action="store_true", help="scan the 16 CUAD contracts instead")
    args = parser.parse_args()
    make_offline()
    tmp = Path(tempfile.mkdtemp(prefix="clearance-scale-"))
    try:
        files = corpus(tmp, args.pages, args.cuad)
        lines, rates, totals = [], {}, {}
        for workers in (1, 2):
            startup, rate, total, pages = local_run(files, workers, tmp)
            rates[("local", workers)], totals[("local", workers)] = rate, total
            lines.append(f"local pool, {workers} worker(s): start-up {startup:5.1f} s, then {rate:5.2f} pages/s; "
                         f"{pages} pages in {total:5.1f} s = {pages / total:5.2f} pages/s")
        start = time.perf_counter()
        with ray_session(RayOptions(workers=2)):
            ray_start = time.perf_counter() - start
            for workers in (1, 2):
                startup, rate, total, pages = ray_run(files, workers, tmp)
                rates[("ray", workers)], totals[("ray", workers)] = rate, total
                lines.append(f"Ray, {workers} actor(s):          start-up {startup:5.1f} s, then {rate:5.2f} pages/s; "
                             f"{pages} pages in {total:5.1f} s = {pages / total:5.2f} pages/s (plus {ray_start:.1f} s "
                             "to start Ray, once)")
        driver = driver_share(files, tmp, tmp / "ray-2.sqlite")
        per_worker = rates[("ray", 2)] - rates[("ray", 1)]
        corpus_name = "16 CUAD contracts" if args.cuad else f"generated contracts (seed {SEED}+)"
        load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
        lines = [f"{pages} pages of {corpus_name}, {len(files)} files; 2 cores, load average {load} "
                 "(the machine is shared)"] + lines + [
            f"Ray / local pool with 2 workers, end to end (each scan from its call until its last page is "
            f"stored): {totals[('local', 2)] / totals[('ray', 2)]:.2f}x without starting Ray, "
            f"{totals[('local', 2)] / (totals[('ray', 2)] + ray_start):.2f}x with it (the steady rates above are read "
            "where each engine's pages come in, stored for the pool and detected for Ray, so no ratio is taken "
            "from them)",
            projection(per_worker),
            f"driver share (import + storing results, no detection): {pages / driver:.0f} pages/s, the most one "
            "store takes in from any number of nodes; with --out the scan is free of it and import-findings pays it",
        ]
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    text = "\n".join(lines)
    print(text)
    out = ROOT / "bench" / "results" / ("scale-cuad.txt" if args.cuad else "scale.txt")
    out.write_text(text + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
