"""Which language Clearance speaks, and the command line's German read from the catalogue without Qt."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree

import pytest

from desktop.core import settings
from desktop.core.runtime import language
from desktop.core.runtime.language import catalogue, catalogue_path, from_locale_name, resolve

PLACEHOLDER = re.compile(r"\{(\w*)")  # the name; a format spec (a width) may differ


def test_the_setting_offers_exactly_the_languages_there_are():
    assert settings.LANGUAGE.choices == language.CHOICES
    assert settings.LANGUAGE.default == "auto"


@pytest.mark.parametrize("name, expected", [("de_DE.UTF-8", "de"), ("de-AT", "de"), ("de", "de"),
                                            ("en_GB.UTF-8", "en"), ("fr_FR", "en"), ("C", "en"), ("", "en"),
                                            (None, "en")])
def test_a_locale_name_gives_its_language_or_english(name, expected):
    assert from_locale_name(name) == expected


def test_the_environment_wins_then_the_setting_then_the_system():
    assert resolve("en", system="de_DE", environ={"CLEARANCE_LANGUAGE": "de"}) == "de"
    assert resolve("de", system="en_US", environ={"CLEARANCE_LANGUAGE": "auto"}) == "de"
    assert resolve("auto", system="de_CH", environ={}) == "de"
    assert resolve("auto", system="en_US", environ={}) == "en"
    assert resolve("auto", environ={"LC_ALL": "", "LC_MESSAGES": "de_DE.UTF-8", "LANG": "en_US"}) == "de"
    assert resolve("auto", environ={"CLEARANCE_LANGUAGE": "klingon", "LANG": "en_US"}) == "en"


def test_every_message_of_the_catalogue_is_translated_and_keeps_its_placeholders():
    root = ElementTree.parse(catalogue_path("de")).getroot()
    messages = [(c.findtext("name"), m) for c in root.iter("context") for m in c.iter("message")]
    assert len(messages) > 300
    for context, m in messages:
        source, translation = m.findtext("source"), m.find("translation")
        assert translation.get("type") is None and translation.text, f"{context}: {source!r} is not translated"
        assert set(PLACEHOLDER.findall(source)) == set(PLACEHOLDER.findall(translation.text)), \
            f"{context}: {source!r} and {translation.text!r} name different placeholders"
        assert ("&" in source) == ("&" in translation.text), f"{context}: {source!r} loses or gains its shortcut"


def test_the_command_line_reads_its_german_from_the_catalogue():
    table = catalogue("de")
    assert table[("cli", "open the review window")] == "das Prüffenster öffnen"
    assert language.translate("cli", "open the review window", "en") == "open the review window"
    assert language.translate("cli", "no such text", "de") == "no such text"


def _clearance(*args, lang="de"):
    env = {"CLEARANCE_LANGUAGE": lang, "PATH": "/usr/bin:/bin", "HOME": "/nonexistent"}
    return subprocess.run([sys.executable, "-m", "desktop.cli", *args], capture_output=True, text=True, env=env,
                          timeout=120)


def test_a_mistake_is_told_in_german_in_one_line(tmp_path):
    missing = tmp_path / "nowhere.sqlite"
    german = _clearance("settings", "show", "--store", str(missing))
    assert german.returncode == 2
    assert german.stderr == f"clearance: {missing}: kein solcher Speicher (--store prüfen; `clearance scan` oder " \
                            "`consent import` legt einen an)\n"
    english = _clearance("settings", "show", "--store", str(missing), lang="en")
    assert "no such store" in english.stderr and english.returncode == 2


def test_the_help_names_the_main_commands_in_german():
    out = _clearance("--help").stdout
    assert "das Prüffenster öffnen" in out
    assert "Verträge prüfen, schwärzen und freigeben" in out


def test_the_command_line_imports_no_qt_to_speak_german():
    code = ("import sys; from desktop.cli import build_parser; build_parser(); "
            "print(any(m.startswith('PySide6') for m in sys.modules))")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env={"CLEARANCE_LANGUAGE": "de", "PATH": "/usr/bin:/bin"}, timeout=120)
    assert run.stdout.strip() == "False", run.stderr
