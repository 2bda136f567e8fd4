"""Terms in text read by OCR: one misread character (Lübs read as "Libs", 0DS as "ODS") still matches."""

from __future__ import annotations

import re

from desktop.core.verification.match import Match, TermIndex, fold

# Characters OCR confuses, folded to one before comparing (one for one, so offsets hold).
_CONFUSABLE = str.maketrans({"0": "o", "1": "l", "i": "l", "|": "l", "5": "s", "8": "b"})
FUZZY_MIN = 8  # shorter variants must be read exactly: one letter off, "Miller" is not "Müller"


class OcrTermIndex:
    """The verifier's variants, folded for OCR's confusions, found at one edit (a letter missing,
    added or changed) where they stand as whole words."""

    def __init__(self, index: TermIndex):
        self.variants = {v.translate(_CONFUSABLE): t for v, t in index.variants.items()}
        self.deletions: dict[str, str] = {}
        for v, term in self.variants.items():
            if len(v) >= FUZZY_MIN:
                for i in range(len(v)):
                    self.deletions.setdefault(v[:i] + v[i + 1:], term)
        self.longest = index.longest + 1

    def find(self, text: str) -> list[Match]:
        """Matches with offsets into `text`."""
        if not self.variants:
            return []
        folded, origin = fold(text, offsets=True)
        folded = folded.translate(_CONFUSABLE)
        back = (lambda i: i) if origin is None else origin.__getitem__
        tokens = [m.span() for m in re.finditer(r"[^\W_]+", folded)]
        hits = []
        for i, (start, _end) in enumerate(tokens):
            acc = ""
            for j in range(i, len(tokens)):
                a, b = tokens[j]
                acc += folded[a:b]
                if len(acc) > self.longest:
                    break
                term = self._lookup(acc)
                if term is not None:
                    hits.append(Match(term, back(start), back(b - 1) + 1))
        return hits

    def _lookup(self, read: str) -> str | None:
        if read in self.variants:
            return self.variants[read]
        if len(read) < FUZZY_MIN - 1:
            return None
        if read in self.deletions:  # a letter missing from what OCR read
            return self.deletions[read]
        for k in range(len(read)):
            shorter = read[:k] + read[k + 1:]
            found = self.variants.get(shorter) or self.deletions.get(shorter)  # one added, one changed
            if found is not None and len(read) >= FUZZY_MIN:
                return found
        return None
