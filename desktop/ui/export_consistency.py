"""The export flow's line on consistency: how many names redacted somewhere are readable (or rejected) in the
documents about to leave, a way to open the list (and redact them there), and the conscious choice that
signing with such names left takes. Thin: the report is desktop.core.assurance.consistency's."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.core.assurance.consistency import exceptions_in
from desktop.core.assurance.desk import QaDesk
from desktop.ui.worker import run_in_background


class ConsistencyNotice(QObject):
    """One row above the passphrase: the count, Alt+E to open the list, Alt+K to sign with them left."""

    def __init__(self, flow):
        super().__init__(flow)
        self.flow = flow
        self.count: int | None = None  # None while the pages are read
        self.job = None
        self.box = QWidget()
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Names readable &elsewhere…"))
        self.open_button.setAutoDefault(False)
        self.accept_left = QCheckBox(self.tr("Sign &knowing they stay readable"))
        row = QHBoxLayout(self.box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.open_button)
        row.addWidget(self.accept_left)
        self.open_button.clicked.connect(self.open_list)
        self.box.hide()

    def load(self, doc_ids: list[int]) -> None:
        """Read the store's consistency report on a pool thread, for the documents of this export."""
        desk, ids = QaDesk(self.flow.workspace), list(doc_ids)
        self.count = None
        self.accept_left.setChecked(False)
        self.label.setText(self.tr("Looking for names redacted in one document and readable in another…"))
        self.open_button.hide()
        self.accept_left.hide()
        self.box.show()
        self.job = run_in_background(lambda _p: len(exceptions_in(desk.consistency(), ids)), self.show_count,
                                     lambda reason: self.label.setText(self.tr(
                                         "The consistency of the names could not be read: {reason}").format(
                                         reason=reason)))

    def show_count(self, count: int) -> None:
        self.count = count
        if not count:
            self.label.setText(self.tr("Every name redacted somewhere is redacted in these documents too."))
            return
        self.label.setText(self.tr("{count} name(s) redacted somewhere are readable elsewhere (or were rejected) "
                                   "in these documents.").format(count=count))
        self.open_button.show()
        self.accept_left.show()

    def refusal(self) -> str | None:
        """Why the flow may not sign yet: the report is still read, or names are left and not accepted."""
        if self.flow.signed_once or not self.box.isVisible():
            return None  # an approval of a batch reviewed earlier, or no report asked for
        if self.count is None:
            return self.tr("Still looking for names readable elsewhere; sign in a moment.")
        if self.count and not self.accept_left.isChecked():
            return self.tr("{count} name(s) redacted somewhere are readable elsewhere: open the list (Alt+E) and "
                           "redact them, or tick Sign knowing they stay readable (Alt+K).").format(count=self.count)
        return None

    def open_list(self) -> None:
        """The list over this export's documents; a redaction there makes the built batch stale: build anew."""
        from desktop.ui.consistency_dialog import ConsistencyDialog

        dialog = ConsistencyDialog(self.flow.workspace, self.flow.doc_ids, parent=self.flow)
        self.flow.consistency_dialog = dialog  # reachable while open (tests type into it)
        dialog.exec()
        if dialog.changed:
            self.flow.start()
