"""The export flow shows the batch's re-identification risk before the passphrase, keys only: the figures
in the dialog are those of `clearance risk --json` for the same store, drawn as text and as charts, and
the passphrase field has the focus when the sign-off opens."""

from __future__ import annotations

import json

import pytest
from batch_fixture import CHECKS_WITH_CONSENT
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from quasi_fixture import CONTRACTS, add_quasi_contract
from signer_fixture import PASSPHRASE, stored_signer
from test_review_window import open_window, press

from desktop.cli import main
from desktop.core.export import checks
from desktop.core.export.risk_plots import risk_png
from desktop.core.export.risk_store import batch_figures
from desktop.core.review.classes import approve
from desktop.ui.export_flow import ExportFlow
from desktop.ui.risk_panel import BAR, headline

CLASSES = ["dates", "amounts", "codes", "places"]


@pytest.fixture(autouse=True)
def _core_checks(monkeypatch):
    monkeypatch.setattr(checks, "EXPORT_CHECKS", list(CHECKS_WITH_CONSENT))


def add_approved_contract(store, folder, name: str, city: str, order: str) -> int:
    """A quasi-identifier contract with every class approved, scanned."""
    doc_id = add_quasi_contract(store, folder, name, city, order)
    approve(store, doc_id, CLASSES)
    store.set_document_status(doc_id, "scanned")
    return doc_id


def plain(rich: str) -> str:
    doc = QTextDocument()
    doc.setHtml(rich)
    return " ".join(doc.toPlainText().split())


def test_the_sign_off_shows_the_batch_risk_above_the_passphrase(qtbot, store, tmp_path, flows, capsys):
    stored_signer("rita")
    store.set_setting("quasi.policy.codes", "keep")  # order numbers stay readable: a and b are linked
    for contract in CONTRACTS:
        add_approved_contract(store, tmp_path, *contract)
    window = open_window(qtbot, store, tmp_path)
    press(qtbot, window, "g", "e")
    (flow,) = flows
    qtbot.waitUntil(lambda: flow.result is not None, timeout=60000)
    batch = flow.result.batch_id
    assert batch and flow.go.isEnabled()
    qtbot.waitUntil(flow.passphrase.hasFocus)  # the next key typed is the passphrase's
    above = flow.passphrase.mapTo(flow, flow.passphrase.rect().topLeft()).y()
    assert flow.risk.isVisible() and flow.risk.geometry().bottom() < above  # read before the passphrase

    capsys.readouterr()
    assert main(["risk", str(store.path), "--batch", batch, "--json"]) == 0
    cli = json.loads(capsys.readouterr().out)
    assert flow.figures == cli == batch_figures(store, batch)
    s = cli["summary"]
    assert (s["documents"], s["min_k"], s["below_threshold"], s["k_histogram"]) == (3, 1, 3, {"1": 1, "2": 2})
    shown = plain(flow.risk.text())
    assert headline(cli) in shown
    assert "smallest k 1 (threshold 5); 3 of 3 document(s) below the threshold; linkability 67%" in shown
    for cls, row in cli["classes"].items():  # per class: policy, found, treated, left
        if row["found"]:
            left = sum(row["left"].values())
            assert f"{cls} {cli['policy'][cls]} {row['found']} {sum(row['treated'].values())} {left}" in shown, cls
    assert "codes keep 3 0 3 (keep 3)" in shown and "dates generalise 3 3 0" in shown
    assert f"k = 1 {BAR * 15} 1" in shown and f"k = 2 {BAR * 30} 2" in shown  # the histogram as bars of text
    assert "Below the threshold: a.pdf, b.pdf, c.pdf" in shown
    assert "po-7781" not in shown.lower() and "leipzig" not in shown.lower()  # figures only, no value
    # the same figures as charts, under the text and above the passphrase too
    assert flow.chart_png == risk_png(cli)
    chart = flow.risk_chart
    assert chart.isVisible() and chart.geometry().bottom() < above
    assert (chart.pixmap().width(), chart.pixmap().height()) == (720, 225)

    flow.folder.setText(str(tmp_path / "out"))
    qtbot.keyClicks(flow.passphrase, PASSPHRASE)
    qtbot.keyClick(flow.passphrase, Qt.Key.Key_Return)
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["risk"] == s  # what was shown is what the manifest records


def test_a_batch_waiting_for_approval_shows_its_figures_too(qtbot, store, tmp_path):
    from signer_fixture import trusted

    from desktop.core.export.batch import build_batch
    from desktop.core.export.publish import sign_and_write

    alice, bob = stored_signer("alice"), stored_signer("bob")
    trusted(store, alice, bob)
    store.set_setting("four_eyes", "1")
    docs = [add_approved_contract(store, tmp_path, *c) for c in CONTRACTS[:2]]
    result = build_batch(store, docs)
    sign_and_write(store, result.batch_id, alice, "reviewed")
    flow = ExportFlow(store, [])
    qtbot.addWidget(flow)
    flow.show()
    flow.offer_approval(result.batch_id)
    qtbot.waitUntil(flow.passphrase.hasFocus)
    assert flow.figures == batch_figures(store, result.batch_id)
    assert headline(flow.figures) in plain(flow.risk.text())
    assert flow.chart_png == risk_png(flow.figures) and not flow.risk_chart.pixmap().isNull()
