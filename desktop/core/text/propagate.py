"""Document-level propagation: every party name found or defined once is proposed wherever it occurs."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from desktop.core.model import EntityType, Finding, Source, Status
from desktop.core.pdf import PageText
from desktop.core.text.first_characters import guarded
from desktop.core.text.stoplist import is_document_name, is_role_phrase
from desktop.core.text.terms import term_regex, term_type

_NAME_TYPES = (EntityType.PERSON, EntityType.COMPANY)
_Q_OPEN, _Q_CLOSE = "\"'“„‚‘«", "\"'”“‘’»"
# ("Short"), (the "Short"), (hereinafter "Short"), (nachfolgend „Kurz“ genannt), , hereinafter "Short"
_DEFINITION = re.compile(
    r"(?:[(,]|\s[-–]\s)\s*(?:(?:the|hereinafter|hereafter|herein|collectively|individually|each|a|an|referred|to|as|called|"
    r"nachfolgend|im|folgenden|kurz|auch|jeweils|die|der|das)\s+)*"
    r"[" + _Q_OPEN + r"]([^" + _Q_OPEN + _Q_CLOSE + r"\n]{2,40})[" + _Q_CLOSE + r"]", re.IGNORECASE)
# A field of its own ("Product Name: Agreed Quantity of Units" is a table's column, not a signer).
# Run over every page: behind the look-ahead for its first characters (first_characters.py).
_SIGNATURE_NAME = guarded(re.compile(
    r"(?:^|(?<=[\n\t])|(?<=[ ]{2})|(?<=Printed )|(?<=Print )|(?<=Typed ))Name\s*:\s*(?!Title)"
    r"([A-ZÄÖÜ][\w.'’\-]+(?:[ ]+[A-ZÄÖÜ][\w.'’\-]+){1,3})(?![ ]+[a-z])"))
_SIGNED_BY = re.compile(r"(?:By|Durch)\s*:\s*(?:/s/\s*)?([A-ZÄÖÜ][a-zäöüß.'’\-]+(?:[ ]+[A-ZÄÖÜ][\w.'’\-]+){1,3})")
_REPRESENTED_BY = re.compile(r"(?:represented\s+by|vertreten\s+durch|acting\s+through|attention:?|z\.\s?Hd\.?)\s+"
                             r"(?:(?:Mr|Mrs|Ms|Dr|Herrn?|Frau)\.?\s+)?([A-ZÄÖÜ][\w'’\-]+(?:[ ]+[A-ZÄÖÜ][\w'’\-]+){1,3})")
_TITLES = re.compile(r"(?:Mr|Mrs|Ms|Dr|Prof|Herr|Frau)\.?\s+", re.IGNORECASE)
_LEGAL_FORM_TAIL = re.compile(
    r",?\s+(?:GmbH(?:\s&\sCo\.\s?KG)?|AG|KG|UG(?:\s\(haftungsbeschränkt\))?|SE|Inc\.?|LLC|L\.L\.C\.|Ltd\.?|Limited|"
    r"plc|S\.A\.S?\.|B\.V\.|N\.V\.|L\.P\.|Corp\.?|Corporation|Co\.)$", re.IGNORECASE)
_DEFINITION_REACH = 500  # a definition names the party written just before it


@dataclass(frozen=True)
class Seed:
    name: str
    entity_type: str
    origin: str
    pattern: str = ""  # a regex to use instead of the name itself


_EMAIL_NAME = re.compile(r"^([a-z]{2,}(?:-[a-z]{2,})?)[._]([a-z]{2,}(?:-[a-z]{2,})?)@", re.IGNORECASE)
_UMLAUTS = (("ae", "(?:ae|ä)"), ("oe", "(?:oe|ö)"), ("ue", "(?:ue|ü)"), ("ss", "(?:ss|ß)"))


def _email_seed(address: str) -> Seed | None:
    """"jeremiah.nunez@..." names a person written "Jeremiah Nunez" (maybe with a middle name)."""
    m = _EMAIL_NAME.match(address.strip())
    if m is None:
        return None
    first, last = (_fold(w) for w in m.groups())
    pattern = r"(?<!\w)" + first + r"(?:\s+[A-ZÄÖÜ][\w'’\-]*\.?){0,2}\s+" + last + r"(?!\w)"
    name = f"{m.group(1).title()} {m.group(2).title()}"
    return Seed(name, EntityType.PERSON, f"name in the e-mail address {address.strip()!r}", pattern)


def _fold(word: str) -> str:
    out = re.escape(word.lower())
    for plain, either in _UMLAUTS:
        out = out.replace(plain, either)
    return out


def collect_seeds(pages: list[PageText], findings: Iterable[Finding], known_parties: Iterable[str] = (),
                  anchored: Iterable[tuple[str, str, str]] = ()) -> list[Seed]:
    """Names to look for: known parties, names anchored to a party ((name, type, origin), found by
    the detector's anchors), confident detections, defined short names, signature names."""
    seeds: dict[str, Seed] = {}

    def add(name: str, entity_type: str, origin: str) -> None:
        name = " ".join(name.split()).strip(" ,;:\"'“”„")
        if len(name) < 3 or not any(c.isalpha() for c in name) or is_role_phrase(name):
            return
        seeds.setdefault(name.lower(), Seed(name, entity_type, origin))

    for term in known_parties:
        add(term, term_type(term), "known party")
    for name, entity_type, origin in anchored:
        add(name, entity_type, f"party name: {origin}")
    by_page: dict[int, list[Finding]] = {}
    for f in findings:
        if f.entity_type == EntityType.EMAIL and (seed := _email_seed(f.text)):
            seeds.setdefault(seed.name.lower(), seed)
        if f.entity_type in _NAME_TYPES and f.start >= 0 and _confident(f):
            add(f.text, f.entity_type, f"{f.recognizer or 'detected'} on page {f.page + 1}")
            by_page.setdefault(f.page, []).append(f)
            body = _LEGAL_FORM_TAIL.sub("", f.text)
            if f.entity_type == EntityType.COMPANY and body != f.text and (len(body.split()) >= 2 or _distinctive(body)):
                add(body, EntityType.COMPANY, f"name of {f.text!r} without its legal form")
    for page in pages:
        for m in _DEFINITION.finditer(page.text):
            owner = _owner_before(by_page.get(page.number, []), m.start(), m.group(1))
            if owner is not None and _looks_like_name(m.group(1)) and not is_document_name(m.group(1)):
                add(m.group(1), owner.entity_type, f"defined as short name of {owner.text!r} on page {page.number + 1}")
        for regex in (_SIGNATURE_NAME, _SIGNED_BY, _REPRESENTED_BY):
            for m in regex.finditer(page.text):
                add(_without_next_label(page.text, m.start(1), m.end(1)), EntityType.PERSON,
                    f"signature block on page {page.number + 1}")
    return sorted(seeds.values(), key=lambda s: -len(s.name))


def _without_next_label(text: str, start: int, end: int) -> str:
    """The name without the label of the next field on its line: "Name: Eva Roth Funktion: CFO"
    names "Eva Roth" (a word followed by a colon is a field label, not part of a name)."""
    words = text[start:end].split()
    while len(words) > 2 and re.match(r"\s*:", text[end:]):
        end = start + text[start:end].rindex(words.pop())
        end = start + len(text[start:end].rstrip())
    return " ".join(words)


# What ties a model-found name to a party (set by the judge); a model's guess alone is never spread.
ANCHORS = ("parties clause", "signature or contact", "party acronym", "holds a party name", "party name")


def _confident(f: Finding) -> bool:
    if f.status == Status.SUPPRESSED:
        return False
    if f.recognizer != "SpacyRecognizer":
        return True
    if not set(f.explanation.get("reasons", ())) & set(ANCHORS):
        return False
    words = [w for w in f.text.split() if any(c.isalpha() for c in w)]
    return len(words) >= 2 or _distinctive(f.text.strip())


def _distinctive(word: str) -> bool:
    """A single word worth propagating: an invented brand such as "PivX" or "ACME", not "Global"."""
    return " " not in word and len(word) >= 3 and (word.isupper() or any(c.isupper() for c in word[1:]))


def _looks_like_name(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= 5 and all(w[0].isupper() or w[0].isdigit() or w in {"&", "of", "and", "de"}
                                       for w in words)


def _names_owner(short: str, owner: str) -> bool:
    """A defined short name refers to the party before it when it shares a word with it, is its
    initials, or is an invented word; a defined term such as "License" or "Products" does not."""
    owner_words = [w.lower() for w in re.findall(r"\w+", _LEGAL_FORM_TAIL.sub("", owner))]
    short_words = [w.lower() for w in re.findall(r"\w+", short)]
    if any(len(w) >= 3 and any(o.startswith(w[:4]) for o in owner_words) for w in short_words):
        return True
    initials = "".join(w[0] for w in owner_words if w not in {"of", "and", "the", "und"})
    return short.replace(".", "").lower() in (initials, initials[:-1]) or _distinctive(short.strip())


def _owner_before(findings: list[Finding], pos: int, short: str) -> Finding | None:
    """The closest name before a definition that the short name refers to (a representative's
    name often stands between the party and its definition)."""
    before = [f for f in findings if f.end <= pos and pos - f.end <= _DEFINITION_REACH]
    owners = [f for f in before if _names_owner(short, f.text)]
    return max(owners, key=lambda f: f.end) if owners else None


def propagate(pages: list[PageText], findings: list[Finding], known_parties: Iterable[str] = (),
              anchored: Iterable[tuple[str, str, str]] = ()) -> list[Finding]:
    """New findings for every occurrence of every seed name not already covered by a finding."""
    seeds = collect_seeds(pages, findings, known_parties, anchored)
    # Each seed's pattern is compiled once, and a page is searched for it only when its longest word
    # is on the page: a 350-page document has thousands of seeds, and compiling and running each
    # one on every page took minutes.
    compiled = [(seed, guarded(regex), _clue(seed)) for seed in seeds
                if (regex := re.compile(seed.pattern, re.IGNORECASE) if seed.pattern else term_regex(seed.name))]
    surnames = _surname_patterns(seeds)
    out: list[Finding] = []
    for page in pages:
        covered = [(f.start, f.end) for f in findings if f.page == page.number and f.start >= 0]
        lowered = page.text.casefold()
        for seed, regex, clue in compiled:
            if clue not in lowered:
                continue
            for m in regex.finditer(page.text):
                if any(s <= m.start() and m.end() <= e for s, e in covered):
                    continue
                covered.append(m.span())
                out.append(_finding(page, m.start(), m.end(), seed))
        out.extend(_surnames(page, lowered, surnames, covered))
    return out


def _clue(seed: Seed) -> str:
    """A string every occurrence of the seed contains (lower-cased), or "" for a pattern seed."""
    return "" if seed.pattern else max(seed.name.casefold().split(), key=len, default="")


def _surname_patterns(seeds: list[Seed]) -> list[tuple[Seed, str, re.Pattern]]:
    out = []
    for seed in seeds:
        parts = seed.name.split()
        if seed.entity_type != EntityType.PERSON or len(parts) < 2 or len(parts[-1]) < 3:
            continue
        regex = re.compile(_TITLES.pattern + r"(" + re.escape(parts[-1]) + r")(?!\w)", re.IGNORECASE)
        out.append((seed, parts[-1], regex))
    return out


def _surnames(page: PageText, lowered: str, surnames, covered: list[tuple[int, int]]) -> list[Finding]:
    """"Mr. Smith" after "John Smith": a person's surname after a title is the same person."""
    out = []
    for seed, surname, regex in surnames:
        if surname.casefold() not in lowered:
            continue
        parts = seed.name.split()
        for m in regex.finditer(page.text):
            if not any(s <= m.start(1) and m.end(1) <= e for s, e in covered):
                covered.append(m.span(1))
                out.append(_finding(page, m.start(1), m.end(1), Seed(parts[-1], seed.entity_type,
                                                                      f"surname of {seed.name!r}")))
    return out


def _finding(page: PageText, start: int, end: int, seed: Seed) -> Finding:
    explanation = {"recognizer": "PropagatedName", "score": 0.9, "name": seed.name, "origin": seed.origin}
    return Finding(page=page.number, start=start, end=end, entity_type=seed.entity_type,
                   text=page.text[start:end], boxes=page.span_boxes(start, end), score=0.9,
                   recognizer="PropagatedName", explanation=explanation, source=Source.PROPAGATED)
