"""Corpus-scale assurance in the window, keys only: the consistency list (g k) with its redaction everywhere
and its undo, the export flow's line on names readable elsewhere (refused until redacted or accepted), the
QA queue's running estimate with its interval drawn, and the estimate on the approval screen."""

from __future__ import annotations

import json

import pytest
from batch_fixture import CHECKS_WITH_CONSENT, add_contract
from PySide6.QtCore import Qt, QTimer
from qa_fixture import automatic_batch, qa_policy, save_page_texts
from signer_fixture import PASSPHRASE, stored_signer
from test_review_window import open_window, press

from desktop.core.assurance import qa
from desktop.core.assurance.consistency import consistency
from desktop.core.export import checks
from desktop.core.qa.estimate import upper_bound
from desktop.ui.export_flow import ExportFlow

NAME = "Jolene Marchetti"


def redacted_and_rejected(store, tmp_path) -> tuple[int, int]:
    """The same name confirmed in a.pdf and rejected by a reviewer in b.pdf."""
    first = add_contract(store, tmp_path, decide="confirmed", file_name="a.pdf")
    second = add_contract(store, tmp_path, decide="rejected", file_name="b.pdf", channels=("page-text",))
    save_page_texts(store, [first, second])
    for doc_id in (first, second):
        store.set_document_status(doc_id, "scanned")
    return first, second


def active(qtbot, widget):
    """The dialog the keys go to (a mnemonic answers in the active window only)."""
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow, timeout=10000)
    return widget


def when_shown(get, drive) -> None:
    """Run `drive(dialog)` once the modal dialog `get()` returns is shown (its own event loop is running)."""
    def poll():
        dialog = get()
        if dialog is not None and dialog.isVisible():
            drive(dialog)
        else:
            QTimer.singleShot(20, poll)
    QTimer.singleShot(0, poll)


def rejected_in(store, doc_id: int) -> bool:
    return any(f.status == "rejected" for f in store.findings(doc_id) if f.text == NAME)


def test_g_k_lists_the_name_by_party_redacts_it_everywhere_and_takes_it_back(qtbot, store, tmp_path):
    first, second = redacted_and_rejected(store, tmp_path)
    window = open_window(qtbot, store, tmp_path)
    seen = {}

    def drive(dialog):
        qtbot.waitUntil(lambda: dialog.report is not None, timeout=30000)
        top = dialog.tree.topLevelItem(0)
        row = top.child(0)
        seen["rows"] = (top.text(0), row.text(0), row.text(2), row.text(3))
        qtbot.keyClick(dialog.tree, Qt.Key.Key_R)  # redact everywhere
        seen["after redact"] = (rejected_in(store, second), len(consistency(store).exceptions),
                                dialog.tree.topLevelItemCount(), dialog.status.text())
        qtbot.keyClick(dialog.tree, Qt.Key.Key_U)  # undo
        seen["after undo"] = (rejected_in(store, second), dialog.tree.topLevelItemCount())
        qtbot.keyClick(dialog.tree, Qt.Key.Key_R)
        qtbot.keyClick(dialog.tree, Qt.Key.Key_Escape)  # close

    when_shown(lambda: getattr(window, "consistency_dialog", None), drive)
    press(qtbot, window, "g", "k")
    assert seen["rows"] == ("(no registry party)", NAME, "a.pdf", "b.pdf (1x readable), b.pdf (rejected)")
    rejected_after, left, rows, status = seen["after redact"]
    assert not rejected_after and left == 0 and rows == 0 and "1 occurrence(s) in 1 document(s)" in status
    assert seen["after undo"] == (True, 1)  # the reviewer's rejection is back, and the name in the list
    assert not consistency(store).exceptions and not rejected_in(store, second)
    assert not window.consistency_dialog.isVisible()


@pytest.fixture
def export_checks(monkeypatch):
    monkeypatch.setattr(checks, "EXPORT_CHECKS", list(CHECKS_WITH_CONSENT))


def built_flow(qtbot, store, doc_ids) -> ExportFlow:
    flow = ExportFlow(store, doc_ids)
    qtbot.addWidget(flow)
    flow.show()
    qtbot.waitExposed(flow)
    active(qtbot, flow)
    flow.start()
    qtbot.waitUntil(lambda: flow.go.isEnabled() and flow.consistency.count is not None, timeout=60000)
    return flow


def sign(qtbot, flow) -> None:
    qtbot.keyClicks(flow.passphrase, PASSPHRASE)
    qtbot.keyClick(flow.passphrase, Qt.Key.Key_Return)


def test_the_export_flow_refuses_until_the_names_are_redacted_from_its_list(qtbot, store, tmp_path, export_checks):
    stored_signer("rita")
    first, second = redacted_and_rejected(store, tmp_path)
    flow = built_flow(qtbot, store, [first, second])
    assert "1 name(s) redacted somewhere are readable elsewhere" in flow.consistency.label.text()
    flow.folder.setText(str(tmp_path / "out"))
    sign(qtbot, flow)
    assert "Alt+E" in flow.status.text() and store.signoffs() == [] and not (tmp_path / "out").exists()
    stale = flow.result.batch_id

    def redact_in_the_list(dialog):
        qtbot.waitUntil(lambda: dialog.report is not None, timeout=30000)
        qtbot.keyClick(dialog.tree, Qt.Key.Key_R)
        qtbot.keyClick(dialog.tree, Qt.Key.Key_Escape)

    when_shown(lambda: getattr(flow, "consistency_dialog", None), redact_in_the_list)
    qtbot.keyClick(flow.passphrase, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)  # Names readable elsewhere…
    qtbot.waitUntil(lambda: flow.result is not None and flow.result.batch_id != stale and flow.go.isEnabled()
                    and flow.consistency.count == 0, timeout=60000)  # the list redacted: the batch built again
    assert flow.result.batch_id != stale  # built again with the redaction
    assert "redacted in these documents too" in flow.consistency.label.text()
    flow.folder.setText(str(tmp_path / "out"))  # a new batch proposes a folder of its own
    sign(qtbot, flow)
    assert [s["signer"] for s in store.signoffs(flow.result.batch_id)] == ["rita"], flow.status.text()
    assert (tmp_path / "out" / "manifest.json").exists()


def test_signing_with_names_left_is_ticked_on_purpose(qtbot, store, tmp_path, export_checks):
    stored_signer("rita")
    first, second = redacted_and_rejected(store, tmp_path)
    flow = built_flow(qtbot, store, [second])  # only b.pdf leaves: the name rejected there is readable
    assert flow.consistency.count == 1
    flow.folder.setText(str(tmp_path / "out"))
    qtbot.keyClick(flow.passphrase, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)  # Sign knowing they stay readable
    qtbot.waitUntil(flow.consistency.accept_left.isChecked)
    flow.passphrase.setFocus()
    sign(qtbot, flow)
    assert [s["signer"] for s in store.signoffs(flow.result.batch_id)] == ["rita"], flow.status.text()
    assert rejected_in(store, second)  # nothing redacted behind the reviewer's back


def test_the_qa_queue_shows_the_running_estimate_and_its_interval(qtbot, store, tmp_path, monkeypatch):
    automatic_batch(store, tmp_path, monkeypatch, qa_policy(target=0.7))
    qa.draw_sample(store, None, 3, seed=2)
    window = open_window(qtbot, store, tmp_path)
    press(qtbot, window, "g", "v")
    panel = window.qa_queue.panel
    assert panel.estimate.text().startswith("Estimate: 0 / 3 pages marked, 0 with a miss")
    assert "upper bound 100.00% — above the target of 70.00%" in panel.estimate.text()
    drawn = panel.chart.pixmap()
    assert drawn is not None and not drawn.isNull() and panel.chart_key[1] == 1.0
    press(qtbot, window, "c")
    bound = upper_bound(0, 1)
    assert panel.estimate.text().startswith("Estimate: 1 / 3 pages marked, 0 with a miss, rate 0.00%")
    assert f"95% upper bound {bound:.2%} — above the target" in panel.estimate.text()
    assert panel.chart_key == (0.0, pytest.approx(bound), 0.7, 0.95)  # drawn again for the new bound
    press(qtbot, window, "c", "c")
    assert "3 / 3 pages marked" in panel.estimate.text() and "at or under the target" in panel.estimate.text()
    press(qtbot, window, "q")


def test_the_approval_screen_shows_the_recorded_sample_and_bound(qtbot, store, tmp_path, monkeypatch):
    from desktop.core.export.approval import approval_view
    from desktop.ui.approval_dialog import ApprovalDialog

    batch = automatic_batch(store, tmp_path, monkeypatch, qa_policy(target=0.9))
    sample = qa.draw_sample(store, None, 3, seed=21)
    for p in sample["pages"]:
        qa.mark_page(store, None, p["page_id"])
    sealed = qa.seal(store, batch).batch_id
    dialog = ApprovalDialog(store, sealed, tmp_path / "out", sign=lambda *a: {})
    qtbot.addWidget(dialog)
    dialog.show_view(approval_view(store, sealed))
    header = dialog.header.text()
    assert f"QA sample of batch {batch}: 3 page(s), uniform, seed 21; 0 with a miss" in header
    assert f"95% upper bound {upper_bound(0, 3):.2%} (target 90.00%)" in header and "Clopper" in header
    unsealed = ApprovalDialog(store, batch, tmp_path / "out2", sign=lambda *a: {})
    qtbot.addWidget(unsealed)
    unsealed.show_view(approval_view(store, batch))
    assert "records no sample" in unsealed.header.text()
    assert json.loads(bytes(store.batch(sealed)["manifest"]))["qa"]["seed"] == 21
