"""Terms: how a name is normalised for comparison and matched in page text (one place for every matcher).

The redactor, the detector's propagation, the consent gate, the registry and the review's find all
build their patterns and keys here. The verifier does not: it keeps its own normaliser and matcher
(`desktop.core.verification.match`) so that it never shares the redactor's blind spots.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from desktop.core.model import EntityType
from desktop.core.text.lookalike import read_as

# --- normalisation ---------------------------------------------------------------------------------


def normalise_text(text: str) -> str:
    """Case- and whitespace-insensitive key of a text ("all occurrences of this text")."""
    return " ".join(text.split()).casefold()


# Spelled-out legal forms and their usual abbreviations, compared after dots are dropped.
LEGAL_FORMS = {
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
def normalise_name(name: str) -> str:
    """A party name's comparison key: case, accents, punctuation, spacing and legal-form spelling folded away."""
    if not name.isascii():
        name = "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))
    text = name.casefold().replace("&", " and ").replace("\u00df", "ss")
    # Dots and apostrophes vanish (G.m.b.H. -> gmbh, O'Neil -> oneil); other punctuation splits words.
    text = " ".join(_PUNCT.sub(lambda m: "" if m.group() in ".'\u2019" else " ", text).split())
    text = _PHRASE.sub(lambda m: _PHRASE_SHORT[m.group()], text)
    # The first word is the name itself ("Company Holdings" keeps "company").
    first, *rest = text.split() or [""]
    return " ".join([first, *(LEGAL_FORMS.get(w, w) for w in rest)])


def base_name(name: str) -> str:
    """The normalised name without its trailing legal forms: "Acme Widgets, Inc." -> "acme widgets"."""
    words = normalise_name(name).split()
    while len(words) > 1 and words[-1] in LEGAL_FORMS.values():
        words.pop()
    if len(words) > 1 and words[-1] == "and":
        words.pop()
    return " ".join(words)


_LEGAL_FORM = re.compile(
    r"(?i)\b(?:gmbh|ag|kg|ug|se|inc|incorporated|llc|l\.l\.c|ltd|limited|plc|s\.a|b\.v|n\.v|l\.p|corp|"
    r"corporation|co|company|holdings?|group|bank)\b\.?")


def term_type(term: str) -> str:
    """The entity type a party term names: an e-mail, a company (it carries a legal form) or a person."""
    if "@" in term:
        return EntityType.EMAIL
    return EntityType.COMPANY if _LEGAL_FORM.search(term) else EntityType.PERSON


# --- patterns --------------------------------------------------------------------------------------


def term_regex(term: str, *, whole_words: bool = True) -> re.Pattern[str] | None:
    """A case-insensitive pattern for `term` with any whitespace between its words.

    With `whole_words` (names), it matches only at word boundaries where the term starts or ends
    with a word character; without (a reviewer's find, the gate's count), anywhere.
    """
    words = term.split()
    if not words:
        return None
    body = r"\s+".join(re.escape(w) for w in words)
    if not whole_words:
        return re.compile(body, re.IGNORECASE)
    head = r"(?<!\w)" if words[0][0].isalnum() else ""
    tail = r"(?!\w)" if words[-1][-1].isalnum() else ""
    return re.compile(head + body + tail, re.IGNORECASE)


def term_pattern(term: str, *, loose_separators: bool = False) -> re.Pattern[str] | None:
    """A case-insensitive pattern for `term` across spaces, NBSP, line breaks and hyphenation.

    With `loose_separators`, any run of non-alphanumerics (or none) may stand between its words
    (so "Jane_Doe" and "jane.doe" match "Jane Doe"), as loosely as the verifier searches.
    """
    parts = re.split(r"([^\W_]+)", term)  # ["", word, separator, word, ..., ""]
    words, separators = parts[1::2], parts[2:-1:2]
    if not words:
        return None
    hyphen_break = r"(?:[-\u00ad\u2010]\s*)?"
    joins = [r"[\W_]*" if loose_separators else _separator(sep) for sep in separators]
    body = hyphen_break.join(re.escape(ch) for ch in words[0])
    for join, word in zip(joins, words[1:]):
        body += join + hyphen_break.join(re.escape(ch) for ch in word)
    return re.compile(rf"(?<![^\W_]){body}(?![^\W_])", re.IGNORECASE)


_APOSTROPHES = "'\u2019\u2018"


def _separator(sep: str) -> str:
    """What may stand between two words of a term where the term has `sep`: any run of spaces for a
    space, and the same punctuation, spaced or not, for punctuation ("SC&W", "F. Smith", "Vendor's"
    with either apostrophe)."""
    punct = "".join(sep.split())
    if not punct:
        return r"[\s\u00a0]+"
    body = "".join(f"[{_APOSTROPHES}]" if c in _APOSTROPHES else re.escape(c) for c in punct)
    return rf"[\s\u00a0]*{body}[\s\u00a0]*"


# --- all terms of a document in one pass -----------------------------------------------------------

_END = ""  # trie key marking that a term ends here
_SEP = " "  # trie key for the break between two words of a term
# Between two words: any run of non-alphanumerics, or none ("Jane_Doe", "jane.doe", "the “Term”").
_WORD_BREAK = r"[\W_]*"
# A word hyphenated over a line break, and soft hyphens: removed from a second reading of the text
# (mapped back to the original offsets) rather than allowed between any two letters of the pattern,
# which made the pattern of 5,000 terms five times larger and its compilation take seconds.
_HYPHENATION = re.compile(r"[-\u2010]\s*\n\s*(?=[^\W\d_])|\u00ad")
_WORDS = re.compile(r"[^\W_]+")


def term_words(term: str) -> tuple[str, ...]:
    return tuple(w.casefold() for w in _WORDS.findall(read_as(term)))


class TermMatcher:
    """Finds every occurrence of any of the terms in a text, case-insensitively, across spaces,
    NBSP, punctuation, line breaks, hyphenation and look-alike letters (`lookalike.read_as`), and a
    name's web and e-mail domains; where terms overlap, the longest wins. Cost grows with the text,
    not with terms x text: the terms share one pattern shaped like a trie, so at each position only
    the branches that match the next character are tried."""

    def __init__(self, terms):
        trie: dict = {}
        for term in terms:
            words = term_words(term)
            if not words:
                continue
            node = trie
            for i, word in enumerate(words):
                if i:
                    node = node.setdefault(_SEP, {})
                for ch in word:
                    node = node.setdefault(ch, {})
            node[_END] = {}
        self.pattern = re.compile(r"(?<![^\W_])" + _node(trie), re.IGNORECASE) if trie else None
        self.domain_names = domain_labels(terms)

    def spans(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of every occurrence, in the text as given; a term hyphenated over a line
        break ("Halvor-\nsen") is found in the reading without hyphenation and mapped back."""
        if self.pattern is None:
            return []
        text = read_as(text)  # look-alike letters as a person reads them, one for one: offsets hold
        found = {m.span() for m in self.pattern.finditer(text)}
        if _HYPHENATION.search(text):
            joined, origin = _without_hyphenation(text)
            found |= {(origin[a], origin[b - 1] + 1) for a, b in (m.span() for m in self.pattern.finditer(joined))}
        return _longest_first(found | set(_domain_spans(text, self.domain_names)))


# A web or e-mail domain ("www.examplecorp.de"), with the e-mail's local part before it when there is one.
_DOMAIN = re.compile(r"(?:[\w.+-]+@)?(?<![\w.-])(?:[a-z0-9](?:[\w-]*[a-z0-9])?\.)+[a-z]{2,24}(?![\w-])",
                     re.IGNORECASE)
MIN_DOMAIN_LABEL = 6  # a shorter name squashed into a domain label ("acme") is too often part of another


def domain_labels(terms) -> frozenset[str]:
    """Each term's name as a domain label writes it, without spaces or punctuation, and without the
    trailing legal forms while two words are left ("Example Corp GmbH" -> "examplecorp", "Northwind
    GmbH" -> "northwind", never "example" alone), where that is long enough to name someone."""
    out = set()
    for term in terms:
        if "@" in term:
            continue
        words = [re.sub(r"[\W_]", "", w) for w in normalise_name(read_as(term)).split()]
        words = [w for w in words if w]
        out.add("".join(words))
        # "Example Corp" is written examplecorp.de; "example" alone would be every example.org
        while len(words) > 1 and words[-1] in LEGAL_FORMS.values() and words[-2:] != [words[0], "corp"]:
            words.pop()
            out.add("".join(words))
    return frozenset(label for label in out if len(label) >= MIN_DOMAIN_LABEL)


def _domain_spans(text: str, names: frozenset[str]) -> list[tuple[int, int]]:
    """Every domain (and e-mail address) with a label made of one of the names: a company's name
    also leaves in its domain, and the whole address goes with it."""
    if not names or "." not in text:
        return []
    spans = []
    for m in _DOMAIN.finditer(text):
        labels = re.split(r"[.@]", m.group().casefold())
        if any(name in label.replace("-", "").replace("_", "") for label in labels for name in names):
            spans.append(m.span())
    return spans


def _longest_first(spans: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans in order, a span inside a longer one dropped."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans, key=lambda s: (s[0], -s[1])):
        if out and start >= out[-1][0] and end <= out[-1][1]:
            continue
        out.append((start, end))
    return out


def _without_hyphenation(text: str) -> tuple[str, list[int]]:
    """The text with hyphenation removed, and for each of its characters the offset in `text`."""
    parts, origin, last = [], [], 0
    for m in _HYPHENATION.finditer(text):
        parts.append(text[last:m.start()])
        origin.extend(range(last, m.start()))
        last = m.end()
    parts.append(text[last:])
    origin.extend(range(last, len(text)))
    return "".join(parts), origin


def _node(node: dict) -> str:
    """The pattern for the rest of every term below `node`; each branch is one character, so the
    nesting depth is the length of the longest term."""
    branches = []
    for key in sorted(k for k in node if k != _END):
        child = node[key]
        if key == _SEP:
            branches.append(_WORD_BREAK + _node(child))
        else:
            branches.append(re.escape(key) + _node(child))
    if _END in node:
        branches.append(r"(?![^\W_])")  # a term may end here, where a word ends
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


@lru_cache(maxsize=8)
def terms_matcher(terms: tuple[str, ...]) -> TermMatcher:
    """The matcher of a document's terms, kept for the next page."""
    return TermMatcher(terms)
