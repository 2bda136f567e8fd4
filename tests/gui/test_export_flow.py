"""The export flow from the review window, keys only: checks per document, sign, write, summary."""

from __future__ import annotations

import pytest
from batch_fixture import CHECKS_WITH_CONSENT, add_contract
from PySide6.QtCore import Qt
from signer_fixture import PASSPHRASE, in_another_account, stored_signer
from test_review_window import open_window, press

from desktop.core.export import checks
from desktop.core.export.stage import exported_documents
from desktop.ui import export_flow
from desktop.ui.export_flow import ExportFlow, checks_html


@pytest.fixture(autouse=True)
def _core_checks(monkeypatch):
    monkeypatch.setattr(checks, "EXPORT_CHECKS", list(CHECKS_WITH_CONSENT))


def two_documents(store, tmp_path):
    done = add_contract(store, tmp_path, file_name="done.pdf")
    open_doc = add_contract(store, tmp_path, "Marta Lindqvist", decide=None, file_name="open.pdf")
    for doc_id in (done, open_doc):
        store.set_document_status(doc_id, "scanned")
    return done, open_doc


def test_g_e_checks_signs_writes_into_a_new_folder_and_sums_up(qtbot, store, tmp_path, flows):
    stored_signer("rita")
    done, open_doc = two_documents(store, tmp_path)
    window = open_window(qtbot, store, tmp_path)
    press(qtbot, window, "g", "e")
    (flow,) = flows
    qtbot.waitUntil(lambda: flow.result is not None, timeout=60000)
    report = flow.report.toPlainText()
    assert "done.pdf — passes every check" in report
    assert "open.pdf — refused by 1 of 5 checks" in report and "still proposed" in report
    assert flow.folder.text().endswith(flow.result.batch_id) and flow.passphrase.hasFocus()
    target = tmp_path / "exports" / "new folder"
    flow.folder.setText(str(target))
    qtbot.keyClicks(flow.passphrase, "wrong")
    qtbot.keyClick(flow.passphrase, Qt.Key.Key_Return)
    assert "wrong passphrase" in flow.status.text() and not target.exists() and store.signoffs() == []
    qtbot.keyClicks(flow.passphrase, PASSPHRASE)
    qtbot.keyClick(flow.passphrase, Qt.Key.Key_Return)  # the default button: sign and write
    batch = flow.result.batch_id
    assert [s["signer"] for s in store.signoffs(batch)] == ["rita"]
    assert (target / "manifest.json").exists() and (target / "text.jsonl").exists()
    summary = flow.report.toPlainText()
    assert batch in summary and str(target) in summary and "manifest.json" in summary and "open.pdf" in summary
    assert flow.passphrase.text() == ""  # not kept in the window
    flow.close()
    window.refresh(queue=True, all_documents=True)
    stages = {window.queue.item(r, 0).text(): window.queue.item(r, 1).text() for r in range(2)}
    assert stages == {"done.pdf": "exported", "open.pdf": "scanned"}


def test_four_eyes_a_second_key_approves_before_anything_is_written(qtbot, store, tmp_path, monkeypatch):
    from signer_fixture import trusted

    alice, bob = stored_signer("alice"), stored_signer("bob")
    trusted(store, alice, bob)
    store.set_setting("four_eyes", "1")
    doc = add_contract(store, tmp_path)
    flow = ExportFlow(store, [doc])
    qtbot.addWidget(flow)
    flow.show()
    qtbot.waitExposed(flow)
    flow.start()
    qtbot.waitUntil(lambda: flow.go.isEnabled(), timeout=60000)
    assert flow.four_eyes.isChecked()
    target = tmp_path / "out"
    flow.folder.setText(str(target))
    qtbot.keyClicks(flow.passphrase, PASSPHRASE)
    qtbot.keyClick(flow.passphrase, Qt.Key.Key_Return)  # alice: reviewed
    assert "second signer" in flow.status.text() and flow.meaning.currentText() == "approved"
    assert not target.exists() and exported_documents(store) == set()
    in_another_account(monkeypatch, tmp_path, "bob")  # bob approves with his own key, in his own account
    qtbot.keyClick(flow.signer, Qt.Key.Key_Down)  # bob
    flow.passphrase.setFocus()
    qtbot.keyClicks(flow.passphrase, PASSPHRASE)
    qtbot.keyClick(flow.passphrase, Qt.Key.Key_Return)
    signed = [(s["signer"], s["meaning"]) for s in store.signoffs(flow.result.batch_id)]
    assert signed == [("alice", "reviewed"), ("bob", "approved")]
    assert (target / "manifest.json").exists() and exported_documents(store) == {doc}
    assert "reviewed by alice, approved by bob" in flow.report.toPlainText()


def test_nothing_passes_means_nothing_to_sign(qtbot, store, tmp_path, flows):
    add_contract(store, tmp_path, decide=None, file_name="open.pdf")
    flow = ExportFlow(store, [d["id"] for d in store.documents()])
    qtbot.addWidget(flow)
    flow.start()
    qtbot.waitUntil(lambda: flow.result is not None, timeout=60000)
    assert not flow.go.isEnabled() and "nothing to sign" in flow.status.text()


def test_the_signing_call_is_one_function(qtbot, store, tmp_path, monkeypatch):
    from desktop.core.export.signoff import SignoffError

    calls = []

    def refuse(*args):
        calls.append(args[1:])
        raise SignoffError("the signer chose not to sign")

    monkeypatch.setattr(export_flow, "sign_batch", refuse)
    stored_signer("rita")
    done = add_contract(store, tmp_path, file_name="done.pdf")
    flow = ExportFlow(store, [done])
    qtbot.addWidget(flow)
    flow.start()
    qtbot.waitUntil(lambda: flow.go.isEnabled(), timeout=60000)
    flow.folder.setText(str(tmp_path / "out"))
    flow.passphrase.setText("secret")
    flow.sign_and_write()
    assert calls == [(flow.result.batch_id, "rita", "secret", "reviewed", tmp_path / "out")]
    assert not (tmp_path / "out").exists() and "Nothing was written" in flow.status.text()


def test_every_reason_is_shown_in_full_grouped_by_document_and_check():
    long_reason = "name readable in page-text: " + ", ".join(f"term{i}" for i in range(300))
    text = checks_html([(1, "Open findings", ()), (1, "Verification", (long_reason, "second"))],
                       {1: "a.pdf"})
    assert "a.pdf — refused by 1 of 2 checks" in text and long_reason in text and "<li>second</li>" in text


def test_a_batch_reviewed_earlier_is_offered_for_approval(qtbot, store, tmp_path, flows, monkeypatch):
    from signer_fixture import trusted

    monkeypatch.setattr(export_flow, "default_folder", lambda batch_id: tmp_path / "exports" / batch_id)

    from desktop.core.export.batch import build_batch
    from desktop.core.export.publish import sign_and_write

    alice, bob = stored_signer("alice"), stored_signer("bob")
    trusted(store, alice, bob)
    store.set_setting("four_eyes", "1")
    done, _open_doc = two_documents(store, tmp_path)
    result = build_batch(store, [done])
    sign_and_write(store, result.batch_id, alice, "reviewed")
    in_another_account(monkeypatch, tmp_path, "bob")  # bob approves with his own key, in his own account
    window = open_window(qtbot, store, tmp_path)
    press(qtbot, window, "g", "e")
    (flow,) = flows
    assert flow.result.batch_id == result.batch_id and flow.meaning.currentText() == "approved"
    assert flow.build_button.isVisible() and "waits for a second signer" in flow.report.toPlainText()
    flow.signer.setCurrentText("bob")
    qtbot.keyClicks(flow.passphrase, PASSPHRASE)
    qtbot.keyClick(flow.passphrase, Qt.Key.Key_Return)
    assert [s["meaning"] for s in store.signoffs(result.batch_id)] == ["reviewed", "approved"]
    assert (tmp_path / "exports" / result.batch_id / "manifest.json").exists()


def test_the_manifest_names_the_chosen_signer_and_another_key_needs_a_new_build(qtbot, store, tmp_path):
    import json

    from signer_fixture import trusted

    alice, bob = stored_signer("alice"), stored_signer("bob")
    trusted(store, alice, bob)
    doc = add_contract(store, tmp_path)
    flow = ExportFlow(store, [doc])
    qtbot.addWidget(flow)
    flow.show()
    flow.start()
    qtbot.waitUntil(lambda: flow.go.isEnabled(), timeout=60000)
    first = flow.result.batch_id
    named = json.loads(bytes(store.batch(first)["manifest"]))["signers"]
    assert named == [{"name": "alice", "fingerprint": alice.fingerprint, "meaning": "reviewed"}]
    qtbot.keyClick(flow.signer, Qt.Key.Key_Down)  # bob, after alice was named
    assert not flow.go.isEnabled() and flow.build_button.isVisible() and "names alice" in flow.status.text()
    qtbot.keyClick(flow.signer, Qt.Key.Key_Up)  # alice again: the batch may be signed
    assert flow.go.isEnabled()
    qtbot.keyClick(flow.signer, Qt.Key.Key_Down)
    flow.build_button.click()  # a new batch for bob
    qtbot.waitUntil(lambda: flow.go.isEnabled(), timeout=60000)
    assert flow.result.batch_id != first
    named = json.loads(bytes(store.batch(flow.result.batch_id)["manifest"]))["signers"]
    assert [n["fingerprint"] for n in named] == [bob.fingerprint]
    flow.folder.setText(str(tmp_path / "out"))
    qtbot.keyClicks(flow.passphrase, PASSPHRASE)
    qtbot.keyClick(flow.passphrase, Qt.Key.Key_Return)
    assert (tmp_path / "out" / "manifest.json").exists(), flow.status.text()
