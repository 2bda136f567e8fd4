"""Reference codes: contract, order, invoice, account, customer, case, application, patent, licence,
policy and file numbers, after a cue (`no.`, `Nr.`, `ref.`, `#`, `Az.`) or by their shape (a quasi-identifier
class: a code links a document to the one record it names, HIPAA Safe Harbor's reference numbers)."""

from __future__ import annotations

import re

from desktop.core.detect.base import RegexRecognizer
from desktop.core.model import EntityType

# The code itself: has a digit, 2-30 characters of letters, digits and separators, ends in a letter or digit.
_CODE = r"(?=[A-Z0-9/.\-]*\d)[A-Z0-9][A-Z0-9/.\-]{0,28}[A-Z0-9]|\d"
_KINDS = (r"contract|agreement|order|purchase\s+order|P\.?O\.?|invoice|account|acct\.?|customer|client|case|"
          r"application|patent|(?:patent\s+)?application\s+serial|serial|licen[cs]e|policy|file|reference|ref\.?|"
          r"project|matter|claim|loan|ticket|tender|bid|permit|certificate|registration|plot|lot|parcel|docket")
_NUMBER_CUE = r"(?:no\.|nos\.|number|nr\.?|num\.|#|id\.?|code)"
CUED = re.compile(r"(?i:\b(?:" + _KINDS + r")\s*" + _NUMBER_CUE + r"?\s*[:.]?\s*)(?P<value>" + _CODE + r")\b",)
BARE_CUE = re.compile(r"(?i:(?<![\w.])(?:no|nos|nr|ref|az)\.\s*|#\s?|(?<![\w.])(?:ref|our\s+ref|your\s+ref|aktenzeichen|"
                      r"zeichen)\s*:\s*)(?P<value>" + _CODE + r")\b")
_GERMAN = (r"(?:Vertrags|Bestell|Auftrags|Rechnungs|Kunden|Konto|Akten|Vorgangs|Projekt|Policen|"
           r"Versicherungsschein|Patent|Lizenz|Referenz|Kassen|Lieferanten|Angebots|Mandats|Steuer)")
GERMAN = re.compile(r"\b" + _GERMAN + r"(?:-?[Nn]ummer|-?[Nn]r\.?|zeichen)\s*[:.]?\s*(?P<value>" + _CODE + r")\b")
# By shape alone: a serial with a slash year ("36705/97", "8374/03") or letters joined to digits
# ("PO-2020-0042", "INV-88213", "D-4840", "AB12345"), or letters and a number with leading zeros ("SPC 00628A").
SHAPE = re.compile(r"(?<![\w/.\-])(?P<value>\d{3,6}/\d{2}|[A-Z]{1,5}-\d{3,}(?:[-/][A-Z0-9]+)*|[A-Z]{2,5}\d{4,}[A-Z0-9]*|"
                   r"[A-Z]{2,5} 0\d{3,}[A-Z]?)"
                   r"(?![\w/\-]|\.\d)")
# "registration no. 1057": four digits after a number cue are a number, not a year
_NUMBER_CUE_BEFORE = re.compile(r"(?i:\b(?:no|nos|nr|num)\.?\s*|#\s?)$")
_NOT_CODES = re.compile(r"^(?:[12]\d{3}|\d{1,2}|[IVX]+|\d+(?:\.\d+)+|\d{1,2}/\d{1,2}|ISO\d+|DIN\d+|EN\d+|[A-Z]\d?)$")


# Codes listed after one cue: "plots nos. 260, 268, 119/5 and 425", "invoice numbers 1234, 1240".
LISTED = re.compile(r"(?i:\b(?:nos\.|numbers|nrn\.)\s*)(?P<value>(?:" + _CODE + r")(?:,\s*(?:" + _CODE + r"))*"
                    r"(?:,?\s+(?:and|und|or)\s+(?:" + _CODE + r"))?)\b")


class ReferenceCodeRecognizer(RegexRecognizer):
    ENTITY = EntityType.REFERENCE
    PATTERNS = (("codes after one cue", LISTED, 0.7), ("cued reference", CUED, 0.75), ("number cue", BARE_CUE, 0.7), ("German reference", GERMAN, 0.75),
                ("code shape", SHAPE, 0.55))
    CONTEXT = ("no", "number", "nr", "ref", "reference", "account", "invoice", "order", "contract", "nummer")

    def refine(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """Not a section or clause number, a year, a version or a standard."""
        code = text[start:end].rstrip(".")
        after_number_cue = _NUMBER_CUE_BEFORE.search(text, max(0, start - 8), start) is not None
        if _NOT_CODES.match(code) and not (after_number_cue and re.fullmatch(r"\d{4}", code)):
            return None
        if len(code) < 3 and not text[max(0, start - 6):start].strip().endswith("#"):
            return None
        return start, start + len(code)
