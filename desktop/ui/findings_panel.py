"""The findings of the open document as a table: type, text, page, score, state and why. Quasi-identifiers
come after the direct findings, one block per class, in muted colours, marked "by class" with their class,
their Why led by the policy's treatment."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableView

from desktop.core.model import Finding, type_label
from desktop.core.review.classes import class_of
from desktop.core.review.explain import why
from desktop.ui.i18n import CORE_CONTEXT, translate, why_word
from desktop.ui.page_view import type_colour
from desktop.ui.tables import fit_columns

COLUMNS = (QT_TRANSLATE_NOOP("FindingsModel", "Type"), QT_TRANSLATE_NOOP("FindingsModel", "Text"),
           QT_TRANSLATE_NOOP("FindingsModel", "Page"), QT_TRANSLATE_NOOP("FindingsModel", "Score"),
           QT_TRANSLATE_NOOP("FindingsModel", "State"), QT_TRANSLATE_NOOP("FindingsModel", "Why"))
MUTED = QColor("#868e96")
TEXT_COLUMN_SHARE = 0.1  # of the screen: a long finding's text is shown whole in the details below
TEXT_COLUMN_CHARS = 24  # the panel is narrow: past this the text gives way, so that the state stays in sight


class FindingsModel(QAbstractTableModel):
    def __init__(self):
        super().__init__()
        self.findings: list[Finding] = []
        self.notes: dict[int, str] = {}  # quasi finding id -> what the policy makes of it
        self._rows: dict[int, tuple] = {}  # row -> cell texts of the finding shown there

    def rowCount(self, parent=None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.findings)

    def columnCount(self, parent=None) -> int:
        return len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return translate("FindingsModel", COLUMNS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        f = self.findings[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells(index.row())[col]
        if role == Qt.ItemDataRole.ForegroundRole and col == 0:
            return type_colour(f.entity_type)
        if role == Qt.ItemDataRole.ForegroundRole and (f.id in self.notes or (col == 4 and f.status == "rejected")):
            return MUTED  # a quasi-identifier's whole row: it is decided by its class, not here
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._cells(index.row())[5]
        return None

    def _cells(self, row: int) -> tuple:
        """The row's texts, made once per version of the finding: a repaint asks for them often."""
        cells = self._rows.get(row)
        if cells is None:
            f = self.findings[row]
            note = self.notes.get(f.id)
            cells = self._rows[row] = (
                _word(type_label(f.entity_type)), " ".join(f.text.split()), f.page + 1, f"{f.score:.2f}",
                state_text(f) + (_by_class(f) if note else ""),
                f"{note} · {why(f, why_word)}" if note else why(f, why_word))
        return cells

    def set_findings(self, findings: list[Finding], notes: dict[int, str] | None = None) -> None:
        """Reset only when the set of findings changed; otherwise update the rows that differ."""
        old = self.findings
        if notes is not None and notes != self.notes:
            self.notes = dict(notes)  # an approval or the policy changed: every quasi row says so again
            self._rows.clear()
            if [f.id for f in old] == [f.id for f in findings] and old:
                self.findings = list(findings)
                self.dataChanged.emit(self.index(0, 0), self.index(len(old) - 1, len(COLUMNS) - 1))
                return
        if [f.id for f in old] != [f.id for f in findings]:
            self.beginResetModel()
            self.findings = list(findings)
            self._rows.clear()
            self.endResetModel()
            return
        self.findings = list(findings)
        for row, (a, b) in enumerate(zip(old, findings)):
            if a is not b and a != b:
                self._rows.pop(row, None)
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))


def _word(text: str) -> str:
    """A word of the core (a type label, a status, a class) in the window's language."""
    return translate(CORE_CONTEXT, text)


def state_text(f: Finding) -> str:
    manual = translate("FindingsModel", " · manual") if f.source == "manual" else ""
    return _word(str(f.status)) + manual


def _by_class(f: Finding) -> str:
    return translate("FindingsModel", " · by class: {cls}").format(cls=_word(class_of(f.entity_type) or ""))


class FindingsPanel(QTableView):
    finding_clicked = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model_ = FindingsModel()
        self.setModel(self.model_)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys belong to the review, not the table
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(22)
        self._fit()
        self.clicked.connect(lambda index: self.finding_clicked.emit(self.model_.findings[index.row()].id))

    def show_findings(self, findings: list[Finding], current: int, notes: dict[int, str] | None = None) -> None:
        changed = [f.id for f in self.model_.findings] != [f.id for f in findings]
        self.model_.set_findings(findings, notes)
        if changed:  # another document or set: its columns sized again (a decision changes no width much)
            self._fit()
        self.select(current)

    def _fit(self) -> None:
        """Columns to their header and content; Why takes what is left and is read in full below."""
        fit_columns(self, share=TEXT_COLUMN_SHARE, last_to_content=False, short_text=TEXT_COLUMN_CHARS)
        # A decision changes a state without sizing again: the column holds the language's longest state.
        state = max((_word(s) for s in ("proposed", "confirmed", "rejected")), key=len)
        self.setColumnWidth(4, max(self.columnWidth(4), self.fontMetrics().horizontalAdvance(state) + 16))

    def select(self, current: int) -> None:
        if 0 <= current < len(self.model_.findings):
            self.selectRow(current)
            index = self.model_.index(current, 0)
            if not self.viewport().rect().contains(self.visualRect(index)):
                # Centre it: the table then scrolls once every half page, not on every key press.
                self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        else:
            self.clearSelection()


class FindingDetails(QLabel):
    """The current finding in full under the table: its text and why it was proposed, wrapped, so a
    long explanation is never cut off as it is in the table's Why column."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("findingDetails")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setMargin(4)

    def show_finding(self, f: Finding | None, note: str | None = None) -> None:
        if f is None:
            self.setText("")
            return
        policy = self.tr("\nQuasi-identifier, reviewed by class: {note}").format(note=note) if note else ""
        self.setText(self.tr("{type} “{text}” on page {page}, {state}").format(
            type=_word(type_label(f.entity_type)), text=" ".join(f.text.split()), page=f.page + 1, state=state_text(f))
            + policy + self.tr("\nWhy: {why}").format(why=why(f, why_word) or self.tr("drawn or selected by the reviewer")))
