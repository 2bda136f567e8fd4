"""The export and sign-off dialog driven by keys only; checks read the store."""

from __future__ import annotations

import pytest
from batch_fixture import CORE_CHECKS, add_contract
from PySide6.QtCore import Qt

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
    done = add_contract(store, tmp_path, file_name="done.pdf")
    open_doc = add_contract(store, tmp_path, "Marta Lindqvist", decide=None, file_name="open.pdf")
    dialog = _dialog(qtbot, store, [done, open_doc])
    assert dialog.focusWidget() is dialog.signer
    dialog.signer.selectAll()
    qtbot.keyClicks(dialog.signer, "Rita Reviewer")
    with qtbot.waitSignal(dialog.built, timeout=30000):
        qtbot.keyClick(dialog.signer, Qt.Key.Key_Return)  # Return builds: the default button
    lines = [dialog.checks.item(i).text() for i in range(dialog.checks.count())]
    assert any(line.startswith(FAIL) and "Open findings" in line for line in lines)
    assert any(line.startswith(PASS) and "Verification" in line for line in lines)
    assert dialog.progress.value() == dialog.progress.maximum()
    assert dialog.focusWidget() is dialog.sign_button
    qtbot.keyClick(dialog.sign_button, Qt.Key.Key_Space)
    (signed,) = store.signoffs(dialog.result.batch_id)
    assert signed["signer"] == "Rita Reviewer" and signed["meaning"] == "reviewed"


def test_nothing_to_sign_when_every_document_fails(qtbot, store, tmp_path):
    doc = add_contract(store, tmp_path, decide=None)
    dialog = _dialog(qtbot, store, [doc])
    with qtbot.waitSignal(dialog.built, timeout=30000):
        qtbot.keyClick(dialog.signer, Qt.Key.Key_Return)
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
