"""The residue list of the open document: each group's decision, kind, count, text and pages; the current
group is the list's current row. Keys reach it through the `residue` mode, never the list itself."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QSizePolicy, QVBoxLayout, QWidget

LIST_ROWS = 8  # rows visible before the list scrolls


class ResiduePanel(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.title = QLabel("")
        self.title.setObjectName("residueTitle")
        self.title.setWordWrap(True)
        self.list = QListWidget()
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # j/k, a, x work from the page
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.list)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.hide()

    def show_residue(self, residue, index: int, hint: str) -> None:
        """Fill the list from a DocumentResidue and select group `index`."""
        self.list.clear()
        for g in residue.groups:
            decided = residue.decision(g)
            pages = ", ".join(map(str, g.pages))
            mark = self.tr("✓ fine") if decided == "fine" else self.tr("• open")
            self.list.addItem(f"{mark}   {g.kind}   {g.count}x   {' '.join(g.text.split())}   "
                              + self.tr("p. {pages}").format(pages=pages))
        self.title.setText(self.tr("Residue of {name}: {summary}   —   {hint}").format(
            name=residue.name, summary=residue.summary(), hint=hint))
        rows = max(1, min(len(residue.groups), LIST_ROWS))
        self.list.setFixedHeight(self.list.sizeHintForRow(0) * rows + 2 * self.list.frameWidth() + 4
                                 if residue.groups else 0)
        if 0 <= index < self.list.count():
            self.list.setCurrentRow(index)
            self.list.scrollToItem(self.list.item(index))
        self.show()

    def current_row(self) -> int:
        return self.list.currentRow()
