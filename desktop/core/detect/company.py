"""Company names recognised by their legal form (GmbH, AG, Inc., LLC, Ltd., S.A., B.V., ...)."""

from __future__ import annotations

import re

from desktop.core.detect.base import RegexRecognizer
from desktop.core.model import EntityType
from desktop.core.text.stoplist import ROLE_WORDS

# Case-insensitive forms are long enough not to collide with words; short ones must match case.
_FORMS_ANY_CASE = (
    r"GmbH\s&\sCo\.\s?KG(?:aA)?", r"AG\s&\sCo\.\s?KG(?:aA)?", r"gGmbH", r"GmbH", r"KGaA", r"mbH",
    r"UG\s\(haftungsbeschränkt\)", r"Inc\.?", r"L\.L\.C\.", r"LLC", r"L\.L\.P\.", r"LLP",
    r"Ltd\.?", r"plc", r"P\.L\.C\.", r"S\.A\.S\.", r"S\.A\.R\.L\.", r"SARL", r"S\.à\sr\.l\.",
    r"S\.p\.A\.", r"S\.r\.l\.", r"S\.A\.", r"B\.V\.", r"N\.V\.", r"L\.P\.", r"Corp\.?",
    r"(?:«[ ]?|\()?Pty\.?(?:[ ]?»|\))?\sLtd\.?", r"Pte\.?\sLtd\.?", r"A/S", r"e\.V\.",  # "Koorong « Pty » Ltd"
)
_FORMS_CASED = (r"Corporation", r"CORPORATION", r"Company", r"COMPANY", r"Limited", r"LIMITED", r"Incorporated",
                r"INCORPORATED", r"Holdings", r"HOLDINGS", r"Oy", r"AG", r"KG", r"OHG", r"UG", r"SE", r"SAS", r"BV", r"NV", r"LP", r"AB", r"Co\.", r"CO\.", r"eG", r"GbR",
                r"SA", r"SpA", r"SRL", r"Srl", r"Sàrl", r"Lda\.?", r"Ltda\.?", r"ApS", r"ASA", r"Oyj")
_FORM = r"(?:(?i:" + "|".join(_FORMS_ANY_CASE) + r")|" + "|".join(_FORMS_CASED) + r")"
_TOKEN = r"(?:[A-ZÄÖÜ0-9][\w’'\-]*\.?|&|\+)"
_LINK = r"(?:and|of|de|der|des|du|la|le|und|für|for|the|y|et)"
# A name may wrap onto the next line where the break is plainly inside it: next to "&" or a linking
# word ("Kelly\n& White Corp.", "Bank of\nAmerica Corp."); any other line break ends it, since the
# line before is often another field ("Attention: Jane Roe\nAcme Inc.").
_BREAK = r"[ ]*\n[ ]*"
_GAP = r"(?:[ ]{1,3}|(?<=[&+])" + _BREAK + r"|" + _BREAK + r"(?=(?:[&+]|" + _LINK + r")[ ]))"
# "Bank of America": a word that heads institutions' names, bound to the rest by "of", is part of the
# name ("the Supplier of Acme Inc." is not, and "the Company and Acme Inc." is two things).
_NAME_HEADS = frozenset({"bank", "group", "house", "holdings", "trust"})
_LINKED = re.compile(r"(?:of|de|der|des|du|für|for|la|le)\s")
# A legal form followed by "and" or "&" ends a name: "Kelly & White Corp. and Beta GmbH" is two companies.
_NOT_A_FORM_THEN_AND = r"(?!" + _FORM + r",?\s+(?:and|und|&|\+)\s)"
_NAME = (_TOKEN + r"(?:" + _GAP + r"(?:" + _LINK + r"(?:[ ]{1,3}|" + _BREAK + r"))?" + _NOT_A_FORM_THEN_AND
         + _TOKEN + r"){0,6}")
_COMPANY = re.compile(r"(?<![\w&])" + _NAME + r",?[ ]{1,3}" + _FORM + r"(?:[ ]{1,3}&[ ]{1,3}Co\.?[ ]{1,3}KG|[ ]of[ ][A-Z][\w-]+)?(?![\w])")

# Role-list words that also open companies' names ("General Motors", "Express Scripts", "Data Systems",
# "Bank of America"): kept at a name's start, where a party's role ("the Supplier ACME GmbH") is not.
_NAME_OPENERS = frozenset(re.findall(r"\S+", """general data express total state county bank group holdings trust
partner partners member members principal developer publisher producer investor services products product software
materials marks work order royalty item transaction legal finance sales operations purchasing procurement accounting
protection regulation deutschland england wales adobe docusign agency agent capital"""))
# Words that often precede a name at the start of a sentence or clause and are not part of it.
_LEADING_NOISE = (ROLE_WORDS - _NAME_OPENERS) | {"between", "by", "and", "with", "among", "zwischen", "der", "die", "das", "den", "dem",
                               "und", "von", "mit", "whereas", "now", "therefore", "hereby", "dated", "made",
                               "entered", "into", "is", "behalf", "signed", "for", "on", "für", "fuer", "namens",
                               "im", "auftrag",
                               "&", "+"}  # "X Inc. & Y Ltd." is two names: the second does not start with "&"


_CLAUSE_WORDS = {"any", "an", "is", "be", "not", "or", "to", "by", "in", "on", "no", "all", "such", "shall", "will",
                 "may", "must", "if", "this", "that", "these", "its"}


class CompanyRecognizer(RegexRecognizer):
    ENTITY = EntityType.COMPANY
    PATTERNS = (("name + legal form", _COMPANY, 0.9),)  # above the model's 0.85, so it wins a tie
    CONTEXT = ("company", "gesellschaft", "incorporated", "registered", "between", "zwischen")

    def refine(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """Drop leading role and function words ("The Supplier ACME GmbH" -> "ACME GmbH"), but not
        one that a linking word ties to the rest ("Bank of America Corporation" is the name)."""
        while True:
            m = re.match(r"[^\s]+\s+", text[start:end])
            if not m:
                break
            word = m.group().strip().rstrip(".,").lower()
            if word not in _LEADING_NOISE or (word in _NAME_HEADS and _LINKED.match(text, start + m.end())):
                break
            start += m.end()
        name = text[start:end]
        body = re.sub(_FORM + r"\W*$", "", name).strip(" ,")
        if not body or body.lower() in _LEADING_NOISE or not any(c.isalpha() for c in body):
            return None
        if _CLAUSE_WORDS & set(body.lower().split()):  # a heading in capitals, not a name
            return None
        return start, end
