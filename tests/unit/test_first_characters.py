"""A pattern behind the look-ahead for its first characters finds the same matches at the same places as
the pattern alone, and a pattern whose first characters cannot be read is left as it is."""

from __future__ import annotations

import re

import pytest

from desktop.core.detect import (
    amounts,
    company,
    dates,
    demographics,
    envelope_id,
    quantities,
    reference,
    register_number,
    vat_id,
)
from desktop.core.detect.address_grammar import _ANCHOR, _LOCALITY_CORE
from desktop.core.detect.anchors import _SIGNER
from desktop.core.text.contacts import _CONTACT
from desktop.core.text.first_characters import guarded
from desktop.core.text.propagate import _SIGNATURE_NAME

# Dates, amounts, codes and names as contracts write them, in other cases and beside characters that
# case-blind matching reads as other letters ("ſ" as "s", "K" as "k", "ı" and "İ" as "i")
TEXTS = [
    "This Agreement is dated 1st March, 2020 and ends on March 31, 2021 at 5:30 p.m. (CET), 17.30 Uhr.",
    "On 2019-04-01, 01/04/2019 and 4.1.19; in 1998, since 2004, im Jahr 2019, Act 2006, the 1983 Ordinance.",
    "14 and 27 July 1999, 11-13 May 1994, July and December 1995, 1994, 1995 and 1997, from 1960 to 1979.",
    "Twenty-five per cent, 18.5 %, 50 to 79%, 3,000 tonnes, 12 MW, three (3) years, sixty days, 79 packages.",
    "Contract No. AB-12345, Invoice #4471, Ref.: KX-2020/17, Aktenzeichen: 3 O 123/19, Bestellnummer 88812.",
    "Acme GmbH, HRB 12345 B, Amtsgericht Charlottenburg, Company Number: 01234567, RCS Paris B 123 456 789.",
    "KvK 12345678, USt-IdNr. DE123456789, ATU12345678, Envelope ID: 4F2C-AB, 0A1B2C3D-4E5F-6071-8293-A4B5C6D7E8F9.",
    "Jane Roe, Chief Executive Officer; Title: Senior Vice President; an engineer aged 45; $1,500,000.00, EUR 3.000.",
    "Acme Holdings Limited of London and Beta S.à r.l. and Gamma Pty Ltd; Delta Corporation, Epsilon Inc.",
    "4417 Copperfield Avenue, Suite 300, Tulsa, OK 74105-2231, United States; P.O. Box 88213, Boise, ID 83707.",
    "Postfach 10 20 30, 70173 Stuttgart, Deutschland; 1058 MH Amsterdam; SW1A 1AA London; K1A 0B1 Ottawa, Texas 78741.",
    "İN 1998, ın 1998, ſince 2004, \u212aVK 12345678, THE 1974 INVASION, NO. 12345, mARCH 3, 2020, ÄÖÜ 12 kg",
    "By: /s/ John Smith\nName: John Smith\nTitle: CEO\nPrinted Name: Anna Schmidt\t  Name: Eva Roth Title: CFO",
    "Attention: Mr. Jane Roe, with a copy to: Frau Dr. Anna Schmidt; z. Hd. Herrn Max Müller; c/o Acme Ltd",
    "____ Name  Lars Berg; represented by its President Olaf Lund; vertreten durch den Geschäftsführer Ilse Sommer",
    "", "no digits or names here at all", "1", "A", "#", "\u00a0\u2003\t\n12\u00a0kg",
]
RECOGNIZERS = [amounts.MoneyRecognizer, company.CompanyRecognizer, dates.DateRecognizer, demographics.AgeRecognizer,
               demographics.OccupationRecognizer, envelope_id.EnvelopeIdRecognizer, quantities.QuantityRecognizer,
               reference.ReferenceCodeRecognizer, register_number.RegisterNumberRecognizer, vat_id.VatIdRecognizer]
PATTERNS = [regex for cls in RECOGNIZERS for _name, regex, _score in cls.PATTERNS]


def _unguarded(regex: re.Pattern) -> re.Pattern:
    """The pattern as written, whether it is kept guarded (the page-wide ones) or guarded when run."""
    if regex.pattern.startswith("(?="):
        return re.compile(regex.pattern[regex.pattern.index(")(?:") + 4:-1], regex.flags)
    return regex


def _spans(regex: re.Pattern, text: str) -> list[tuple]:
    return [(m.span(), m.groupdict()) for m in regex.finditer(text)]


@pytest.mark.parametrize("pattern", PATTERNS + [_ANCHOR, _LOCALITY_CORE, _SIGNER, _CONTACT, _SIGNATURE_NAME],
                         ids=lambda r: r.pattern[:40])
def test_a_guarded_pattern_finds_what_the_pattern_finds(pattern):
    regex = _unguarded(pattern)
    fast = guarded(regex)
    assert fast is not regex and pattern in (regex, fast)
    page = "\n".join(TEXTS + [t.upper() for t in TEXTS] + [t.lower() for t in TEXTS])
    for text in [*TEXTS, page]:
        assert _spans(fast, text) == _spans(regex, text)


def test_every_recognizer_pattern_and_page_wide_pattern_is_guarded():
    assert all(guarded(regex) is not regex for regex in PATTERNS)
    assert all(regex.pattern.startswith("(?=") for regex in (_ANCHOR, _LOCALITY_CORE, _SIGNER, _CONTACT, _SIGNATURE_NAME))


@pytest.mark.parametrize("pattern, flags, texts", [
    (r"(?<![\w])(?i:st|k)\w+", 0, ["Street ſtreet \u212aarl karl xst", "ST. K"]),
    (r"\b(?:[a-c]|\d)?x\d", re.IGNORECASE, ["ax1 X2 bX3 1x4 dx5", "\u212a"]),
    (r"(?-i:Ab)c|(?:x)+y", re.IGNORECASE, ["Abc abc ABC xxy XY", ""]),
    (r"(?P<q>['\"]).+?(?P=q)", 0, ["'a' \"b\""]),
])
def test_scoped_flags_and_optional_starts_keep_their_matches(pattern, flags, texts):
    regex = re.compile(pattern, flags)
    for text in texts:
        assert _spans(guarded(regex), text) == _spans(regex, text)


@pytest.mark.parametrize("pattern", [r"(?<!\w)\d*", r"(a)?(?(1)b|c)", r".x", r"[^a]b|c", r"(?i)a|b",
                                     # the engine skips to these itself: a look-ahead would only slow it down
                                     r"By:\s*(\w+)", r"(?:By|Durch)\s*:", r"([A-Z]\d)x"])
def test_a_pattern_whose_first_characters_are_not_read_is_left_as_it_is(pattern):
    regex = re.compile(pattern)
    if pattern.startswith("(?i)"):  # global flags cannot be wrapped: left as it is, not broken
        assert _spans(guarded(regex), "ab A") == _spans(regex, "ab A")
    else:
        assert guarded(regex) is regex


@pytest.mark.parametrize("name", ["Jane Roe", "ACME GmbH", "İlker Şahin", "Straße AG", "'s-Hertogenbosch", "&Co",
                                  "3M Company", "K\u212aK", "O'Neil", "Σίσυφος"])
def test_a_guarded_name_pattern_finds_what_the_name_pattern_finds(name):
    from desktop.core.text.terms import term_regex

    regex = term_regex(name)
    page = (f"{name}, {name.upper()} and {name.lower()}; x{name} {name}s ({name}) \n{name.replace(' ', chr(10))}"
            " ilker istanbul ſtraße \u212ak &co 's-hertogenbosch o'neil σίσυφος")
    assert _spans(guarded(regex), page) == _spans(regex, page)
    assert _spans(regex, page)
