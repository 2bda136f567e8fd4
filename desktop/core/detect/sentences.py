"""Where a sentence ends, and where a contract's parties clause may: read by the judge, the document's
context and the party anchors alike."""

from __future__ import annotations

import re
from functools import lru_cache

_ABBREVIATIONS = frozenset(["inc", "ltd", "corp", "co", "no", "mr", "mrs", "ms", "dr", "st", "jr", "sr", "vs", "nos", "approx", "art", "sec", "e.g", "i.e", "etc"])
_REFERENCE_BEFORE = re.compile(r"\b(?:Exhibit|Schedule|Annex|Appendix|Attachment|Section|Article|Anlage|Anhang)\s+$",
                               re.IGNORECASE)
PARTIES_END = re.compile(r"\b(?:WHEREAS|Whereas|RECITALS|Recitals|WITNESSETH|NOW,?\s+THEREFORE|Now,?\s+therefore|"
                         r"agree\s+as\s+follows|BACKGROUND|Präambel|Vorbemerkung)\b")
PARTIES_REACH = 1500
_SENTENCE_START = re.compile(r"\.[)”\"]?\s+(?=(?:The|This|These|Each|Either|Both|All|Any|In|It|Now|Such|"
                             r"Whereas|WHEREAS|If|Unless|Der|Die|Das|Diese[rs]?|\d+\.\s|\([a-z0-9]+\)\s)\b)")


def sentence_end(text: str, start: int) -> int:
    """Where the sentence running at `start` ends: a full stop before a word that opens a sentence
    ("The", "Each", "Now", a numbered item), not one inside an address ("Port Vila. Vanuatu")."""
    m = _SENTENCE_START.search(text, start)
    return m.start() + 1 if m else len(text)


@lru_cache(maxsize=8192)  # the judge asks about the same names again and again
def crosses_sentence(text: str) -> bool:
    """A full stop, semicolon or colon ends a sentence inside the span ("Notes. The Company"), not an
    initial, an abbreviation or a dotted name ("Terrence L. Walsh", "Hans-J. Pieper", "Inc.", "e.l.f.",
    "AT&T Corp.");
    so does an unclosed bracket ("Ex Works (Incoterms") or a run-in heading ("ENTIRE AGREEMENT This",
    "Packaging The Manufacturer")."""
    if re.search(r"[;:]\s", text) or text.count("(") != text.count(")"):
        return True
    if re.search(r"\b[A-Z]{4,}(?:\s+[A-Z]{2,})*\s+(?:The|This|These|Each|Any|All|In|If|Unless|Upon|No)\b", text):
        return True
    if re.search(r"(?<!\bof)(?<!\band)(?<!&)\s+The\s+[A-Z]", text.strip()[1:]):
        return True
    for m in re.finditer(r"(\S*)\.\s+\S", text):
        word = m.group(1)
        if len(word) == 1 and _REFERENCE_BEFORE.search(text[:m.start(1)]):
            return True  # "Exhibit B. Notwithstanding": a reference's letter ends the sentence, not an initial
        # an initial after a hyphen or a bracket is one too ("Hans-J. Pieper", "(J. Smith")
        last = re.split(r"[-\u2010(]", word)[-1]
        if len(last) <= 1 or "." in word or last.lower() in _ABBREVIATIONS:
            continue
        return True
    return False
