"""Matching names found in a document to registry parties: exact, aliases, legal forms, e-mail."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from desktop.core.consent.model import Party

# Spelled-out legal forms and their usual abbreviations, compared after dots are dropped.
_LEGAL_FORMS = {
    "incorporated": "inc", "inc": "inc",
    "limited": "ltd", "ltd": "ltd",
    "corporation": "corp", "corp": "corp",
    "company": "co", "co": "co",
    "llc": "llc", "llp": "llp", "lp": "lp", "plc": "plc",
    "gmbh": "gmbh", "ag": "ag", "kg": "kg", "ug": "ug", "se": "se", "ev": "ev",
    "sa": "sa", "sas": "sas", "sarl": "sarl", "srl": "srl", "spa": "spa", "bv": "bv", "nv": "nv",
    "pty": "pty", "pte": "pte", "oy": "oy", "ab": "ab", "as": "as", "kk": "kk",
}
_PHRASES = [
    ("gesellschaft mit beschrankter haftung", "gmbh"),
    ("public limited company", "plc"),
    ("limited liability company", "llc"),
    ("limited liability partnership", "llp"),
    ("limited partnership", "lp"),
    ("aktiengesellschaft", "ag"),
    ("kommanditgesellschaft", "kg"),
]
_PUNCT = re.compile(r"[^\w\s@]")
_PHRASE = re.compile(r"\b(?:" + "|".join(phrase for phrase, _ in _PHRASES) + r")\b")
_PHRASE_SHORT = dict(_PHRASES)


@lru_cache(maxsize=1 << 17)  # matching asks for the same registry names again and again
def normalise(name: str) -> str:
    """A comparison key: case, accents, punctuation, spacing and legal-form spelling folded away."""
    if not name.isascii():
        name = "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))
    text = name.casefold().replace("&", " and ").replace("\u00df", "ss")
    # Dots and apostrophes vanish (G.m.b.H. -> gmbh, O'Neil -> oneil); other punctuation splits words.
    text = " ".join(_PUNCT.sub(lambda m: "" if m.group() in ".'\u2019" else " ", text).split())
    text = _PHRASE.sub(lambda m: _PHRASE_SHORT[m.group()], text)
    # The first word is the name itself ("Company Holdings" keeps "company").
    first, *rest = text.split() or [""]
    return " ".join([first, *(_LEGAL_FORMS.get(w, w) for w in rest)])


def base_name(name: str) -> str:
    """The normalised name without its trailing legal forms: "Acme Widgets, Inc." -> "acme widgets"."""
    words = normalise(name).split()
    while len(words) > 1 and words[-1] in _LEGAL_FORMS.values():
        words.pop()
    if len(words) > 1 and words[-1] == "and":
        words.pop()
    return " ".join(words)


@dataclass(frozen=True)
class Candidate:
    """A name a document gives for one of its parties, and where it was seen."""

    name: str
    role: str
    source: str  # parties-clause, signature-block, detection, manual


@dataclass(frozen=True)
class LinkProposal:
    candidate: Candidate
    party: Party | None  # None: not in the registry yet, proposed as a new party
    method: str  # exact, alias, legal-form, e-mail, name-without-legal-form, new


def match_party(name: str, parties: Iterable[Party]) -> tuple[Party | None, str]:
    """The registry party a name refers to and how it matched; a base-name match must be unique."""
    parties = list(parties)
    for method, key in (("exact", lambda s: s.strip()), ("legal-form", normalise)):
        wanted = key(name)
        for p in parties:
            if key(p.name) == wanted:
                return p, method
        for p in parties:
            if any(key(a) == wanted for a in p.aliases):
                return p, "alias"
    if "@" in name:
        for p in parties:
            if p.email and p.email.casefold() == name.strip().casefold():
                return p, "e-mail"
    wanted = base_name(name)
    hits = [p for p in parties if wanted and wanted in {base_name(t) for t in (p.name, *p.aliases)}]
    if len(hits) == 1:
        return hits[0], "name-without-legal-form"
    return None, "new"


def propose_links(candidates: Iterable[Candidate], parties: Iterable[Party]) -> list[LinkProposal]:
    """One proposal per distinct party; the first role seen for a party wins (clause before detections)."""
    parties = list(parties)
    out: list[LinkProposal] = []
    seen: set = set()
    for c in candidates:
        party, method = match_party(c.name, parties)
        key = ("id", party.id, party.name) if party else ("new", base_name(c.name))
        if key in seen:
            continue
        seen.add(key)
        out.append(LinkProposal(c, party, method))
    return out
