"""The consent panel keeps its selection on its party, shows and changes party kinds, follows decisions."""

from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from desktop.core.consent import ConsentRecord, Party, Role
from desktop.ui.consent_panel import ConsentPanel


def panel_on(store, qtbot, links):
    doc_id, _ = store.add_document(sha256="d" * 64, path="/c/doc.pdf", name="doc.pdf", pages=1, size=1)
    for party, role in links:
        party_id, _ = store.add_party(party)
        store.link_party(doc_id, party_id, role, confirmed=True, source="parties-clause")
    panel = ConsentPanel(store)
    qtbot.addWidget(panel)
    panel.show_document(doc_id)
    panel.list.setFocus()
    return panel, doc_id


def roles(store, doc_id):
    return {lnk.party.name: lnk.role for lnk in store.document_links(doc_id)}


def test_the_selection_follows_its_party_when_a_role_change_re_sorts_the_list(store, qtbot):
    panel, doc_id = panel_on(store, qtbot, [(Party("Acme GmbH"), Role.CONTRACTING),
                                            (Party("Beta Ltd"), Role.CONTRACTING)])
    assert panel.current_link().party.name == "Acme GmbH"
    qtbot.keyClick(panel.list, Qt.Key.Key_R)  # Acme becomes a signer and sorts below Beta
    assert panel.list.currentRow() == 1 and panel.current_link().party.name == "Acme GmbH"
    qtbot.keyClick(panel.list, Qt.Key.Key_R)
    assert roles(store, doc_id) == {"Acme GmbH": Role.WITNESS, "Beta Ltd": Role.CONTRACTING}


def test_the_kind_is_shown_and_k_makes_a_company_a_person_audited(store, qtbot):
    store.import_consents([(Party("Eva Roth", kind="person"),
                            ConsentRecord(None, "ai-training", "granted", "1", date(2020, 1, 1)))])
    panel, doc_id = panel_on(store, qtbot, [(Party("Eva Roth", kind="company"), Role.CONTRACTING)])
    assert "Eva Roth (company)" in panel.list.item(0).text()
    assert panel.badge.text() == "Consent: blocked"
    asked = []

    def answer(key):
        def press():
            dialog = QApplication.activeModalWidget()
            asked.append(dialog.text())
            qtbot.keyClick(dialog, key)
        return press

    QTimer.singleShot(0, answer(Qt.Key.Key_Escape))  # K asks first: Esc keeps the kind
    qtbot.keyClick(panel.list, Qt.Key.Key_K)
    assert "Eva Roth (company)" in panel.list.item(0).text()
    assert "move to the registry's person Eva Roth" in asked[0] and "1 consent record then counts" in asked[0]
    QTimer.singleShot(0, answer(Qt.Key.Key_Return))
    qtbot.keyClick(panel.list, Qt.Key.Key_K)
    assert "Eva Roth (person)" in panel.list.item(0).text()
    assert [lnk.party.kind for lnk in store.document_links(doc_id)] == ["person"]
    assert panel.badge.text() == "Consent: eligible"  # the person's consent counts now
    assert [e["payload"]["after"] for e in store.audit_entries() if e["kind"] == "party-kind"] == ["person"]


def test_the_panel_in_the_window_follows_every_decision(store, qtbot, tmp_path):
    from test_review_window import add_generated, go_to, open_window, press

    doc_id = add_generated(store, 11, tmp_path)
    name = next(f.text for f in store.findings(doc_id) if f.entity_type == "PERSON")
    party_id, _ = store.add_party(Party(name, kind="person"))
    store.link_party(doc_id, party_id, Role.WITNESS, confirmed=True, source="signature-block")
    window = open_window(qtbot, store, tmp_path)
    assert name in window.consent_panel.reasons.toolTip()
    go_to(qtbot, window, lambda f: f.text == name)
    press(qtbot, window, "A")  # every occurrence of the name is redacted now
    assert name not in window.consent_panel.reasons.toolTip()
