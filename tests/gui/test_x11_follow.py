"""Under a real X server with xdotool: the window follows what the command line does to the store,
and A on a name moves on. What the window shows is read from the screen by OCR (Tesseract, which the
app itself uses for scans)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import date

import pytest
from test_x11_keys import ROOT, App, display, wait_until  # noqa: F401 - display is a fixture

from desktop.core.consent import Party, Role
from desktop.core.text.terms import normalise_text

pytestmark = pytest.mark.skipif(
    not (shutil.which("Xvfb") and shutil.which("xdotool") and shutil.which("tesseract")),
    reason="Xvfb, xdotool and tesseract are needed (make test installs them)")

GRAB = ("import sys\nfrom PySide6.QtGui import QGuiApplication\napp = QGuiApplication([])\n"
        "app.primaryScreen().grabWindow(0).save(sys.argv[1])\n")


def screen_text(app, tmp_path) -> str:
    """The whole screen as Tesseract reads it."""
    png = tmp_path / "screen.png"
    subprocess.run([sys.executable, "-c", GRAB, str(png)], env=app.env, check=True, timeout=60)
    return subprocess.run(["tesseract", str(png), "stdout"], capture_output=True, text=True, timeout=120).stdout


@pytest.fixture
def linked_app(display, store, tmp_path):  # noqa: F811
    from test_review_window import add_generated

    doc_id = add_generated(store, 11, tmp_path)
    other = add_generated(store, 12, tmp_path)
    party_id, _ = store.add_party(Party("Quillon Verwaltungs GmbH"), origin="manual")
    store.link_party(doc_id, party_id, Role.CONTRACTING, confirmed=True, source="manual")
    running = App(display, tmp_path / "clearance.sqlite", doc_id, other)
    yield running
    running.close()


def test_a_consent_csv_imported_on_the_command_line_shows_in_the_open_window(linked_app, tmp_path):
    wait_until(lambda: "blocked" in screen_text(linked_app, tmp_path), "the panel to show the missing consent")
    csv = tmp_path / "consents.csv"
    csv.write_text("party_name,party_kind,purpose,status,granted_on,version\n"
                   f"Quillon Verwaltungs GmbH,company,ai-training,granted,{date(2024, 1, 1)},1\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "desktop", "consent", "import", str(csv), "--store",
                           str(tmp_path / "clearance.sqlite")], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    # nothing is done in the window: its watcher reads the store's data_version twice a second
    wait_until(lambda: "eligible" in screen_text(linked_app, tmp_path), "the panel to show the consent", timeout=60)


def test_capital_a_on_a_name_confirms_it_everywhere_and_moves_on(linked_app):
    app = linked_app
    first = app.store.finding(app.findings[0])
    same = {f.id for f in app.store.findings(app.doc_id) if normalise_text(f.text) == normalise_text(first.text)}
    app.keys("A")
    wait_until(lambda: all(app.store.finding(i).status == "confirmed" for i in same), "every occurrence confirmed")
    app.keys("a")  # decides the finding A moved on to
    accepted = wait_until(lambda: [d["finding_id"] for d in app.store.decisions(app.doc_id) if d["action"] == "accept"],
                          "the next decision")
    assert accepted[0] not in same and app.store.finding(accepted[0]).status == "confirmed"
