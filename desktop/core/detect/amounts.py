"""Sums of money with a currency before or after them, English and German (a quasi-identifier class)."""

from __future__ import annotations

import re

from desktop.core.detect.base import RegexRecognizer
from desktop.core.model import EntityType

# 1,250,000.00 / 1.250.000,00 / 1 250 000 / 5000 / 4,684.40 / 12,5
NUMBER = r"\d{1,3}(?:[,.\u00a0\u202f]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?"
SCALE = r"(?:\s?(?:million|billion|thousand|m|bn|k|Mio\.?|Mrd\.?|Tsd\.?)\b)?"
_SYMBOL = r"(?:US\$|USD|EUR|GBP|CHF|JPY|CAD|AUD|TRY|SEK|NOK|DKK|PLN|CZK|RUB|CNY|INR|\$|€|£|¥|Fr\.|DM)"
_WORD = (r"(?:(?:US\s|U\.S\.\s|Canadian\s|Australian\s|Swiss\s|Turkish\s|Cyprus\s|Cypriot\s|Polish\s|Russian\s)?"
         r"(?:dollars?|euros?|pounds?(?:\s+sterling)?|francs?|liras?|lira|marks?|zlot(?:y|ys|ies)|roubles?|rubles?|"
         r"kroner|kronor|yen|Euro|Dollar|Franken|Pfund|Cent|cents))")
BEFORE = re.compile(r"(?<![\w$€£])" + _SYMBOL + r"\s?(?:" + NUMBER + r")" + SCALE + r"(?![\d])")
AFTER = re.compile(r"(?<![\w.,])(?:" + NUMBER + r")" + SCALE + r"\s?(?:" + _SYMBOL + r"|" + _WORD + r")(?!\w)"
                   r"(?:\s\((?:EUR|USD|GBP|CHF|TRY|PLN|RUB|CYP)\))?")


class MoneyRecognizer(RegexRecognizer):
    ENTITY = EntityType.MONEY
    PATTERNS = (("currency before", BEFORE, 0.85), ("currency after", AFTER, 0.85))
    CONTEXT = ("price", "fee", "pay", "amount", "sum", "betrag", "preis", "vergütung", "zahlung")
