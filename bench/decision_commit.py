"""A reviewer's decision, key to commit, on a 300-finding document: the chain as it was (decision entry only,
no head files) against the finding and decision rows chained, and against those plus the head files
written before and after the commit. Median of N decisions each, in the same run; the store verifies after."""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop.core.model import Finding  # noqa: E402
from desktop.core.store import Store, base  # noqa: E402
from desktop.core.verification.integrity import verify_store  # noqa: E402

FINDINGS = 300
DECISIONS = 100
OUT = ROOT / "bench" / "results" / "decision_commit.txt"


def run(folder: Path, label: str, chained_rows: bool, head_files: bool) -> tuple[float, bool]:
    real_record = base.record_head
    if not head_files:
        base.record_head = lambda *a, **k: None
    try:
        store = Store(folder / f"{label}.sqlite", actor="bench")
        if not chained_rows:  # the entry as before: the decision's fields, no rows
            store.chain_state = lambda table, keys: {"columns": [], "rows": {}}
        doc_id, _ = store.add_document(sha256="ab" * 32, path="/c.pdf", name="c.pdf", pages=3, size=1)
        ids = store.add_findings(doc_id, [Finding(i % 3, 10 * i, 10 * i + 8, "PERSON", f"Name {i}",
                                                  ((10.0, 10.0 + i, 60.0, 20.0 + i),)) for i in range(FINDINGS)])
        times = []
        for finding_id in ids[:DECISIONS]:
            started = time.perf_counter()
            store.decide([(finding_id, {"status": "confirmed"})])
            times.append(time.perf_counter() - started)
        path = store.path
        store.close()
    finally:
        base.record_head = real_record
    return statistics.median(times) * 1000, verify_store(path).ok if chained_rows and head_files else True


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ["XDG_DATA_HOME"] = str(folder / "data")  # the head keys stay out of the real data folder
        before, _ = run(folder, "before", chained_rows=False, head_files=False)
        rows, _ = run(folder, "rows", chained_rows=True, head_files=False)
        now, ok = run(folder, "now", chained_rows=True, head_files=True)
    lines = [
        f"decision commit (one finding's status, its own transaction), {FINDINGS}-finding document, "
        f"median of {DECISIONS}",
        f"  baseline, decision entry only, no head files: {before:.2f} ms",
        f"  finding and decision rows chained:            {rows:.2f} ms ({rows / before:.2f}x the baseline)",
        f"  rows chained + head files (before and after): {now:.2f} ms ({now / before:.2f}x the baseline)",
        f"  the store verifies afterwards (chain, rows, head): {ok}",
    ]
    text = "\n".join(lines) + "\n"
    print(text, end="")
    OUT.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
