"""The About box: what Clearance is and the versions of everything that shapes its results."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.core.export.versions import describe, versions
from desktop.ui.i18n import translate

TAGLINE = QT_TRANSLATE_NOOP("About", "Review, redact and sign off contracts before they leave as AI-training data. Works offline.")


def about_html(info: dict) -> str:
    lines = "<br>".join(escape(line) for line in describe(info))
    tagline = translate("About", TAGLINE)
    return f"<b>Clearance {escape(info['app'])}</b><br>{escape(tagline)}<br><br>{lines}"


def show_about(parent) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.about(parent, translate("About", "About Clearance"), about_html(versions()))
