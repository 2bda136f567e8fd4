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


class QuantityRecognizer(RegexRecognizer):
    ENTITY = EntityType.QUANTITY
    PATTERNS = (("number and unit", UNIT_AFTER, 0.6), ("number in words", IN_WORDS, 0.55))
    CONTEXT = ("quantity", "volume", "capacity", "menge", "kapazität", "minimum")
