"""Sums of money with a currency before or after them, English and German (a quasi-identifier class)."""

from __future__ import annotations

import re

from desktop.core.detect.base import RegexRecognizer
from desktop.core.model import EntityType

# 1,250,000.00 / 1.250.000,00 / 1 250 000 / 5000 / 4,684.40 / 12,5
NUMBER = r"\d{1,3}(?:[,.\u00a0\u202f]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?"
SCALE = r"(?:\s?(?:million|billion|thousand|m|bn|k|Mio\.?|Mrd\.?|Tsd\.?)\b)?"
# ISO 4217 codes of today and of the currencies the euro replaced (DEM, ATS, FRF...), old Turkish lira
_SYMBOL = (r"(?:US\$|USD|EUR|GBP|CHF|JPY|CAD|AUD|TRY|TRL|YTL|SEK|NOK|DKK|PLN|CZK|SKK|HUF|RON|ROL|BGN|HRK|RUB|UAH|"
           r"CNY|INR|DEM|ATS|FRF|ITL|ESP|NLG|BEF|GRD|IEF|PTE|FIM|CYP|SIT|LTL|LVL|EEK|\$|€|£|¥|Fr\.|DM)")
_WORD = (r"(?:(?:[Nn]ew\s)?(?:(?:US|U\.S\.|Canadian|Australian|Swiss|Turkish|Cyprus|Cypriot|Polish|Russian|Austrian|"
         r"Swedish|Norwegian|Danish|Czech|Slovak|Hungarian|Romanian|Bulgarian|Croatian|Ukrainian|German|Deutsc?he?|"
         r"GDR)\s)?"
         r"(?:[Dd]ollars?|[Ee]uros?|[Pp]ounds?(?:\s+sterling)?|[Ff]rancs?|[Ll]iras?|[Ll]ira|marks?|[Zz]lot(?:y|ys|ies)|"
         r"roubles?|rubles?|"
         r"kroner|kronor|yen|Euro|Dollar|Franken|Pfund|Cent|cents|schillings?|Schilling|forints?|korun[ay]?|"
         r"[Mm]arks?|Deutschmarks?|D-Mark))")
# "approximately GBP 268,000"; the same sum in another currency in brackets after it: "PLN 552.21 [approx.
# EUR 138]", "12,355.61 Turkish liras (TRY) (approximately 6,000 euros (EUR))", "EUR 80 (euros)".
_ABOUT = r"(?:(?:approximately|approx\.|about|around|some|nearly|almost|over|circa|ca\.|rund|etwa)\s+)?"
_CURRENCY_NOTE = r"(?:\s\((?:[A-Z]{3}|[A-Z]{3}\s?;[^)\n]{0,60}|euros?|dollars?|pounds?)\))?"
_SUM = (r"(?:" + _SYMBOL + r"[ \u00a0]?(?:" + NUMBER + r")" + SCALE + r"(?!\d|[.,]\d)|(?:" + NUMBER + r")" + SCALE
        + r"[ \u00a0]?(?:" + _SYMBOL + r"|" + _WORD + r")(?!\w)" + _CURRENCY_NOTE + r")")
_EQUIVALENT = r"(?:\s[\[(]" + _ABOUT + _SUM + r"[\])])?"
BEFORE = re.compile(r"(?<![\w$€£])" + _ABOUT + _SYMBOL + r"[ \u00a0]?(?:" + NUMBER + r")" + SCALE + r"(?!\d|[.,]\d)"
                    + _CURRENCY_NOTE + _EQUIVALENT)
AFTER = re.compile(r"(?<![\w.,])" + _ABOUT + r"(?:" + NUMBER + r")" + SCALE + r"[ \u00a0]?(?:" + _SYMBOL + r"|" + _WORD
                   + r")(?!\w)" + _CURRENCY_NOTE + _EQUIVALENT)


class MoneyRecognizer(RegexRecognizer):
    ENTITY = EntityType.MONEY
    PATTERNS = (("currency before", BEFORE, 0.85), ("currency after", AFTER, 0.85))
    CONTEXT = ("price", "fee", "pay", "amount", "sum", "betrag", "preis", "vergütung", "zahlung")


# --- generalisation: every sum of a document times one factor, written as it was written --------

_NUMBER_IN = re.compile(NUMBER)


def read_number(digits: str) -> tuple[float, str, str, int] | None:
    """(value, thousands separator, decimal separator, decimals) of "1,250.00", "12.500,00", "5000"."""
    digits = digits.replace("\u202f", "\u00a0")
    m = re.fullmatch(r"(\d{1,3}(?:([,.\u00a0])\d{3})+)(?:([.,])(\d{1,2}))?|(\d+)(?:([.,])(\d{1,2}))?", digits)
    if m is None:
        return None
    if m.group(1):
        thousands, decimal, decimals = m.group(2), m.group(3) or ("," if m.group(2) == "." else "."), m.group(4) or ""
        if decimal == thousands:
            return None
        whole = m.group(1).replace(thousands, "")
    else:
        thousands, decimal, decimals, whole = "", m.group(6) or ".", m.group(7) or "", m.group(5)
    return float(whole + ("." + decimals if decimals else "")), thousands, decimal, len(decimals)


def write_number(value: float, thousands: str, decimal: str, decimals: int) -> str:
    text = f"{value:,.{decimals}f}"  # 1,234.56
    whole, _, frac = text.partition(".")
    whole = whole.replace(",", thousands or "")
    return whole + (decimal + frac if decimals else "")


def scale_amount(text: str, factor: float) -> str | None:
    """Every number of a sum or quantity times `factor`, in the same separators and decimals (a sum
    followed by "million" keeps up to two decimals so the ratio survives), so that the same sum in
    another currency after it ("PLN 200 [EUR 50]") does not give the first away; None if unreadable."""
    parts, at = [], 0
    for m in _NUMBER_IN.finditer(text):
        read = read_number(m.group())
        if read is None:
            return None
        value, thousands, decimal, decimals = read
        if re.match(r"\s?(?:million|billion|m|bn|Mio|Mrd)\b", text[m.end():]):
            decimals = max(decimals, 2)
        parts += [text[at:m.start()], write_number(round(value * factor, decimals), thousands, decimal, decimals)]
        at = m.end()
    return "".join(parts) + text[at:] if parts else None
