"""The window follows the store: what another connection commits (the command line, a second
window) shows without any action in the window."""

from __future__ import annotations

import subprocess
import sys

from test_review_window import add_generated, open_window

from desktop.core.consent import Party, Role
from desktop.core.store import Store


def _panel_names(window):
    return [window.consent_panel.list.item(i).text() for i in range(window.consent_panel.list.count())]


def test_a_party_linked_by_another_connection_appears_in_the_open_window(qtbot, store, tmp_path):
    doc_id = add_generated(store, 11, tmp_path)
    window = open_window(qtbot, store, tmp_path)
    assert not any("Quillon Verwaltungs GmbH" in n for n in _panel_names(window))
    with Store(store.path) as other:  # as `clearance consent link` in another process would
        party_id, _ = other.add_party(Party("Quillon Verwaltungs GmbH"), origin="csv")
        other.link_party(doc_id, party_id, Role.CONTRACTING, confirmed=True, source="manual")
    qtbot.waitUntil(lambda: any("Quillon Verwaltungs GmbH" in n for n in _panel_names(window)), timeout=10000)


def test_a_decision_made_on_the_command_line_shows_in_the_open_window(qtbot, store, tmp_path):
    add_generated(store, 11, tmp_path)
    window = open_window(qtbot, store, tmp_path)
    assert any(f.status == "proposed" for f in window.session.findings)
    done = subprocess.run([sys.executable, "-m", "desktop", "review", "--store", str(store.path), "--accept-all"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    qtbot.waitUntil(lambda: all(f.status != "proposed" for f in window.session.findings
                                if f.identifier == "direct"), timeout=10000)
    assert window.findings.isVisible()
