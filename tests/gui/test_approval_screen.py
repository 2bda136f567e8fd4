"""Four eyes in the window, keys only: the reviewer signs off, the approver opens the approval screen,
looks at a redacted page, refuses with a reason, then approves; focus is where the next key goes."""

from __future__ import annotations

import pytest
from batch_fixture import CHECKS_WITH_CONSENT, add_contract
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from signer_fixture import PASSPHRASE, in_another_account, stored_signer, trusted
from test_review_window import open_window, press

from desktop.core.export import checks
from desktop.core.export.approval import refusals
from desktop.core.export.stage import exported_documents
from desktop.ui.approval_dialog import PAGE_ZOOM

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture(autouse=True)
def _core_checks(monkeypatch):
    monkeypatch.setattr(checks, "EXPORT_CHECKS", list(CHECKS_WITH_CONSENT))  # the residue review has its own tests


def focused():
    return QApplication.focusWidget()


def type_enter(qtbot, text: str) -> None:
    if text:
        qtbot.keyClicks(focused(), text)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)


def dark_under(image, box) -> bool:
    """Whether the pixel at the middle of a finding's box (PDF points) is black in the shown page."""
    x0, y0, x1, y1 = box
    colour = image.pixelColor(int((x0 + x1) / 2 * PAGE_ZOOM), int((y0 + y1) / 2 * PAGE_ZOOM))
    return max(colour.red(), colour.green(), colour.blue()) < 60


def test_four_eyes_review_look_refuse_then_approve_with_keys(qtbot, store, tmp_path, flows, monkeypatch):
    alice, bob = stored_signer("alice"), stored_signer("bob")
    trusted(store, alice, bob)
    store.set_setting("four_eyes", "1")
    first = add_contract(store, tmp_path, file_name="first.pdf")
    second = add_contract(store, tmp_path, "Marta Lindqvist", file_name="second.pdf")
    for doc_id in (first, second):
        store.set_document_status(doc_id, "scanned")  # no detection starts under the test
    window = open_window(qtbot, store, tmp_path)
    press(qtbot, window, "g", "e")
    (flow,) = flows
    qtbot.waitUntil(lambda: flow.go.isEnabled(), timeout=60000)
    target = tmp_path / "out"
    flow.folder.setText(str(target))
    assert focused() is flow.passphrase
    type_enter(qtbot, "wrong passphrase")  # a mistake: the field is there again to correct it
    assert "wrong passphrase" in flow.status.text() and focused() is flow.passphrase
    type_enter(qtbot, PASSPHRASE)  # alice: reviewed
    batch = flow.result.batch_id
    assert [s["meaning"] for s in store.signoffs(batch)] == ["reviewed"] and not target.exists()
    # the second signer's key is chosen and their passphrase is what the keyboard types into next
    assert focused() is flow.passphrase and flow.signer.currentText() == "bob"
    assert flow.approval_button.isVisible()

    in_another_account(monkeypatch, tmp_path, "bob")  # bob approves with his own key, in his own account
    flow.activateWindow()  # the flow is the window the keyboard works in (shown without its own event loop)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is flow)
    qtbot.keyClick(focused(), Qt.Key.Key_A, ALT)  # the approval screen (a mnemonic clicks once Qt's animation ends)
    qtbot.waitUntil(lambda: flow.approval is not None)
    dialog = flow.approval
    qtbot.waitUntil(lambda: dialog.view is not None, timeout=60000)
    assert focused() is dialog.documents
    header = dialog.header.text()
    assert "reviewed by <b>alice</b>" in header and alice.fingerprint in header
    assert "first.pdf" in dialog.checks.toPlainText() and "Consent" in dialog.checks.toPlainText()
    assert '"batch": "' + batch in dialog.manifest.toPlainText()

    qtbot.keyClick(focused(), Qt.Key.Key_Down)  # the second document, its first redacted page
    assert dialog.current_document().document_id == second
    assert "second.pdf: redacted page 1 of 1" in dialog.page_label.text()
    shown = dialog.image.pixmap().toImage()
    assert dark_under(shown, store.findings(second)[0].boxes[0])  # the name is blacked out in the page shown
    qtbot.keyClick(focused(), Qt.Key.Key_Up)
    assert dialog.current_document().document_id == first
    assert dark_under(dialog.image.pixmap().toImage(), store.findings(first)[0].boxes[0])

    qtbot.keyClick(focused(), Qt.Key.Key_B, ALT)  # Refuse because:
    assert focused() is dialog.reason
    type_enter(qtbot, "page 1 of first.pdf still names the plant")
    assert focused() is dialog.passphrase and dialog.refuse_button.isEnabled()
    assert not dialog.approve_button.isEnabled()
    type_enter(qtbot, PASSPHRASE)  # Enter with a reason typed refuses, signed by bob's key
    assert [(r.signer, r.reason) for r in refusals(store, batch)] == [
        ("bob", "page 1 of first.pdf still names the plant")]
    assert "refused by" in dialog.header.text() and "Refused by bob" in dialog.status.text()
    assert [s["meaning"] for s in store.signoffs(batch)] == ["reviewed"] and focused() is dialog.documents

    qtbot.keyClick(focused(), Qt.Key.Key_P, ALT)
    type_enter(qtbot, "not bob's passphrase")
    assert "wrong passphrase" in dialog.status.text() and focused() is dialog.passphrase
    type_enter(qtbot, PASSPHRASE)  # approved on the second try, and written
    assert [(s["signer"], s["meaning"]) for s in store.signoffs(batch)] == [("alice", "reviewed"),
                                                                          ("bob", "approved")]
    assert (target / "manifest.json").exists() and exported_documents(store) == {first, second}
    assert not dialog.isVisible() and "reviewed by alice, approved by bob" in flow.report.toPlainText()
    qtbot.waitUntil(lambda: focused() is flow.close_button)  # back in the flow, on Close
