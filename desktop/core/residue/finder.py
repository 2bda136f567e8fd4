"""What still looks identifying in text nobody redacted: names, ID-shaped numbers, addresses, contacts.

Pure functions on plain data. The input is each page's text with the spans that will be redacted
masked out, and the same function serves every place that asks:

- a stored document (the window's residue list, `clearance residue DOC`, the export check): the
  page text the review works on, minus the spans of its confirmed (and still proposed) findings.
  The redactor removes exactly those characters, so this is what the output will read, in the
  page's own character offsets: an occurrence can be shown and redacted where it is, and a decision
  taken in the window is about the text the export looks at. (That the output really lost the
  redacted characters is the independent verifier's job, not this one's.)
- a PDF file, e.g. a redacted output (`clearance residue OUT.pdf`): its page text as it reads.

Occurrences are grouped by their text folded (case, spacing, a leading article, a possessive), each
group with a kind, its count and its pages. Rules that would flood the list are kept out: a
capitalised phrase counts only with a word outside the common-word index (the spaCy model's English
lemma index, the curated German contract words, the role words) that the contract never writes in
lower case, and never when a curated term list (laws, public bodies, jurisdictions, technical terms)
holds it; numbers count only in the shapes of identifiers, never amounts, dates or section numbers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from desktop.core.detect.termlists import classify, fold
from desktop.core.model import EntityType
from desktop.core.residue.words import (
    LABELS,
    MONTHS,
    WordJudge,
    plain_word,
    surname_after,
    word_set,
)
from desktop.core.text.stoplist import ROLE_WORDS, is_document_name, is_role_phrase

# Kinds, most specific first: where two rules read the same characters, the earlier kind wins.
KINDS: dict[str, str] = {
    "e-mail": EntityType.EMAIL, "web address": EntityType.URL, "account number": EntityType.IBAN,
    "register or tax number": EntityType.REGISTER, "phone": EntityType.PHONE, "street address": EntityType.ADDRESS,
    "postcode": EntityType.ADDRESS, "ID number": EntityType.OTHER, "place": EntityType.ADDRESS,
    "signature name": EntityType.PERSON, "name": EntityType.OTHER,
}
_RANK = {kind: i for i, kind in enumerate(KINDS)}
MASK = "\u2588"  # stands for a redacted character: no rule reads across it


@dataclass(frozen=True)
class Occurrence:
    page: int  # from 0, like the page texts
    start: int
    end: int
    text: str
    kind: str


@dataclass(frozen=True)
class ResidueGroup:
    key: str  # the text folded: what a reviewer's decision is about
    text: str  # as it is first written
    kind: str
    occurrences: tuple[Occurrence, ...]

    @property
    def count(self) -> int:
        return len(self.occurrences)

    @property
    def pages(self) -> tuple[int, ...]:
        """Page numbers from 1, as people count them."""
        return tuple(sorted({o.page + 1 for o in self.occurrences}))

    @property
    def entity_type(self) -> str:
        """The type an occurrence is redacted as (a company or person stays one in the training text)."""
        return KINDS.get(self.kind, EntityType.OTHER)


# --- structured identifiers ------------------------------------------------------------------------

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}")
_TLD = r"(?:com|net|org|info|biz|io|co|de|ch|at|uk|fr|nl|es|pt|it|eu|us|ca|au|be|lu|se|dk|no|pl|ie)"
_URL = re.compile(r"(?i)(?<![\w@.-])(?:(?:https?://|www\.)[^\s<>\"'()\[\]" + MASK + r"]+|"
                  r"(?:[a-z0-9][a-z0-9-]*\.)+" + _TLD + r"(?![\w-])(?:/[^\s<>\"'()" + MASK + r"]*)?)")
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b")
_ACCOUNT = re.compile(r"(?i)\b(?:account|acct\.?|konto(?:nummer)?|routing|aba|sort\s+code|bic|swift(?:\s+code)?)"
                      r"\s*(?:no\.?|number|nr\.?|#)?\s*[:#]?\s*([A-Z0-9]{2,}(?:[ -][A-Z0-9]{2,}){0,4})")
_BIC = re.compile(r"^[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?$")
_REGISTER = re.compile(r"\b(?:HR[AB]|GnR|VR|FN|RCS|KvK|SIRE[NT]|EIN|TIN|Tax\s+ID|(?:Company|Registration)\s+"
                       r"(?:No\.?|Number))\s*[:.]?\s*(?:Nr\.?\s*|No\.?\s*)?([A-Z]?\d[\d .-]{3,16}\d[A-Z]?)")
_VAT = re.compile(r"\b(?:ATU\d{8}|BE0?\d{9}|CHE[-\s]?\d{3}\.\d{3}\.\d{3}|DE\s?\d{9}|DK\d{8}|ES[A-Z0-9]\d{7}[A-Z0-9]|"
                  r"FR[A-Z0-9]{2}\d{9}|GB\d{9}(?:\d{3})?|IT\d{11}|NL\d{9}B\d{2}|PT\d{9}|SE\d{12}|LU\d{8}|"
                  r"\d{2}-\d{7}|\d{3}-\d{2}-\d{4})\b")
_PHONE = re.compile(r"(?<![\w+/.-])(?:\+\d{1,3}[\s.-]?(?:\(0\)\s?)?\(?\d{1,5}\)?(?:[\s./-]\d{1,8}){1,5}|"
                    r"\(\d{3}\)\s?\d{3}[\s.-]\d{4}|\d{3}[.-]\d{3}[.-]\d{4})(?![\w/-])")
_CUED_PHONE = re.compile(r"(?i)\b(?:tel(?:ephone|efon)?|phone|fax|telefax|mobile?|cell)\b\.?\s*(?:no\.?|number|nr\.?)?"
                         r"\s*[:.]?\s*([+(]?\d[\d ()./-]{5,20}\d)")
_CUED_ID = re.compile(r"(?i)\b(?:no|nr|number|id|ref(?:erence)?|file)\.?\s*[:#]?\s*([A-Z0-9]*\d{4,}[A-Z0-9-]*)")
_TOKEN = re.compile(r"(?<![\w$€£.,/-])[A-Za-z0-9][A-Za-z0-9/-]*[A-Za-z0-9](?![\w%]|[.,]\d)")
_US_STATES = (r"A[LKZR]|C[AOT]|D[EC]|F[LM]|G[AU]|HI|I[DLNA]|K[SY]|LA|M[EDAINSOT]|N[EVHJMYCD]|O[HKR]|P[AR]|RI|"
              r"S[CD]|T[NX]|UT|V[TA]|W[AVIY]|Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|"
              r"Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|"
              r"Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|"
              r"New\s+Hampshire|New\s+Jersey|New\s+Mexico|New\s+York|North\s+Carolina|North\s+Dakota|Ohio|"
              r"Oklahoma|Oregon|Pennsylvania|Rhode\s+Island|South\s+Carolina|South\s+Dakota|Tennessee|Texas|"
              r"Utah|Vermont|Virginia|Washington|West\s+Virginia|Wisconsin|Wyoming")
_PLACE = r"[A-Z][a-zà-ÿ'’]+(?:[ -](?:[A-Z][a-zà-ÿ'’]+|de|la|am|an|im|sur|sous))*"
_US_ZIP = re.compile(r"(?:(" + _PLACE + r"),\s*)?\b(?:" + _US_STATES + r")\.?,?\s+(\d{5}(?:-\d{4})?)\b")
_EU_POSTCODE = re.compile(r"(?:^|(?<=[\n\t,]) ?|(?<=\s{2})|\b(?:D|A|CH|F|L|B|NL|I|E|P|DK|S|N)-)"
                          r"(\d{4}-\d{3}|\d{4} ?[A-Z]{2}(?= )|\d{4,5})\s+(" + _PLACE + r")")
_UK_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b|\b[A-Z]\d[A-Z]\s?\d[A-Z]\d\b")
_STREET_WORDS = (r"Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Drive|Dr\.?|Lane|Ln\.?|Way|Court|Ct\.?|"
                 r"Place|Pl\.?|Parkway|Pkwy\.?|Highway|Hwy\.?|Expressway|Freeway|Plaza|Circle|Square|Terrace|"
                 r"Trail|Center|Centre")
_STREET = re.compile(r"\b\d{1,6}[A-Za-z]?(?:-\d{1,4})?[ \u00a0]+(?:[NSEW]\.?[ \u00a0]+)?"
                     r"(?:(?:[A-Z][\w.'’-]*|\d+(?:st|nd|rd|th))[ \u00a0]+){0,4}(?:"
                     + _STREET_WORDS + r")(?![\w])(?:,?\s+(?:Suite|Ste\.?|Floor|Unit|Room|Building)\s+[\w-]+)?"
                     r"|\b[A-ZÄÖÜ][\wäöüß.-]*(?:straße|strasse|str\.|weg|platz|allee|gasse|ring|damm|ufer)"
                     r"\s+\d{1,4}\s?[a-z]?\b|\bP\.?\s?O\.?\s+Box\s+\d+|\bPostfach\s+\d+"
                     r"|\b(?:Rue|Via|Viale|Calle|Avenida|Rua|Estrada|Piazza|Paseo)\s+"
                     r"(?:[\wÀ-ÿ'’.-]+\s+){1,5}?\d{1,4}\b")


def _structured(text: str) -> Iterable[tuple[int, int, str]]:
    """(start, end, kind) of every identifier-shaped span on a page."""
    for m in _EMAIL.finditer(text):
        yield m.start(), m.end(), "e-mail"
    for m in _URL.finditer(text):
        end = m.start() + len(m.group().rstrip(".,;:"))
        if re.search(r"[A-Za-z]{3,}", m.group()) and not re.fullmatch(r"(?i)[a-z]\.[a-z]{2}",
                                                                     m.group()[:end - m.start()]):
            yield m.start(), end, "web address"
    for m in _IBAN.finditer(text):
        if sum(c.isdigit() for c in m.group()) >= 8:
            yield m.start(), m.end(), "account number"
    for m in _ACCOUNT.finditer(text):
        value = m.group(1)
        if sum(c.isdigit() for c in value) >= 4 or _BIC.match(value):
            yield m.start(1), m.end(1), "account number"
    for pattern in (_REGISTER, _VAT):
        for m in pattern.finditer(text):
            yield m.start(), m.end(), "register or tax number"
    for m in _PHONE.finditer(text):
        if 7 <= sum(c.isdigit() for c in m.group()) <= 15:
            yield m.start(), m.end(), "phone"
    for m in _CUED_PHONE.finditer(text):
        if 6 <= sum(c.isdigit() for c in m.group(1)) <= 15:
            yield m.start(1), m.end(1), "phone"
    for m in _STREET.finditer(text):
        yield m.start(), m.end(), "street address"
    yield from _postcodes(text)
    for m in _CUED_ID.finditer(text):
        if not _is_year(m.group(1)):
            yield m.start(1), m.end(1), "ID number"
    for m in _TOKEN.finditer(text):
        if _id_shaped(m.group()):
            yield m.start(), m.end(), "ID number"


def _postcodes(text: str) -> Iterable[tuple[int, int, str]]:
    for m in _US_ZIP.finditer(text):
        yield m.start(2), m.end(2), "postcode"
        if m.group(1) and not is_role_phrase(m.group(1)) and m.group(1) not in LABELS:
            yield m.start(1), m.end(1), "place"
    for m in _EU_POSTCODE.finditer(text):
        code, city = m.group(1), m.group(2)
        if (_is_year(code) or city.lower() in ROLE_WORDS or city.lower() in MONTHS or is_role_phrase(city)
                or city in LABELS):
            continue
        yield m.start(1), m.end(1), "postcode"
        yield m.start(2), m.end(2), "place"
    for m in _UK_POSTCODE.finditer(text):
        yield m.start(), m.end(), "postcode"


def _is_year(token: str) -> bool:
    return bool(re.fullmatch(r"(?:1[89]|20)\d\d", token))


def _id_shaped(token: str) -> bool:
    """A reference number: seven or more digits, or five or more mixed with letters; not a date
    (2020-01-31, 31/01/2020), not a number written with thousands separators (caught before)."""
    digits = sum(c.isdigit() for c in token)
    letters = sum(c.isalpha() for c in token)
    if re.fullmatch(r"\d{1,4}[/-]\d{1,2}[/-]\d{1,4}|(?:1[89]|20)\d\d-(?:1[89]|20)\d\d", token):
        return False
    if letters and re.fullmatch(r"(?i)(?:ex|exhibit|form|rule|section|art)[-/]?[\d./-]+|\d+x\d+", token):
        return False  # an exhibit or form number, a size ("468x60")
    return digits >= 7 or (digits >= 5 and letters >= 1)


# --- names -------------------------------------------------------------------------------------------

_NAME_WORD = r"(?:[A-ZÄÖÜ][\w’'&.-]*\w|[A-Z]\.?)"
_JOIN = r"(?:[ \u00a0]+|[ \u00a0]*&[ \u00a0]*|[ \u00a0]+(?:of|de|van|von|der|den|du|la|le|y|da|di|del)[ \u00a0]+)"
_CAP_RUN = re.compile(rf"{_NAME_WORD}(?:{_JOIN}{_NAME_WORD})*")
_WORD = re.compile(r"[^\s&]+")
_SIGN_CUE = re.compile(r"(?:\b(?i:By|Name|Printed\s+Name|Print\s+Name|Signature|Attn|Attention|Witness|Signed)\s*[.:]"
                       r"|\bvertreten\s+durch|\b(?:Mr|Mrs|Ms|Dr|Herrn?|Frau)\.?(?=\s)|/s/)[ \u00a0]*(?:/s/[ \u00a0]*)?")
_SIGNATURE_NAME = re.compile(rf"{_NAME_WORD}(?:[ \u00a0]+{_NAME_WORD}){{0,3}}")
_LEGAL_FORMS = word_set("inc inc. incorporated llc l.l.c. ltd ltd. limited corp corp. corporation co co. gmbh ag kg "
                        "ug se plc s.a. sa b.v. bv n.v. nv l.p. lp llp s.a.s. sas s.r.l. srl oy ab")


def _names(text: str, judge: WordJudge) -> Iterable[tuple[int, int, str]]:
    for m in _SIGN_CUE.finditer(text):
        name = _signature_name(text, m.end())
        if name is not None:
            yield name[0], name[1], "signature name"
    for m in _CAP_RUN.finditer(text):
        for start, end in _trim(text, m.start(), m.end(), judge):
            yield start, end, "name"


def _signature_name(text: str, at: int) -> tuple[int, int] | None:
    """The name after a signature cue: up to four capitalised words or initials on the same line,
    after an article or a role word ("vertreten durch den Geschäftsführer Hans Roth")."""
    for _ in range(3):
        skip = re.compile(r"([\w-]+)[ \u00a0]+").match(text, at)
        if skip is None or not plain_word(skip.group(1)):
            break
        at = skip.end()
    m = _SIGNATURE_NAME.match(text, at)
    if m is None:
        return None
    words = list(_WORD.finditer(m.group()))
    keep = 0
    for i, w in enumerate(words):
        if plain_word(w.group()):
            break
        keep = i + 1
    if not any(sum(c.isalpha() for c in w.group()) >= 2 for w in words[:keep]):
        return None
    span = m.group()[:words[keep - 1].end()].rstrip(".,")
    if is_role_phrase(span) or classify(span):
        return None
    return at, at + len(span)


def _trim(text: str, start: int, end: int, judge: WordJudge) -> Iterable[tuple[int, int]]:
    """The parts of a capitalised run that can name someone: each cluster of uncommon words (at most
    one ordinary word between two of them), with up to two ordinary words before and after it that
    are no role, function, title or label word ("Keith Pritchard", "Bernhardine Geisel") and a legal
    form after it; nothing where a term list, role or document word covers the part."""
    words = [(m.start() + start, m.end() + start, m.group()) for m in _WORD.finditer(text[start:end])]
    uncommon = [i for i, (_, _, w) in enumerate(words) if not judge.common(w)]
    clusters: list[list[int]] = []
    for i in uncommon:
        if clusters and i - clusters[-1][-1] <= 2:
            clusters[-1].append(i)
        else:
            clusters.append([i])
    for cluster in clusters:
        first, last = cluster[0], cluster[-1]
        while first > 0 and cluster[0] - first < 2 and not plain_word(words[first - 1][2]) and not (
                _opens_sentence(text, words[first - 1][0]) and judge.common(words[first - 1][2])):
            first -= 1
        if last + 1 < len(words) and surname_after(words[last][2], words[last + 1][2], judge):
            last += 1
        while last + 1 < len(words) and words[last + 1][2].lower().rstrip(",") in _LEGAL_FORMS:
            last += 1
        s, e = words[first][0], words[last][1]
        while e > s and (text[e - 1] in ",;:’'" or (text[e - 1] == "." and
                                                     text[s:e].split()[-1].lower() not in _LEGAL_FORMS)):
            e -= 1
        span = text[s:e]
        if span and not (is_role_phrase(span) or classify(span) or is_document_name(span)):
            yield s, e


def _opens_sentence(text: str, at: int) -> bool:
    """The word at `at` starts the text, a line or a sentence ("Later Zorbatek ...": not part of the name)."""
    before = text[:at].rstrip(" \u00a0")
    return not before or before[-1] in ".!?:;\n\t"


# --- the finder ---------------------------------------------------------------------------------------

def masked(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """The text with each span's characters replaced by MASK (offsets kept)."""
    chars = list(text)
    for start, end in spans:
        for i in range(max(start, 0), min(end, len(chars))):
            if not chars[i].isspace():
                chars[i] = MASK
    return "".join(chars)


def find_residue(pages: Iterable[tuple[int, str]], covered: Iterable[tuple[int, int, int]] = (),
                 redacted: Iterable[str] = (), words: frozenset[str] | None = None) -> list[ResidueGroup]:
    """Residue groups of a document, in reading order of their first occurrence.

    `pages`: (number from 0, text); `covered`: (page, start, end) spans that will be redacted;
    `redacted`: texts that will go wherever they are read (the verifier's loop removes them at export),
    so they are no residue; `words`: the common-word index (default: the installed model's).
    """
    pages = list(pages)
    by_page: dict[int, list[tuple[int, int]]] = {}
    for page, start, end in covered:
        by_page.setdefault(page, []).append((start, end))
    judge = WordJudge([t for _, t in pages], words)
    gone = {group_key(t) for t in redacted if t.strip()}
    found: list[Occurrence] = []
    for number, raw in pages:
        text = masked(raw, by_page.get(number, ()))
        spans = [*_structured(text), *_names(text, judge)]
        taken: list[tuple[int, int]] = []
        for start, end, kind in sorted(spans, key=lambda s: (_RANK[s[2]], s[0] - s[1])):
            if end <= start or MASK in text[start:end] or any(start < e and s < end for s, e in taken):
                continue
            taken.append((start, end))
            found.append(Occurrence(number, start, end, text[start:end], kind))
    return group_occurrences([o for o in found if group_key(o.text) not in gone])


def group_key(text: str) -> str:
    return fold(text).strip(" .,;:")


def group_occurrences(found: Iterable[Occurrence]) -> list[ResidueGroup]:
    groups: dict[str, list[Occurrence]] = {}
    for o in sorted(found, key=lambda o: (o.page, o.start)):
        key = group_key(o.text)
        if key:
            groups.setdefault(key, []).append(o)
    return [ResidueGroup(key, occ[0].text, min((o.kind for o in occ), key=_RANK.__getitem__), tuple(occ))
            for key, occ in groups.items()]
