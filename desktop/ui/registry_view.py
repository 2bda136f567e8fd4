"""The registry view: type to search parties; each shows its consents. Keyboard only."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QTreeWidget, QTreeWidgetItem, QVBoxLayout


class RegistryView(QDialog):
    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.setWindowTitle("Consent registry")
        self.resize(800, 500)
        self.search = QLineEdit()
        self.search.setPlaceholderText("name, alias, e-mail, register number or VAT ID; Down to the list")
        self.search.textChanged.connect(self.refresh)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(["Party / purpose", "Kind / status", "Granted", "Valid until", "Withdrawn",
                                   "Version"])
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.tree)
        self.search.installEventFilter(self)
        self.refresh()

    def refresh(self) -> None:
        self.tree.clear()
        for party in self.store.parties(self.search.text().strip() or None):
            top = QTreeWidgetItem([party.name, party.kind])
            top.setData(0, Qt.ItemDataRole.UserRole, party.id)
            top.setToolTip(0, ", ".join(t for t in (party.email, party.register_number, party.vat_id,
                                                      *party.aliases) if t))
            for c in self.store.consents(party.id):
                top.addChild(QTreeWidgetItem([c.purpose, c.status, *(d.isoformat() if d else "" for d in (
                    c.granted_on, c.valid_until, c.withdrawn_on)), c.version]))
            self.tree.addTopLevelItem(top)
        self.tree.expandAll()
        if self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))

    def eventFilter(self, obj, event) -> bool:
        if obj is self.search and event.type() == event.Type.KeyPress and event.key() == Qt.Key.Key_Down:
            self.tree.setFocus()
            return True
        return super().eventFilter(obj, event)
