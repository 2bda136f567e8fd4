"""Names redacted in one document and readable or rejected in another (`clearance consistency`), grouped by
party, with one action to redact the chosen name everywhere and one to take that back. Thin: the report,
the redaction and its undo are desktop.core.assurance's, reached through the workspace."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from desktop.core.assurance.consistency import ConsistencyReport, TermUse, exceptions_in
from desktop.core.assurance.desk import QaDesk
from desktop.ui.tables import fit_columns, fit_dialog
from desktop.ui.worker import run_in_background

TERM = Qt.ItemDataRole.UserRole  # a term row's term; a party row holds none


def _names(report: ConsistencyReport, ids) -> str:
    return ", ".join(report.documents.get(i, str(i)) for i in sorted(ids))


class ConsistencyDialog(QDialog):
    """The report's exceptions (those touching `doc_ids` when given, as the export flow asks)."""

    def __init__(self, workspace, doc_ids: list[int] | None = None, parent=None):
        super().__init__(parent)
        self.desk = QaDesk(workspace)
        self.doc_ids = doc_ids
        self.report: ConsistencyReport | None = None
        self.exceptions: list[TermUse] = []
        self.undo_groups: list[dict[int, list[str]]] = []  # one entry per redaction, newest last
        self.changed = False  # something was redacted (or taken back): a batch built before is out of date
        self.job = None
        self.setWindowTitle(self.tr("Names redacted somewhere, readable elsewhere"))
        self.resize(900, 480)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Party / name"), self.tr("Type"), self.tr("Redacted in"),
                                   self.tr("Readable or rejected in")])
        self.tree.installEventFilter(self)  # r and u act on the chosen row, as the buttons do
        self.status = QLabel(self.tr("Reading every page for the redacted names…"))
        self.status.setWordWrap(True)
        self.redact_button = QPushButton(self.tr("&Redact everywhere"))
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.close_button = QPushButton(self.tr("&Close"))
        for button in (self.redact_button, self.undo_button, self.close_button):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.redact_button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Up/Down: names. R (or Alt+R) redacts the chosen name (or the chosen party's "
                                        "names) wherever it is readable or was rejected; U (or Alt+U) takes the last "
                                        "one back; Esc closes.")))
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.redact_button.clicked.connect(self.redact_chosen)
        self.undo_button.clicked.connect(self.undo)
        self.close_button.clicked.connect(self.accept)
        self._set_enabled(False)
        self.load()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.tree and event.type() == QEvent.Type.KeyPress and not event.modifiers():
            action = {Qt.Key.Key_R: self.redact_chosen, Qt.Key.Key_U: self.undo}.get(event.key())
            if action is not None:
                action()
                return True
        return super().eventFilter(watched, event)

    def load(self) -> None:
        """Read the report on a pool thread (every page of the store is read once)."""
        desk = self.desk
        self.job = run_in_background(lambda _p: desk.consistency(), self.show_report, self._failed)

    def show_report(self, report: ConsistencyReport) -> None:
        self.report = report
        self.exceptions = exceptions_in(report, self.doc_ids) if self.doc_ids is not None else report.exceptions
        shown = {id(t) for t in self.exceptions}
        self.tree.clear()
        for party, uses in report.by_party().items():
            uses = [t for t in uses if id(t) in shown]
            if not uses:
                continue
            top = QTreeWidgetItem([party])
            for t in uses:
                where = [self.tr("{name} ({count}x readable)").format(name=report.documents.get(d, str(d)), count=n)
                         for d, n in sorted(t.readable.items())]
                where += [self.tr("{name} (rejected)").format(name=report.documents.get(d, str(d)))
                          for d in sorted(t.rejected)]
                row = QTreeWidgetItem([t.term, t.entity_type, _names(report, t.redacted), ", ".join(where)])
                row.setData(0, TERM, t.term)
                top.addChild(row)
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
        fit_columns(self.tree)
        fit_dialog(self, self.tree)
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first.child(0))
        self._set_enabled(bool(self.exceptions))
        self.status.setText(self.tr("{count} name(s) redacted somewhere are readable or rejected elsewhere.").format(
            count=len(self.exceptions)) if self.exceptions else self.tr("Every redacted name is redacted everywhere."))
        self.tree.setFocus()

    def _failed(self, reason: str) -> None:
        self.status.setText(self.tr("The report could not be read: {reason}").format(reason=reason))

    def _set_enabled(self, on: bool) -> None:
        self.redact_button.setEnabled(on)
        self.undo_button.setEnabled(bool(self.undo_groups))

    def chosen_terms(self) -> list[str]:
        item = self.tree.currentItem()
        if item is None:
            return []
        if item.data(0, TERM):
            return [item.data(0, TERM)]
        return [item.child(i).data(0, TERM) for i in range(item.childCount())]

    def redact_chosen(self) -> None:
        """The same core call as `clearance consistency --redact-everywhere TERM...`."""
        terms = self.chosen_terms()
        if not terms or self.report is None:
            return
        counts, groups = self.desk.redact_everywhere(self.report, terms)
        if groups:
            self.undo_groups.append(groups)
            self.changed = True
        self.show_report(self.desk.consistency())
        self.status.setText(self.tr("Redacted {terms}: {count} occurrence(s) in {documents} document(s). U "
                                    "takes it back.").format(terms=", ".join(f"“{t}”" for t in counts),
                                                             count=sum(counts.values()), documents=len(groups)))

    def undo(self) -> None:
        if not self.undo_groups:
            return
        documents = self.desk.undo(self.undo_groups.pop())
        self.changed = True
        self.show_report(self.desk.consistency())
        self.status.setText(self.tr("Taken back in {documents} document(s).").format(documents=documents))
