"""Residue groups per contract: on the CUAD development contracts as scanned (every proposal taken as
redacted) and on the demo store after `review --accept-all`, with the time the finder takes."""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CUAD = ROOT.parent / "shared" / "corpus" / "cuad-dev" / "pdf"
OUT = ROOT / "bench" / "results" / "residue.txt"


def clearance(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "desktop.cli", *args], check=True, cwd=ROOT, capture_output=True)


def measure(store_path: Path, title: str) -> list[str]:
    from desktop.core.residue.document import document_residue
    from desktop.core.store import Store

    lines, counts, pages = [f"## {title}", ""], [], 0
    kinds: Counter = Counter()
    start = time.perf_counter()
    with Store(store_path, read_only=True) as store:
        for doc in store.documents():
            residue = document_residue(store, doc["id"])
            counts.append(len(residue.groups))
            pages += doc["pages"]
            kinds.update(g.kind for g in residue.groups)
            lines.append(f"{len(residue.groups):4d} groups {sum(g.count for g in residue.groups):5d} occurrences "
                         f"{doc['pages']:3d} pages  {doc['name']}")
    took = time.perf_counter() - start
    lines += ["", f"contracts {len(counts)}, pages {pages}: groups per contract mean {statistics.mean(counts):.1f}, "
              f"median {statistics.median(counts):.0f}, max {max(counts)}; {took:.1f} s in all",
              "by kind: " + ", ".join(f"{k} {n}" for k, n in kinds.most_common()), ""]
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cuad-store", type=Path, help="a store holding the scanned development contracts")
    parser.add_argument("--demo-store", type=Path, help="a demo store already reviewed with --accept-all")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        cuad = args.cuad_store
        if cuad is None:
            cuad = Path(tmp) / "cuad.sqlite"
            clearance("scan", str(CUAD), "--store", str(cuad))
        demo = args.demo_store
        if demo is None:
            clearance("demo", str(Path(tmp) / "demo"))
            demo = Path(tmp) / "demo" / "clearance.sqlite"
            clearance("review", "--store", str(demo), "--accept-all")
        lines = ["Residue groups per contract (bench/residue.py)", ""]
        lines += measure(cuad, "CUAD development contracts, as scanned (every proposal taken as redacted)")
        lines += measure(demo, "demo store after `clearance review --accept-all`")
    OUT.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
