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
YEAR = re.compile(r"(?<!Act )(?<!ACT )(?<!Code )(?<!CODE )(?<!Law )(?<!LAW )(?i:\b(?:in|since|until|till|from|of|by|for|between|during|year|years|end\s+of|fiscal|im|seit|bis|ab|vom|jahr|jahres|"
                  r"geschäftsjahr|anfang|ende)\s+)(?P<value>" + _YEAR + r")(?![\w/,.]\d|\s*(?:U\.S\.C|Act|USC)\b|\s+[a-z]+(?<![aiu])s\b)")
# Dates given together, sharing the month or year the last one writes: "14 and 27 July 1999", "11-13 May 1994",
# "1 March and 31 December 1998", "July and December 1995", "10 May, on 7 July and on 26 September 1994".
_PART = rf"(?:{_DAY}{_ORD}\.?(?:\s+{MONTH})?|{MONTH})"
_FULL = rf"(?:{_DAY}{_ORD}\.?\s+{MONTH},?\s+{_YEAR}|{MONTH},?\s+{_YEAR})"
_JOIN = r"(?:\s*[-–]\s*|\s+(?:and|to|until|till|through|bis|und)\s+(?:on\s+|am\s+)?)"
DATE_LIST = re.compile(_START + rf"{_PART}(?:,\s+(?:on\s+)?{_PART})*,?{_JOIN}{_FULL}{_END}")
# Years given together ("1994, 1995 and 1997", "from 1960 to 1979", "the 1998-1999 academic year"), and a
# year before what it dates ("the 1974 invasion", "the 1983 Ordinance").
_NOT_AFTER = r"(?<!§ )(?<!No\. )(?<!no\. )(?<!Section )(?<!Article )"
YEAR_LIST = re.compile(_START + _NOT_AFTER + rf"{_YEAR}(?:,\s*{_YEAR})*,?(?:\s*[-–/]\s*|\s+(?:and|to|until|through|und|bis)\s+){_YEAR}"
                       r"(?![\w/]|[.,]\d)")
YEAR_BEFORE = re.compile(r"(?i:\bthe\s+)(?P<value>" + _YEAR + r")(?=\s+(?:[A-Z]|(?:academic|fiscal|financial|calendar|"
                         r"tax|school|budget|election|census)\s+year\b))")
TIME = re.compile(_START + r"(?P<value>(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s?(?:[ap]\.?m\.?|Uhr|hrs|h)\b\.?)|"
                  r"(?:1[0-2]|0?[1-9])\s?[ap]\.m\.|(?:1[0-2]|0?[1-9])\s?[ap]m\b|(?:[01]?\d|2[0-3]):[0-5]\d(?=\s))")

PATTERNS = (
    ("day month year", DAY_MONTH_YEAR, 0.85), ("month day year", MONTH_DAY_YEAR, 0.85),
    ("month year", MONTH_YEAR, 0.7), ("day month", DAY_MONTH, 0.6), ("ISO date", ISO, 0.85),
    ("numeric date", NUMERIC, 0.75), ("year after a cue", YEAR, 0.5), ("time of day", TIME, 0.6),
    ("dates together", DATE_LIST, 0.8), ("years together", YEAR_LIST, 0.6), ("year before what it dates", YEAR_BEFORE, 0.5),
)


class DateRecognizer(RegexRecognizer):
    ENTITY = EntityType.DATE
    PATTERNS = PATTERNS
    CONTEXT = ("date", "dated", "effective", "datum", "vom", "signed", "unterzeichnet")


# --- generalisation: the same date moved by a number of days, written as it was written ----------

_MONTH_NUMBER = {**{m: i for i, m in enumerate(MONTHS_EN, 1)}, **{m: i for i, m in enumerate(MONTHS_DE, 1)},
                 "jänner": 1, "maerz": 3, "sept": 9, "jän": 1, "mär": 3, "okt": 10, "dez": 12}


def _month_number(word: str) -> int | None:
    w = word.rstrip(".").casefold()
    return _MONTH_NUMBER.get(w) or next((i for i, m in enumerate(MONTHS_EN, 1) if len(w) >= 3 and m.startswith(w)),
                                        None)


def _month_word(n: int, like: str, german_form: bool = False) -> str:
    """Month `n` in the language, length and case of the month word `like` ("Mar." -> "Apr."). A month both
    languages write alike ("April", "August") is German where the date is (`german_form`: "1. April 2020")."""
    folded = like.rstrip(".").casefold()
    german = german_form or folded in {"januar", "jänner", "februar", "märz", "maerz", "mai", "juni", "juli",
                                       "oktober", "dezember", "jän", "mär", "okt", "dez"}
    full = (MONTHS_DE if german else MONTHS_EN)[n - 1]
    word = full if folded in (*MONTHS_EN, *MONTHS_DE, "jänner", "maerz") else full[:3]
    word = word.upper() if like.isupper() and len(like) > 1 else word.capitalize()
    return word + ("." if like.endswith(".") and word != full.capitalize() else "")


def _pad(value: int, like: str) -> str:
    return f"{value:0{len(like)}d}" if like.startswith("0") else str(value)


def shift_date(text: str, days: int) -> str | None:
    """`text` (a date as the recognizer found it) moved by `days`, in the same format; a year alone, a
    time or a duration as it is (None when it is no date this can read)."""
    import datetime as dt

    for regex in (DAY_MONTH_YEAR, MONTH_DAY_YEAR, ISO, NUMERIC, MONTH_YEAR, DAY_MONTH):
        m = regex.fullmatch(text.strip())
        if m is None:
            continue
        g = m.groupdict()
        if regex is NUMERIC:  # day first, except where the first number cannot be a day's month (US 3/31/20)
            a, b = int(g["a"]), int(g["b"])
            day_first = g["sep"] == "." or a > 12
            month, day = (b, a) if day_first else (a, b)
        else:
            month = int(g["m"]) if g["m"].isdigit() else _month_number(g["m"])
            day = int(g.get("d") or 15)
        year = g.get("y")
        full_year = (2000 + int(year) if len(year) == 2 else int(year)) if year else 2001
        try:
            moved = dt.date(full_year, month, day) + dt.timedelta(days=days)
        except (ValueError, TypeError):
            return None
        return _written(text, m, regex, moved)
    return None


def _written(text: str, m: re.Match, regex: re.Pattern, moved) -> str:
    g = m.groupdict()
    out = text.strip()
    spans = []  # (start, end, new text), replaced right to left
    if g.get("y"):
        year = str(moved.year)[-2:] if len(g["y"]) == 2 else str(moved.year)
        spans.append((*m.span("y"), year))
    if regex is NUMERIC:
        a = int(g["a"])
        day_first = g["sep"] == "." or a > 12
        spans += [(*m.span("a"), _pad(moved.day if day_first else moved.month, g["a"])),
                  (*m.span("b"), _pad(moved.month if day_first else moved.day, g["b"]))]
    else:
        if regex is not MONTH_YEAR:
            spans.append((*m.span("d"), _pad(moved.day, g["d"])))
        # "1. April 2020": a day with a full stop before the month is how German writes a date
        german_form = regex is DAY_MONTH_YEAR and text.strip()[m.end("d"):m.start("m")].startswith(".")
        new_month = (_pad(moved.month, g["m"]) if g["m"].isdigit()
                     else _month_word(moved.month, g["m"], german_form))
        spans.append((*m.span("m"), new_month))
    for start, end, new in sorted(spans, reverse=True):
        out = out[:start] + new + out[end:]
    if regex is not NUMERIC and regex is not ISO and regex is not MONTH_YEAR and re.search(r"\d(?:st|nd|rd|th)\b", out):
        out = re.sub(r"(\d+)(?:st|nd|rd|th)\b", lambda x: x.group(1) + _ordinal(int(x.group(1))), out, count=1)
    return out


def _ordinal(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
