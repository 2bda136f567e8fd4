"""Calendar dates, years after a cue and times of day, English and German (a quasi-identifier class)."""

from __future__ import annotations

import re

from desktop.core.detect.base import RegexRecognizer
from desktop.core.model import EntityType

MONTHS_EN = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
             "october", "november", "december")
MONTHS_DE = ("januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
             "oktober", "november", "dezember")
_ABBR = r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Jän|Mär|Okt|Dez"
MONTH = (r"(?:" + "|".join(m.capitalize() for m in (*MONTHS_EN, *MONTHS_DE) if m != "may")
         + r"|May|Jänner|Maerz|(?:" + _ABBR + r")\.?)")
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_ORD = r"(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_END = r"(?![\w/])"
_START = r"(?<![\w./-])"

DAY_MONTH_YEAR = re.compile(_START + rf"(?P<d>{_DAY}){_ORD}\.?(?:\s+day\s+of)?\s+(?P<m>{MONTH}),?\s+(?P<y>{_YEAR}){_END}")
MONTH_DAY_YEAR = re.compile(rf"\b(?P<m>{MONTH})\s+(?P<d>{_DAY}){_ORD},?\s+(?P<y>{_YEAR}){_END}")
MONTH_YEAR = re.compile(rf"\b(?P<m>{MONTH}),?\s+(?P<y>{_YEAR}){_END}")
DAY_MONTH = re.compile(_START + rf"(?P<d>{_DAY}){_ORD}\.?\s+(?P<m>{MONTH}){_END}(?!,?\s+\d)")
ISO = re.compile(_START + rf"(?P<y>{_YEAR})-(?P<m>0?[1-9]|1[0-2])-(?P<d>{_DAY}){_END}")
NUMERIC = re.compile(_START + rf"(?P<a>{_DAY})(?P<sep>[./])(?P<b>{_DAY})(?P=sep)(?P<y>{_YEAR}|\d\d)(?![\w/]|\.\d)")
# A year alone only after a word that makes it one ("in 1998", "since 2004", "im Jahr 2019", "of 2020").
YEAR = re.compile(r"(?i:\b(?:in|since|until|till|from|of|by|during|year|years|end\s+of|fiscal|im|seit|bis|ab|vom|jahr|jahres|"
                  r"geschäftsjahr|anfang|ende)\s+)(?P<value>" + _YEAR + r")(?![\w/,.]\d|\s*(?:U\.S\.C|Act|USC)\b)")
TIME = re.compile(_START + r"(?P<value>(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s?(?:[ap]\.?m\.?|Uhr|hrs|h)\b\.?)|"
                  r"(?:1[0-2]|0?[1-9])\s?[ap]\.m\.|(?:1[0-2]|0?[1-9])\s?[ap]m\b|(?:[01]?\d|2[0-3])[:.][0-5]\d(?=\s))")

PATTERNS = (
    ("day month year", DAY_MONTH_YEAR, 0.85), ("month day year", MONTH_DAY_YEAR, 0.85),
    ("month year", MONTH_YEAR, 0.7), ("day month", DAY_MONTH, 0.6), ("ISO date", ISO, 0.85),
    ("numeric date", NUMERIC, 0.75), ("year after a cue", YEAR, 0.5), ("time of day", TIME, 0.6),
)


class DateRecognizer(RegexRecognizer):
    ENTITY = EntityType.DATE
    PATTERNS = PATTERNS
    CONTEXT = ("date", "dated", "effective", "datum", "vom", "signed", "unterzeichnet")
