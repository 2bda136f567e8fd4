"""Consent > Import CSV… in the window: the rows go into the registry and every document's consent
is judged again; a bad file imports nothing and says why."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox
from test_review_window import add_generated, open_window


def test_import_csv_from_the_consent_menu(qtbot, store, tmp_path, monkeypatch):
    add_generated(store, 11, tmp_path)
    window = open_window(qtbot, store, tmp_path)
    good = tmp_path / "consents.csv"
    good.write_text("party_name,party_kind,purpose,status,granted_on,version\n"
                    "Quillon Verwaltungs GmbH,company,ai-training,granted,2024-01-01,1\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(good), ""))
    action = next(a for m in window.menuBar().actions() if m.menu() for a in m.menu().actions()
                  if "CSV" in a.text())
    action.trigger()
    assert store.find_party("Quillon Verwaltungs GmbH") is not None
    assert "1 consent(s) added" in window.statusBar().currentMessage()

    bad = tmp_path / "bad.csv"
    bad.write_text("party_name,party_kind,purpose,status,granted_on,version\nX,robot,ai-training,granted,,1\n",
                   encoding="utf-8")
    warned = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda _w, title, text: warned.append(text))
    action.trigger()
    assert warned and "nothing was imported" in warned[0] and store.find_party("X") is None
