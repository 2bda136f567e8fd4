"""The export and sign-off dialog driven by keys only; checks read the store."""

from __future__ import annotations

import pytest
from batch_fixture import CORE_CHECKS, add_contract
from PySide6.QtCore import Qt
from signer_fixture import PASSPHRASE, stored_signer

from desktop.core.export import checks
from desktop.core.export.preview import render_redacted_page
from desktop.core.model import Finding
from desktop.ui.signoff_dialog import FAIL, PASS, SignoffDialog
from devkit.leaks import make_leak_fixture


@pytest.fixture(autouse=True)
def _core_checks(monkeypatch):
    monkeypatch.setattr(checks, "EXPORT_CHECKS", list(CORE_CHECKS))


def _dialog(qtbot, store, doc_ids):
    dialog = SignoffDialog(store, doc_ids)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_build_and_sign_with_keys(qtbot, store, tmp_path):
    stored_signer("olga")
    rita = stored_signer("rita")
    done = add_contract(store, tmp_path, file_name="done.pdf")
    open_doc = add_contract(store, tmp_path, "Marta Lindqvist", decide=None, file_name="open.pdf")
    dialog = _dialog(qtbot, store, [done, open_doc])
    assert dialog.focusWidget() is dialog.signer
    qtbot.keyClick(dialog.signer, Qt.Key.Key_Down)  # olga -> rita
    assert dialog.signer.currentText() == "rita"
    qtbot.keyClick(dialog.signer, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.passphrase
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    with qtbot.waitSignal(dialog.built, timeout=30000):
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)  # Return builds: the default button
    lines = [dialog.checks.item(i).text() for i in range(dialog.checks.count())]
    assert any(line.startswith(FAIL) and "Open findings" in line for line in lines)
    assert any(line.startswith(PASS) and "Verification" in line for line in lines)
    assert dialog.progress.value() == dialog.progress.maximum()
    assert dialog.focusWidget() is dialog.sign_button
    qtbot.keyClick(dialog.sign_button, Qt.Key.Key_Space)
    (signed,) = store.signoffs(dialog.result.batch_id)
    assert signed["signer"] == "rita" and signed["meaning"] == "reviewed"
    assert store.trusted_signer(rita.fingerprint)["name"] == "rita"  # the store's first signer
    assert dialog.passphrase.text() == ""  # not kept in the window


def test_a_wrong_passphrase_signs_nothing(qtbot, store, tmp_path):
    stored_signer("rita")
    doc = add_contract(store, tmp_path)
    dialog = _dialog(qtbot, store, [doc])
    qtbot.keyClick(dialog.signer, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.passphrase, "not the passphrase")
    with qtbot.waitSignal(dialog.built, timeout=30000):
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.sign_button, Qt.Key.Key_Space)
    assert store.signoffs() == [] and "wrong passphrase" in dialog.status.text()
    assert dialog.focusWidget() is dialog.passphrase


def test_four_eyes_in_the_dialog_a_second_key_approves(qtbot, store, tmp_path):
    from signer_fixture import trusted

    alice, bob = stored_signer("alice"), stored_signer("bob")
    trusted(store, alice, bob)
    doc = add_contract(store, tmp_path)
    dialog = _dialog(qtbot, store, [doc])
    dialog.four_eyes.setFocus()
    qtbot.keyClick(dialog.four_eyes, Qt.Key.Key_Space)
    assert store.setting("four_eyes") == "1" and store.audit_entries()[-1]["kind"] == "setting"
    dialog.passphrase.setFocus()
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    with qtbot.waitSignal(dialog.built, timeout=30000):
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.sign_button, Qt.Key.Key_Space)  # alice: reviewed
    assert "second trusted key" in dialog.status.text() and dialog.meaning.currentText() == "approved"
    assert dialog.focusWidget() is dialog.signer
    qtbot.keyClick(dialog.signer, Qt.Key.Key_Down)  # bob
    qtbot.keyClick(dialog.signer, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    dialog.sign_button.setFocus()
    qtbot.keyClick(dialog.sign_button, Qt.Key.Key_Space)
    signed = [(s["signer"], s["meaning"]) for s in store.signoffs(dialog.result.batch_id)]
    assert signed == [("alice", "reviewed"), ("bob", "approved")]
    assert not dialog.sign_button.isEnabled()


def test_nothing_to_sign_when_every_document_fails(qtbot, store, tmp_path):
    doc = add_contract(store, tmp_path, decide=None)
    dialog = _dialog(qtbot, store, [doc])
    with qtbot.waitSignal(dialog.built, timeout=30000):
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert not dialog.sign_button.isEnabled()
    qtbot.keyClick(dialog.sign_button, Qt.Key.Key_Space)
    assert store.signoffs() == []


def test_redacted_preview_renders_the_page_without_the_name():
    fixture = make_leak_fixture(channels=("page-text",))
    plain = render_redacted_page(fixture.pdf, [], 0)
    box = Finding(page=0, start=-1, end=-1, entity_type="OTHER", text="", boxes=((60, 80, 400, 110),),
                  status="confirmed", source="manual")
    redacted = render_redacted_page(fixture.pdf, [box], 0)
    assert (redacted.width, redacted.height) == (plain.width, plain.height)
    assert redacted.samples.count(b"\x00\x00\x00") > plain.samples.count(b"\x00\x00\x00")


def test_a_batch_reviewed_earlier_is_offered_for_approval(qtbot, store, tmp_path):
    from signer_fixture import trusted

    from desktop.core.export.batch import build_batch
    from desktop.core.export.publish import sign_and_write
    from desktop.core.signers import load_signer

    alice, bob = stored_signer("alice"), stored_signer("bob")
    trusted(store, alice, bob)
    store.set_setting("four_eyes", "1")
    batch = build_batch(store, [add_contract(store, tmp_path)]).batch_id
    sign_and_write(store, batch, load_signer("alice", PASSPHRASE), "reviewed")
    dialog = _dialog(qtbot, store, [])  # another day, another person
    assert batch in dialog.status.text() and dialog.meaning.currentText() == "approved"
    qtbot.keyClick(dialog.signer, Qt.Key.Key_Down)  # bob
    qtbot.keyClick(dialog.signer, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    dialog.sign_button.setFocus()
    qtbot.keyClick(dialog.sign_button, Qt.Key.Key_Space)
    assert [(s["signer"], s["meaning"]) for s in store.signoffs(batch)] == [("alice", "reviewed"), ("bob", "approved")]
    dialog.write_to(tmp_path / "out")
    assert (tmp_path / "out" / "manifest.json").exists()
