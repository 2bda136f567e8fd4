"""Find: the field, a counter ("hit 3 of 12"), and the list of hits, each with a checkbox saying
whether redact-all takes it; the current hit is the list's current row."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

CONTEXT = 30  # characters shown each side of a hit
LIST_ROWS = 6  # rows of hits visible before the list scrolls


class FindField(QLineEdit):
    """Enter finds, Esc closes the panel; Enter stays here (QLineEdit would pass it on to its parents)."""

    def __init__(self, on_find, on_close, parent=None):
        super().__init__(parent)
        self.setPlaceholderText(self.tr("Find in document — Enter to find, Esc to close"))
        self.returnPressed.connect(lambda: on_find(self.text()))
        self.on_close = on_close

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.on_close()
            return
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()


class FindPanel(QWidget):
    def __init__(self, on_find, on_close, parent=None):
        super().__init__(parent)
        self.field = FindField(on_find, on_close)
        self.counter = QLabel("")
        self.counter.setObjectName("findCounter")
        self.list = QListWidget()
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # n/N and m work from the page
        self.list.setWordWrap(True)
        self.list.hide()
        top = QHBoxLayout()
        top.addWidget(self.field, 1)
        top.addWidget(self.counter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.list)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.hide()

    def ask(self) -> None:
        self.show()
        self.field.selectAll()
        self.field.setFocus()

    def show_hits(self, hits, page_text) -> None:
        """Fill the list: page and the hit in its context, every hit checked for redact-all."""
        self.list.clear()
        for hit in hits:
            text = page_text(hit.page)
            before = " ".join(text[max(hit.start - CONTEXT, 0):hit.start].split())
            after = " ".join(text[hit.end:hit.end + CONTEXT].split())
            where = self.tr("p. {page}").format(page=hit.page + 1)
            item = QListWidgetItem(f"{where}   …{before} [{' '.join(hit.text.split())}] {after}…")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        self.list.setVisible(bool(hits))
        if hits:
            rows = min(len(hits), LIST_ROWS)
            self.list.setFixedHeight(self.list.sizeHintForRow(0) * rows + 2 * self.list.frameWidth() + 4)

    def mark(self, index: int) -> None:
        """Make hit `index` the current one: selected in the list, named in the counter."""
        n = self.list.count()
        self.counter.setText(self.tr("hit {number} of {count}").format(number=index + 1, count=n) if n else self.tr("no hits"))
        if 0 <= index < n:
            self.list.setCurrentRow(index)
            self.list.scrollToItem(self.list.item(index))

    def toggle(self, index: int) -> bool:
        """Take hit `index` out of redact-all or back in; returns whether it is in now."""
        item = self.list.item(index)
        if item is None:
            return False
        checked = item.checkState() != Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        return checked

    def chosen(self) -> list[int]:
        return [i for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]
