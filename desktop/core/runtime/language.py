"""The language Clearance speaks, and its catalogue read without Qt (for the command line).

The window and the command line share one catalogue: `resources/i18n/clearance_LANG.ts`, Qt Linguist's
XML, from which `pyside6-lrelease` builds the `.qm` the window loads. The command line must start
without Qt, so it reads the `.ts` itself (a few milliseconds, and only when the language is not English).

Which language: `CLEARANCE_LANGUAGE` (en, de or auto) wins, then the store's `language` setting (the
window reads it; see desktop.core.settings), then the system locale (LC_ALL, LC_MESSAGES, LANG).
English is the source language: it needs no catalogue.
"""

from __future__ import annotations

import os
import sys
from functools import lru_cache
from pathlib import Path

SOURCE = "en"
LANGUAGES = ("en", "de")  # what a catalogue exists for (English is the source)
CHOICES = ("auto", *LANGUAGES)  # the `language` setting's values
ENV = "CLEARANCE_LANGUAGE"


def resources_dir() -> Path:
    """`resources/` of the source tree, or of the installed bundle (PyInstaller's _MEIPASS)."""
    return Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parents[3])) / "resources"


def catalogue_path(language: str, suffix: str = ".ts") -> Path:
    return resources_dir() / "i18n" / f"clearance_{language}{suffix}"


def from_locale_name(name: str | None) -> str:
    """The language of a locale name ('de_DE.UTF-8', 'de-AT', 'C'): one of LANGUAGES, else English."""
    code = (name or "").replace("-", "_").split("_")[0].split(".")[0].lower()
    return code if code in LANGUAGES else SOURCE


def system_language(environ=None) -> str:
    """The language of the POSIX locale variables, as gettext reads them (the first one set)."""
    environ = os.environ if environ is None else environ
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if environ.get(variable):
            return from_locale_name(environ[variable])
    return SOURCE


def resolve(setting: str | None = "auto", system: str | None = None, environ=None) -> str:
    """The language to speak: the environment's override, else the setting, else the system's.
    `system` is a locale name (the window passes QLocale's); None reads the POSIX variables."""
    environ = os.environ if environ is None else environ
    override = (environ.get(ENV) or "").strip().lower()
    if override in LANGUAGES:
        return override
    if setting in LANGUAGES:
        return setting
    return from_locale_name(system) if system is not None else system_language(environ)


@lru_cache(maxsize=4)
def catalogue(language: str) -> dict[tuple[str, str], str]:
    """(context, English source) -> translation of a `.ts` file; empty for English or a missing file.
    Unfinished and obsolete entries are left out, as lrelease leaves them out of the `.qm`."""
    path = catalogue_path(language)
    if language == SOURCE or not path.is_file():
        return {}
    import xml.etree.ElementTree as ElementTree  # only when a catalogue is read: the CLI starts lighter

    table: dict[tuple[str, str], str] = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if translation.text:
                table[(name, message.findtext("source") or "")] = translation.text
    return table


def translate(context: str, text: str, language: str | None = None) -> str:
    """`text` in the language (resolved from the environment and locale when None), else as it is.
    The name is the one pyside6-lupdate collects: `translate("cli", "...")` lands in the `.ts`."""
    return catalogue(language or resolve()).get((context, text), text)


CORE_CONTEXT = "Core"  # the core's words and fixed messages, in the catalogue as the window translates them


def core_word(text: str, language: str | None = None) -> str:
    """A word or fixed message of the core (a role, a state, a verdict) in the command line's language."""
    return translate(CORE_CONTEXT, str(text), language)


_FIELDS = {"day": r"\d{4}-\d{2}-\d{2}", "count": r"\d+"}  # a date beside a version must not take it along


@lru_cache(maxsize=1024)  # every template of the catalogue
def _pattern(template: str):
    """A template ('{name}: proposed as {role}, not confirmed') as a pattern that gives its fields back."""
    import re

    parts = re.split(r"\{(\w+)\}", template)
    return re.compile("".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>{_FIELDS.get(p, '.*?')})"
                              for i, p in enumerate(parts)), re.S)


def translate_filled(text: str, templates, translated) -> str:
    """A message the core filled from one of `templates`, in another language: matched against the
    templates, the template translated by `translated` and filled with its fields, themselves translated
    where they are such a message or a word of the core (a role); a name stays as it is. A text the
    catalogue holds as it is needs no template (one with brackets would otherwise look filled)."""
    whole = translated(text)
    if whole != text:
        return whole
    for template in templates:
        found = _pattern(template).fullmatch(text)
        if found:
            fields = {k: translate_filled(v, templates, translated) if v else v for k, v in found.groupdict().items()}
            return translated(template).format(**fields)
    return translated(text)


def _literal_length(template: str) -> int:
    import re

    return len(re.sub(r"\{\w+\}", "", template))


@lru_cache(maxsize=8)
def templates(language: str, context: str = CORE_CONTEXT) -> tuple[str, ...]:
    """The message templates the catalogue translates in `context` (its sources with a `{field}`), the
    most specific (the longest fixed text) first, so that a general one never takes another's message."""
    found = {source for (name, source) in catalogue(language) if name == context and "{" in source}
    return tuple(sorted(found, key=lambda t: (-_literal_length(t), t)))


def core_message(text: str, language: str | None = None) -> str:
    """A message of the core (an error, a line of `verify`, a risk detail) in the command line's language.
    The core speaks English and fills its templates; tools/i18n_registry.py puts those templates in the
    catalogue, which is where they are found again here, matched and filled with the message's fields.
    A message no template matches stays as it is."""
    language = language or resolve()
    if language == SOURCE or not text:
        return text
    return translate_filled(str(text), templates(language), lambda t: translate(CORE_CONTEXT, t, language))
