"""Postal addresses: German street + number + postcode + city, and US/UK street lines with postcodes."""

from __future__ import annotations

import re

from desktop.core.detect.base import RegexRecognizer
from desktop.core.model import EntityType

_CAP = r"[A-ZÄÖÜ][\w’'.\-]*"
_DE_STREET_WORD = (r"(?:[\wäöüß.\-]*(?:straße|strasse|str\.|weg|allee|platz|ring|gasse|damm|ufer|chaussee|steig|"
                   r"pfad|markt|hof|berg|graben|kamp|stieg|wall|tor|brücke|garten|park))")
_DE_STREET = r"(?:(?:" + _CAP + r"[ \-])*" + r"[A-ZÄÖÜ]" + _DE_STREET_WORD + r"|(?:Am|An\sder|Auf\sdem|Im|In\sder|Zum|Zur)\s" + _CAP + r")"
_NUMBER = r"\d{1,4}[ ]?[a-zA-Z]?(?:[ ]?[-–/][ ]?\d{1,4}[a-z]?)?"
_CITY_WORD = r"[A-ZÄÖÜ][a-zäöüß][\w.\-]*"
_DE_CITY = r"(?:D-)?\d{5}[ ]+" + _CITY_WORD + r"(?:[ \-](?:am|an\sder|im|ob\sder|bei)?[ ]?" + _CAP + r"|\s\(" + _CAP + r"\))?"
_SEP = r"[ ]*[,\n][ ]*|[ ]+"

_EN_STREET_TYPE = (r"(?:Street|St\.|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Drive|Dr\.|Lane|Ln\.?|Way|Court|Ct\.?|"
                   r"Place|Pl\.?|Square|Sq\.?|Terrace|Parkway|Pkwy\.?|Highway|Hwy\.?|Circle|Close|Crescent|Row|"
                   r"Gardens|Plaza|Trail|Mews|Hill|Walk|Park)")
_EN_STREET = r"\d{1,6}[A-Z]?[ ]+(?:" + _CAP + r"[ ]+){1,4}" + _EN_STREET_TYPE
_UNIT = r"(?:(?:Suite|Ste\.?|Floor|Fl\.?|Unit|Apt\.?|Room|Building|Bldg\.?)[ ]+[\w-]+)"
_US_CITY = r"(?:" + _CAP + r"[ ]){0,3}" + _CAP + r",?[ ]+(?:[A-Z]{2}|[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?)[ ]+\d{5}(?:-\d{4})?"
_UK_POSTCODE = r"[A-Z]{1,2}\d[A-Z\d]?[ ]?\d[A-Z]{2}"
_UK_CITY = r"(?:" + _CAP + r"[ ]){0,2}" + _CAP + r",?[ ]+" + _UK_POSTCODE


class AddressRecognizer(RegexRecognizer):
    ENTITY = EntityType.ADDRESS
    PATTERNS = (
        ("German street + postcode + city", re.compile(
            r"\b" + _DE_STREET + r"[ ]+" + _NUMBER + r"(?:" + _SEP + r")(?:" + _DE_CITY + r")"), 0.85),
        ("US street + city + ZIP", re.compile(
            r"\b" + _EN_STREET + r"(?:(?:" + _SEP + r")" + _UNIT + r")?(?:" + _SEP + r")" + _US_CITY), 0.85),
        ("UK street + city + postcode", re.compile(
            r"\b" + _EN_STREET + r"(?:(?:" + _SEP + r")" + _UNIT + r")?(?:" + _SEP + r")" + _UK_CITY), 0.85),
        ("street line", re.compile(r"\b" + _EN_STREET + r"(?:,?[ ]+" + _UNIT + r")?"), 0.5),
        ("German street line", re.compile(r"\b" + _DE_STREET + r"[ ]+" + _NUMBER + r"\b"), 0.5),
        ("German postcode + city", re.compile(r"(?<![\d.,])" + _DE_CITY), 0.4),
        ("PO box", re.compile(r"\b(?:P\.\s?O\.\s?Box|Postfach)\s\d{1,6}"), 0.6),
    )
    CONTEXT = ("address", "located", "offices", "street", "anschrift", "sitz", "residing", "wohnhaft")
