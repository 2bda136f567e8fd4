"""Read a postal address part by part from a place in the page text, and judge whether it is one."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from desktop.core.detect.address_parts import (
    BUILDING_WORD,
    CAP,
    COUNTRY,
    DIRECTION,
    HOUSE_NUMBER,
    ORDINAL,
    PARTICLE,
    POBOX,
    POSTCODE,
    STATE,
    STOP_WORDS,
    STREET_TYPE_RE,
    STREET_WORD,
    STREET_WORD_RE,
    UNIT,
    US_STATES,
    street_words,
)
from desktop.core.text.first_characters import guarded

STREET, NUMBER, UNIT_, BUILDING, POBOX_, PLACE, STATE_, POSTCODE_, COUNTRY_ = (
    "street", "number", "unit", "building", "pobox", "place", "state", "postcode", "country")
_LOCALITY = (PLACE, STATE_, POSTCODE_, COUNTRY_)

_WORD = re.compile(rf"(?:(?:Hwy\.?|Highway|Route|Rte\.?|Ctra\.|Carretera|I-)[ ]?\d{{1,4}}(?![\w])|{CAP}|{ORDINAL}|{DIRECTION})")
_COMPASS = frozenset(("N", "S", "E", "W", "NE", "NW", "SE", "SW"))
_PARTICLE = re.compile(rf"(?:{PARTICLE})(?=[ ])")
_LEADING_TYPE = re.compile(r"(?i:rue|avenue|av\.|boulevard|bd|place|chemin|allée|impasse|quai|route|cours|via|viale|"
                           r"piazza|piazzale|corso|largo|vicolo|strada|calle|c/|avenida|avda\.|paseo|plaza|carretera|"
                           r"camino|ronda|rua|travessa|estrada|praça|alameda|rambla|carrer|avinguda)[ ]")
_ONE_STREET_WORD = re.compile(rf"(?:(?:Alte|Alter|Neue|Neuer|Große|Grosse|Kleine|Lange|Hohe|Obere|Untere|Breite|Sankt|"
                              rf"St\.|Oude|Nieuwe|Korte|Grote|Hoge)[ ])?\S*{STREET_WORD}", re.IGNORECASE)
_LOWER_STREET = re.compile(r"(?:rue|avenue|boulevard|bd|place|chemin|allée|impasse|quai|route|cours|via|viale|piazza|"
                           r"corso|calle|avenida|rua|travessa|paseo)(?=[ ])")
# "Am Kreuzacker 9a", "An der Alster 4", "Zur Mühle 2": a German street named by its place
_GERMAN_LEADING = re.compile(r"(?:Am|An der|An den|Auf der|Auf dem|Im|In der|Zum|Zur|Unter den|Hinter dem|Vor dem)[ ](?=[A-ZÄÖÜ])")
_NUMBER = re.compile(rf"(?<![\w.,/-])(?:{HOUSE_NUMBER})(?:[ ](?:{DIRECTION}))?(?![\w-])")
_HOUSE = re.compile(rf"(?<![\w.,/-])(?:{HOUSE_NUMBER}),?[ ]")
_TRAILING_NUMBER = re.compile(r",?[ ]\d{1,5}[A-Za-z]?(?:[ ]?[-–/][ ]?\d{1,5}[a-z]?)?(?![\w\-])(?!,\d)(?!\.\d)")
_UNIT = re.compile(UNIT)
_POBOX = re.compile(POBOX)
_POSTCODE = re.compile(rf"(?<![\w-])(?:{POSTCODE})")
_YEAR_OR_PLAIN4 = re.compile(r"\d{4}$")
_STATE = re.compile(rf"(?<![\w])(?:{STATE})")
_COUNTRY = re.compile(COUNTRY, re.IGNORECASE)
_BUILDING = re.compile(rf"(?<![\w])(?:{BUILDING_WORD})(?![\w])", re.IGNORECASE)
_STATE_CODE = re.compile(r"[A-Z]{2}\.?$")
_MAX_WORDS = 7
_ABBREVIATED = re.compile(r"(?:\w{1,4}|(?:\w\.)+\w?|Mount|Saint|Sainte)\.")
# Where a reading stands: before the street (units, buildings, house numbers), after it, in the place
_BEFORE_STREET, _AFTER_STREET, _IN_PLACE = 0, 1, 2
_ORDER = (STATE_, COUNTRY_, POSTCODE_, POBOX_, UNIT_, STREET, BUILDING, NUMBER, PLACE)  # of equally long parts


@dataclass(frozen=True)
class Part:
    kind: str
    start: int
    end: int


def _name_end(text: str, pos: int) -> int:
    """End of a run of capitalised words from `pos` (small words only between them), before a stop
    word, a label ("Attention:"), a unit, a state code, a country or a postcode, and after a word
    whose full stop ends a sentence."""
    end, words, at = pos, 0, pos
    while words < _MAX_WORDS:
        p = at
        while m := _PARTICLE.match(text, p):
            if not words:
                break
            p = m.end() + 1
        m = _WORD.match(text, p)
        if m is None or not _word_ends(text, m.end()):
            break
        word = m.group()
        if word.lower() in STOP_WORDS or word.rstrip(".").lower() in STOP_WORDS or text[m.end():m.end() + 1] == ":":
            break
        if words and (_UNIT.match(text, p) or _COUNTRY.match(text, p) or _state_code(text, p, word)
                      or _POSTCODE.match(text, p)):
            break
        end, words = m.end(), words + 1
        if text[end:end + 1] != " " or text[end + 1:end + 2] in (" ", "\t", "\n"):
            break
        if _ends_sentence(word):
            break  # "Stuttgart. Der Vertrag"
        at = end + 1
    return end


def _ends_sentence(word: str) -> bool:
    """A full stop after a whole word, not after an abbreviation ("Blvd.", "U.S.A.", "W.")."""
    return word.endswith(".") and not _ABBREVIATED.fullmatch(word)


def _state_code(text: str, pos: int, word: str) -> bool:
    """A state's code where a postcode or country follows it or a comma comes before it ("Visalia CA,
    93291", "Montreal, QC, Canada"); not a word that looks like one ("Dalecross CT", "SET FORTH IN"),
    nor a compass point after a street ("Lake Blvd. NE B1260")."""
    if not (_STATE_CODE.match(word) and _STATE.match(text, pos)):
        return False
    after = pos + len(word)
    nxt = _SEPARATOR.match(text, after).end()
    if nxt > after and (_postcode(text, nxt) > nxt or _COUNTRY.match(text, nxt)):
        return True
    return word not in _COMPASS and re.search(r",[ \t]*$", text[max(0, pos - 3):pos]) is not None


def _word_ends(text: str, pos: int) -> bool:
    return pos >= len(text) or not (text[pos].isalnum() or text[pos] in "@/")


def _named(text: str, pos: int) -> int:
    if _COUNTRY.match(text, pos) or (_STATE.match(text, pos) and _STATE_CODE.match(_STATE.match(text, pos).group())):
        return pos
    return _name_end(text, pos)


def _street_number_first(text: str, pos: int) -> int:
    m = _HOUSE.match(text, pos)
    if m is None:
        return pos
    at = m.end()
    lower = _LOWER_STREET.match(text, at)
    if lower:
        at = lower.end() + 1
        while p := _PARTICLE.match(text, at):
            at = p.end() + 1
    end = _name_end(text, at)
    return end if end > at else pos


_POSTCODE_PLACE_AFTER = re.compile(r"[ \t]*(?:,[ \t]*|\n[ \t]*)(?:[A-Z]{1,3}-)?(?:\d{5}|\d{4}[ ]?[A-Z]{2})[ \t]+[A-ZÄÖÜÉ]")


def _street_number_last(text: str, pos: int) -> int:
    """"Via Carlo Farini 11", "Calle Mayor, 5", "Am Kreuzacker 9a", "Alte Jakobstraße 12": a street word
    leads the name, or the name is one street word (an adjective before it at most) - never a name
    before a street ("Nina Keller Talackerstrasse 48")."""
    leading = _LEADING_TYPE.match(text, pos) or _GERMAN_LEADING.match(text, pos)
    at = leading.end() if leading else pos
    while p := _PARTICLE.match(text, at):
        at = p.end() + 1
    name_end = _name_end(text, at)
    if name_end == at:
        return pos
    m = _TRAILING_NUMBER.match(text, name_end)
    if leading or _ONE_STREET_WORD.fullmatch(text, pos, name_end):
        return m.end() if m else pos
    # "Zuidas 477, 1099 DM Amsterdam", "Höfigring 47, 74031 Borken": one word with no street word in it is
    # a street when a house number and then a European postcode with its place follow
    one_word = " " not in text[pos:name_end] and text[pos:name_end].lower() not in STOP_WORDS
    return m.end() if m and one_word and _POSTCODE_PLACE_AFTER.match(text, m.end()) else pos


def _street_name(text: str, start: int, end: int) -> bool:
    """A street named without its number: led by a street word ("Route de Bazancourt", "Estrada do Paço"),
    closed by one ("Granville Road", "Transpacific Haus Lini Highway") or one word that is a street
    ("Talackerstrasse"); not a name before a street ("Nina Keller Talackerstrasse")."""
    if _LEADING_TYPE.match(text, start) or _GERMAN_LEADING.match(text, start):
        return True
    last = text[start:end].split()[-1]
    return bool(STREET_TYPE_RE.fullmatch(last) or _ONE_STREET_WORD.fullmatch(text, start, end))


def _match(regex: re.Pattern, text: str, pos: int) -> int:
    m = regex.match(text, pos)
    return m.end() if m and _word_ends(text, m.end()) else pos


def _postcode(text: str, pos: int) -> int:
    end = _match(_POSTCODE, text, pos)
    if end > pos and _YEAR_OR_PLAIN4.fullmatch(text[pos:end]):
        # four plain digits are a postcode only before a place ("8001 Zürich"), never a year
        nxt = text[end + 1:end + 2]
        if text[end:end + 1] != " " or not nxt.isupper() or text[pos:pos + 2] in ("19", "20"):
            return pos
    return end


def _city_after_postcode(text: str, pos: int, parts: list[Part]) -> bool:
    """A place right after the postcode ("1600-000 Lisboa", "58100 Kuala Lumpur."): on its line, and
    where a place came before the postcode too, only at the end of the line or before a stop or comma."""
    last = parts[-1]
    if last.kind != POSTCODE_ or "\n" in text[last.end:pos]:
        return False
    if all(p.kind != PLACE for p in parts):
        return True
    end = _named(text, pos)
    return end > pos and re.match(r"[ \t]*(?:$|[\n.,;)]|\t)", text[end:end + 3]) is not None


def _candidates(text: str, pos: int, phase: int, parts: list[Part]) -> list[Part]:
    """Every part that may stand at `pos` after `parts`, longest first."""
    kinds = {p.kind for p in parts}
    found: list[Part] = []

    def add(kind: str, end: int) -> None:
        if end > pos:
            found.append(Part(kind, pos, end))

    if phase != _IN_PLACE:
        add(POBOX_, _match(_POBOX, text, pos))
        add(UNIT_, _match(_UNIT, text, pos))
        street = max(_street_number_first(text, pos), _street_number_last(text, pos))
        if street > pos and POBOX_ not in kinds and (STREET not in kinds or STREET_WORD_RE.search(text, pos, street)):
            add(STREET, street)
        if phase == _BEFORE_STREET or STREET in kinds:
            add(NUMBER, _match(_NUMBER, text, pos))
        named = _named(text, pos)
        if named > pos and STREET not in kinds and _street_name(text, pos, named):
            add(STREET, named)
        elif named > pos and _BUILDING.search(text, pos, named):
            add(BUILDING, named)
    # the place and region: what may follow what ("Dallas, Texas 75219", "F-51110, Pomacle France",
    # "Montreal, QC, Canada H3A 3H3", "1058 MH Amsterdam, Netherlands")
    if COUNTRY_ not in kinds and STATE_ not in kinds and (POSTCODE_ not in kinds or _city_after_postcode(text, pos, parts)):
        add(PLACE, _named(text, pos))
    if STATE_ not in kinds and COUNTRY_ not in kinds:
        end = _match(_STATE, text, pos)
        if end > pos and (text[pos] == "(" or _state_code(text, pos, text[pos:end])):
            add(STATE_, end)
    if POSTCODE_ not in kinds:
        end = _postcode(text, pos)
        # four plain digits after a place are a house number or a year, not a postcode ("Elvis Gooden 8000")
        if not (parts and parts[-1].kind == PLACE and _YEAR_OR_PLAIN4.fullmatch(text[pos:end])):
            add(POSTCODE_, end)
    if COUNTRY_ not in kinds:
        add(COUNTRY_, _match(_COUNTRY, text, pos))
    return sorted(found, key=lambda p: (-(p.end - p.start), _ORDER.index(p.kind)))


_SEPARATOR = re.compile(r"[ \t]*(?:[,·•|][ \t]*)?(?:_{3,}[ \t]*)*(?:\r?\n[ \t]*(?:_{3,}[ \t]*)*)?")
_BEFORE_COUNTRY = re.compile(r"\.[ ]+")


def _separator(text: str, part: Part) -> int:
    """Where the next part may start, or -1: after commas, spaces, tabs, one line break or blank form
    lines. A full stop after a word that is no abbreviation ends the address, except before a
    country or postcode ("Port Vila. Vanuatu")."""
    pos = part.end
    dot = _BEFORE_COUNTRY.match(text, pos)
    if dot and (_COUNTRY.match(text, dot.end()) or _postcode(text, dot.end()) > dot.end()):
        return dot.end()
    m = _SEPARATOR.match(text, pos)
    if m.end() == pos:
        return -1
    if _ends_sentence(text[part.start:pos].split()[-1]) and not re.search(r"[,\n\t]", m.group()):
        return -1
    return m.end()


def parse(text: str, pos: int, place_first: bool = False) -> list[Part]:
    """The parts of the address that starts at `pos` (empty when none does). An address starts with a
    street, house number, unit, building or PO box; with `place_first` also with a place."""
    return list(_parse(text, pos, place_first))


@lru_cache(maxsize=4096)  # the recognizer and the extension step read from the same places of a page
def _parse(text: str, pos: int, place_first: bool) -> tuple[Part, ...]:
    parts: list[Part] = []
    phase = _BEFORE_STREET
    while pos < len(text):
        options = _candidates(text, pos, phase, parts)
        if not parts and not place_first:
            options = [p for p in options if p.kind not in _LOCALITY]
        if not options:
            break
        part = options[0]
        parts.append(part)
        phase = _IN_PLACE if part.kind in _LOCALITY else _AFTER_STREET if part.kind in (STREET, POBOX_) else phase
        pos = _separator(text, part)
        if pos < 0:
            break
    return tuple(_trim(text, parts))


def _trim(text: str, parts: list[Part]) -> list[Part]:
    """Drop what cannot end an address (a bare number) and a full stop that ends the sentence."""
    while parts and parts[-1].kind == NUMBER:
        parts.pop()
    if parts and _ends_sentence(text[parts[-1].start:parts[-1].end].split()[-1]):
        parts[-1] = Part(parts[-1].kind, parts[-1].start, parts[-1].end - 1)
    return parts


def accepted(text: str, parts: list[Part], seeded: bool = False) -> bool:
    """An address: a numbered street or a PO box with a postcode, state or country; a street without a
    number with a postcode; a numbered street with a street word; a unit or building with a place and
    a postcode or country; with a seed (a place or postcode another recognizer found inside), also a
    postcode next to a place."""
    kinds = [p.kind for p in parts]
    streets = [p for p in parts if p.kind == STREET]
    worded = any(STREET_WORD_RE.search(text, p.start, p.end) for p in streets)
    numbered = bool(streets) and (NUMBER in kinds or any(
        (_HOUSE.match(text, p.start) and (text[p.start].isdigit() or text[p.start] in "#N" or worded))
        or text[p.end - 1].isdigit() for p in streets))
    if (numbered or POBOX_ in kinds) and any(k in kinds for k in (POSTCODE_, STATE_, COUNTRY_)):
        return True
    if (streets and POSTCODE_ in kinds) or (numbered and worded):
        return True
    if (UNIT_ in kinds or BUILDING in kinds) and PLACE in kinds and (POSTCODE_ in kinds or COUNTRY_ in kinds):
        return True
    if seeded and POSTCODE_ in kinds and PLACE in kinds:
        i = kinds.index(POSTCODE_)
        return PLACE in kinds[max(0, i - 1):i + 2] or STATE_ in kinds or COUNTRY_ in kinds
    return False


_START = re.compile(r"(?<![\w.,/&'’\-])(?=[\dA-ZÀ-Þ#])")
_REACH = 250  # how far before a seed its address may start, and how long an address may be
# A region and postcode that stand for an address even without a street: "Austin, Texas 78741"
_LOCALITY_CORE = guarded(re.compile(rf"(?<![\w])(?:{'|'.join(US_STATES.split('|'))}|{STATE})[.,]?[ ]+\d{{5}}(?:-\d{{4}})?(?![\w])"))
# What every address has somewhere: a postcode-like number (not a year or an amount), a PO box, a
# country or a street word. Only the text before one is read, which keeps this to a few ms a page.
_ANCHOR = guarded(re.compile(rf"(?<![\w$€£.,])(?!(?:19|20)\d\d(?![\d-]))\d{{4,5}}(?![\d%])(?!,\d)|(?<![\w])\d{{3,4}}-\d{{3,4}}(?![\w])"
                     rf"|(?<![\w])[A-Z]{{1,2}}\d[A-Z\d]?\s?\d[A-Z]{{2}}(?![\w])|(?<![\w])[A-Z]\d[A-Z]\s?\d[A-Z]\d(?![\w])"
                     rf"|{POBOX}|(?=[A-Z]){COUNTRY}"))


@lru_cache(maxsize=8)
def _anchors(text: str) -> tuple[int, ...]:
    found = {m.start() for m in _ANCHOR.finditer(text)}
    found |= {m.start() for m in street_words(text) if m.group()[:1].isupper()}
    return tuple(sorted(found))


def _anchored(text: str, start: int, end: int) -> bool:
    anchors = _anchors(text)
    i = bisect_left(anchors, start)
    return i < len(anchors) and anchors[i] <= end


def address_around(text: str, start: int, end: int, blocked: tuple[tuple[int, int], ...] = ()) -> list[Part] | None:
    """The parts of the address that holds text[start:end], read from the earliest place it can start
    (a street or unit up to a few lines before; a place only on the same line and not where another
    name stands, `blocked`), or None when no address holds it."""
    if not _anchored(text, start - _REACH, end + _REACH):
        return None
    for m in _START.finditer(text, max(0, start - _REACH), start + 1):
        at = m.start()
        if not _anchored(text, at, at + _REACH):
            continue
        same_line = "\n" not in text[at:start]
        for place_first in (False, True) if same_line and not any(b0 <= at < b1 for b0, b1 in blocked) else (False,):
            parts = parse(text, at, place_first)
            if parts and parts[0].start <= start and end <= parts[-1].end and accepted(text, parts, seeded=True):
                return parts
    return None


def _anchored_starts(text: str) -> Iterator[int]:
    """The places `_START` finds with an anchor at most `_REACH` after them, in order: found only in the
    stretches that end in an anchor, not all over the page (an address is read from nowhere else)."""
    stretches: list[list[int]] = []
    for anchor in _anchors(text):
        if stretches and stretches[-1][1] >= anchor - _REACH:
            stretches[-1][1] = anchor
        else:
            stretches.append([max(0, anchor - _REACH), anchor])
    for start, end in stretches:
        yield from (m.start() for m in _START.finditer(text, start, end + 1))


def find_addresses(text: str) -> list[list[Part]]:
    """Every address on a page: read from each word that may start one, then around each region and
    postcode that no address read that way holds."""
    found: list[list[Part]] = []
    after = 0
    for start in _anchored_starts(text):
        if start < after:
            continue
        parts = parse(text, start)
        if parts and accepted(text, parts):
            found.append(parts)
            after = parts[-1].end
    for m in _LOCALITY_CORE.finditer(text):
        if not any(p[0].start <= m.start() < p[-1].end for p in found):
            parts = address_around(text, m.start(), m.end())
            taken = [p[-1].end for p in found if p[0].start < m.start()]
            parts = [p for p in parts or () if p.start >= max(taken, default=0)]
            if parts:
                found.append(parts)
    return sorted(found, key=lambda p: p[0].start)
