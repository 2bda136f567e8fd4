"""The window in German: every visible text of the real window (menus, actions, labels, buttons, tool
tips, headers, lists, window titles, the status bar, the cheat sheet and the dialogs it opens) differs
from the same window's English text, unless it is a word both languages share; the store's `language`
setting chooses the language at the next start."""

from __future__ import annotations

import re
from datetime import date

import pymupdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QTableView,
    QTableWidget,
    QTextBrowser,
    QTreeWidget,
    QWidget,
)
from review_fixture import add_pdf
from test_review_window import add_generated, open_window, press

from desktop.core import settings
from desktop.core.consent.parties import Party
from desktop.core.consent.rules import NO_CONSENT, NOT_CONFIRMED, VERSION, WITHDRAWN_ON
from desktop.core.detect.company import CompanyRecognizer
from desktop.core.detect.judge import judge
from desktop.core.detect.spans import result_to_dict, to_findings
from desktop.core.model import EntityType, Status
from desktop.ui.cheatsheet import CheatSheet
from desktop.ui.export_flow import ExportFlow
from desktop.ui.i18n import install_language, translate_reason
from desktop.ui.registry_view import RegistryView
from desktop.ui.withdraw_dialog import WithdrawDialog

# Words German writes as English does: the product, abbreviations, names of types.
SHARED_WORDS = {"Clearance", "Person", "IBAN", "URL", "PDF", "OK", "SHA-256", "Text", "Export", "Manifest",
                "Passphrase"}
KEY = re.compile(r"^((Ctrl|Shift|Alt)\+)*([^\sA-Za-z]|[A-Za-z]|F\d+|Esc|Enter|Space|Tab|Left|Right|Up|Down|PgUp"
                 r"|PgDown|Home|End|Backspace|Delete|Del)$")


pytestmark = pytest.mark.usefixtures("german_catalogue")


@pytest.fixture(autouse=True)
def _english_afterwards():
    yield
    install_language("en")  # the application outlives the test: the next window speaks English again


def texts_of(widget: QWidget) -> set[str]:
    """Every text a person can read in `widget` and its children, hidden panels included."""
    found: set[str] = set()
    for w in [widget, *widget.findChildren(QWidget)]:
        found |= {w.toolTip(), w.windowTitle() if w.isWindow() else ""}
        if isinstance(w, QLabel | QAbstractButton):
            found.add(w.text())
        if isinstance(w, QLineEdit):
            found.add(w.placeholderText())
        if isinstance(w, QGroupBox):
            found.add(w.title())
        if isinstance(w, QTextBrowser):
            found |= set(w.toPlainText().splitlines()) | set(w.toPlainText().split("\t"))
        if isinstance(w, QMenu):
            found.add(w.title())
        for action in w.actions():
            found |= {action.text(), action.toolTip(), action.iconText()}
        if isinstance(w, QTableView) and w.model() is not None:  # column headers (cells are data)
            columns = w.horizontalHeader().count()
            found |= {str(w.model().headerData(c, Qt.Orientation.Horizontal) or "") for c in range(columns)}
        if isinstance(w, QListWidget):
            found |= {w.item(i).text() for i in range(w.count())} | {w.item(i).toolTip() for i in range(w.count())}
        if isinstance(w, QTableWidget):
            found |= {w.item(r, c).text() for r in range(w.rowCount()) for c in range(w.columnCount())
                      if w.item(r, c) is not None}
        if isinstance(w, QTreeWidget):
            header = w.headerItem()
            found |= {header.text(c) for c in range(w.columnCount())}
    if hasattr(widget, "statusBar"):
        found.add(widget.statusBar().currentMessage())
    return {" ".join(t.split()) for t in found if t and t.strip()}


def shared(text: str, names: set[str]) -> bool:
    """A text both languages write alike: numbers, keys, document names, shared words."""
    words = [w for w in re.split(r"[\s,:;()·—/]+", text.replace("\t", " ").replace("&", "")) if w]
    return all(not re.search(r"[^\W\d_]", w) or KEY.match(w) or w in SHARED_WORDS or w in names
               or any(w in n for n in names) for w in words)


def window_texts(qtbot, store, tmp_path) -> set[str]:
    """The texts of a freshly opened window, its cheat sheet and the consent dialogs."""
    window = open_window(qtbot, store, tmp_path)
    texts = texts_of(window)
    sheet = CheatSheet(window.keymap, window)
    texts |= texts_of(sheet)
    registry = RegistryView(store, window, keymap=window.keymap)
    texts |= texts_of(registry)
    party = store.parties()[0]
    withdraw = WithdrawDialog(store, party, window)
    texts |= texts_of(withdraw)
    withdraw.show_purge_list([], "ai-training", date(2026, 1, 2))
    texts |= texts_of(withdraw)
    export = ExportFlow(window.workspace, [d["id"] for d in store.documents()], parent=window)  # not started
    texts |= texts_of(export)
    window.close()
    return texts


def test_no_visible_text_of_the_german_window_is_left_in_english(qtbot, store, tmp_path, monkeypatch):
    add_generated(store, 11, tmp_path)
    store.add_party(Party(name="Northwind Widgets GmbH", kind="company"))
    names = {d["name"] for d in store.documents()} | {p.name for p in store.parties()}
    english = window_texts(qtbot, store, tmp_path)
    monkeypatch.setenv("CLEARANCE_LANGUAGE", "de")
    german = window_texts(qtbot, store, tmp_path)
    # The walk reached the menus, the cheat sheet, the tables' headers and the dialogs.
    assert {"Datei", "Entscheiden", "Partei / Zweck", "&Widerrufen", "Warum", "&Signieren und schreiben"} <= german
    assert "Die Schwärzung der aktuellen Fundstelle bestätigen und zur nächsten offenen Fundstelle gehen." in german
    untranslated = sorted(t for t in english & german if not shared(t, names))
    assert not untranslated, "left in English:\n" + "\n".join(untranslated)


def test_the_language_setting_chooses_the_language_at_the_next_start(qtbot, store, tmp_path, monkeypatch):
    add_generated(store, 11, tmp_path)
    from desktop.cli import main

    monkeypatch.delenv("CLEARANCE_LANGUAGE")  # the setting alone decides (the system locale is not asked)
    assert main(["settings", "set", "--store", str(store.path), "language", "en"]) == 0
    window = open_window(qtbot, store, tmp_path)
    assert window.menuBar().actions()[0].text() == "File"
    window.close()
    assert main(["settings", "set", "--store", str(store.path), "language", "de"]) == 0
    assert settings.get(store, settings.LANGUAGE) == "de"
    window = open_window(qtbot, store, tmp_path)
    assert window.menuBar().actions()[0].text() == "Datei"
    assert window.mode_label.text() == "PRÜFUNG"
    window.close()
    QApplication.processEvents()


def test_a_consent_reason_of_the_core_reads_in_german(qapp):
    install_language("de")
    assert translate_reason(NOT_CONFIRMED.format(name="Beta Ltd", role="signer")) == \
        "Beta Ltd: als Unterzeichner vorgeschlagen, nicht bestätigt"
    withdrawn = WITHDRAWN_ON.format(day="2026-01-02", version=VERSION.format(version="2"))
    assert translate_reason(NO_CONSENT.format(name="Beta Ltd", role="contracting party", reason=withdrawn)) == \
        "Beta Ltd (Vertragspartei): Einwilligung am 2026-01-02 widerrufen (Fassung 2)"
    assert translate_reason("Beta Ltd") == "Beta Ltd"  # no reason: as it is
    install_language("en")
    assert translate_reason(NOT_CONFIRMED.format(name="Beta Ltd", role="signer")) == \
        "Beta Ltd: proposed as signer, not confirmed"


def _judged_contract(store, folder) -> list:
    """A contract whose company names the legal-form recognizer found and the judge explained, as a scan
    stores them: one proposed as a party's name with its anchor, one suppressed with the reason."""
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 100), "This Agreement is made between Northwind Widgets GmbH and Contoso Ltd.", fontsize=11)
    page.insert_text((72, 130), "The INDEMNITY Company is named here as a heading.", fontsize=11)
    path = folder / "judged.pdf"
    path.write_bytes(doc.tobytes())
    doc_id, source = add_pdf(store, path.read_bytes(), path.name, str(path))
    text = source.page_text(0)
    found = [result_to_dict(r) for r in CompanyRecognizer().analyze(text.text, [EntityType.COMPANY])]
    judged, _ = judge({0: text}, to_findings(text, found))
    store.add_findings(doc_id, judged)
    store.set_document_status(doc_id, "scanned")
    settings.set(store, settings.SHOW_SUPPRESSED, True)  # the suppressed name's reason is listed too
    return judged


def _explanations(qtbot, store, tmp_path, count: int) -> tuple[list[str], list[str]]:
    """The findings list's Why column and the details line of every finding, walked with `j`."""
    window = open_window(qtbot, store, tmp_path)
    model = window.findings.model_
    column = model.columnCount() - 1
    cells = [model.data(model.index(row, column)) for row in range(model.rowCount())]
    details = []
    for _ in range(count):
        details.append(window.details.text())
        press(qtbot, window, "j")
    window.close()
    return cells, details


def test_a_findings_why_reads_in_german_but_the_recognizer_and_the_matched_words(qtbot, store, tmp_path, monkeypatch):
    judged = _judged_contract(store, tmp_path)
    assert {f.status for f in judged} == {Status.PROPOSED, Status.SUPPRESSED}
    reasons = {r for f in judged for r in f.explanation["reasons"]}
    patterns = {f.explanation["pattern"] for f in judged}  # the pattern's name ("name + legal form") is data
    english_words = re.compile(r"\b(?:confidence|suppressed|party name|anchor|original score|pattern|role|"
                               r"no party anchor|heading or section title|a name of the parties clause)\b")
    cells, details = _explanations(qtbot, store, tmp_path, len(judged))
    assert len(cells) == len(judged) and all(english_words.search(c) for c in cells)  # the control
    assert any("Why: " in d and "party name" in d for d in details)
    monkeypatch.setenv("CLEARANCE_LANGUAGE", "de")
    cells, details = _explanations(qtbot, store, tmp_path, len(judged))
    for said in cells + [d.split("Warum: ", 1)[1] for d in details]:
        assert not english_words.search(said), said
        bare = "".join(said.replace(p, "") for p in patterns)
        assert not any(r in bare for r in reasons), said
        assert "CompanyRecognizer" in said and "Konfidenz" in said  # the recognizer's name stays as it is
    assert any("Parteiname" in c and "Anker: Rolle Partei" in c for c in cells)
    assert any("unterdrückt: Überschrift oder Abschnittstitel (kein Parteianker:" in c for c in cells)
    assert any("Muster: name + legal form" in d for d in details)  # the pattern's name is the detector's own


def test_a_file_that_cannot_be_added_is_listed_and_said_in_german(qtbot, store, tmp_path, monkeypatch):
    """The core's reason for a file it cannot add (its name filled in) reaches the queue and the status bar
    in the window's language, as the command line's errors do."""
    import desktop.ui.document_queue as document_queue

    add_generated(store, 11, tmp_path)
    monkeypatch.setenv("CLEARANCE_LANGUAGE", "de")
    monkeypatch.setattr(document_queue, "scan_in_background", lambda *a, **k: None)
    window = open_window(qtbot, store, tmp_path)
    note = tmp_path / "note.pdf"
    note.write_bytes(b"this is not a pdf")
    window.add_files([note])
    qtbot.waitUntil(lambda: window.queue.rowCount() == 2, timeout=30000)
    assert window.queue.item(1, 0).text() == "note.pdf"
    assert window.queue.item(1, 1).text() == "note.pdf: keine PDF-Datei (kein %PDF-Kopf)"
    window.message("note.pdf: the file is empty (0 bytes)")  # a core message with its file's name
    assert window.statusBar().currentMessage() == "note.pdf: die Datei ist leer (0 Bytes)"
