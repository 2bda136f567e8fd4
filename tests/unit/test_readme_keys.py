"""The keymap table in the README is the one `clearance keys --defaults` prints."""

from __future__ import annotations

import re
from pathlib import Path

from desktop.cli_keys import keys_table

README = Path(__file__).resolve().parents[2] / "README.md"


def test_readme_keymap_matches_the_keymap_data():
    text = README.read_text(encoding="utf-8")
    block = re.search(r"<!-- keymap:[^\n]*-->\n(.*?)\n<!-- /keymap -->", text, re.S)
    assert block, "README.md has no generated keymap table"
    table, problem = keys_table(defaults=True)
    assert problem is None
    assert block.group(1).strip() == table.strip()
