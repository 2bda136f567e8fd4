"""The `?` cheat sheet: every command with its keys, per mode, generated from registry and keymap."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from desktop.core.review.keymap import Keymap, key_rows

_MODE_TITLES = {"review": "Review", "select": "Word selection (after v)", "type": "Entity type (after t)"}


def cheat_sheet_html(keymap: Keymap) -> str:
    parts, mode, category = [], None, None
    for row in key_rows(keymap):
        if row.mode != mode:
            if mode is not None:
                parts.append("</table>")
            mode, category = row.mode, None
            parts.append(f"<h3>{escape(_MODE_TITLES.get(mode, mode))}</h3><table cellpadding='3'>")
        if row.category != category:
            category = row.category
            parts.append(f"<tr><td colspan='2'><b>{escape(category)}</b></td></tr>")
        keys = " &nbsp; ".join(f"<code>{escape(k)}</code>" for k in row.keys) or "<i>menu</i>"
        parts.append(f"<tr><td width='150'>{keys}</td><td>{escape(row.help)}</td></tr>")
    parts.append("</table>")
    return "".join(parts)


class CheatSheet(QDialog):
    def __init__(self, keymap: Keymap, parent=None):
        super().__init__(parent)
        self.setWindowTitle("Clearance — keys")
        self.resize(620, 720)
        browser = QTextBrowser(self)
        browser.setHtml(cheat_sheet_html(keymap))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(browser)
        layout.addWidget(buttons)
