"""The export flow from the review window, keys only: checks per document, sign, write, summary."""

from __future__ import annotations

import pytest
from batch_fixture import CORE_CHECKS, add_contract
from PySide6.QtCore import Qt
from test_review_window import open_window, press

from desktop.core.export import checks
from desktop.ui import export_flow
from desktop.ui.export_flow import ExportFlow, checks_html


@pytest.fixture(autouse=True)
def _core_checks(monkeypatch):
    monkeypatch.setattr(checks, "EXPORT_CHECKS", list(CORE_CHECKS))


@pytest.fixture
def flows(monkeypatch):
    """The flows the window opens, shown without a nested event loop so the test can drive them."""
    opened = []
    monkeypatch.setattr(ExportFlow, "exec", lambda self: opened.append(self) or self.show())
    return opened


def two_documents(store, tmp_path):
    done = add_contract(store, tmp_path, file_name="done.pdf")
    open_doc = add_contract(store, tmp_path, "Marta Lindqvist", decide=None, file_name="open.pdf")
    for doc_id in (done, open_doc):
        store.set_document_status(doc_id, "scanned")
    return done, open_doc


def test_g_e_checks_signs_writes_into_a_new_folder_and_sums_up(qtbot, store, tmp_path, flows):
    done, open_doc = two_documents(store, tmp_path)
    window = open_window(qtbot, store, tmp_path)
    press(qtbot, window, "g", "e")
    (flow,) = flows
    qtbot.waitUntil(lambda: flow.result is not None, timeout=60000)
    report = flow.report.toPlainText()
    assert "done.pdf — passes every check" in report
    assert "open.pdf — refused by 1 of 3 checks" in report and "still proposed" in report
    target = tmp_path / "exports" / "new folder"
    flow.folder.setText(str(target))
    flow.signer.setFocus()
    flow.signer.selectAll()
    qtbot.keyClicks(flow.signer, "Rita Reviewer")
    qtbot.keyClick(flow.signer, Qt.Key.Key_Return)  # the default button: sign and write
    batch = flow.result.batch_id
    assert [s["signer"] for s in store.signoffs(batch)] == ["Rita Reviewer"]
    assert (target / "manifest.json").exists() and (target / "text.jsonl").exists()
    summary = flow.report.toPlainText()
    assert batch in summary and str(target) in summary and "manifest.json" in summary and "open.pdf" in summary
    flow.close()
    window.refresh(queue=True, all_documents=True)
    stages = {window.queue.item(r, 0).text(): window.queue.item(r, 1).text() for r in range(2)}
    assert stages == {"done.pdf": "exported", "open.pdf": "scanned"}


def test_nothing_passes_means_nothing_to_sign(qtbot, store, tmp_path, flows):
    add_contract(store, tmp_path, decide=None, file_name="open.pdf")
    flow = ExportFlow(store, [d["id"] for d in store.documents()])
    qtbot.addWidget(flow)
    flow.start()
    qtbot.waitUntil(lambda: flow.result is not None, timeout=60000)
    assert not flow.go.isEnabled() and "nothing to sign" in flow.status.text()


def test_the_signing_call_is_one_function(qtbot, store, tmp_path, monkeypatch, flows):
    calls = []
    monkeypatch.setattr(export_flow, "sign_batch", lambda *a, **k: calls.append(a[1]))
    done = add_contract(store, tmp_path, file_name="done.pdf")
    flow = ExportFlow(store, [done])
    qtbot.addWidget(flow)
    flow.start()
    qtbot.waitUntil(lambda: flow.go.isEnabled(), timeout=60000)
    flow.folder.setText(str(tmp_path / "out"))
    flow.sign_and_write()
    assert calls == [flow.result.batch_id]
    assert not (tmp_path / "out").exists() and "not signed off; nothing was written" in flow.status.text()


def test_every_reason_is_shown_in_full_grouped_by_document_and_check():
    long_reason = "name readable in page-text: " + ", ".join(f"term{i}" for i in range(300))
    text = checks_html([(1, "Open findings", ()), (1, "Verification", (long_reason, "second"))],
                       {1: "a.pdf"})
    assert "a.pdf — refused by 1 of 2 checks" in text and long_reason in text and "<li>second</li>" in text
