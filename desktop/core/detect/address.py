"""Postal addresses: a street line followed by a postcode and city (German, Dutch, French, UK, US forms)."""

from __future__ import annotations

import re

from desktop.core.detect.base import RegexRecognizer
from desktop.core.model import EntityType

_CAP = r"[A-ZÄÖÜÉÈ][\w’'.\-]*"
_PARTICLE = r"(?:rue|avenue|boulevard|place|chemin|du|de|des|la|le|del|am|an|der|den|dem|van|von|op|im|zum|zur|auf)"
_WORD = r"(?:" + _CAP + r"|" + _PARTICLE + r")"
_UNIT = r"(?:,?[ ]+(?:Suite|Ste\.?|Apt\.?|Apartment|Unit|Floor|Fl\.?|Room|Building|Bldg\.?)[ ]+[\w-]+)"
# "319 Destiny Mountain Suite 171", "47 rue du Faubourg Saint-Honoré" / "Gülay-Schmiedt-Ring 97", "Am Markt 3a"
_STREET_NUMBER_FIRST = r"\d{1,5}[A-Za-z]?,?(?:[ ]+" + _WORD + r"){1,6}" + _UNIT + r"?"
_STREET_NUMBER_LAST = r"(?:" + _WORD + r"[ ]+){0,3}" + _CAP + r"[ ]+\d{1,4}[ ]?[a-zA-Z]?(?:[ ]?[-–/][ ]?\d{1,4}[a-z]?)?(?![\w.,]\d)"
_CITY_WORD = r"[A-ZÄÖÜÉ][a-zäöüßéèêôî][\w.’'\-]*"
_CITY = _CITY_WORD + r"(?:[ \-](?:(?:am|an|der|im|ob|bei|sur|en|upon|on)[ ])?" + _CITY_WORD + r"){0,3}"
_US_STATE = r"[A-Z]{2}"
_UK_POSTCODE = r"[A-Z]{1,2}\d[A-Z\d]?[ ]?\d[A-Z]{2}"
_PLACE = "|".join((
    r"(?:" + _CITY + r"),[ ]+" + _US_STATE + r"[ ]+\d{5}(?:-\d{4})?",  # US: City, ST 12345
    r"(?:" + _CITY + r"),?[ ]+" + _UK_POSTCODE,  # UK: City L47 5TD
    r"(?:[A-Z]{1,2}-)?\d{4,5}[ ]+(?:" + _CITY + r")",  # DE/FR/AT/CH/BE: 10115 Berlin
    r"\d{4}[ ]?[A-Z]{2}[ ]+(?:" + _CITY + r")",  # NL: 1058 MH Amsterdam
))
_COUNTRY = (r"(?:,[ ]*(?:United Kingdom|UK|United States(?: of America)?|USA|U\.S\.A\.|France|Netherlands|"
            r"The Netherlands|Germany|Deutschland|Austria|Österreich|Switzerland|Schweiz|Belgium|Belgien|Ireland|"
            r"Italy|Italien|Spain|Spanien|Luxembourg|Luxemburg|Niederlande|Frankreich|Vereinigtes Königreich))?")
_SEP = r"(?:[ ]*[,\n][ ]*|[ ]+)"


class AddressRecognizer(RegexRecognizer):
    ENTITY = EntityType.ADDRESS
    PATTERNS = (
        ("street + postcode + city", re.compile(
            r"(?<![\w-])(?:" + _STREET_NUMBER_FIRST + r"|" + _STREET_NUMBER_LAST + r")" + _SEP + r"(?:" + _PLACE + r")"
            + _COUNTRY), 0.85),
        ("PO box", re.compile(r"\b(?:P\.\s?O\.\s?Box|Postfach)\s\d{1,6}"), 0.6),
    )
    CONTEXT = ("address", "located", "offices", "office", "street", "anschrift", "sitz", "residing", "wohnhaft")
