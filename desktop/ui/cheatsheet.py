"""The `?` cheat sheet: every command with its keys, per mode, generated from registry and keymap."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from desktop.core.review.keymap import Keymap, key_rows
from desktop.ui.i18n import registry_text, translate

# The modes' titles; a mode without one is named by the registry (translated in its context).
_MODE_TITLES = {"review": QT_TRANSLATE_NOOP("CheatSheet", "Review"),
                "select": QT_TRANSLATE_NOOP("CheatSheet", "Word selection (after v)"),
                "type": QT_TRANSLATE_NOOP("CheatSheet", "Entity type (after t)"),
                "residue": QT_TRANSLATE_NOOP("CheatSheet", "Residue list (after g i)"),
                "qa": QT_TRANSLATE_NOOP("CheatSheet", "QA sample (after g v)")}


def mode_title(mode: str) -> str:
    return translate("CheatSheet", _MODE_TITLES[mode]) if mode in _MODE_TITLES else registry_text(mode)


def cheat_sheet_html(keymap: Keymap) -> str:
    parts, mode, category = [], None, None
    menu_only = translate("CheatSheet", "menu")  # a command without a key
    for row in key_rows(keymap):
        if row.mode != mode:
            if mode is not None:
                parts.append("</table>")
            mode, category = row.mode, None
            parts.append(f"<h3>{escape(mode_title(mode))}</h3><table cellpadding='3'>")
        if row.category != category:
            category = row.category
            parts.append(f"<tr><td colspan='2'><b>{escape(registry_text(category))}</b></td></tr>")
        keys = " &nbsp; ".join(f"<code>{escape(k)}</code>" for k in row.keys) or f"<i>{escape(menu_only)}</i>"
        parts.append(f"<tr><td width='150'>{keys}</td><td>{escape(registry_text(row.help))}</td></tr>")
    parts.append("</table>")
    return "".join(parts)


class CheatSheet(QDialog):
    def __init__(self, keymap: Keymap, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Clearance — keys"))
        self.resize(620, 720)
        browser = QTextBrowser(self)
        browser.setHtml(cheat_sheet_html(keymap))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(browser)
        layout.addWidget(buttons)
