"""Review window timings: opening a 300-page contract to its first page with highlights, and
key press to repaint for next-finding on the same page and across pages. Offscreen.

Run: .venv/bin/python bench/ui.py   (writes bench/results/ui.txt)
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from review_fixture import add_pdf, seed_from_truth  # noqa: E402

from desktop.core.store import Store  # noqa: E402
from desktop.ui.app import application, create_window  # noqa: E402
from devkit.corpus import generate_contract  # noqa: E402

OPEN_RUNS = 7
KEY_RUNS = 60


def p95(values: list[float]) -> float:
    return sorted(values)[max(0, round(0.95 * len(values)) - 1)]


def wait_until(app, predicate, timeout=30.0) -> None:
    end = time.perf_counter() + timeout
    while not predicate():
        if time.perf_counter() > end:
            raise TimeoutError("the window did not get there")
        app.processEvents()


def shown_with_highlights(window) -> bool:
    layer = window.view.layer
    return window.view.image_page == window.page and layer.current_id is not None


def paint(app, window) -> None:
    """Flush pending events and force the view's repaint now, as the next frame would."""
    app.processEvents()
    window.view.viewport().repaint()


def main() -> None:
    app = application()
    folder = Path(tempfile.mkdtemp(prefix="clearance-bench-"))
    contract = generate_contract(3, pages=300)
    pdf = folder / "contract-300.pdf"
    pdf.write_bytes(contract.pdf)
    store = Store(folder / "bench.sqlite", actor="bench")
    doc_id, source = add_pdf(store, contract.pdf, pdf.name, str(pdf))
    seed_from_truth(store, doc_id, source, contract.truth)
    store.set_document_status(doc_id, "scanned")
    source.close()
    one = generate_contract(4, pages=1)
    small, small_source = add_pdf(store, one.pdf, "one-page.pdf", str(_write(folder / "one-page.pdf", one.pdf)))
    seed_from_truth(store, small, small_source, one.truth)
    store.set_document_status(small, "scanned")
    findings = len(store.findings(doc_id))

    window = create_window(store)
    window.resize(1400, 900)
    window.show()
    wait_until(app, lambda: shown_with_highlights(window))

    # Baseline: the same open on a 1-page contract, in the same run.
    open_small, open_big = [], []
    for _ in range(OPEN_RUNS):
        for target, bucket in ((small, open_small), (doc_id, open_big)):
            window.images.clear()
            t0 = time.perf_counter()
            window.open_document(target)
            wait_until(app, lambda: shown_with_highlights(window))
            paint(app, window)
            bucket.append(time.perf_counter() - t0)

    window.open_document(doc_id)
    wait_until(app, lambda: shown_with_highlights(window))
    same_page, across, redraw = [], [], []
    for _ in range(KEY_RUNS):
        # Baseline: a bare repaint of the same view with nothing changed.
        t0 = time.perf_counter()
        paint(app, window)
        redraw.append(time.perf_counter() - t0)
        s = window.session
        nxt = s.findings[min(s.index + 1, len(s.findings) - 1)]
        bucket = same_page if nxt.page == s.current.page else across
        t0 = time.perf_counter()
        QTest.keyClick(window.view, Qt.Key.Key_J)
        wait_until(app, lambda target=nxt.id: shown_with_highlights(window) and window.view.layer.current_id == target)
        paint(app, window)
        bucket.append(time.perf_counter() - t0)
    # Page jumps with the finding on the next page (not prefetched beyond the next one).
    for _ in range(KEY_RUNS // 3):
        t0 = time.perf_counter()
        QTest.keyClick(window.view, Qt.Key.Key_J, Qt.KeyboardModifier.ShiftModifier)
        wait_until(app, lambda: shown_with_highlights(window))
        paint(app, window)
        across.append(time.perf_counter() - t0)

    def line(name, values, base=None):
        ms = [v * 1000 for v in values]
        text = f"{name:<44} n={len(ms):>3}  median {statistics.median(ms):7.1f} ms  p95 {p95(ms):7.1f} ms"
        if base:
            text += f"  ({statistics.median(values) / statistics.median(base):.1f}x baseline median)"
        return text

    lines = [
        f"Clearance review window, offscreen, Python {sys.version.split()[0]}, {os.cpu_count()} cores",
        f"300-page generated contract, {findings} findings seeded from its ground truth",
        line("baseline: open a 1-page contract", open_small),
        line("open 300-page contract -> first page + highlights", open_big, open_small),
        line("baseline: repaint, nothing changed", redraw),
        line("next finding (j), same page", same_page, redraw),
        line("next finding / page (j, J), across pages", across, redraw),
        "targets: open < 1000 ms; same page p95 < 16 ms; across pages p95 < 100 ms",
    ]
    window.close()
    out = ROOT / "bench" / "results" / "ui.txt"
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


if __name__ == "__main__":
    main()
