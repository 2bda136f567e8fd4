"""All terms of a document in one pass: one pattern, built as a trie, finds every term at once."""

from __future__ import annotations

import re
from functools import lru_cache

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
    return tuple(w.casefold() for w in _WORDS.findall(term))


class TermMatcher:
    """Finds every occurrence of any of the terms in a text, case-insensitively, across spaces,
    NBSP, punctuation, line breaks and hyphenation; where terms overlap, the longest wins. Cost
    grows with the text, not with terms x text: the terms share one pattern shaped like a trie,
    so at each position only the branches that match the next character are tried."""

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

    def spans(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of every occurrence, in the text as given; a term hyphenated over a line
        break ("Halvor-\nsen") is found in the reading without hyphenation and mapped back."""
        if self.pattern is None:
            return []
        found = {m.span() for m in self.pattern.finditer(text)}
        if _HYPHENATION.search(text):
            joined, origin = _without_hyphenation(text)
            found |= {(origin[a], origin[b - 1] + 1) for a, b in (m.span() for m in self.pattern.finditer(joined))}
        return sorted(found)


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
def matcher(terms: tuple[str, ...]) -> TermMatcher:
    return TermMatcher(terms)
