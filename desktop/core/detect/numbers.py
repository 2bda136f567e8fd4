"""Numbers written in words, English and German ("three", "twenty-five", "sixty three", "zwölf"),
read to their value: quantities and ages in words are quasi-identifiers as much as digits are."""

from __future__ import annotations

import re

_UNITS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
          "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
          "seventeen": 17, "eighteen": 18, "nineteen": 19, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5,
          "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90, "zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50}
_BIG = {"hundred": 100, "thousand": 1000, "dozen": 12, "hundert": 100, "tausend": 1000}
_ONES = "one|two|three|four|five|six|seven|eight|nine"
_SMALL = "|".join(sorted((w for w in _UNITS if w.isascii() or w in ("fünf", "zwölf")), key=len, reverse=True))
_TEN = "|".join(_TENS)
# "twenty-five", "sixty three", "two hundred", "fifteen thousand", "a dozen" is not a number
NUMBER_WORDS = (rf"(?:(?:{_TEN})(?:[- ](?:{_ONES}))?|{_SMALL}|dozen|hundred)"
                rf"(?:[- ](?:hundred|thousand|hundert|tausend)(?:(?:\s+and)?[- ](?:{_TEN}|{_SMALL}))?)?")


def word_value(text: str) -> int | None:
    """The value of a number in words ("twenty-five" -> 25, "two hundred" -> 200); None if unreadable."""
    total, current = 0, 0
    words = [w for w in re.split(r"[\s-]+", text.lower()) if w and w != "and"]
    if not words:
        return None
    for w in words:
        if w in _UNITS:
            current += _UNITS[w]
        elif w in _TENS:
            current += _TENS[w]
        elif w in ("hundred", "hundert"):
            current = max(current, 1) * 100
        elif w in ("thousand", "tausend"):
            total, current = total + max(current, 1) * 1000, 0
        elif w == "dozen":
            current = max(current, 1) * 12
        else:
            return None
    return total + current


def scale_words(text: str, factor: float) -> str | None:
    """A quantity in words with each of its numbers times `factor` ("three years and nine months"),
    written in digits (at least 1), and a number in brackets after one ("three (3) years") the same;
    None if there is no number in words."""
    parts, at = [], 0
    for m in re.finditer(NUMBER_WORDS, text, re.IGNORECASE):
        value = word_value(m.group())
        if value is None:
            continue
        scaled = str(max(1, round(value * factor)))
        parts += [text[at:m.start()], scaled]
        at = m.end()
        if (bracket := re.match(r"\s*\(\d+\)", text[at:])) is not None:
            parts.append(re.sub(r"\d+", scaled, bracket.group()))
            at += bracket.end()
    return "".join(parts) + text[at:] if parts else None
