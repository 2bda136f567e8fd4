"""Party names a parties clause gives without a legal form: by position, by appositive, by short name."""

from __future__ import annotations

import re

from desktop.core.text.stoplist import is_role_phrase
from desktop.core.text.terms import base_name, normalise_name

# A capitalised word, and words that may join two of them inside a name ("Bank of America", "Cheeseman & Walsh").
_WORD = r"[A-Z0-9][\w&'’.-]*"
# One space between words: a wider gap is a column or the address beside the name.
# "and" never joins words of one name here: it joins the parties ("between X and Y").
_NAME = rf"(?!(?i:between|among|and)\b){_WORD}(?:[ \t](?:(?:of|for|&|de|du|der|von)[ \t])?{_WORD}){{0,7}}"
# Where a name ends: a comma, a bracket, a quote, a line break, a wide gap (a column), or the end.
_NAME_END = r"(?=\s*[,(“\"]|\s*\n|[ \t]{2,}|\s*$|\.\s)"

# Rule 1, position: the names right after "between"/"among" and after the "and" that joins the parties.
_AFTER_BETWEEN = re.compile(rf"(?i:\b(?:between|among|and))\s*:?\s+(?-i:({_NAME})){_NAME_END}")
# Rule 2, appositive: "Mutual Insurance Corporation of America, a Michigan insurance corporation".
_APPOSITIVE = re.compile(
    rf"(?:^|\n|[;:]\s|\band\s)\s*({_NAME}),?\s+an?\s+(?:[A-Z][\w.-]*\s+){{1,3}}"
    r"(?:[a-z]+\s+){0,3}(?:corporation|company|partnership|limited|association|bank|trust|society|chapter)\b")
# Rule 3, short name: NAME (hereinafter referred to as "SHORT") / NAME ("SHORT") / NAME (the "SHORT").
_SHORT = re.compile(
    r"\(\s*(?:hereinafter|herein|collectively)?[\s,]*(?:referred\s+to\s+)?(?:as\s+)?(?:the\s+)?"
    r"[“\"]([A-Z][^”\"]{1,40})[”\"]\s*\)", re.IGNORECASE)


# Words that make a capitalised phrase a document, an instrument or a date rather than someone.
_NOT_A_NAME = frozenset((
    "agreement", "amendment", "addendum", "contract", "exhibit", "schedule", "article", "section", "annex",
    "stock", "shares", "commission", "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december"))


def clause_names(text: str) -> list[str]:
    """Names the parties clause `text` gives by position, appositive or defined short name, in text order."""
    found: list[tuple[int, str]] = []
    for pattern in (_AFTER_BETWEEN, _APPOSITIVE, _SHORT):
        found += [(m.start(1), m.group(1)) for m in pattern.finditer(text)
                  if pattern is not _AFTER_BETWEEN or _joins_parties(text, m)]
    names, seen = [], set()
    for _, raw in sorted(found):
        name = " ".join(raw.split()).strip(" ,")
        key = base_name(name)
        if key and key not in seen and _names_someone(name):
            seen.add(key)
            names.append(name)
    return names


def _joins_parties(text: str, m: re.Match) -> bool:
    """"between X" always; "and Y" only after a comma, bracket or line break, or after a legal form
    ("..., Inc. and Y"), so "Securities and Exchange Commission" is one name, not two."""
    if m.group(0)[:3].lower() != "and":
        return True
    before = text[:m.start()].rstrip(" \t")
    if not before or before[-1] in ",;)\n”\"":
        return True
    last = before.split()[-1]
    return base_name(f"X {last}") == "x"  # the word before "and" is a legal form


def _names_someone(name: str) -> bool:
    """Not a role word ("the Company"), a defined term ("Effective Date"), a document, a date or a number."""
    words = {w.strip(".,’'").lower() for w in name.split()}
    singular = name[:-1] if name.endswith("s") else name  # "the Investors" is a role as "the Investor" is
    return (any(c.isalpha() for c in name) and not words & _NOT_A_NAME and not is_role_phrase(name)
            and not is_role_phrase(singular) and not is_role_phrase(base_name(name)))


def clause_owned_short_names(text: str, owners: list[tuple[int, str]]) -> dict[str, tuple[str, str]]:
    """Folded short name -> (short name, owner): each short name the clause defines ("MMI", "eDiets")
    belongs to the last party name given before it and after the previous short name; `owners` are
    (end offset, name) of the names found in `text`."""
    out: dict[str, tuple[str, str]] = {}
    last = 0
    for m in _SHORT.finditer(text):
        before = [(end, name) for end, name in owners if last <= end <= m.start()]
        last = m.end()
        short = " ".join(m.group(1).split()).strip(" ,")
        if before and (key := normalise_name(short)) and key != normalise_name(max(before)[1]):
            out.setdefault(key, (short, max(before)[1]))
    return out


def clause_name_spans(text: str) -> list[tuple[int, str]]:
    """(end offset, name) of the names the clause gives by position or appositive."""
    return [(m.end(1), " ".join(m.group(1).split()).strip(" ,")) for pattern in (_AFTER_BETWEEN, _APPOSITIVE)
            for m in pattern.finditer(text) if pattern is not _AFTER_BETWEEN or _joins_parties(text, m)]
