"""The window's language: Qt translators for Clearance's catalogue and Qt's own dialog buttons.

The catalogue is `resources/i18n/clearance_LANG.qm`, built by `pyside6-lrelease` from the `.ts` that
`make i18n` keeps current. The command registry's texts (menu names, command help, mode names) come
from the core, which never imports Qt: the window translates them here in the fixed context
`REGISTRY_CONTEXT`, and tools/i18n_registry.py writes them into the `.ts`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.core import settings
from desktop.core.consent.rules import REASON_TEMPLATES
from desktop.core.runtime.language import (
    SOURCE,
    catalogue_path,
    resolve,
    templates,
    translate_filled,
)

REGISTRY_CONTEXT = "Commands"
CORE_CONTEXT = "Core"  # the core's fixed one-line messages (a command that cannot run now)
WHY_CONTEXT = "Why"  # the detector's reasons and the explanation's labels (desktop.core.review.explain.why)

_installed: list[QTranslator] = []  # kept referenced: Qt does not own an installed translator
_language = [SOURCE]  # the language installed last


def translate(context: str, text: str) -> str:
    """`text` in the window's language (pyside6-lupdate collects calls by this name)."""
    return QCoreApplication.translate(context, text)


def registry_text(text: str) -> str:
    """A text of the command registry (help, category, mode name) in the window's language."""
    return QCoreApplication.translate(REGISTRY_CONTEXT, text) if text else text


def translate_reason(text: str) -> str:
    """A consent reason of the core in the window's language: matched against the core's templates
    (desktop.core.consent.rules), the template translated and filled with its fields, themselves
    translated where they are a reason or a word of the core (a role); a name stays as it is."""
    return translate_filled(text, REASON_TEMPLATES, lambda template: translate(CORE_CONTEXT, template))


def core_text(text: str) -> str:
    """A message of the core shown in the window (a fixed one, or one the core filled with a file's name,
    a page, a reason) in the window's language, found by the catalogue's templates as the command line
    finds its messages; a text already in the window's language, or that no template matches, stays."""
    if _language[0] == SOURCE or not text:
        return text
    fixed = translate(CORE_CONTEXT, text)
    if fixed != text:
        return fixed
    return translate_filled(text, templates(_language[0]), lambda t: translate(CORE_CONTEXT, t))


def why_word(text: str) -> str:
    """A fixed part of a finding's explanation (a reason, a label, a role) in the window's language: the
    detector's reasons with a variable part ("suppressed: {reason}") are found by the catalogue's
    templates of the `Why` context (tools/i18n_registry.py reads them from the detector's source)."""
    if _language[0] == SOURCE:
        return text
    return translate_filled(text, templates(_language[0], WHY_CONTEXT), lambda t: translate(WHY_CONTEXT, t))


def window_language(store) -> str:
    """The language the window opens in: CLEARANCE_LANGUAGE, the store's setting, the system locale."""
    chosen = settings.get(store, settings.LANGUAGE) if store is not None else "auto"
    return resolve(chosen, system=QLocale.system().name())


def install_language(language: str) -> str:
    """Install the translators of `language` in the application, replacing those of an earlier window
    (tests open many); English removes them. Returns the language installed ('en' where the catalogue
    is missing)."""
    app = QCoreApplication.instance()
    while _installed:
        app.removeTranslator(_installed.pop())
    _language[0] = SOURCE
    if language == SOURCE:
        return SOURCE
    ours = QTranslator(app)
    if not ours.load(str(catalogue_path(language, ".qm"))):
        return SOURCE
    _language[0] = language
    app.installTranslator(ours)
    _installed.append(ours)
    qt_own = QTranslator(app)  # the standard buttons (Close, Cancel, Yes) of Qt's dialogs
    if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    return language
