"""Where the name model must read a page: windows around the words that could be part of a name, place
or group it would find, and a cache of its answers for windows that recur (shared clauses, footers).

The model's entities are read only as names, organisations, places and groups (`analyzer.NER_MAPPING`).
An entity that survives the spans filter holds a capitalised word that is no role word (a name made only
of role words is dropped whole), and that the page never writes in lower case ("the", "upon",
"confidential"), or stands beside another capitalised word ("Insurance Proceeds"), or initials ("S.A.").
The small English model reads a token with about four tokens of context on each side (its CNN), so a
window takes MARGIN words either side of such a word and keeps only the entities that stay clear of its
cut edges. `bench/gating.py` compares the findings of gated and ungated detection on the development
contracts, generated contracts and court cases (`bench/results/gating.txt`); `bench/DETECTION.md` records
the choices.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from dataclasses import dataclass

from desktop.core.text.stoplist import ROLE_WORDS

MARGIN = 5  # whitespace-separated words of context on each side of a candidate word
EDGE = 2  # an entity touching this many words at a cut edge may be the cut's artefact: dropped
_CHUNK = re.compile(r"\S+")  # spaCy splits on whitespace first, so a cut between chunks keeps its tokens
_WORD = re.compile(r"[^\W\d_]+")
_PUNCT = "\"'“”„‘’«»()[]{}<>.,;:!?*"
_INITIALS = re.compile(r"(?:[A-Z]\.)+\W*$")
_JOINERS = frozenset(("of", "the", "and", "for", "&", "de", "du", "la", "von", "van", "und", "der"))
# Role words name no one (the spans filter drops a name made only of them) but a country is a place.
_NO_NAME = ROLE_WORDS - {"england", "wales", "deutschland", "bundesrepublik"}


def lower_case_words(text: str) -> frozenset[str]:
    """The words a page writes without any capital letter, as words (not inside "acme.com")."""
    return frozenset(w for w in (c.strip(_PUNCT) for c in text.split()) if w.isalpha() and w.islower())


def candidate_chunks(text: str, chunks: list[tuple[int, int]]) -> list[int]:
    """The chunks that could be part of an entity the model reports and the spans filter keeps: a
    capitalised word that is no role word and that the page never writes in lower case, initials
    ("S.A.", "J."), or a capitalised word beside another ("Insurance Proceeds", "Chamber of Commerce",
    "Benefits Agency", which a quasi-identifier class keeps although the page writes "insurance")."""
    lower_case = lower_case_words(text)
    capitals = [[w for w in _WORD.findall(text, s, e) if any(c.isupper() for c in w)] for s, e in chunks]
    words = [[w for w in ws if w.lower() not in _NO_NAME] for ws in capitals]
    out = []
    for i, (s, e) in enumerate(chunks):
        if not words[i]:
            continue
        if (any(w.lower() not in lower_case for w in words[i]) or _INITIALS.match(text, s, e)
                or _beside(text, chunks, words, i, -1) or _beside(text, chunks, capitals, i, 1)):
            out.append(i)
    return out


def _beside(text: str, chunks: list[tuple[int, int]], words: list[list[str]], i: int, step: int) -> bool:
    """Whether the next chunk before or after `i` (past "of", "the", "&") has one of `words`: a name
    may end in a role word ("Benefits Agency"), which a determiner before it is ("The Company")."""
    j = i + step
    while 0 <= j < len(chunks) and text[chunks[j][0]:chunks[j][1]].lower() in _JOINERS:
        j += step
    return 0 <= j < len(chunks) and bool(words[j])


@dataclass(frozen=True)
class Window:
    """Characters [start, end) of a page sent to the model; entities are kept within [keep_start, keep_end)."""

    start: int
    end: int
    keep_start: int
    keep_end: int


def model_windows(text: str) -> list[Window]:
    """The windows of a page the model must read, merged where they touch, in page order."""
    chunks = [(m.start(), m.end()) for m in _CHUNK.finditer(text)]
    if not chunks:
        return []
    hits = candidate_chunks(text, chunks)
    spans: list[list[int]] = []
    for i in hits:
        a, b = max(0, i - MARGIN), min(len(chunks) - 1, i + MARGIN)
        if spans and a <= spans[-1][1] + 1:
            spans[-1][1] = b
        else:
            spans.append([a, b])
    last = len(chunks) - 1
    # a window that reaches the page's first or last word takes its leading or trailing space too: the
    # model reads a space token as context ("  Cargill Confidential" opening a page)
    return [Window(0 if a == 0 else chunks[a][0], len(text) if b == last else chunks[b][1],
                   0 if a == 0 else chunks[min(a + EDGE, b)][0],
                   len(text) if b == last else chunks[max(b - EDGE, a)][1])
            for a, b in spans]


def share_sent(text: str, windows: list[Window]) -> tuple[int, int]:
    """(non-space characters inside the windows, non-space characters of the page)."""
    inside = sum(len("".join(text[w.start:w.end].split())) for w in windows)
    return inside, len("".join(text.split()))


Entity = tuple[int, int, str]  # start and end in the window's text, the model's label


class WindowCache:
    """The model's entities per window text, most recently used kept: a clause shared by many contracts
    is read once per worker process (which holds one detector version and model)."""

    def __init__(self, size: int = 50_000):
        self.size = size
        self._entries: OrderedDict[str, tuple[Entity, ...]] = OrderedDict()
        self.lookups = self.hits = 0  # windows asked for, and those not read again (the engine counts)
        self.chars_windowed = self.chars_seen = 0  # characters inside windows, and of the texts

    def get(self, key: str) -> tuple[Entity, ...] | None:
        found = self._entries.get(key)
        if found is not None:
            self._entries.move_to_end(key)
        return found

    def put(self, key: str, entities: tuple[Entity, ...]) -> None:
        self._entries[key] = entities
        if len(self._entries) > self.size:
            self._entries.popitem(last=False)


def kept(window: Window, entities: tuple[Entity, ...]) -> list[Entity]:
    """The window's entities that stay clear of its cut edges, in page offsets."""
    out = []
    for start, end, label in entities:
        start, end = start + window.start, end + window.start
        if start >= window.keep_start and end <= window.keep_end:
            out.append((start, end, label))
    return out
