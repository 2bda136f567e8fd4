"""The verifier's own reading of a term: folded, squashed, in its variants, matched token by token.

Deliberately shares nothing with the redactor's matcher: a verifier that uses the redactor's
pattern can only confirm the redactor's own blind spots.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from desktop.core.verification.lookalike import read_lookalikes

MIN_TERM_LENGTH = 3
MIN_INSIDE_LENGTH = 6  # a term squashed into an address is searched inside it from this length on
# Legal forms a company is written with, each group squashed (no spaces or punctuation): a term
# with one of them is also searched with each of the others and without.
LEGAL_FORMS = (
    ("corp", "corporation"), ("inc", "incorporated"), ("ltd", "limited"),
    ("llc", "limitedliabilitycompany"), ("gmbh", "gesellschaftmitbeschrankterhaftung"),
    ("ag", "aktiengesellschaft"), ("bv", "beslotenvennootschap"), ("nv", "naamlozevennootschap"),
    ("sa", "societeanonyme"), ("sas",), ("plc", "publiclimitedcompany"), ("co", "company"),
    ("lp", "limitedpartnership"), ("llp", "limitedliabilitypartnership"), ("kg", "kommanditgesellschaft"),
    ("se",), ("ug",), ("sarl",), ("srl",), ("spa",), ("oy",), ("ab",), ("as",), ("pty",), ("pte",),
)
_FORM_GROUP = {form: group for group in LEGAL_FORMS for form in group}
# Words that, left alone when the legal form is taken off, name no one ("Global Inc." -> "Global").
_GENERIC = frozenset((
    "global", "international", "holdings", "holding", "group", "company", "services", "service", "systems",
    "solutions", "technologies", "technology", "software", "partners", "consulting", "capital", "management",
    "trading", "industries", "enterprises", "bank", "trust", "financial", "media", "energy", "networks",
    "products", "digital", "data", "the", "and", "of"))
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})
# E-mail addresses, domains, URLs and paths: runs without spaces that hold "@", "." or "/", up to a
# length no address reaches (longer runs are binary data in raw streams).
_RUN = re.compile(r"\S{4,256}")
_ADDRESS_MARK = re.compile(r"[@./]")


_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\ufeff\u0300-\u036f\u1ab0-\u1aff\u20d0-\u20ff]")


def fold(text: str, offsets: bool = False) -> tuple[str, list[int] | None]:
    """Lower-case, accents, compatibility forms and look-alike letters of other scripts folded, soft
    hyphens and zero-width characters dropped; with `offsets`, the offset in `text` of each folded
    character (None: one for one)."""
    if text.isascii():
        return text.lower(), None
    text = read_lookalikes(text)  # one for one: offsets hold
    if not offsets:
        return _INVISIBLE.sub("", unicodedata.normalize("NFKD", text).casefold()), None
    out, origin = [], []
    for i, ch in enumerate(text):
        if ch in "\u00ad\u200b\u200c\u200d\ufeff":
            continue
        for f in unicodedata.normalize("NFKD", ch).casefold():
            if not unicodedata.combining(f):
                out.append(f)
                origin.append(i)
    return "".join(out), origin


def squash(text: str) -> str:
    return "".join(re.findall(r"[^\W_]+", fold(text)[0]))


@dataclass(frozen=True)
class Match:
    term: str
    start: int  # offsets in the text searched
    end: int


class TermIndex:
    """Every variant of every term, squashed, and the prefixes of each, so one walk over a text's
    tokens finds them all: cost grows with the text, not with the number of terms."""

    def __init__(self, terms):
        self.variants: dict[str, str] = {}
        self.skipped: list[str] = []
        for term in dict.fromkeys(t.strip() for t in terms if t.strip()):
            found = variants(term)
            if len(squash(term)) < MIN_TERM_LENGTH or not found:
                self.skipped.append(term)
                continue
            for v in found:
                self.variants.setdefault(v, term)
        self.prefixes = {v[:i] for v in self.variants for i in range(1, len(v) + 1)}
        self.longest = max(map(len, self.variants), default=0)

    def find(self, text: str, offsets: bool = False) -> list[Match]:
        """Each variant where it stands as whole words (however spaced, split, hyphenated or
        punctuated), and the longer ones inside e-mail addresses, domains and URLs. Match offsets
        index `text` only with `offsets` (folding is faster without)."""
        if not self.variants:
            return []
        folded, origin = fold(text, offsets)
        tokens = [m.span() for m in re.finditer(r"[^\W_]+", folded)]
        hits = self._aligned(folded, tokens) + self._inside_addresses(folded)
        back = (lambda i: i) if origin is None else origin.__getitem__
        return [Match(term, back(a), back(b - 1) + 1) for term, a, b in hits]

    def _aligned(self, folded: str, tokens: list[tuple[int, int]]) -> list[tuple[str, int, int]]:
        hits = []
        prefixes, found = self.prefixes, self.variants
        for i, (start, _end) in enumerate(tokens):
            acc = ""
            for j in range(i, len(tokens)):  # no slice: a stream of binary data holds 10^5 tokens
                a, b = tokens[j]
                acc += folded[a:b]
                if acc not in prefixes:
                    break
                if acc in found:
                    hits.append((found[acc], start, b))
        return hits

    def _inside_addresses(self, folded: str) -> list[tuple[str, int, int]]:
        hits = []
        for m in _RUN.finditer(folded):
            if not _ADDRESS_MARK.search(m.group(0)):
                continue
            chars = [(i, c) for i, c in enumerate(m.group(0), m.start()) if c.isalnum()]
            for s in range(len(chars)):
                acc = ""
                for i, c in chars[s:s + self.longest]:
                    acc += c
                    if acc not in self.prefixes:
                        break
                    if len(acc) >= MIN_INSIDE_LENGTH and acc in self.variants:
                        hits.append((self.variants[acc], chars[s][0], i + 1))
        return hits


def variants(term: str) -> set[str]:
    """The term squashed, with umlauts spelled out, with each other spelling of its legal form and
    without it (where what is left still names someone), each also possessive."""
    spellings = {term, term.translate(_UMLAUTS)}
    out: set[str] = set()
    for spelling in spellings:
        words = re.findall(r"[^\W_]+", fold(spelling)[0])
        out.add("".join(words))
        body, group = _without_legal_form(words)
        if group:
            out.update("".join(body) + form for form in group)
            if _names_someone(body):
                out.add("".join(body))
    out |= {v + "s" for v in out if len(v) >= 5}  # "Acme Widgets's", "Halvorsens"
    return {v for v in out if len(v) >= MIN_TERM_LENGTH}


def _without_legal_form(words: list[str]) -> tuple[list[str], tuple[str, ...]]:
    """The words before a trailing legal form (written in one to four words: "L.L.C.", "Co., Ltd.")
    and the form's group; the words as given and () when there is none."""
    for k in range(min(4, len(words) - 1), 0, -1):
        group = _FORM_GROUP.get("".join(words[-k:]))
        if group:
            return words[:-k], group
    return words, ()


def _names_someone(words: list[str]) -> bool:
    if len(words) >= 2:
        return len("".join(words)) >= 5 and not all(w in _GENERIC for w in words)
    return len(words) == 1 and len(words[0]) >= 4 and words[0] not in _GENERIC
