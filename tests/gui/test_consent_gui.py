"""Consent badge and panel, driven by keys only: the right badge per document, linking a party."""

from datetime import date

import pytest
from PySide6.QtCore import Qt

from desktop.core.consent import ConsentRecord, Party, Role
from desktop.ui.consent_badge import badge
from desktop.ui.consent_panel import ConsentPanel
from desktop.ui.registry_view import RegistryView

ACME, BETA = Party("Acme GmbH"), Party("Beta Ltd")


@pytest.fixture
def docs(store):
    store.import_consents([(ACME, ConsentRecord(None, "ai-training", "granted", "1", date(2020, 1, 1)))])
    store.add_party(BETA)
    ids = {}
    for name, party, confirmed in (("eligible", ACME, True), ("blocked", BETA, True), ("attention", ACME, False)):
        doc_id, _ = store.add_document(sha256=name[0] * 64, path=f"/c/{name}.pdf", name=f"{name}.pdf", pages=1,
                                       size=1)
        store.link_party(doc_id, store.find_party(party.name).id, Role.CONTRACTING, confirmed=confirmed,
                         source="parties-clause")
        ids[name] = doc_id
    return ids


@pytest.mark.parametrize(("doc", "text", "tip"), [
    ("eligible", "eligible", "Acme GmbH (v1)"),
    ("blocked", "blocked", "Beta Ltd (contracting party): no consent for ai-training"),
    ("attention", "needs attention", "Acme GmbH: proposed as contracting party, not confirmed"),
])
def test_badge_per_document(store, docs, qtbot, doc, text, tip):
    panel = ConsentPanel(store)
    qtbot.addWidget(panel)
    panel.show_document(docs[doc])
    assert badge(store, docs[doc])[0] == text
    assert panel.badge.text() == f"Consent: {text}"
    assert tip in panel.badge.toolTip()


def test_link_a_proposed_party_change_its_role_and_unlink_with_keys(store, docs, qtbot):
    panel = ConsentPanel(store)
    qtbot.addWidget(panel)
    panel.show_document(docs["attention"])
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert [(lnk.role, lnk.confirmed) for lnk in store.document_links(docs["attention"])] == [
        (Role.CONTRACTING, True)]
    assert panel.badge.text() == "Consent: eligible"
    qtbot.keyClick(panel.list, Qt.Key.Key_R)
    assert store.document_links(docs["attention"])[0].role == Role.SIGNER
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    assert store.document_links(docs["attention"]) == []
    assert panel.badge.text() == "Consent: needs attention"


def test_link_a_registry_party_by_searching_with_keys(store, docs, qtbot):
    panel = ConsentPanel(store)
    qtbot.addWidget(panel)
    panel.show_document(docs["eligible"])
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Slash)
    assert panel.search.hasFocus() or panel.focusWidget() is panel.search
    qtbot.keyClicks(panel.search, "BETA LIMITED")
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    assert {lnk.party.name for lnk in store.document_links(docs["eligible"])} == {"Acme GmbH", "Beta Ltd"}
    assert panel.badge.text() == "Consent: blocked"


def test_registry_view_searches_parties(store, docs, qtbot):
    view = RegistryView(store)
    qtbot.addWidget(view)
    assert view.tree.topLevelItemCount() == 2
    qtbot.keyClicks(view.search, "acme")
    assert view.tree.topLevelItemCount() == 1
    top = view.tree.topLevelItem(0)
    assert top.text(0) == "Acme GmbH" and top.child(0).text(1) == "granted"


def test_withdraw_a_consent_from_the_registry_view_with_keys_and_see_the_purge_list(store, docs, qtbot, tmp_path,
                                                                                  monkeypatch):
    import hashlib

    from PySide6.QtWidgets import QApplication, QFileDialog

    exported = b"%PDF redacted eligible.pdf"
    sha = hashlib.sha256(exported).hexdigest()
    store.add_batch(batch_id="b1", created_at="2024-06-01T10:00:00+00:00", purpose="ai-training", manifest=b"{}",
                    manifest_sha256=hashlib.sha256(b"{}").hexdigest(),
                    files=[{"name": "doc-0001.pdf", "kind": "pdf", "document_id": docs["eligible"], "sha256": sha,
                            "size": len(exported), "content": exported}])
    view = RegistryView(store)
    qtbot.addWidget(view)
    qtbot.keyClicks(view.search, "acme")
    qtbot.keyClick(view.search, Qt.Key.Key_Down)
    qtbot.keyClick(view.tree, Qt.Key.Key_Down)  # onto the consent row: it stands for its party
    qtbot.keyClick(view.tree, "W")
    dialog = view.withdraw_dialog
    assert dialog is not None and dialog.party.name == "Acme GmbH"
    assert dialog.purpose.currentText() == "ai-training" and dialog.day.text() == date.today().isoformat()

    qtbot.keyClick(dialog.purpose, Qt.Key.Key_Tab)
    qtbot.keyClick(dialog.day, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.day, "2024-13-01")
    qtbot.keyClick(dialog.day, Qt.Key.Key_Return)
    assert "is not a date" in dialog.error.text() and dialog.purge is None
    assert store.consents(store.find_party("Acme GmbH").id)[0].status == "granted"

    qtbot.keyClick(dialog.day, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.day, "2024-08-01")
    qtbot.keyClick(dialog.day, Qt.Key.Key_Return)
    consent = store.consents(store.find_party("Acme GmbH").id)[0]
    assert (consent.status, consent.withdrawn_on) == ("withdrawn", date(2024, 8, 1))
    assert [store.audit_entries()[-1]["kind"]] == ["consent-purge-list"]
    rows = [[dialog.table.item(r, c).text() for c in range(5)] for r in range(dialog.table.rowCount())]
    assert [r[:4] for r in rows] == [["b1", "doc-0001.pdf", "whole file", sha]]
    assert view.tree.topLevelItem(0).child(0).text(1) == "withdrawn"  # the view shows the new state

    qtbot.keyClick(dialog.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text().splitlines()[1].split("\t")[:4] == ["b1", "doc-0001.pdf", "whole file", sha]
    target = tmp_path / "purge.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "CSV files (*.csv)"))
    qtbot.keyClick(dialog.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert target.read_text().splitlines() == ["batch,file,where,sha256,date", f"b1,doc-0001.pdf,whole file,{sha},{rows[0][4]}"]


def test_in_the_review_window_c_enters_the_panel_its_keys_stay_there_and_esc_returns(store, qtbot, tmp_path):
    from test_review_window import add_generated, open_window, press

    doc_id = add_generated(store, 11, tmp_path)
    store.import_consents([(ACME, ConsentRecord(None, "ai-training", "granted", "1", date(2020, 1, 1)))])
    store.link_party(doc_id, store.find_party("Acme GmbH").id, Role.CONTRACTING, confirmed=False,
                     source="parties-clause")
    window = open_window(qtbot, store, tmp_path)
    assert window.consent_panel.badge.text() == "Consent: needs attention"
    assert window.queue.item(0, 3).text() == "needs attention"
    decided_before = {f.id: f.status for f in store.findings(doc_id)}

    press(qtbot, window, "c")
    panel = window.consent_panel
    assert panel.list.hasFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_R)  # the panel's "next role", not the window's reject-all
    assert {f.id: f.status for f in store.findings(doc_id) if f.id in decided_before} == decided_before
    assert store.document_links(doc_id)[0].role == Role.SIGNER
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert window.queue.item(0, 3).text() == "eligible"  # the queue's badge follows the panel

    qtbot.keyClick(panel.list, Qt.Key.Key_Escape)
    assert window.view.hasFocus()
    first = window.session.current
    press(qtbot, window, "j")
    assert window.session.current.id != first.id


def test_a_decision_judges_the_consent_of_its_own_document_only_a_queue_wide_one_of_all(store, qtbot, tmp_path,
                                                                                      monkeypatch):
    from test_review_window import add_generated, open_window, press

    import desktop.ui.queue_panel as queue_panel

    for seed in (11, 12, 13):
        add_generated(store, seed, tmp_path)
    window = open_window(qtbot, store, tmp_path)
    judged = []
    real = queue_panel.badge
    monkeypatch.setattr(queue_panel, "badge", lambda s, doc_id: judged.append(doc_id) or real(s, doc_id))
    press(qtbot, window, "a")
    assert judged == [window.session.doc_id]
    judged.clear()
    press(qtbot, window, "g", "a")
    assert sorted(judged) == sorted(d["id"] for d in store.documents())


def test_the_purge_list_shows_every_row_and_column_without_scrolling(store, docs, qtbot):
    from datetime import date as day

    from desktop.ui.withdraw_dialog import WithdrawDialog

    dialog = WithdrawDialog(store, store.find_party("Acme GmbH"))
    qtbot.addWidget(dialog)
    dialog.show()
    purge = [{"batch": f"batch-{n:02d}", "file": f"doc-{n:04d}.pdf", "where": "whole file", "sha256": "ab" * 32,
              "date": "2024-06-01T10:00:00+00:00"} for n in range(6)]
    dialog.show_purge_list(purge, "ai-training", day(2024, 8, 1))
    qtbot.waitUntil(dialog.table.isVisible)
    table = dialog.table
    last = table.rowViewportPosition(5) + table.rowHeight(5)
    assert last <= table.viewport().height()  # six rows, none behind a scroll bar
    columns = sum(table.columnWidth(c) for c in range(table.columnCount()))
    room = int(dialog.screen().availableGeometry().width() * 0.9)
    assert table.width() >= min(columns, room) > 0  # every column whole, or as wide as the screen allows
