"""The real window under a real X server (Xvfb) with its auto-repeat, driven by xdotool; checks the store.

X delivers a held key as release/press pairs that Qt does not flag as auto-repeat, which offscreen
tests cannot show; here the server itself repeats the key.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_review_window import add_generated

from desktop.core.store import Store

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(
    not (shutil.which("Xvfb") and shutil.which("xdotool")),
    reason="Xvfb and xdotool are missing (make test installs them: packaging/system-packages.txt, purpose test)")


def wait_until(check, what: str, timeout: float = 20.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        value = check()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


@pytest.fixture
def display():
    """A fresh Xvfb server; its display number comes back through -displayfd (no guessing)."""
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1400x950x24", "-nolisten", "tcp"],
                              pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    if not number:
        server.kill()
        pytest.fail("Xvfb did not start")
    yield f":{number}"
    server.terminate()
    server.wait(10)


class App:
    """`clearance gui` on a store, as a user starts it, on an X display."""

    def __init__(self, display: str, store_path: Path, doc_id: int, other_doc: int):
        self.env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(ROOT)}
        self.doc_id, self.other_doc = doc_id, other_doc
        self.store = Store(store_path)
        self.process = subprocess.Popen([sys.executable, "-m", "desktop.cli", "gui", "--store", str(store_path)],
                                        env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        wait_until(lambda: self.store.setting("review.current"), "the window to open the document")
        window = wait_until(lambda: self.xdotool("search", "--onlyvisible", "--name", "Clearance").split(),
                            "the window to be mapped")[0]
        subprocess.run(["xdotool", "windowfocus", "--sync", window], env=self.env, capture_output=True, timeout=10)
        self.findings = [f.id for f in self.store.findings(doc_id)]

    def xdotool(self, *args: str) -> str:
        if self.process.poll() is not None:
            raise AssertionError(f"the window ended: {self.process.stderr.read().decode()[-2000:]}")
        return subprocess.run(["xdotool", *args], env=self.env, capture_output=True, text=True, timeout=30).stdout

    def keys(self, *names: str) -> None:
        self.xdotool("key", "--delay", "60", *names)

    def open_document(self) -> int | None:
        saved = self.store.setting("review.current")
        return json.loads(saved)["document"] if saved else None

    def sync(self) -> None:
        """Wait until the window has handled every key sent so far: `]` opens the other document,
        which the window writes down at once, and X delivers keys in order."""
        self.keys("bracketright")
        wait_until(lambda: self.open_document() == self.other_doc, "the window to open the next document")

    def decisions(self) -> list[dict]:
        return [d for d in self.store.decisions(self.doc_id) if d["action"] in ("accept", "reject")]

    def close(self) -> None:
        self.process.terminate()
        self.process.wait(15)
        self.store.close()


@pytest.fixture
def app(display, store, tmp_path):
    doc_id = add_generated(store, 11, tmp_path)
    other = add_generated(store, 12, tmp_path)
    running = App(display, tmp_path / "clearance.sqlite", doc_id, other)
    yield running
    running.close()


def test_holding_a_for_over_a_second_makes_exactly_one_decision(app):
    first, second = app.findings[:2]
    app.xdotool("keydown", "a")
    time.sleep(1.2)  # X repeats a held key about 25 times a second after a 660 ms delay
    app.xdotool("keyup", "a")
    app.sync()
    assert [(d["finding_id"], d["after"]["status"]) for d in app.decisions()] == [(first, "confirmed")]
    assert app.store.finding(second).status == "proposed"


def test_a_held_move_key_still_repeats(app):
    app.xdotool("keydown", "j")
    time.sleep(1.2)
    app.xdotool("keyup", "j")
    wait_until(lambda: (app.store.setting(f"review.finding.{app.doc_id}") or "null") != json.dumps(app.findings[0]),
               "the cursor to move")
    app.sync()
    saved = json.loads(app.store.setting(f"review.finding.{app.doc_id}"))
    assert app.findings.index(saved) > 2  # far more than one step: the move repeated
    assert app.decisions() == []


def test_enter_in_the_find_bar_decides_nothing(app):
    word = app.store.finding(app.findings[0]).text.split()[0]
    app.keys("slash")
    app.xdotool("type", "--delay", "60", word)
    app.keys("Return")
    app.sync()
    assert app.store.decisions(app.doc_id) == []


def test_walking_a_page_with_a_never_changes_an_earlier_decision(app):
    second = app.findings[1]
    app.keys("j", "x", "g", "g", *["a"] * (len(app.findings) + 2))
    app.sync()
    assert app.store.open_finding_count(app.doc_id) == 0
    assert app.store.finding(second).status == "rejected"
    assert [d["finding_id"] for d in app.decisions()].count(second) == 1
