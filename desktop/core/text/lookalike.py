"""Letters as a person reads them: look-alikes from other scripts and compatibility forms folded, one
character for one, so that a match in the folded text has the offsets (and so the boxes) of the original.

"Zeldа Quаrtermаin" with a Cyrillic а reads as "Zelda Quartermain" to everyone but a string compare.
Unicode's confusables data (TR39, as the `confusable_homoglyphs` package ships it) says which letter a
character looks like; NFKC folds compatibility forms (full-width "Ａ", "ℌ", mathematical letters).
The verifier folds with its own code (`verification/lookalike.py`), never with this one.
"""

from __future__ import annotations

import json
import unicodedata
from functools import lru_cache
from importlib import resources


def _prototypes() -> dict[str, list[str]]:
    """Each non-ASCII character and the single ASCII letters or digits the data says it looks like."""
    raw = json.loads(resources.files("confusable_homoglyphs").joinpath("confusables.json").read_text("utf-8"))
    return {ch: [g["c"] for g in glyphs if len(g["c"]) == 1 and g["c"].isascii() and g["c"].isalnum()]
            for ch, glyphs in raw.items() if len(ch) == 1 and not ch.isascii()}


def _pick(ch: str, candidates: list[str]) -> str | None:
    """The ASCII letter `ch` is read as, in its case: the data gives "l" as the prototype of every
    upright stroke, which a capital (Cyrillic І, Greek Ι) stands for as "I"."""
    if not candidates:
        return None
    if ch.isupper():
        upper = [c for c in candidates if c.isupper()]
        return upper[0] if upper else ("I" if "l" in candidates else candidates[0].upper())
    lower = [c for c in candidates if c.islower()]
    return lower[0] if lower else candidates[0]


class _Fold(dict):
    """A `str.translate` table filled on first use: NFKC where it gives one character, then the
    look-alike's ASCII letter; anything else stays itself."""

    def __init__(self, prototypes: dict[str, list[str]]):
        super().__init__()
        self._prototypes = prototypes

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        nfkc = unicodedata.normalize("NFKC", ch)
        if len(nfkc) == 1:
            ch = nfkc
        if not ch.isascii():
            ch = _pick(ch, self._prototypes.get(ch, [])) or ch
        self[code] = ch
        return ch


@lru_cache(maxsize=1)
def _table() -> _Fold:
    return _Fold(_prototypes())


def read_as(text: str) -> str:
    """`text` with each character replaced by the one a reader takes it for; same length, same offsets."""
    return text if text.isascii() else text.translate(_table())
