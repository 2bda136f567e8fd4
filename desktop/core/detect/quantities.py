"""Quantities with a unit of measure (weights, volumes, areas, lengths, energy, pieces), English and
German, in digits or in words ("three years", "twenty-five per cent"): a plant's capacity or a delivery's
size singles a contract out (a quasi-identifier class)."""

from __future__ import annotations

import re

from desktop.core.detect.amounts import NUMBER, SCALE
from desktop.core.detect.base import RegexRecognizer
from desktop.core.detect.numbers import NUMBER_WORDS
from desktop.core.model import EntityType

_UNIT = (r"(?:kg|kilograms?|kilogramm|g|grams?|t|tons?|tonnes?|Tonnen|lbs?|pounds\s+of|ounces?|oz|"
         r"l|litres?|liters?|Liter|ml|gallons?|barrels?|bbl|m³|m3|cubic\s+(?:metres?|meters?|feet)|"
         r"m²|m2|sq\.?\s?(?:ft|m)\.?|square\s+(?:metres?|meters?|feet|foot|miles?)|Quadratmeter|hectares?|ha|acres?|"
         r"km|kilometres?|kilometers?|Kilometer|metres?|meters?|Meter|miles?|feet|ft\.?|cm|mm|"
         r"MW|kW|GW|MWh|kWh|GWh|Megawatt|Kilowatt|"
         r"units|pieces|pcs\.?|Stück|Stk\.?|pallets?|Paletten|containers?|vehicles|trucks|employees|Mitarbeiter|"
         r"plots?\s+of\s+land|shares)")
UNIT_AFTER = re.compile(r"(?<![\w.,])(?:" + NUMBER + r")" + SCALE + r"[ \u00a0]?" + _UNIT + r"(?![\w²³])")

# A number in words before what it counts: a unit, a per cent or any plural noun ("five envelopes",
# "seven other persons", "three (3) years"); "one" is left out, it is mostly a pronoun ("one of the").
_BETWEEN = r"(?:\s+\(\d+\))?\s+(?:(?:other|more|further|additional|separate|consecutive|full|calendar|business|working|weitere)\s+)?"
_COUNTED = (r"(?:per\s?cent|percent|Prozent|" + _UNIT + r"|[a-z]{2,}(?<![su])s|Jahre|Monate|Wochen|Tage|Stunden|Personen)")
IN_WORDS = re.compile(r"(?<![\w-])(?:" + NUMBER_WORDS + r")" + _BETWEEN + _COUNTED + r"(?![\w²³-])", re.IGNORECASE)

# A length of time, a deadline's as much as a penalty's or a term's ("60 days", "14 years’ imprisonment",
# "the 12 year sentence", "one year periods", "three years and nine months", "two and a half years"): a
# notice period or a sentence is part of what singles a contract or a case out, as "sixty days" in words is.
_AMOUNT = r"(?:\d+(?:[.,]\d+)?|" + NUMBER_WORDS + r"|one)"
_TIME = (r"(?:years?|months?|weeks?|days?|business\s+days|calendar\s+days|working\s+days|hours?|minutes|"
         r"Jahre?n?|Monate?n?|Wochen|Tage?n?|Werktage?n?|Stunden)")
_SPAN = _AMOUNT + r"(?:\s+and\s+a\s+half)?(?:\s+\(\d+\))?[\s-]+" + _TIME
DURATION = re.compile(r"(?<![\w.,/§-])(?:" + _SPAN + r"(?:,?\s+and\s+" + _SPAN + r")*(?:[’']s?(?=\s))?"
                      r"|" + NUMBER_WORDS + r"\s+and\s+a\s+half\s+" + _TIME + r")(?![\w-])", re.IGNORECASE)
# A share in per cent ("15%", "18.5 %", "50 to 79%", "50% and 79%"): a royalty, an interest rate or a
# degree of disability is as telling as an amount.
_PER_CENT = r"\d{1,3}(?:[.,]\d{1,3})?\s?(?:%|per\s?cent\b|percent\b|Prozent\b)"
PERCENT = re.compile(r"(?<![\w.,])(?:\d{1,3}(?:[.,]\d{1,3})?\s?%?\s+(?:to|and|bis|und|-|–)\s+)?" + _PER_CENT)
# A count in digits of what it counts ("79 packages", "623 other suspects", "22,000 ecstasy tablets"):
# not the days, weeks or years a deadline gives nor parts of the document ("Sections", "pages").
_NOT_COUNTED = (r"(?:days|weeks|months|years|hours|minutes|seconds|times|sections|articles|clauses|paragraphs|"
                r"pages|exhibits|schedules|items|copies|counterparts|and|as|is|was|has|this|its|his|has)")
COUNT = re.compile(r"(?<![\w.,/§-])(?!(?:19|20)\d\d\b)(?:" + NUMBER + r")" + r"\s+(?:(?:other|more|further|additional|separate|[a-z]{3,}(?<![sd]))\s+)?"
                   r"(?!" + _NOT_COUNTED + r"\b)(?P<noun>[a-z]{3,}(?<![su])s)\b")


class QuantityRecognizer(RegexRecognizer):
    ENTITY = EntityType.QUANTITY
    PATTERNS = (("number and unit", UNIT_AFTER, 0.6), ("number in words", IN_WORDS, 0.55),
                ("length of time", DURATION, 0.55), ("per cent", PERCENT, 0.6), ("count", COUNT, 0.5))
    CONTEXT = ("quantity", "volume", "capacity", "menge", "kapazität", "minimum")
