"""What a contract says about its own words: defined terms, party aliases, the parties clause,
acronyms, headings, lower-case uses and postal addresses. Used to judge proposals per document."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from desktop.core.detect import registry
from desktop.core.detect.anchors import PartyAnchors
from desktop.core.detect.sentences import PARTIES_END, PARTIES_REACH, crosses_sentence, sentence_end
from desktop.core.detect.termlists import fold
from desktop.core.model import EntityType, Finding
from desktop.core.pdf import PageText
from desktop.core.text.first_characters import matches_starting_with
from desktop.core.text.stoplist import is_document_name, is_role_phrase

_Q_OPEN, _Q_CLOSE = "\"“„‚‘«", "\"”“‘’»"
_QUOTED = re.compile(r"[" + _Q_OPEN + r"]([^" + _Q_OPEN + _Q_CLOSE + r"\n]{2,80}?)[" + _Q_CLOSE + r"]")
_PARTIES_START = re.compile(r"\b(?:by\s+and\s+(?:between|among)|between|among|zwischen)\b", re.IGNORECASE)
# An acronym defined in brackets after the words it abbreviates: Electronic Data Interchange ("EDI").
_ACRONYM_DEF = re.compile(r"\(\s*(?:the\s+)?[" + _Q_OPEN + r"]?([A-Z][A-Za-z&\-]{1,9})[" + _Q_CLOSE + r"]?\s*\)")
_POSTAL_CODE = re.compile(r"^[^.;:]{0,25}(?:\b\d{5}(?:-\d{4})?\b|\b[A-Z]\d[A-Z]\s?\d[A-Z]\d\b|"
                          r"\b[A-Z]{1,2}\d{1,2}[A-Z]?\s\d[A-Z]{2}\b)")
_STREET_WORD = re.compile(r"\b(?:Suite|Floor|Street|Road|Avenue|Boulevard|Blvd|Drive|Lane|Plaza|Highway|Hwy|"
                          r"P\.\s?O\.\s?Box|Straße|Strasse|Platz|Weg)\b\.?,?\s*$|^\s*(?:Suite|Floor)\b")
_PROSE = re.compile(r"\b[a-z]{2,}\s+[a-z]{2,}\b")
_LEGAL_FORM_TAIL = re.compile(r",?\s+(?:Inc|Incorporated|LLC|L\.L\.C|Ltd|Limited|Corp|Corporation|Company|Co|GmbH|AG|"
                              r"L\.P|LP|S\.A\.S|S\.A|plc|B\.V|N\.V|Holdings?)\.*$", re.IGNORECASE)
_STREET_NUMBER = re.compile(r"\b\d{1,5}[A-Z]?,?(?:\s+[A-Z][a-z]+)?\s+$")
_JURISDICTION_CUE = re.compile(r"(?:laws?\s+of|courts?\s+(?:of|in)|venue\s+in|jurisdiction\s+of|organi[sz]ed\s+under|"
                               r"incorporated\s+(?:in|under)|existing\s+under|within|outside(?:\s+of)?|in\s+the)"
                               r"\s+(?:the\s+)?$", re.IGNORECASE)
_HEADING_BEFORE = re.compile(r"(?:^|[\n\t]|\s)(?:\d+(?:\.\d+)*\.?|[A-Z]\.|\(?[a-z]{1,4}\)|[IVX]+\.|ARTICLE\s+\w+|"
                             r"SECTION\s+\w+|Section\s+\d+(?:\.\d+)*\.?)\s*$")


def _capitals_of(short: str, owner: str) -> bool:
    """"FG" of "FibroGen, Inc.": the short name is the owner's first capital letters."""
    letters = short.replace(".", "").replace(" ", "")
    capitals = "".join(c for c in owner if c.isupper())
    return len(letters) >= 2 and letters.isupper() and capitals.startswith(letters)


@dataclass
class DocumentContext:
    pages: dict[int, PageText]
    findings: list[Finding] = field(default_factory=list)
    known_parties: tuple[str, ...] = ()  # names, aliases and e-mails of the document's linked parties
    _lower_case_uses: dict[str, bool] = field(default_factory=dict, init=False, repr=False)

    @cached_property
    def anchors(self):
        """The names the contract or the registry ties to a party (`anchors.PartyAnchors`)."""
        return PartyAnchors(self.pages, self.findings, self.known_parties)

    @cached_property
    def anchored(self) -> list[Finding]:
        """Names that stand for a party by their form or place: a legal form, a known party, or a name
        the model found in the parties clause."""
        return [f for f in self.findings if f.entity_type in (EntityType.COMPANY, EntityType.PERSON) and f.start >= 0
                and not crosses_sentence(f.text)
                and (registry.anchors_party(f.recognizer) or self.in_parties_clause(f))]

    @cached_property
    def party_names(self) -> list[re.Pattern]:
        """Patterns for the parties' names, their names without the legal form, their defined short
        names and acronyms, and a distinctive first word ("AT&T" of "AT&T Mobility LLC")."""
        names = set(self.party_aliases)
        for f in self.anchored:
            if registry.is_model(f.recognizer) and (len(f.text.split()) < 2 or f.explanation.get("generic_words")):
                continue
            body = _LEGAL_FORM_TAIL.sub("", " ".join(f.text.split())).strip(" ,")
            names.add(fold(body))
            first = body.split()[0] if body.split() else ""
            if len(first) >= 2 and (first.isupper() or "&" in first or any(c.isupper() for c in first[1:])):
                names.add(fold(first))
        names |= {n[:-3] + "y" if n.endswith("ies") else n[:-1] for n in names if " " in n and n.endswith("s")}
        # a one-word name that the contract also writes in lower case ("Racing", "Merger") is a word
        names = {n for n in names if len(n) >= 2 and not is_role_phrase(n)
                 and (" " in n or not self.used_in_lower_case(n.capitalize()))}
        return [re.compile(r"(?<![\w&])" + re.escape(n).replace(r"\ ", r"\s+") + r"(?![\w&])", re.IGNORECASE)
                for n in sorted(names, key=len, reverse=True)]

    def holds_party_name(self, text: str) -> bool:
        return any(p.search(text) for p in self.party_names)

    @cached_property
    def full_text(self) -> str:
        return "\n".join(" ".join(p.text.split()) for p in self.pages.values())

    @cached_property
    def _spaced_text(self) -> str:
        """The text with every run of white space one space: a phrase that `used_in_lower_case` finds
        (its words apart by any white space) is a substring of it."""
        return " ".join(self.full_text.split())

    @cached_property
    def defined_terms(self) -> set[str]:
        """Every phrase the contract puts in quotes (its definitions), folded."""
        return {re.sub(r"\(s\)$", "", fold(m.group(1))) for m in _QUOTED.finditer(self.full_text)}

    @cached_property
    def party_aliases(self) -> set[str]:
        """The first quoted short name or bracketed acronym after a party's name, before the sentence
        or the party's description ends, when it refers to that name: ("PivX"), (MICOA), ("COOL TECH")."""
        from desktop.core.text.propagate import _names_owner

        out = set()
        for f in self.anchored:
            page = self.pages.get(f.page)
            if page is None or f.start < 0:
                continue
            after = page.text[f.end:f.end + 500]
            stop = re.search(r"[;]", after)  # a list of parties is separated by semicolons, if at all
            window = after[:stop.start()] if stop else after
            first = min((m for m in (_QUOTED.search(window), _ACRONYM_DEF.search(window)) if m),
                        key=lambda m: m.start(), default=None)
            if first is None:
                continue
            # (“FG” or “FibroGen”): every short name in the same brackets
            group = window[first.start():].split(")")[0] if "(" in window[:first.start() + 1] else first.group(0)
            for short in [m.group(1) for m in _QUOTED.finditer(group)] or [first.group(1)]:
                if (_names_owner(short.strip(), f.text) or _capitals_of(short, f.text)) and not is_document_name(short):
                    out.add(fold(short))  # (the “Build Addendum”) after a name is the document's, not the party's
        return out

    @cached_property
    def generic_acronyms(self) -> set[str]:
        """Acronyms defined for the words just before them when those words name no party:
        Radio Access Network ("RAN"), Insurance Services Office (ISO)."""
        out = set()
        for page in self.pages.values():
            for m in _ACRONYM_DEF.finditer(page.text):
                short = m.group(1)
                if not short.isupper() or fold(short) in self.party_aliases:
                    continue
                words = re.findall(r"[A-Za-z][\w\-]*", page.text[max(0, m.start() - 120):m.start()])
                initials = "".join(w[0] for w in words if w[0].isupper())
                if initials.upper().endswith(short.replace("&", "").upper()[:len(initials)]) and len(initials) >= 2:
                    out.add(fold(short))
        return out

    @cached_property
    def parties_clauses(self) -> dict[int, tuple[int, int]]:
        """Per page (of the first ten, at most three): the span from "between" to the recitals, "agree as
        follows" or the sentence's end, where a name with a legal form stands in it (a title page and the
        opening after a table of contents both name the parties)."""
        out = {}
        forms = [f for f in self.findings if registry.judged_as(f.recognizer) == registry.LEGAL_FORM]
        for number in sorted(self.pages)[:10]:
            text = self.pages[number].text
            for start in _PARTIES_START.finditer(text):
                end = PARTIES_END.search(text, start.end())
                stop = min(end.start() if end else len(text), sentence_end(text, start.end()),
                           start.end() + PARTIES_REACH)
                if any(f.page == number and start.start() <= f.start < stop for f in forms):
                    out[number] = (start.start(), stop)
                    break
            if len(out) == 3:
                break
        return out

    def in_parties_clause(self, f: Finding) -> bool:
        span = self.parties_clauses.get(f.page)
        return span is not None and span[0] <= f.start and f.end <= span[1]

    @cached_property
    def _contacts(self) -> dict[int, list[Finding]]:
        out: dict[int, list[Finding]] = {}
        for a in self.findings:
            if registry.contact(a.recognizer):
                out.setdefault(a.page, []).append(a)
        return out

    def _near(self, f: Finding, kinds: tuple[str, ...], reach: int = 60) -> bool:
        """A finding of a contact recognizer of one of these kinds (`registry.ADDRESS`, `REACH`) next to it."""
        text = self.pages[f.page].text
        return any(registry.contact(a.recognizer) in kinds and (-reach < f.start - a.end < reach or -reach < a.start - f.end < reach)
                   # an address is next to a name in its block, not across a sentence ("... 78735. WHEREAS, VIP
                   # is engaged in the business of providing Electronic Data Processing")
                   and not (registry.contact(a.recognizer) == registry.ADDRESS
                            and _PROSE.search(text[min(f.end, a.end):max(f.start, a.start)]))
                   for a in self._contacts.get(f.page, ()))

    def near_contact(self, f: Finding) -> bool:
        """A phone number or e-mail address within a few words: the name of a contact person."""
        return self._near(f, (registry.REACH,))

    def in_address(self, f: Finding) -> bool:
        """A street number before it, a postal code or street word within a few words, or an address,
        phone or e-mail next to it; never after a "laws of"/"courts of" cue, nor at the end of a text
        block that no postal code follows."""
        text = self.pages[f.page].text
        before, after = text[max(0, f.start - 60):f.start], text[f.end:f.end + 40]
        if _JURISDICTION_CUE.search(before) or "\n" in text[f.end:f.end + 3] and not _POSTAL_CODE.search(after):
            return False
        if _STREET_NUMBER.search(before) and _STREET_WORD.search(f.text):
            return True
        if self._near(f, (registry.ADDRESS, registry.REACH)):
            return True
        return bool(_POSTAL_CODE.search(after) or _STREET_WORD.search(before[-30:]))

    def is_heading(self, f: Finding) -> bool:
        """A section title: a number or letter before it and a full stop, colon or line end after it."""
        text = self.pages[f.page].text
        if not _HEADING_BEFORE.search(text[max(0, f.start - 14):f.start]):
            return False
        after = text[f.end:f.end + 6]
        return (after[:1] in (".", ":", "\n", "\t", "") or after.startswith((" -", " –"))
                or re.match(r"\s+\d{1,3}(?:\s|$)", after) is not None)  # a table of contents line

    @cached_property
    def acronyms_defined(self) -> set[str]:
        """Acronyms the contract defines in brackets or quotes, whatever for."""
        return {fold(m.group(1)) for m in _ACRONYM_DEF.finditer(self.full_text)} | self.defined_terms

    def used_in_lower_case(self, text: str) -> bool:
        """The phrase also occurs in lower case ("delivery" besides "Delivery"): a term, not a name."""
        phrase = " ".join(text.split())
        if phrase not in self._lower_case_uses:  # the judge asks about most phrases more than once
            self._lower_case_uses[phrase] = self._used_in_lower_case(phrase)
        return self._lower_case_uses[phrase]

    def _used_in_lower_case(self, phrase: str) -> bool:
        if phrase == phrase.lower() or not any(c.isalpha() for c in phrase):
            return False
        lowered = phrase.lower()
        if lowered not in self._spaced_text:  # most phrases are not: no regex over the whole text
            return False
        # not inside an e-mail address or a domain ("info@quatalen.de", "www.acme.com")
        use = re.compile(r"(?<![\w&@./-])" + re.escape(lowered).replace(r"\ ", r"\s+") + r"(?![\w&@-]|\.[a-z])")
        # a use starts with the phrase's first word as written
        return next(matches_starting_with(use, self.full_text, lowered.split(" ", 1)[0]), None) is not None

    def is_defined_term(self, text: str) -> bool:
        """Written in quotes somewhere (in the singular, the plural or with "(s)"), and not as a party's
        short name. A span that opens with a quote is a definition itself."""
        if re.search(r"[" + _Q_OPEN + r"]", text):
            return True
        key = fold(text)
        if key in self.party_aliases:
            return False
        variants = {key, key + "s", re.sub(r"(?:e?s|\(s\))$", "", key)}
        return bool(variants & self.defined_terms)

