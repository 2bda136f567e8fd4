"""The registry view: type to search parties; each shows its consents; withdraw a consent. Keyboard only."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from desktop.ui.i18n import CORE_CONTEXT, translate
from desktop.ui.keys import chord_of
from desktop.ui.tables import fit_columns, fit_dialog
from desktop.ui.withdraw_dialog import WithdrawDialog

WITHDRAW_COMMAND = "consent-withdraw"
# Keys inside the party list (panel-local, documented in the README). The withdraw key is taken
# from the keymap when `consent-withdraw` is bound there, so one binding serves window and view.
REGISTRY_KEYS = {"withdraw": ("W",), "search": ("/",)}


def registry_keys(keymap=None) -> dict[str, tuple[str, ...]]:
    bound = tuple(k for k in (keymap.keys_for(WITHDRAW_COMMAND) if keymap else []) if " " not in k)
    return {**REGISTRY_KEYS, "withdraw": bound} if bound else dict(REGISTRY_KEYS)


class RegistryView(QDialog):
    def __init__(self, store, parent=None, keymap=None):
        super().__init__(parent)
        self.store = store
        self.keys = registry_keys(keymap)
        self.withdraw_dialog: WithdrawDialog | None = None
        self.setWindowTitle(self.tr("Consent registry"))
        self.resize(800, 500)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("name, alias, e-mail, register number or VAT ID; Down to the list"))
        self.search.textChanged.connect(self.refresh)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Party / purpose"), self.tr("Kind / status"), self.tr("Granted"),
                                   self.tr("Valid until"), self.tr("Withdrawn"), self.tr("Version")])
        self.tree.installEventFilter(self)
        withdraw_keys = ", ".join(self.keys["withdraw"])
        self.withdraw_button = QPushButton(self.tr("Withdraw consent… ({keys})").format(keys=withdraw_keys))
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.tree)
        layout.addWidget(self.withdraw_button)
        self.search.installEventFilter(self)
        self.refresh()

    def refresh(self) -> None:
        selected = self.selected_party_id()
        self.tree.clear()
        for party in self.store.parties(self.search.text().strip() or None):
            top = QTreeWidgetItem([party.name, translate(CORE_CONTEXT, str(party.kind))])
            top.setData(0, Qt.ItemDataRole.UserRole, party.id)
            top.setToolTip(0, ", ".join(t for t in (party.email, party.register_number, party.vat_id,
                                                      *party.aliases) if t))
            for c in self.store.consents(party.id):
                top.addChild(QTreeWidgetItem([c.purpose, translate(CORE_CONTEXT, c.status), *(d.isoformat() if d else "" for d in (
                    c.granted_on, c.valid_until, c.withdrawn_on)), c.version]))
            self.tree.addTopLevelItem(top)
            if party.id == selected:
                self.tree.setCurrentItem(top)
        self.tree.expandAll()
        # names and dates in full, never elided: a name wider than the dialog scrolls the tree sideways,
        # while the dialog itself stays within the screen
        fit_columns(self.tree, share=1.0)
        fit_dialog(self, self.tree)
        if self.tree.currentItem() is None and self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))

    def selected_party_id(self) -> int | None:
        item = self.tree.currentItem()
        while item is not None and item.parent() is not None:  # a consent row stands for its party
            item = item.parent()
        return item.data(0, Qt.ItemDataRole.UserRole) if item else None

    def select_party(self, party_id: int) -> bool:
        for i in range(self.tree.topLevelItemCount()):
            if self.tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) == party_id:
                self.tree.setCurrentItem(self.tree.topLevelItem(i))
                return True
        return False

    def withdraw_selected(self) -> WithdrawDialog | None:
        """Open the withdrawal dialog for the selected party (not modal: the view stays usable)."""
        party_id = self.selected_party_id()
        party = self.store.party(party_id) if party_id is not None else None
        if party is None:
            return None
        self.withdraw_dialog = WithdrawDialog(self.store, party, self)
        self.withdraw_dialog.withdrawn.connect(lambda _purge: self.refresh())
        self.withdraw_dialog.show()
        self.withdraw_dialog.purpose.setFocus()
        return self.withdraw_dialog

    def eventFilter(self, obj, event) -> bool:
        if event.type() == event.Type.KeyPress:
            if obj is self.search and event.key() == Qt.Key.Key_Down:
                self.tree.setFocus()
                return True
            if obj is self.tree:
                chord = chord_of(event)
                if chord in self.keys["withdraw"]:
                    self.withdraw_selected()
                    return True
                if chord in self.keys["search"]:
                    self.search.setFocus()
                    self.search.selectAll()
                    return True
        return super().eventFilter(obj, event)
