"""Withdraw a party's consent: purpose and date, then the purge list with Copy and Save as CSV."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.consent.csvio import PURGE_COLUMNS, purge_list_text
from desktop.core.consent.gate import DEFAULT_PURPOSE, ConsentError, withdraw
from desktop.core.consent.parties import ConsentStatus
from desktop.ui.i18n import CORE_CONTEXT, translate
from desktop.ui.keys import chord_of
from desktop.ui.tables import SCREEN_SHARE, columns_width, fit_columns, screen_width

# Keys inside the purge list (panel-local, documented in the README): action -> chords.
PURGE_KEYS = {"copy": ("Ctrl+C",), "save": ("Ctrl+S",)}


PURGE_ROWS_SHOWN = 12  # rows of the purge list shown before it scrolls


class WithdrawDialog(QDialog):
    """Enter records the withdrawal; the dialog then shows every exported file to purge."""

    withdrawn = Signal(list)  # the purge list, once the withdrawal is recorded

    def __init__(self, store, party, parent=None):
        super().__init__(parent)
        self.store, self.party = store, party
        self.purge: list[dict] | None = None
        self.setWindowTitle(self.tr("Withdraw consent: {party}").format(party=party.name))
        self.purpose = QComboBox()
        self.purpose.addItems(_purposes(store, party.id))
        self.day = QLineEdit(date.today().isoformat())
        self.day.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.error = QLabel("")
        self.error.setWordWrap(True)
        self.ok = QPushButton(self.tr("&Withdraw"))
        self.ok.setDefault(True)
        self.ok.clicked.connect(self.record)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        self.form = QWidget()
        form = QFormLayout(self.form)
        form.addRow(self.tr("&Purpose"), self.purpose)
        form.addRow(self.tr("&Date"), self.day)
        form.addRow(self.error)
        form.addRow(_row(self.ok, cancel))
        self.result_view = self._purge_view()
        self.result_view.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.result_view)

    def _purge_view(self) -> QWidget:
        self.summary = QLabel("")
        self.summary.setWordWrap(True)  # a long party name wraps; it never widens the dialog past the screen
        self.table = QTableWidget(0, len(PURGE_COLUMNS))
        self.table.setHorizontalHeaderLabels([translate(CORE_CONTEXT, c.capitalize()) for c in PURGE_COLUMNS])
        self.table.installEventFilter(self)
        copy, save, close = (QPushButton(self.tr("&Copy")), QPushButton(self.tr("&Save as CSV…")),
                             QPushButton(self.tr("C&lose")))
        copy.clicked.connect(self.copy)
        save.clicked.connect(lambda: self.save_csv())
        close.clicked.connect(self.accept)
        self.close_button = close
        view = QWidget()
        box = QVBoxLayout(view)
        box.addWidget(self.summary)
        box.addWidget(self.table)
        box.addWidget(_row(copy, save, close))
        return view

    def record(self) -> None:
        try:
            day = date.fromisoformat(self.day.text().strip())
        except ValueError:
            self.error.setText(self.tr("{text!r} is not a date (YYYY-MM-DD)").format(text=self.day.text()))
            return
        try:
            purge = withdraw(self.store, self.party.id, self.purpose.currentText(), day)
        except ConsentError as exc:
            self.error.setText(str(exc))
            return
        self.show_purge_list(purge, self.purpose.currentText(), day)
        self.withdrawn.emit(purge)

    def show_purge_list(self, purge: list[dict], purpose: str, day: date) -> None:
        self.purge = purge
        self.summary.setText(self.tr("Withdrawal of {purpose} recorded for {party} on {day}. {count} exported "
                                     "file(s) hold the party's documents and must be purged:").format(
            purpose=purpose, party=self.party.name, day=day, count=len(purge)))
        self.table.setRowCount(len(purge))
        for r, p in enumerate(purge):
            for c, column in enumerate(PURGE_COLUMNS):
                self.table.setItem(r, c, QTableWidgetItem(str(p[column])))
        fit_columns(self.table)
        self._fit_table(len(purge))
        self.form.hide()
        self.ok.setDefault(False)
        self.close_button.setDefault(True)
        self.result_view.show()
        self.table.setFocus()
        if purge:
            self.table.setCurrentCell(0, 0)

    def _fit_table(self, rows: int) -> None:
        """The table as large as its content (up to PURGE_ROWS_SHOWN rows and the screen's width): the
        officer reads the whole purge list, not one row behind a scroll bar."""
        table = self.table
        frame = 2 * table.frameWidth()
        shown = min(max(rows, 1), PURGE_ROWS_SHOWN)
        table.setMinimumHeight(table.horizontalHeader().sizeHint().height() + frame
                               + shown * table.verticalHeader().defaultSectionSize()
                               + table.horizontalScrollBar().sizeHint().height())
        table.setMinimumWidth(min(columns_width(table), int(screen_width(self) * SCREEN_SHARE)))
        self.adjustSize()

    def copy(self) -> None:
        """The whole purge list to the clipboard, tab-separated so it pastes into a spreadsheet."""
        QApplication.clipboard().setText(purge_list_text(self.purge or [], delimiter="\t"))

    def save_csv(self, path: str | None = None) -> str | None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the purge list"), f"purge-{self.party.id}.csv",
                                                  self.tr("CSV files (*.csv)"))
        if not path:
            return None
        try:
            with open(path, "w", encoding="utf-8", newline="") as out:
                out.write(purge_list_text(self.purge or []))
        except OSError as exc:
            self.summary.setText(self.tr("{path}: cannot be written ({reason}); the list is still here").format(
                path=path, reason=exc.strerror))
            return None
        self.summary.setText(self.tr("{count} file(s) to purge, saved to {path}").format(
            count=len(self.purge or []), path=path))
        return path

    def eventFilter(self, obj, event) -> bool:
        if obj is self.table and event.type() == event.Type.KeyPress:
            chord = chord_of(event)
            for action, keys in PURGE_KEYS.items():
                if chord in keys:
                    (self.copy if action == "copy" else self.save_csv)()
                    return True
        return super().eventFilter(obj, event)


def _purposes(store, party_id: int) -> list[str]:
    """The purposes the party consented to, the default purpose first; refused ones have nothing to withdraw."""
    found = {c.purpose for c in store.consents(party_id) if c.status != ConsentStatus.REFUSED}
    return sorted(found or {DEFAULT_PURPOSE}, key=lambda p: (p != DEFAULT_PURPOSE, p))


def _row(*widgets) -> QWidget:
    row = QWidget()
    box = QHBoxLayout(row)
    box.setContentsMargins(0, 0, 0, 0)
    for w in widgets:
        box.addWidget(w)
    box.addStretch(1)
    return row
