"""The consent panel: the current document's parties with role, consent status and reason; keyboard only."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.consent import Role
from desktop.core.consent.gate import DEFAULT_PURPOSE, document_links, eligibility
from desktop.core.consent.parties import PartyKind
from desktop.core.scan.links import (
    LinkChange,
    change_party_kind,
    kind_change_effect,
    link_party,
    unlink_party,
)
from desktop.ui.consent_badge import badge_for
from desktop.ui.i18n import CORE_CONTEXT, translate, translate_reason

SHOWN_REASONS = 2  # the rest is on hover: the party list below already shows each link's state
ROLE_ORDER = [Role.CONTRACTING, Role.SIGNER, Role.WITNESS, Role.CONTACT, Role.OTHER]
# Keys inside the panel (data, like resources/keymap.toml): action -> key names.
PANEL_KEYS = {"link": ("Return", "Enter", "L"), "role": ("R",), "kind": ("K",), "unlink": ("Del", "U"),
              "search": ("/",), "leave": ("Esc",)}
OTHER_KIND = {PartyKind.COMPANY: PartyKind.PERSON, PartyKind.PERSON: PartyKind.COMPANY}


class ConsentPanel(QWidget):
    """Lists the document's links; Enter confirms (links) the selected party, R changes its role,
    K makes it a person or a company, Delete unlinks it, / searches the registry and Enter links the
    party found, Esc leaves the panel. The selection stays on its party when the list re-sorts."""

    links_changed = Signal(object)  # the LinkChange of a confirmed, changed or removed link: badges are stale
    left = Signal()  # the reviewer pressed Esc: the keyboard goes back to the page

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.setProperty("ownsKeys", True)  # see desktop.ui.keys.OWN_KEYS_PROPERTY
        self.store = store
        self.doc_id: int | None = None
        self.purpose = DEFAULT_PURPOSE
        self.at = date.today()
        # Whether a link change proposes the parties' names now; the window says no while a scan of
        # the document runs (the scan proposes them at its end).
        self.propagate_names = lambda: True
        self.badge = QLabel("")
        self.badge.setObjectName("consentBadge")
        self.reasons = QLabel("")
        self.reasons.setWordWrap(True)
        self.list = QListWidget()
        self.list.installEventFilter(self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("/ search the registry, Enter links as contracting party"))
        self.search.returnPressed.connect(self._link_found)
        layout = QVBoxLayout(self)
        for w in (self.badge, self.reasons, self.list, self.search):
            layout.addWidget(w)

    def show_document(self, doc_id: int | None) -> None:
        self.doc_id = doc_id
        self.refresh()

    def refresh(self, select_party: int | None = None) -> None:
        """Rebuild the list from the store; the selection stays on its party wherever it sorts to."""
        row = max(self.list.currentRow(), 0)
        current = self.current_link()
        select_party = select_party if select_party is not None else (current.party.id if current else None)
        self.list.clear()
        if self.doc_id is None:
            self.badge.setText("")
            self.reasons.setText("")
            return
        result = eligibility(self.store, self.doc_id, self.purpose, self.at)
        text, colour, tooltip = badge_for(result)
        self.badge.setText(self.tr("Consent: {verdict}").format(verdict=text))
        self.badge.setStyleSheet(f"color: {colour}; font-weight: bold")
        self.badge.setToolTip(tooltip)
        reasons = [translate_reason(r) for r in result.reasons]
        self.reasons.setText(_summary(reasons))
        self.reasons.setToolTip("\n".join(reasons))
        for link in document_links(self.store, self.doc_id):
            state = "" if link.confirmed else self.tr("  [proposed]")
            kind, role = translate(CORE_CONTEXT, str(link.party.kind)), translate(CORE_CONTEXT, str(link.role))
            item = QListWidgetItem(f"{link.party.name} ({kind}) — {role}{state}")
            item.setData(Qt.ItemDataRole.UserRole, link)
            item.setToolTip(link.note or self.tr("found in: {source}").format(source=link.source))
            self.list.addItem(item)
            if link.party.id == select_party:
                row = self.list.count() - 1
        if self.list.count():
            self.list.setCurrentRow(min(row, self.list.count() - 1))

    def current_link(self):
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    # --- actions -----------------------------------------------------------------------------

    def link_current(self) -> None:
        link = self.current_link()
        if link is not None:
            self._changed(link_party(self.store, self.doc_id, link.party.id, link.role, link.source,
                                     propagate=self.propagate_names()))

    def cycle_role(self) -> None:
        link = self.current_link()
        if link is not None:
            role = ROLE_ORDER[(ROLE_ORDER.index(Role(link.role)) + 1) % len(ROLE_ORDER)]
            self._changed(link_party(self.store, self.doc_id, link.party.id, role, link.source,
                                     propagate=self.propagate_names()))

    def toggle_kind(self) -> None:
        """Make the selected party a person if it is a company and the other way round (audited)."""
        link = self.current_link()
        if link is None:
            return
        kind = OTHER_KIND[PartyKind(link.party.kind)]
        answer = QMessageBox.question(self, self.tr("Change the party's kind"), kind_change_effect(self.store, link.party.id, kind),
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.Yes)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            now, change = change_party_kind(self.store, self.doc_id, link.party.id, kind,
                                            propagate=self.propagate_names())
        except ValueError as exc:
            self.reasons.setText(str(exc))
            return
        self._changed(change, select_party=now)

    def unlink_current(self) -> None:
        link = self.current_link()
        if link is not None:
            self._changed(unlink_party(self.store, self.doc_id, link.party.id, propagate=self.propagate_names()))

    def _link_found(self) -> None:
        party = self.store.find_party(self.search.text().strip()) if self.search.text().strip() else None
        if party is None or self.doc_id is None:
            self.search.setPlaceholderText(self.tr("no party {name!r} in the registry").format(name=self.search.text()))
            self.search.clear()
            return
        change = link_party(self.store, self.doc_id, party.id, Role.CONTRACTING, propagate=self.propagate_names())
        self.search.clear()
        self._changed(change)
        self.list.setFocus()

    def _changed(self, change: LinkChange, select_party: int | None = None) -> None:
        self.refresh(select_party)
        self.links_changed.emit(change)

    def eventFilter(self, obj, event) -> bool:
        if obj is self.list and event.type() == event.Type.KeyPress:
            name = QKeySequence(event.key()).toString()
            actions = {"link": self.link_current, "role": self.cycle_role, "kind": self.toggle_kind,
                       "unlink": self.unlink_current,
                       "search": self.search.setFocus, "leave": self.left.emit}
            for action, keys in PANEL_KEYS.items():
                if name in keys:
                    actions[action]()
                    return True
        return super().eventFilter(obj, event)


def _summary(reasons) -> str:
    shown = list(reasons[:SHOWN_REASONS])
    if len(reasons) > SHOWN_REASONS:
        shown.append(translate("ConsentPanel", "… and {count} more (hover to read all)").format(
            count=len(reasons) - SHOWN_REASONS))
    return "\n".join(shown)
