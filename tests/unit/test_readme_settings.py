"""The settings table in the README is the settings registry's (`desktop.core.settings.table()`)."""

from __future__ import annotations

import re
from pathlib import Path

from desktop.core import settings

README = Path(__file__).resolve().parents[2] / "README.md"


def test_readme_settings_table_matches_the_registry():
    text = README.read_text(encoding="utf-8")
    block = re.search(r"<!-- settings:[^\n]*-->\n(.*?)\n<!-- /settings -->", text, re.S)
    assert block, "README.md has no generated settings table"
    assert block.group(1).strip() == settings.table().strip()


def test_every_settings_command_in_the_readme_names_a_setting():
    text = README.read_text(encoding="utf-8")
    names = set(settings.command_names())
    used = re.findall(r"clearance settings set (?:--store \S+ )?([a-z][a-z-]*)", text)
    assert used and set(used) <= names
