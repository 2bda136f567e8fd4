"""The queue: every document with its status, open findings and consent badge; failed files say why."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem

from desktop.core.export.stage import document_stages, exported_documents
from desktop.core.pdf.health import damage_note
from desktop.ui.consent_badge import badge
from desktop.ui.i18n import CORE_CONTEXT, core_text, translate
from desktop.ui.tables import fit_columns

COLUMNS = (QT_TRANSLATE_NOOP("QueuePanel", "Document"), QT_TRANSLATE_NOOP("QueuePanel", "Status"),
           QT_TRANSLATE_NOOP("QueuePanel", "Open"), QT_TRANSLATE_NOOP("QueuePanel", "Consent"))


QUEUE_COLUMN_SHARE = 0.2  # of the screen: the queue is a side panel, a long reason is on hover


class QueuePanel(QTableWidget):
    document_clicked = Signal(int)

    def __init__(self, parent=None):
        super().__init__(0, len(COLUMNS), parent)
        self.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.verticalHeader().hide()
        fit_columns(self, share=QUEUE_COLUMN_SHARE, stretch=0)  # the document's name takes what is left
        self.doc_ids: list[int | None] = []
        self.badges: dict[int, tuple[str, str]] = {}  # doc id -> (badge, reasons); judged once per change
        # Documents in a batch that may leave: checking sign-offs verifies signatures, and a review
        # decision changes none, so it is read again only when the whole queue is judged again.
        self.exported: set[int] | None = None
        self.cellClicked.connect(self._clicked)

    def _clicked(self, row: int, _col: int) -> None:
        if self.doc_ids[row] is not None:
            self.document_clicked.emit(self.doc_ids[row])

    def show_queue(self, store, current: int | None, failures: list[tuple[str, str]] = (),
                   stale: set[int] | None = None) -> None:
        """Documents of the store, then files that could not be opened (name, one-line reason).

        Consent badges are judged again for the `stale` documents only (None: all of them): a
        decision changes its own document's eligibility, and judging a long queue per key is slow."""
        if stale is None:
            self.badges.clear()
            self.exported = None
        for doc_id in stale or ():
            self.badges.pop(doc_id, None)
        documents = store.documents()
        counts = store.finding_counts()
        if self.exported is None:
            self.exported = exported_documents(store)
        stages = document_stages(store, counts, self.exported)
        self.setRowCount(len(documents) + len(failures))
        self.doc_ids = []
        for row, doc in enumerate(documents):
            c = counts.get(doc["id"], {})
            if doc["id"] not in self.badges:
                self.badges[doc["id"]] = badge(store, doc["id"])
            consent, tip = self.badges[doc["id"]]
            status = core_text(damage_note(doc)) or translate(CORE_CONTEXT, stages[doc["id"]])  # a damaged file says so, never passes as whole
            self._set_row(row, (doc["name"], status, str(c.get("proposed", 0)), consent), tip or doc["path"])
            self.doc_ids.append(doc["id"])
            if doc["id"] == current:
                self.selectRow(row)
        for i, (name, reason) in enumerate(failures):
            row, reason = len(documents) + i, core_text(reason)
            self._set_row(row, (name, self.tr("cannot open"), "", ""), reason)
            for col in range(len(COLUMNS)):
                self.item(row, col).setForeground(QColor("#c92a2a"))
            self.item(row, 1).setText(reason)
            self.doc_ids.append(None)
        fit_columns(self, share=QUEUE_COLUMN_SHARE, stretch=0)  # a long reason stops at its share

    def _set_row(self, row: int, values, tooltip: str) -> None:
        for col, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setToolTip(tooltip)
            if col == 2:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.setItem(row, col, item)
