"""Names anchored to a party, which no suppression rule hides: parties clause, signatures, registry, domains."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property, lru_cache

from desktop.core.detect import registry
from desktop.core.detect.company import _FORM
from desktop.core.detect.sentences import PARTIES_END, PARTIES_REACH, sentence_end
from desktop.core.detect.termlists import fold
from desktop.core.model import EntityType, Finding
from desktop.core.pdf import PageText
from desktop.core.text.first_characters import guarded
from desktop.core.text.stoplist import FIELD_LABELS, ROLE_WORDS, is_document_name, is_role_phrase
from desktop.core.text.terms import term_type

# What a suppression reason says was looked for and not found.
NO_ANCHOR = "no party anchor: not a party's name in the parties clause, no signature block, not a linked party"

_Q_OPEN, _Q_CLOSE = "\"“„‚‘«", "\"”“‘’»"
# A word of a name: capitalised or a number, maybe with dots, ampersands, hyphens, apostrophes, ™ and ®.
_WORD = r"(?:[A-ZÄÖÜ0-9](?:[^\W_]|[&'’.™®]|-(?=[^\W_]))*|&)"
# Words that may stand inside a name between capitalised words; "and" never does here (it joins parties).
_LINK = r"(?:of|for|the|de|du|des|der|la|le|von|und|y|et)"
_GAP = r"[ \t\u00a0]"  # one space: a wider gap is a column, a line break a new field (wraps are unwrapped)
_NAME = rf"{_WORD}(?:{_GAP}(?:{_LINK}{_GAP})?{_WORD}){{0,7}}"
_LEGAL_TAIL = (r"(?:,?[ \t](?i:Inc|Ltd|Corp|Co|LLC|L\.L\.C|S\.A|AG|SA|GmbH|Limited|Corporation|Company|plc|LLP|L\.P|LP)"
               r"(?![\w-])\.*)?")
# Where a name ends: a comma, bracket, quote, slash, line break, wide gap, sentence end or the text's end.
_END = r"(?:(?=\s*[,(“\"/;]|[ \t]*\n|[ \t]{2,}|\.?\s*$|\.\s)|(?:(?<=Inc\.)|(?<=Ltd\.)|(?<=Co\.)|(?<=Corp\.))(?=\s))"

_OPENING = 3000  # characters of a page within which its parties clause opens
_PARTIES_START = re.compile(r"\b(?:by\s+and\s+between|between|among|zwischen)\b", re.IGNORECASE)
_AFTER_BETWEEN = re.compile(rf"(?i:\b(?:between|among|zwischen|and|und))\s*:?\s+(?:(?i:the)\s+)?"
                            rf"({_NAME}{_LEGAL_TAIL}){_END}")
# "The Best Answer, a Nevada corporation", "Jane Roe, an individual", "Muster AG, eine Aktiengesellschaft".
_DESCRIPTOR = (r"(?i:corporation|company|partnership|limited\s+(?:liability|partnership|company)|association|"
               r"bank|trust|society|cooperative|"
               r"business\s+trust|individual|natural\s+person|sole\s+proprietor|entity|"
               r"(?:Aktien)?[Gg]esellschaft|GmbH|AG|LLC|société|sociedad|società|sociedade|naamloze|besloten)\b")
# "Alpha Beta SA, whose registered office is at", "..., incorporated in England", "..., mit Sitz in Köln".
_SEAT = (r"(?:(?:whose|with\s+its|having\s+its|with\s+a)\s+(?:registered|principal|head)\s+(?:office|place\s+of\s+"
         r"business)|(?:incorporated|organi[sz]ed|registered|established)\s+(?:in|under)\s|mit\s+Sitz\s+in\s)")
_APPOSITIVE = re.compile(rf"({_NAME}{_LEGAL_TAIL}),?\s+(?:(?:an?|eine?|une?)\s+(?:[A-Z][\w.\-]*\s+){{0,3}}"
                         r"(?:[a-z]+\s+){0,3}" + _DESCRIPTOR + "|(?P<seat>" + _SEAT + "))")
# "Acme Catalog Company, Inc. d/b/a ACME TRADERS", "trading as", "doing business as", "formerly known as".
_TRADE_NAME = re.compile(rf"\b(?:d/b/a|d\.b\.a\.?|dba|doing\s+business\s+as|trading\s+as|t/a|operating\s+as|"
                         rf"a/k/a|also\s+known\s+as|f/k/a|formerly\s+known\s+as|handelnd\s+als)\s*:?\s+"
                         rf"[{_Q_OPEN}]?({_NAME}{_LEGAL_TAIL})", re.IGNORECASE)
# A short name right after a name: ("X"), (the "X"), (hereinafter referred to as "X"), ", hereinafter "X"",
# (nachfolgend „X“).
_SHORT = re.compile(r"[\s,]*(?:\(|,|\s[-–]\s)\s*(?:(?:the|hereinafter|hereafter|herein|collectively|referred|to|as|"
                    r"called|nachfolgend|im|folgenden|kurz|auch|die|der|das|genannt)\s+)*"
                    r"[" + _Q_OPEN + r"]([^" + _Q_OPEN + _Q_CLOSE + r"\n]{2,40})[" + _Q_CLOSE + r"]", re.IGNORECASE)
# Signature blocks: the person after a signing cue, the company before "By:" or after "für"/"on behalf of".
# A word of a person's name ("O'Neil", "Smith-Jones") or initials ("C.", "C.E."); a full stop after a
# word ends the sentence ("... Ilse Sommer. Die ...").
_PERSON_WORD = r"[A-ZÄÖÜ](?:[^\W\d_]+(?:[’'\-][A-ZÄÖÜ]?[^\W\d_]+)*|\.(?:[A-Z]\.)*)"
_TITLE = r"(?i:Mr|Mrs|Ms|Dr|Prof|Herrn?|Frau)\.?"
_PERSON = rf"(?!{_TITLE}[ \t]){_PERSON_WORD}(?:[ \u00a0]{{1,2}}{_PERSON_WORD}){{1,3}}"  # a wider gap is a column
# Run over every page: behind the look-ahead for its first characters (first_characters.py).
_SIGNER = guarded(re.compile(
    r"(?i:\bBy\s*:[ \t]*(?:[/\\]s[/\\])?|[/\\]s[/\\]|(?:^|(?<=[\n\t])|(?<=[ ]{2})|(?<=Printed )|(?<=Print )|(?<=Typed ))Name\s*:|"
    r"(?<=_)[ \t]*Name[ \t]+(?=[A-Z])|"
    r"\b(?:represented\s+by|vertreten\s+durch|acting\s+through)(?:\s+(?:its|den|die|der|ihren|seinen))?"
    r"(?:\s+(?:President|CEO|Director|Managing\s+Director|Geschäftsführer(?:in)?|Vorstand|Prokurist(?:in)?))?)"
    r"[ \t]*(?:" + _TITLE + r"[ \t]+)?(" + _PERSON + r")(?![^\W_])(?![ ]+[a-z])(?![ \t]*(?:&|,?[ \t]+" + _FORM + r"\b))"))
_BY_LINE = re.compile(r"(?:^|\n|[ \t]{2,}|\t)[ \t]*By\s*:", re.IGNORECASE)
# Every match of _BY_LINE holds "By" and a colon as it does; 20 pages of the 262 development pages do, and
# the pattern, which opens with alternatives, would be tried at every character of the others.
_BY_COLON = re.compile(r"By\s*:", re.IGNORECASE)
_FOR_PARTY = re.compile(rf"(?:^|\n|[ \t]{{2,}}|\t)[ \t]*(?:[Ff]ür|(?i:for\s+and\s+on\s+behalf\s+of|on\s+behalf\s+of))"
                        rf"(?:\s+(?:die|den|das|the))?\s+({_NAME}{_LEGAL_TAIL}){_END}")
# Every match of _FOR_PARTY holds "für" as written or "behalf" in any case; most pages hold neither, and
# the pattern, which opens with alternatives, would be tried at every character of them.
_FOR_PARTY_WORD = re.compile(r"(?i:behalf)|[Ff]ür")
_SEGMENT_BREAK = re.compile(r"\n|\t|[ ]{2,}")
# Words that stand where a signer's name goes but name no one.
_NOT_A_SIGNER = frozenset(re.findall(r"\S+", """authorized authorised signatory signature representative officer
illegible witness notary print printed name title date duly its his her their position funktion datum ort unterschrift
chief executive president vice director manager secretary treasurer counsel ceo cfo coo cto founder chairman head"""))
# A line above "By:" that heads the block rather than naming a party.
_BLOCK_HEADING = re.compile(r"(?i:\b(?:accepted|agreed|acknowledged|witness|whereof|signed|executed|approved|confirmed|"
                            r"signature|page|follows|intentionally|blank|sincerely|regards|yours|confidential|dated)\b)")
_ENDS_IN_FORM = re.compile(r"(?:^|[\s,])" + _FORM + r"\W*$")  # a legal form, as company.py knows them
_PLACE_BEFORE = re.compile(r"(?i:\b(?:laws?\s+of|state\s+of|in|under|at)\s+(?:the\s+)?)$")
_MONTH = re.compile(r"\b(?i:January|February|March|April|May|June|July|August|September|October|November|"
                    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b")
_DOCUMENT_PART = re.compile(r"(?i:(?:section|article|exhibit|schedule|clause|annex|appendix|paragraph|item)s?\b)")


PARTY, SIGNER, ALIAS, DOMAIN = "party", "signer", "alias", "domain"  # what an anchored name is in the contract


@dataclass(frozen=True)
class Anchor:
    name: str  # as the contract writes it
    entity_type: str
    origin: str  # where it was found: what ties it to a party
    role: str = PARTY  # what the contract makes of it: PARTY, SIGNER, ALIAS or DOMAIN of `owner`
    owner: str = ""  # the party an alias or a domain stands for

    def as_explanation(self) -> dict:
        """What a finding records of its anchor, for the consent side to propose the document's parties
        and their roles from (consent/linking.py reads it; it never imports this module)."""
        return {"role": self.role, **({"owner": self.owner} if self.owner else {})}


@lru_cache(maxsize=8192)  # the judge asks about the same names again and again
def _key(text: str) -> str:
    """Folded for comparison: case, spaces and line breaks, a leading article, a possessive, ™ and ®."""
    text = text.strip(" ,;:.\"“”„‘’«»()").replace("™", "").replace("®", "").strip()
    return fold(re.sub(r"[’']s?$", "", text))


def _unwrap(text: str) -> str:
    """The text with a paragraph's line wraps as spaces (offsets kept): a line break after a long line
    that does not end a sentence or a field continues the sentence ("by and between Alpha\nBeta SA")."""
    out = list(text)
    start = 0
    for m in re.finditer(r"\n", text):
        line = text[start:m.start()].rstrip()
        if len(line.strip()) >= 45 and not line.endswith((":", ".", ";")) and not re.search(r"[ \t]{2,}\S+$", line):
            out[m.start()] = " "
        start = m.end()
    return "".join(out)


_ABBREVIATION = re.compile(r"(?i:inc|corp|ltd|co|bros|jr|sr|st|etc|plc|llc|int'l)\.$")


def _clean(name: str) -> str:
    name = " ".join(name.split()).strip(" ,;:/\"“”„‘’«»")
    name = re.sub(r"(?:\s+[-_–]{2,})+$", "", name)  # a signature line after the name
    if re.search(r"(?<![.])\b[^\W\d_]{3,}\.$", name) and not _ABBREVIATION.search(name):
        name = name[:-1]  # "GSMS." at a sentence's end
    return re.sub(r"^(?:(?:the|between|among|and|zwischen|und)\s+)+", "", name, flags=re.IGNORECASE) \
        if re.match(r"(?i:between|among|and|zwischen|und)\s", name) else name


def names_someone(name: str) -> bool:
    """A party's name, not a role ("the Licensee"), a document, a date, a number or a sentence."""
    words = name.split()
    if not words or not 3 <= len(name) <= 120 or len(words) > 9 or not any(c.isalpha() for c in name):
        return False
    if is_role_phrase(name) or is_role_phrase(re.sub(r"s$", "", name)) or is_document_name(name):
        return False
    if _DOCUMENT_PART.match(name) or _BLOCK_HEADING.search(name):
        return False
    lower = [w for w in words if w[0].islower() and not re.fullmatch(_LINK, w)]
    return not lower and not (_MONTH.search(name) and re.search(r"\d", name))


def _refers_to(short: str, owner: str) -> bool:
    """A short name refers to the name before it when it shares a word with it, is its initials, or
    is an invented word written in mixed case ("PivX"); "Bottler" after "Acme Inc." is a role."""
    owner_words = [w.lower() for w in re.findall(r"\w+", owner)]
    short_words = [w.lower() for w in re.findall(r"\w+", short)]
    if any(len(w) >= 3 and any(o.startswith(w[:4]) for o in owner_words) for w in short_words):
        return True
    initials = "".join(w[0] for w in owner_words if w not in {"of", "and", "the", "und"})
    letters = short.replace(".", "").replace(" ", "").lower()
    mixed = any(c.isupper() for c in short[1:]) and any(c.islower() for c in short)
    return len(letters) >= 2 and initials.startswith(letters) or (" " not in short.strip() and mixed)


def _name_before(owners: list[tuple[int, str]], start: int) -> str:
    """The nearest party name that ends before `start` (the name a trade name follows), or ""."""
    before = [(end, name) for end, name in owners if end <= start]
    return max(before)[1] if before else ""


class PartyAnchors:
    """The names a document ties to a party, each with where it was found."""

    def __init__(self, pages: dict[int, PageText], findings: Iterable[Finding] = (), known_parties: Iterable[str] = ()):
        self.pages = pages
        self.findings = list(findings)
        self.known_parties = tuple(known_parties)

    @cached_property
    def names(self) -> dict[str, Anchor]:
        """Folded name -> its anchor; the first anchor found for a name wins."""
        out: dict[str, Anchor] = {}

        def add(name: str, entity_type: str, origin: str, role: str = PARTY, owner: str = "") -> None:
            name = _clean(name)
            if not names_someone(name) or self._a_word(name):
                return
            if (key := _key(name)) and key not in out:
                out[key] = Anchor(name, entity_type, origin, role, " ".join(owner.split()))

        for term in self.known_parties:  # the registry's word is final: no rule second-guesses it
            name = " ".join(term.split())
            if "@" not in name and sum(c.isalnum() for c in name) >= 2 and (key := _key(name)):
                out.setdefault(key, Anchor(name, term_type(name), "linked party"))
        clause_found = False
        for number in sorted(self.pages)[:3]:
            clause_found = self._parties_clause(number, add, clause_found) or clause_found
        for number in sorted(self.pages):
            self._signature_blocks(number, add)
        return out

    def _parties_clause(self, number: int, add, clause_found: bool) -> bool:
        """Names the opening of the contract ties to a party: by position after "between" and the
        "and" that joins the parties (on the first page that has such a clause), by a description
        (", a Nevada corporation"), as a trade name, and the short names right after them."""
        text = _unwrap(self.pages[number].text)
        owners: list[tuple[int, str]] = []  # (end, name): names a short name may follow
        found = False
        for start in ([] if clause_found else _PARTIES_START.finditer(text, 0, _OPENING)):
            end = min(sentence_end(text, start.end()), start.end() + PARTIES_REACH)
            stop = PARTIES_END.search(text, start.end(), end)
            for n in _AFTER_BETWEEN.finditer(text, start.start(), stop.start() if stop else end):
                if _joins_parties(text, n) and names_someone(_clean(n.group(1))):
                    add(n.group(1), self._type_of(n.group(1)), "a name of the parties clause")
                    owners.append((n.end(1), n.group(1)))
                    found = True
            if found:
                break
        for n in _APPOSITIVE.finditer(text):
            if _PLACE_BEFORE.search(text, max(0, n.start(1) - 30), n.start(1)):
                continue  # "organised under the laws of California, having its principal office": a place
            if n.group("seat") and not _ENDS_IN_FORM.search(n.group(1)):
                continue  # "Kennedy Avenue, registered under": only a company has a registered office
            kind = EntityType.PERSON if re.search(r"(?i:individual|natural|sole)", n.group(0)) else EntityType.COMPANY
            add(n.group(1), kind, "a name described as a company or a person (\", a Nevada corporation\", \", registered in\")")
            owners.append((n.end(1), n.group(1)))
        for n in _TRADE_NAME.finditer(text):
            add(n.group(1), EntityType.COMPANY, "a trade name (d/b/a, trading as) of a party", ALIAS,
                _name_before(owners, n.start()))
            owners.append((n.end(1), n.group(1)))
        owners += [(f.end, f.text) for f in self.findings if f.page == number
                   and registry.judged_as(f.recognizer) == registry.LEGAL_FORM]
        for end, owner in owners:
            s = _SHORT.match(text, end) or _SHORT.match(text, _after_descriptor(text, end))
            if s and (_refers_to(s.group(1), owner) or _refers_to(s.group(1), self._trade_name(text, end))):
                add(s.group(1), self._type_of(owner), f"the short name of {' '.join(owner.split())!r}", ALIAS, owner)
        return found

    def _type_of(self, name: str) -> str:
        """A person when the model or the registry says so and no legal form says otherwise."""
        key = _key(name)
        if term_type(name) == EntityType.PERSON and any(
                f.entity_type == EntityType.PERSON and _key(f.text) == key for f in self.findings):
            return EntityType.PERSON
        return EntityType.COMPANY

    @staticmethod
    def _trade_name(text: str, end: int) -> str:
        m = _TRADE_NAME.search(text, end, end + 120)
        return m.group(1) if m else ""

    def _signature_blocks(self, number: int, add) -> None:
        for args in _signature_names(self.pages[number].text):
            add(*args)

    @cached_property
    def _lower_text(self) -> str:
        return "\n".join(p.text for p in self.pages.values())

    def _a_word(self, name: str) -> bool:
        """A one-word name the contract also writes in lower case ("Racing" beside "a racing team") is
        a word of the language, whatever it stands for in a definition."""
        word = name.strip()
        if " " in word or word == word.lower():
            return False
        if any(f.explanation.get("generic_words") and f.text.strip() == word for f in self.findings):
            return True  # the model's word list knows it
        lowered = r"(?<![\w&@./-])" + re.escape(word.lower()) + r"(?![\w&@-]|\.[a-z])"
        return re.search(lowered, self._lower_text) is not None

    def anchor_of(self, text: str) -> Anchor | None:
        """The anchor of a candidate's text (a field label the model read into it aside: "Name How Kok
        Choong"), or of the party whose e-mail or web domain it is in."""
        return (self.names.get(_key(text)) or self.names.get(_key(_LEADING_FIELD.sub("", text.strip())))
                or self.domain_anchor(text))

    @cached_property
    def _squashed(self) -> dict[str, Anchor]:
        """A party's name as a domain label writes it ("northwindtraders"), and linked parties' e-mail domains."""
        out = {}
        for term in self.known_parties:
            if "@" in term:
                for label in term.rsplit("@", 1)[1].lower().split(".")[:-1]:
                    if len(label) >= 4 and label not in ("mail", "email", "gmail", "outlook", "yahoo", "hotmail"):
                        out[label.replace("-", "")] = Anchor(term.strip(), EntityType.EMAIL, "linked party")
        for a in self.names.values():
            body = re.sub(r",?\s+(?:Inc|Ltd|Corp|LLC|GmbH|AG|SA|Limited|Corporation|Company|plc)\.?$", "", a.name)
            squashed = re.sub(r"[^a-z0-9]", "", body.lower())
            if len(squashed) >= 4:
                out.setdefault(squashed, a)
            first = re.sub(r"[^a-z0-9]", "", body.split()[0].lower()) if body.split() else ""
            if a.entity_type == EntityType.COMPANY and len(first) >= 4:
                out.setdefault(first, a)  # "northwind.com" of "Northwind Traders"
        return out

    def domain_anchor(self, text: str) -> Anchor | None:
        """"northwindtraders.com", "jane@northwind-traders.de": a domain made of a party's name."""
        m = re.search(r"(?:@|^(?:https?://)?(?:www\.)?)([\w\-]+(?:\.[\w\-]+)*)\.[a-z]{2,}/?$", text.strip().lower())
        if m is None:
            return None
        for label in m.group(1).split("."):
            squashed = label.replace("-", "").replace("_", "")
            if squashed in self._squashed:
                a = self._squashed[squashed]
                return Anchor(text.strip(), EntityType.URL, f"a domain of the party {a.name!r} ({a.origin})", DOMAIN,
                              a.name)
        return None

    def seeds(self) -> list[tuple[str, str, str]]:
        """(name, type, origin) of every anchored name, for propagation to find wherever it occurs;
        "The Best Answer" is also written "Best Answer"."""
        out = [(a.name, a.entity_type, a.origin) for a in self.names.values()]
        return out + [(a.name[4:], a.entity_type, a.origin) for a in self.names.values()
                      if re.match(r"(?i:the)\s", a.name) and " " in a.name[4:].strip()]


def _after_descriptor(text: str, end: int) -> int:
    """Past ", a Nevada corporation" or ", a company incorporated in England" after a name, to its short name."""
    m = re.match(r",?\s+(?:an?|eine?)\s+[^()“\"]{3,120}?(?=\s*\()", text[end:end + 160])
    return end + m.end() if m else end


def _joins_parties(text: str, m: re.Match) -> bool:
    """"between X" always; "and Y" only after a comma, bracket or line break, or after a legal form
    ("..., Inc. and Y"), so "Securities and Exchange Commission" stays one name."""
    if m.group(0)[:3].lower() not in ("and", "und"):
        return True
    before = text[:m.start()].rstrip(" \t")
    if not before or before[-1] in ",;)\n”\"":
        return True
    return bool(re.search(r"\b(?:Inc|Ltd|Corp|Co|LLC|GmbH|AG|SA|S\.A|Limited|Corporation|Company|plc|LLP|LP)\.?$",
                          before))


_LEADING_FIELD = re.compile(r"^(?:Name|Printed Name|Signature|By|Attn|ATTN|Attention)\s*:?\s+")


@lru_cache(maxsize=512)
def _signature_names(text: str) -> tuple[tuple[str, ...], ...]:
    """The names a page's signature blocks give (arguments of `PartyAnchors.names`' `add`): they depend
    on the page's text alone, and a document's anchors are built several times (judge, propagation)."""
    out: list[tuple[str, ...]] = []
    for m in _SIGNER.finditer(text):
        name = _one_person(_without_label(m.group(1)))
        if (len(name.split()) >= 2 and not {w.lower().strip(".") for w in name.split()} & _NOT_A_SIGNER
                and not _ENDS_IN_FORM.search(name)):
            out.append((name, EntityType.PERSON, "a signer's name in a signature block", SIGNER))
    for m in _BY_LINE.finditer(text) if _BY_COLON.search(text) else ():
        for name in _names_before(text, m.start()):
            out.append((name, EntityType.COMPANY, "a party's name above \"By:\" in a signature block"))
    for m in _FOR_PARTY.finditer(text) if _FOR_PARTY_WORD.search(text) else ():
        out.append((m.group(1), EntityType.COMPANY,
                    "a party's name after \"für\"/\"on behalf of\" in a signature block"))
    return tuple(out)


def _one_person(name: str) -> str:
    """One signer's name, without the signature line's words after it: "Jean-François Huc Signature"
    is "Jean-François Huc"; "Glenn W. Anderson Robert" (the next signer's name on the same line) is
    "Glenn W. Anderson": a surname after middle initials ends a name."""
    words = name.split()
    while len(words) > 2 and words[-1].lower().strip(".") in _NOT_A_SIGNER:
        words.pop()
    for i in range(1, len(words) - 1):
        if re.fullmatch(r"(?:[A-Z]\.)+", words[i]) and not re.fullmatch(r"(?:[A-Z]\.)+", words[i + 1]):
            return " ".join(words[:i + 2])
    return " ".join(words)


def _without_label(name: str) -> str:
    """"Eva Roth Title" before ": CFO": a field label that ran into the name is not part of it."""
    words = name.split()
    while len(words) > 2 and words[-1].strip(".:").capitalize() in FIELD_LABELS:
        words.pop()
    return " ".join(words)


def _names_before(text: str, pos: int) -> list[str]:
    """The company line of a signature block: the segment before "By:" (skipping a role label such
    as "LICENSEE:" and blank lines), split at " / " ("Food Co, Inc. / Brand Name")."""
    segments = [s.strip() for s in _SEGMENT_BREAK.split(text[max(0, pos - 300):pos])]
    segments = [s for s in segments if s]
    for segment in reversed(segments[-3:]):
        if re.match(r"(?i:By\b|/s/)", segment) or segment.endswith(":") or is_role_phrase(segment.rstrip(":")):
            continue  # "LICENSEE:", "COMPANY", "ACCEPTED AND AGREED:"
        if ":" in segment or re.search(r"[a-z]{2,}[.;]$", segment) or re.fullmatch(r"[\d\s.,/\-]+", segment):
            return []  # a field ("Title: CFO"), a sentence or a date: no company line
        # one word alone is a name only as one writes a company's: "PIVX", "PivX", not "Sincerely"
        return [p for p in re.split(r"\s+/\s+|\s+/|/\s+", segment)
                if not {w.lower() for w in p.split()} <= ROLE_WORDS
                and (" " in p.strip() or p.isupper() or any(c.isupper() for c in p[1:]))]
    return []
