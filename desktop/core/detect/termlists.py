"""Curated lists of phrases that name no party (laws, public bodies, jurisdictions, technical terms),
read from `resources/terms/*.txt`: one phrase a line, `# ` comments (each file opens with its source),
`* WORD` for any phrase ending in WORD, `WORDS *` for any phrase starting with WORDS and `* WORDS *`
for any phrase holding WORDS between other words."""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

LISTS = {"laws_standards": "law or standard", "public_bodies": "public body or court",
         "jurisdictions": "jurisdiction", "technical_terms": "technical term"}
_LEADING = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_TRAILING = re.compile(r"(?:\s+of)?\s+(?:1[89]|20)\d\d$|[’']s$|[\s,;:.]+$")


def terms_dir() -> Path:
    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parents[3]))
    return base / "resources" / "terms"


@dataclass(frozen=True)
class TermList:
    name: str
    exact: frozenset[str]
    suffixes: tuple[str, ...]  # "* Act": the last word(s)
    prefixes: tuple[str, ...]  # "Ministry of *": the first word(s)
    infixes: tuple[str, ...] = ()  # "* Ministry of *": words inside

    def matches(self, text: str) -> bool:
        key = fold(text)
        if not key:
            return False
        if key in self.exact:
            return True
        words = key.split()
        # a pattern needs at least one word of its own besides the fixed part ("the Act" is not "* Act")
        return (any(key.endswith(" " + s) and len(words) > len(s.split()) for s in self.suffixes)
                or any(key.startswith(p + " ") for p in self.prefixes)
                or any(f" {i} " in f" {key} " and not key.startswith(i) for i in self.infixes))


@lru_cache(maxsize=8192)  # the judge asks about the same names again and again
def fold(text: str) -> str:
    """Lower case, one space between words, no leading article, trailing year or possessive."""
    key = " ".join(text.replace("\u00a0", " ").split())
    key = _LEADING.sub("", key.strip("\"“”„‘’«» "))
    key = _TRAILING.sub("", key)
    return key.lower()


def parse(name: str, text: str) -> TermList:
    exact, suffixes, prefixes, infixes = set(), [], [], []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("* ") and line.endswith(" *"):
            infixes.append(fold(line[2:-2]))
        elif line.startswith("* "):
            suffixes.append(fold(line[2:]))
        elif line.endswith(" *"):
            prefixes.append(fold(line[:-2]))
        else:
            exact.add(fold(line))
    return TermList(name, frozenset(exact), tuple(suffixes), tuple(prefixes), tuple(infixes))


@cache
def load(name: str) -> TermList:
    return parse(name, (terms_dir() / f"{name}.txt").read_text(encoding="utf-8"))


@lru_cache(maxsize=8192)  # the judge asks about the same names again and again
def classify(text: str, names: tuple[str, ...] = tuple(LISTS)) -> str | None:
    """The category of the first list that holds `text`, or None."""
    return next((LISTS[n] for n in names if load(n).matches(text)), None)


@cache
def german_words() -> frozenset[str]:
    """Common German contract words, folded (resources/terms/german_words.txt): German capitalises
    every noun, so an English name model takes them for names."""
    text = (terms_dir() / "german_words.txt").read_text(encoding="utf-8")
    return frozenset(line.strip().casefold() for line in text.splitlines()
                     if line.strip() and not line.lstrip().startswith("#"))
