"""The verifier's own reading of look-alike letters: a character from another script that Unicode's
confusables data (TR39, from the `confusable_homoglyphs` package) says looks like a Latin letter or a
digit is read as that letter, lower-cased, one for one.

Kept apart from the redactor's folding (`desktop.core.text.lookalike`) on purpose: a verifier that
shared it would only confirm what the redactor already reads.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def lookalike_table() -> dict[int, str]:
    """For `str.translate`: each non-ASCII look-alike to the lower-case ASCII letter or digit it shows.
    The data's prototype of an upright stroke is "l"; a capital one (Cyrillic І, Greek Ι) shows an "i"."""
    data = json.loads(resources.files("confusable_homoglyphs").joinpath("confusables.json").read_bytes())
    table: dict[int, str] = {}
    for char, glyphs in data.items():
        if len(char) != 1 or char.isascii():
            continue
        shown = [g["c"] for g in glyphs if len(g["c"]) == 1 and g["c"].isascii() and g["c"].isalnum()]
        if not shown:
            continue
        letter = shown[0].lower()
        table[ord(char)] = "i" if letter == "l" and char.isupper() else letter
    return table


def read_lookalikes(text: str) -> str:
    return text.translate(lookalike_table())
