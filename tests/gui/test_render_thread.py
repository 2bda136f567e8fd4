"""A render thread dropped without stop() (its window freed by the garbage collector, with no closeEvent)
stops itself: Qt aborts the whole process when a QThread is destroyed while it runs, which once killed
the test suite in the middle of a garbage collection."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import gc
from PySide6.QtWidgets import QApplication
from desktop.core.pdf.pagesource import PageSource
from desktop.ui.worker import RenderThread
from devkit.corpus import generate_contract

app = QApplication([])
source = PageSource(data=generate_contract(3, pages=1).pdf)
renderer = RenderThread(source, lambda *a: None, lambda *a: None)
renderer.render(0, 0.5)
cycle = [renderer]
cycle.append(cycle)  # freed by the collector, as a window in a reference cycle is
del renderer, cycle
gc.collect()
print("survived")
"""


def test_a_render_thread_freed_while_running_stops_instead_of_aborting():
    run = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, capture_output=True, text=True, timeout=300,
                         env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)})
    assert run.returncode == 0 and "survived" in run.stdout, run.stderr[-2000:]
