"""Pseudonymised text: each redacted entity becomes a placeholder, stable per contract or corpus-wide."""

from __future__ import annotations

import hashlib
import hmac
import re
import string
from collections.abc import Iterable

from desktop.core.model import EntityType, Finding
from desktop.core.pdf import PageText
from desktop.core.redaction.redact import is_applied
from desktop.core.text.terms import base_name

# Types numbered with letters read more naturally in contracts ("Company A shall pay Company B").
_LETTERED = {EntityType.COMPANY}


class Pseudonymiser:
    """Hands out placeholders. Without a secret they count up per instance (one per contract); with
    one they are a keyed HMAC of the entity, so the same name gets the same placeholder everywhere."""

    def __init__(self, secret: bytes | None = None):
        self._secret = secret
        self._seen: dict[tuple[str, str], str] = {}
        self._counts: dict[str, int] = {}
        self._same: dict[str, str] = {}  # a name's key -> the key of the first name of its party

    def same_party(self, names: Iterable[str]) -> None:
        """The names of one party (its name, aliases, short names): one placeholder for all of them,
        so "Acme Computer Services LLC" and "ACS" are [COMPANY_A] alike in the training text."""
        keys = [k for n in names if (k := _entity_key(n))]
        if keys:
            first = self._same.get(keys[0], keys[0])
            for k in keys:
                self._same.setdefault(k, first)

    def placeholder(self, entity_type: str, text: str) -> str:
        key = (entity_type, self._same.get(_entity_key(text), _entity_key(text)))
        if key not in self._seen:
            self._seen[key] = f"[{entity_type}_{self._suffix(*key)}]"
        return self._seen[key]

    def _suffix(self, entity_type: str, key: str) -> str:
        if self._secret is not None:
            digest = hmac.new(self._secret, f"{entity_type}\x00{key}".encode(), hashlib.sha256).hexdigest()
            return digest[:10]
        n = self._counts.get(entity_type, 0) + 1
        self._counts[entity_type] = n
        return _letters(n) if entity_type in _LETTERED else str(n)


def _entity_key(text: str) -> str:
    """One key however a name is written: case, punctuation, line breaks and legal form folded
    ("ENORA LOGISTICS B.V." and "Enora Logistics" are one company)."""
    return base_name(text) or re.sub(r"[\W_]+", " ", text).strip().casefold()


def _letters(n: int) -> str:
    out = ""
    while n:
        n, rem = divmod(n - 1, 26)
        out = string.ascii_uppercase[rem] + out
    return out


def pseudonymise_page(page: PageText, findings: list[Finding], namer: Pseudonymiser) -> str:
    """The page text with every redacted span, and every character under a redaction box, replaced."""
    spans = _redacted_spans(page, [f for f in findings if f.page == page.number and is_applied(f)])
    out, cursor = [], 0
    for start, end, finding in spans:
        out.append(page.text[cursor:start])
        text = finding.text if finding.start >= 0 else page.text[start:end]
        out.append(finding.explanation.get("replacement") or namer.placeholder(finding.entity_type, text))
        cursor = end
    out.append(page.text[cursor:])
    return "".join(out)


def _redacted_spans(page: PageText, findings: list[Finding]) -> list[tuple[int, int, Finding]]:
    """Sorted, merged (start, end, finding) ranges; the first finding of merged ranges names them."""
    ranges = []
    for f in findings:
        if f.start >= 0:
            ranges.append((f.start, f.end, f))
        for box in f.boxes:  # a manual box removes whatever text lies under it
            chars = page.chars_in_rect(box)
            if chars:
                ranges.append((min(chars), max(chars) + 1, f))
    merged: list[tuple[int, int, Finding]] = []
    for start, end, f in sorted(ranges, key=lambda r: (r[0], -r[1])):
        if merged and start <= merged[-1][1]:
            s, e, first = merged[-1]
            merged[-1] = (s, max(e, end), first)
        else:
            merged.append((start, end, f))
    return merged


def pseudonymise_document(pages: list[PageText], findings: list[Finding], namer: Pseudonymiser) -> list[str]:
    return [pseudonymise_page(p, findings, namer) for p in pages]
