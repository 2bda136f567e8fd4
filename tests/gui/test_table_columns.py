"""Tables size to their content: in English and in German (whose words are longer), no column of the
queue, the findings, the consent registry or the purge list is narrower than its header's text or than a
short cell of it, and a long text column does not push a dialog past the screen."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableView, QTreeWidget, QTreeWidgetItemIterator
from test_review_window import add_generated, open_window

from desktop.core.consent import ConsentRecord, Party
from desktop.ui.i18n import install_language
from desktop.ui.registry_view import RegistryView
from desktop.ui.tables import SCREEN_SHARE, header_of
from desktop.ui.withdraw_dialog import WithdrawDialog

SHORT = 24  # characters: a cell this short (a page, a score, a state, a date, a kind) is never cut


pytestmark = pytest.mark.usefixtures("german_catalogue")


@pytest.fixture(params=["en", "de"])
def language(request):
    install_language(request.param)
    yield request.param
    install_language("en")


def _cells(view) -> list[tuple[int, str]]:
    """(column, text) of every cell shown (a tree's children too; a table's first rows)."""
    if isinstance(view, QTreeWidget):
        out, it = [], QTreeWidgetItemIterator(view)
        while it.value():
            item = it.value()
            out += [(c, item.text(c)) for c in range(view.columnCount())]
            it += 1
        return out
    model = view.model()
    return [(c, str(model.index(r, c).data() or "")) for r in range(min(model.rowCount(), 60))
            for c in range(model.columnCount())]


def cut_texts(view) -> list[str]:
    """The headers and short cells wider than their column (a stretched column's cells are left out:
    it takes what room is left, and a long text is read in full elsewhere)."""
    header = header_of(view)
    metrics, cell_metrics = header.fontMetrics(), view.fontMetrics()
    last = max(c for c in range(header.count()) if not header.isSectionHidden(c))
    stretched = {c for c in range(header.count()) if header.sectionResizeMode(c) == QHeaderView.ResizeMode.Stretch}
    stretched |= {last} if header.stretchLastSection() else set()
    model = view.model()
    out = [f"header {text!r} ({header.sectionSize(c)} px)" for c in range(header.count())
           if header.sectionSize(c) < metrics.horizontalAdvance(
               text := str(model.headerData(c, Qt.Orientation.Horizontal)))]
    out += [f"cell {text!r} in column {c} ({header.sectionSize(c)} px)" for c, text in _cells(view)
            if c not in stretched and text and len(text) <= SHORT
            and header.sectionSize(c) < cell_metrics.horizontalAdvance(text)]
    return out


def test_the_queue_and_the_findings_cut_no_header_and_no_short_cell(store, qtbot, tmp_path, language):
    add_generated(store, 11, tmp_path)
    add_generated(store, 12, tmp_path)
    window = open_window(qtbot, store, tmp_path)
    assert window.findings.model().rowCount() > 0
    for view in (window.queue, window.findings):
        assert isinstance(view, QTableView)
        assert cut_texts(view) == []


def test_the_registry_and_the_purge_list_fit_their_content_within_the_screen(store, qtbot, language):
    long_name = "Kestrel Parts and Precision Engineering International Holding GmbH & Co. KG " * 3
    for name in ("Acme GmbH", long_name.strip()):
        store.import_consents([(Party(name), ConsentRecord(None, "ai-training", "granted", "12",
                                                           date(2024, 1, 1), date(2030, 12, 31)))])
    registry = RegistryView(store)
    qtbot.addWidget(registry)
    registry.show()
    assert cut_texts(registry.tree) == []
    room = registry.screen().availableGeometry().width()
    assert registry.width() <= room * SCREEN_SHARE  # the long name scrolls the tree, not the window past the screen

    dialog = WithdrawDialog(store, store.find_party("Acme GmbH"))
    qtbot.addWidget(dialog)
    dialog.show()
    purge = [{"batch": f"batch-{n:02d}", "file": f"doc-{n:04d}.pdf", "where": "whole file", "sha256": "ab" * 32,
              "date": "2024-06-01T10:00:00+00:00"} for n in range(3)]
    dialog.show_purge_list(purge, "ai-training", date(2024, 8, 1))
    qtbot.waitUntil(dialog.table.isVisible)
    assert cut_texts(dialog.table) == []
    assert dialog.width() <= dialog.screen().availableGeometry().width()
