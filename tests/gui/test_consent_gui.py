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
